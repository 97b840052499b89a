/**
 * Suspension (docs/model.md §6, §7): while a `suspend` era of strength s covers (i,k) — from its tick
 * until the first tick at or after `until` — the practice is set aside there: h01, h12, h23 and h34
 * are multiplied by (1 − s) and abandonment gains s·μ_susp (for 枫桥经验, 1966–1976). Overlapping
 * eras: the strongest counts. Recomputed for innovation k only at the ticks where one of its eras
 * starts or ends; every cell whose strength moved is rescheduled (simulation/thinning.ts: the hazard
 * bounds read it).
 */
import type { Kernel } from '../simulation/kernel.ts';
import type { SuspendSpan } from '../simulation/schedule.ts';
import { reschedule } from '../simulation/thinning.ts';
import { syncCopy } from './endorsement.ts';

export function recomputeSuspension(m: Kernel, k: number, spans: readonly SuspendSpan[], tick: number): void {
  const base = k * m.N;
  const next = new Float32Array(m.N);
  for (const span of spans) {
    if (tick < span.start || tick >= span.end) continue;
    const s = Math.fround(span.strength);
    for (let j = 0; j < span.idx.length; j++) if (next[span.idx[j]] < s) next[span.idx[j]] = s;
  }
  let moved = false;
  for (let i = 0; i < m.N; i++) {
    const idx = base + i;
    if (m.suspend[idx] === next[i]) continue;
    m.suspend[idx] = next[i];
    syncCopy(m, idx);
    reschedule(m, idx);
    moved = true;
  }
  if (moved) m.fieldVersion++;
}
