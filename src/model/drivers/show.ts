/**
 * The show flag (亮点打造): drawn when a locality adopts (enters stage 1, or stage 2 by a pilot) with
 * P(show) = logistic(γ0 + acc·(γ_T·z(T_i) + γ_M·mandate_ik + γ_N·named_ik) + γ_gap·gap_ik + γ_unfit·(1 − elig_ik))
 * (docs/model.md §6): an adoption where the innovation is no fit (only a mandate brings one about) is
 * more often for show. Origins are the inventors and are never show adopters.
 */
import type { Kernel } from '../simulation/kernel.ts';
import { exp } from '../math/index.ts';

export function showProbability(m: Kernel, idx: number, i: number, mandate: number, named: number): number {
  const unfit = m.ineligible.length > 0 && m.ineligible[idx] === 1 ? m.gammaUnfit : 0;
  const logit = m.gamma0 + m.acc * (m.gammaT * m.zT[i] + m.gammaM * mandate + m.gammaN * named) + m.gammaGap * m.gap[idx] + unfit;
  return 1 / (1 + exp(-logit));
}

/** Whether an adoption is for show: false without the mechanism (no draw is made), else one draw of m.rngShow against showProbability. */
export function drawShow(m: Kernel, idx: number, i: number, mandate: number, named: number): boolean {
  return m.showOn && m.rngShow() < showProbability(m, idx, i, mandate, named);
}
