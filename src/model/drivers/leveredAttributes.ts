/**
 * The attributes the hazards read, after the resource and support levers (docs/model.md §6):
 * `supportBoost` is added to s everywhere, `transfer` to r of the localities below the baseline
 * median resources (strictly below; or of `transferScope` when given), `training` to d everywhere;
 * each clamped to [0,1]. Pressure T has no lever (accountability `acc` acts on show and formalism).
 */
import type { AttributeId } from '../world.ts';

export function median(x: Float64Array): number {
  const s = Float64Array.from(x).sort();
  const n = s.length;
  if (n === 0) return 0;
  return n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
}

const clamp01 = (x: number): number => (x < 0 ? 0 : x > 1 ? 1 : x);

export function leveredAttributes(
  baseline: Readonly<Record<AttributeId, Float64Array>>,
  levers: { supportBoost: number; transfer: number; training: number },
  transferScope: Int32Array | null,
): Record<AttributeId, Float64Array> {
  const n = baseline.resources.length;
  // plain loops, not map with a closure: a sweep builds a kernel per run, and each run's new closure
  // was optimized again (28–33 times per worker thread)
  const support = new Float64Array(n);
  const digital = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    support[i] = clamp01(baseline.support[i] + levers.supportBoost);
    digital[i] = clamp01(baseline.digital[i] + levers.training);
  }
  const resources = Float64Array.from(baseline.resources);
  if (levers.transfer !== 0) {
    if (transferScope) {
      for (const i of transferScope) resources[i] = clamp01(resources[i] + levers.transfer);
    } else {
      const m = median(baseline.resources);
      for (let i = 0; i < n; i++) if (baseline.resources[i] < m) resources[i] = clamp01(resources[i] + levers.transfer);
    }
  }
  return { resources, support, digital, pressure: Float64Array.from(baseline.pressure) };
}
