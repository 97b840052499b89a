/**
 * Per-tick metric rows per innovation (docs/model.md §14), stored as columns: one Int32Array per
 * (reporter, innovation), preallocated for the whole horizon so recording a row never allocates.
 * Row t of innovation k is the state after t ticks (row 0: the initial state).
 */
import type { Kernel } from '../simulation/kernel.ts';
import { REPORTERS, type CounterKey, type Reporter } from './reporters.ts';

export class MetricTable {
  /** column names, in reporter order (`none` … `terminated`, `ever_adopted`, `active`, by region, by urban type) */
  readonly columns: readonly string[];
  readonly innovationCount: number;
  private readonly reporters: readonly Reporter[];
  private readonly data: Int32Array[];
  private readonly index: Map<string, number>;
  /** per reporter with a `direct` read: its counter, span, and the counter index per innovation */
  private readonly direct: ({ counter: CounterKey; span: number; at: Int32Array } | null)[];
  private rows = 0;

  constructor(innovationCount: number, totalTicks: number, reporters: readonly Reporter[] = REPORTERS) {
    this.reporters = reporters;
    this.columns = reporters.map((r) => r.name);
    this.innovationCount = innovationCount;
    this.index = new Map(this.columns.map((c, j) => [c, j]));
    this.data = [];
    for (let j = 0; j < reporters.length * innovationCount; j++) this.data.push(new Int32Array(totalTicks + 1));
    this.direct = reporters.map((r) =>
      r.direct ? { counter: r.direct.counter, span: r.direct.span, at: Int32Array.from({ length: innovationCount }, (_, k) => r.direct!.at(k)) } : null,
    );
  }

  /** rows recorded per innovation (= ticks done + 1) */
  get length(): number {
    return this.rows;
  }

  /** Records row `tick` (must be the next row, or a row being re-recorded after a restore). */
  record(m: Kernel, tick: number): void {
    const R = this.reporters.length;
    const K = this.innovationCount;
    for (let j = 0; j < R; j++) {
      const d = this.direct[j];
      if (d === null) {
        for (let k = 0; k < K; k++) this.data[j * K + k][tick] = this.reporters[j].report(m, k);
        continue;
      }
      const c = m[d.counter];
      for (let k = 0; k < K; k++) {
        const a = d.at[k];
        let v = c[a];
        for (let s = 1; s < d.span; s++) v += c[a + s];
        this.data[j * K + k][tick] = v;
      }
    }
    this.rows = tick + 1;
  }

  /** Forgets rows from `length` on (restoring a checkpoint). */
  truncate(length: number): void {
    this.rows = length;
  }

  private columnIndex(name: string): number {
    const j = this.index.get(name);
    if (j === undefined) throw new Error(`unknown metric column "${name}" (known: ${this.columns.join(', ')})`);
    return j;
  }

  /** Column `name` of innovation k over rows 0 … length − 1 (a live view: do not mutate). */
  column(name: string, k: number): Int32Array {
    if (!(k >= 0 && k < this.innovationCount)) throw new RangeError(`innovation index ${k} out of range 0–${this.innovationCount - 1}`);
    return this.data[this.columnIndex(name) * this.innovationCount + k].subarray(0, this.rows);
  }

  /** The value of column `name` at row `tick` for innovation k. */
  value(name: string, tick: number, k: number): number {
    if (!(tick >= 0 && tick < this.rows)) throw new RangeError(`metric row ${tick} out of range 0–${this.rows - 1}`);
    return this.data[this.columnIndex(name) * this.innovationCount + k][tick];
  }

  /** Row `tick` of innovation k as a record column → value. */
  row(tick: number, k: number): Record<string, number> {
    const out: Record<string, number> = {};
    for (const c of this.columns) out[c] = this.value(c, tick, k);
    return out;
  }
}
