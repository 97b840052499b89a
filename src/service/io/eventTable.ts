/**
 * The event log as a table (docs/cli.md "--events"): one row per stage change, in the log's order
 * (tick, innovation, locality). Stages are written as their codes 0–6 and channels by name; the
 * code tables are in docs/cli.md.
 */
import type { Simulation } from '../../model/simulation/types.ts';
import { CHANNEL_IDS, NO_SOURCE } from '../../model/events/channels.ts';
import type { Cell } from './csv.ts';
import type { Table } from './table.ts';

export const EVENT_COLUMNS = ['tick', 'year', 'locality', 'innovation', 'from', 'to', 'channel', 'source'] as const;

export function eventTable(sim: Simulation): Table {
  const { codes } = sim.world;
  return {
    columns: EVENT_COLUMNS,
    *rows() {
      const log = sim.events.columns();
      const row: Cell[] = new Array(EVENT_COLUMNS.length);
      for (let j = 0; j < log.tick.length; j++) {
        row[0] = log.tick[j];
        row[1] = sim.yearAt(log.tick[j]);
        row[2] = codes[log.locality[j]];
        row[3] = sim.innovationIds[log.innovation[j]];
        row[4] = log.from[j];
        row[5] = log.to[j];
        row[6] = CHANNEL_IDS[log.channel[j]];
        row[7] = log.source[j] === NO_SOURCE ? null : codes[log.source[j]];
        yield row;
      }
    },
  };
}
