/**
 * Abandonment contagion within provinces (docs/model.md §6): a_X = share of i's province in stage 6,
 * entering μ as exp(δ_X·a_X). Terminated counts per (province, innovation) are kept incrementally;
 * the factor is refreshed once per tick per (province, innovation) — P·K exponentials, not N·K.
 */
import type { Kernel } from '../simulation/kernel.ts';
import { exp } from '../math/index.ts';

export function refreshAbandonment(m: Kernel): void {
  const { P, K, deltaX, termProv, provSize, expAX } = m;
  if (deltaX === 0) return; // expAX stays 1
  for (let k = 0; k < K; k++) {
    for (let p = 0; p < P; p++) {
      const size = provSize[p];
      expAX[k * P + p] = size > 0 ? exp((deltaX * termProv[k * P + p]) / size) : 1;
    }
  }
}
