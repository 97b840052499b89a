/**
 * Endorsement E_ik ∈ {0 none, 1 prefecture, 2 province, 3 central}: the highest endorsement over i
 * (docs/model.md §7). Raised by scripted `endorse`/`document` events and by the exemplar rule; never
 * lowered. Exemplar rule (when `endogenousEndorsement`): a province endorses k (E ≥ 2 over it) once it
 * holds a demonstration site of k and a share ≥ θ_P of its localities is in stages 3–4; the centre
 * endorses (E = 3 everywhere) once n_C provinces have endorsed. Checked at the end of every tick on
 * the new state, so it acts from the next tick on. Every cell whose E rises is rescheduled
 * (simulation/thinning.ts: its hazard bound reads E).
 */
import type { Kernel } from '../simulation/kernel.ts';
import { EM_PROVINCE_SHIFT, emWord } from '../simulation/kernel.ts';
import { reschedule } from '../simulation/thinning.ts';

/** The copy of E and the mandate in the cell's record (kernel.ts `nb`, NB_STRIDE 8, NB_EM 4, `emWord`; its province stays). */
export function syncCopy(m: Kernel, idx: number): void {
  const at = 8 * idx + 4;
  m.nb[at] = emWord(m.endorse[idx], m.mandate[idx], m.nb[at] >>> EM_PROVINCE_SHIFT);
}

export function raiseEndorsement(m: Kernel, k: number, idx: Int32Array, level: number): void {
  const base = k * m.N;
  const E = m.endorse;
  for (let j = 0; j < idx.length; j++) {
    const at = base + idx[j];
    if (E[at] < level) {
      E[at] = level;
      syncCopy(m, at);
      reschedule(m, at);
    }
  }
  m.fieldVersion++;
}

function raiseProvince(m: Kernel, k: number, p: number, level: number): void {
  const base = k * m.N;
  const E = m.endorse;
  for (let e = m.provOff[p]; e < m.provOff[p + 1]; e++) {
    const at = base + m.provMembers[e];
    if (E[at] < level) {
      E[at] = level;
      syncCopy(m, at);
      reschedule(m, at);
    }
  }
  m.fieldVersion++;
}

export function applyExemplarRule(m: Kernel): void {
  if (!m.endogenous) return;
  const { K, P, N, provSize, instProv, demoProv, provEndorsed, centreEndorsed } = m;
  for (let k = 0; k < K; k++) {
    if (centreEndorsed[k]) continue;
    let endorsed = 0;
    for (let p = 0; p < P; p++) {
      const at = k * P + p;
      if (!provEndorsed[at] && demoProv[at] > 0 && instProv[at] >= m.thetaP * provSize[p]) {
        provEndorsed[at] = 1;
        raiseProvince(m, k, p, 2);
      }
      endorsed += provEndorsed[at];
    }
    if (endorsed >= m.nC) {
      centreEndorsed[k] = 1;
      m.fieldVersion++;
      for (let at = k * N; at < (k + 1) * N; at++) {
        if (m.endorse[at] < 3) {
          m.endorse[at] = 3;
          syncCopy(m, at);
          reschedule(m, at);
        }
      }
    }
  }
}
