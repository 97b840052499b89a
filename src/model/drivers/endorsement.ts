/**
 * Endorsement E_ik ∈ {0 none, 1 prefecture, 2 province, 3 central}: the highest endorsement over i
 * (docs/model.md §6, §7). Raised by scripted `endorse`/`document` events and by the exemplar rule,
 * lowered by `withdraw` events. Every cell whose E moves is rescheduled (simulation/thinning.ts: its
 * hazard bound reads E), and a terminated one redraws its re-adoption wait (h60 = ρ_re·e^{β_E[E]}).
 *
 * Exemplar rule, with lags (when `endogenousEndorsement`): at the end of every tick, on the new
 * state, each province that has not endorsed k, holds a demonstration site of k and has a share ≥ θ_P
 * of its localities in stages 3–4 endorses k (E ≥ 2 over it) with probability 1 − e^{−λ_P·dt}; while
 * ≥ n_C provinces had endorsed before the tick, the centre endorses (E = 3 everywhere) with
 * probability 1 − e^{−λ_C·dt}. Draws come from the `endorsement` stream, province by province in index order,
 * then the centre, innovation by innovation. A province endorses at most once (a withdrawal is not
 * undone by the rule). An endogenous endorsement renews the innovation's salience, as a scripted
 * one does.
 */
import type { Kernel } from '../simulation/kernel.ts';
import { EM_INELIGIBLE, EM_PROVINCE_SHIFT, emWord } from '../simulation/kernel.ts';
import { redrawReentry, reschedule } from '../simulation/thinning.ts';
import { aleaNext } from '../rng/aleaState.ts';

/** The copy of E, the mandate and the suspension in the cell's record (kernel.ts `nb`, NB_STRIDE 8, NB_EM 4, `emWord`; ineligibility and province stay). */
export function syncCopy(m: Kernel, idx: number): void {
  const at = 8 * idx + 4;
  const old = m.nb[at];
  m.nb[at] = emWord(m.endorse[idx], m.mandate[idx], m.suspend[idx] > 0, (old & EM_INELIGIBLE) !== 0, old >>> EM_PROVINCE_SHIFT);
}

/** Sets E of cell idx to `level` and reschedules what reads it (the caller bumps fieldVersion). */
function setLevel(m: Kernel, idx: number, level: number): void {
  m.endorse[idx] = level;
  syncCopy(m, idx);
  if (m.stage[idx] === 6) redrawReentry(m, idx);
  else reschedule(m, idx);
}

/** E rises to `level` over localities `idx` of innovation k where it is lower. */
export function raiseEndorsement(m: Kernel, k: number, idx: ArrayLike<number>, level: number): void {
  const base = k * m.N;
  for (let j = 0; j < idx.length; j++) if (m.endorse[base + idx[j]] < level) setLevel(m, base + idx[j], level);
  m.fieldVersion++;
}

/** E falls to `level` over localities `idx` of innovation k where it is higher (a `withdraw` event). */
export function lowerEndorsement(m: Kernel, k: number, idx: ArrayLike<number>, level: number): void {
  const base = k * m.N;
  for (let j = 0; j < idx.length; j++) if (m.endorse[base + idx[j]] > level) setLevel(m, base + idx[j], level);
  m.fieldVersion++;
}

export function applyExemplarRule(m: Kernel): void {
  if (!m.endogenous) return;
  const { K, P, N, provSize, instProv, demoProv, provEndorsed, centreEndorsed, endorsementState } = m;
  for (let k = 0; k < K; k++) {
    if (centreEndorsed[k]) continue;
    // the centre acts on the provinces that had endorsed before this tick: it never follows in the
    // same tick as the n_C-th province
    let before = 0;
    for (let p = 0; p < P; p++) {
      const at = k * P + p;
      before += provEndorsed[at];
      if (!provEndorsed[at] && demoProv[at] > 0 && instProv[at] >= m.thetaP * provSize[p] && aleaNext(endorsementState) < m.provinceEndorseProb) {
        provEndorsed[at] = 1;
        raiseEndorsement(m, k, m.provMembers.subarray(m.provOff[p], m.provOff[p + 1]), 2);
        m.salienceTick[k] = m.tick;
      }
    }
    if (before >= m.nC && aleaNext(endorsementState) < m.centreEndorseProb) {
      centreEndorsed[k] = 1;
      for (let idx = k * N; idx < (k + 1) * N; idx++) if (m.endorse[idx] < 3) setLevel(m, idx, 3);
      m.fieldVersion++;
      m.salienceTick[k] = m.tick;
    }
  }
}
