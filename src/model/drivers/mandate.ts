/**
 * mandate_ik = 1 while a `mandate` event covers i (from its tick until the first tick at or after
 * `until`, docs/model.md §7). Recomputed for innovation k only at the ticks where one of its mandates
 * starts or lapses, as the union of the mandates active then; its cells in stage 0 are then rescheduled
 * (simulation/thinning.ts: the 0 → 1 hazard bound reads the mandate).
 */
import type { Kernel } from '../simulation/kernel.ts';
import type { MandateSpan } from '../simulation/schedule.ts';
import { rescheduleUnadopted } from '../simulation/thinning.ts';
import { syncCopy } from './endorsement.ts';

export function recomputeMandate(m: Kernel, k: number, spans: readonly MandateSpan[], tick: number): void {
  const base = k * m.N;
  m.mandate.fill(0, base, base + m.N);
  for (const span of spans) {
    if (tick < span.start || tick >= span.end) continue;
    for (let j = 0; j < span.idx.length; j++) m.mandate[base + span.idx[j]] = 1;
  }
  for (let idx = base; idx < base + m.N; idx++) syncCopy(m, idx);
  m.fieldVersion++;
  rescheduleUnadopted(m, k);
}
