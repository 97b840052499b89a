/**
 * The per-tick metric rows of a run as a table (docs/cli.md "--out"): one row per tick and
 * innovation, ordered by tick then innovation (scenario order), with `tick`, `year`, `innovation` and
 * the metric table's count columns (stage counts, ever_adopted, active, by region and urban type).
 */
import type { Simulation } from '../../model/simulation/types.ts';
import type { Cell } from './csv.ts';
import type { Table } from './table.ts';

export function metricRowsTable(sim: Simulation): Table {
  const metricColumns = sim.metrics.columns;
  const K = sim.innovationCount;
  return {
    columns: ['tick', 'year', 'innovation', ...metricColumns],
    *rows() {
      const columns = Array.from({ length: K }, (_, k) => metricColumns.map((c) => sim.metrics.column(c, k)));
      const row: Cell[] = new Array(3 + metricColumns.length);
      for (let t = 0; t < sim.metrics.length; t++) {
        row[0] = t;
        row[1] = sim.yearAt(t);
        for (let k = 0; k < K; k++) {
          row[2] = sim.innovationIds[k];
          const cols = columns[k];
          for (let j = 0; j < cols.length; j++) row[3 + j] = cols[j][t];
          yield row;
        }
      }
    },
  };
}
