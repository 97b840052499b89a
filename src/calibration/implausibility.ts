/**
 * The implausibility of one parameter point against dated targets, Craig/Vernon style (history
 * matching: Craig et al. 1997; Vernon, Goldstein & Bower 2010; for a stochastic model Andrianakis et
 * al. 2015): for each target
 *
 *   I = |E[f(x)] − z| / sqrt(Var_run(x) + Var_obs + Var_disc)
 *
 * and the point's implausibility is the largest over its targets; a point with I ≤ 3 is kept
 * (non-implausible; 3 by Pukelsheim's three-sigma rule). E[f(x)] is the mean of the figure over the
 * point's runs (seeds). The rules for z and the variances:
 *
 * - z is the centre of a range lo–hi, the value of a point target (lo = hi), the bound of a one-sided
 *   target; for a one-sided target the distance is 0 while the mean meets the bound (only a violation
 *   counts).
 * - Var_obs: a range's half-width is read as two standard deviations, sd = (hi − lo)/4; a point or a
 *   bound is read as stated to ±5 % (sd = 0.05·|z|), ±10 % when the record marks it approximate (≈).
 * - Var_disc: model discrepancy, sd = 10 % of |z| (DISCREPANCY_SHARE): an illustrative model of a
 *   case is not expected to be closer than that to its record.
 * - Var_run(x) = s²·(1 + 1/R): s² the variance of the figure over the point's R runs — the record is
 *   one realisation (s²), and the mean is estimated from R runs (s²/R).
 *
 * Runs where the figure is undefined (NaN) are left out; with none defined the point is ruled out
 * (I = ∞). Pure: numbers in, numbers out.
 */

/** A target's band, as the validation states it: lo ≤ x ≤ hi (x > lo when `above`); a missing bound is open. */
export interface TargetBand {
  lo?: number;
  hi?: number;
  above?: boolean;
}

/** sd of the model discrepancy as a share of |z| */
export const DISCREPANCY_SHARE = 0.1;
/** sd of a point or one-sided target as a share of |z|; doubled when the record marks it approximate */
export const STATED_SHARE = 0.05;
/** the cut-off: points with implausibility above it are ruled out */
export const IMPLAUSIBILITY_CUTOFF = 3;

export type TargetKind = 'range' | 'point' | 'at-most' | 'at-least';

export interface TargetTerms {
  kind: TargetKind;
  /** the target's centre, value or bound */
  z: number;
  /** standard deviations of the observation and of the model discrepancy, in the figure's unit */
  sdObs: number;
  sdDisc: number;
}

/** z, the kind of target and its observation and discrepancy sd, by the rules above. */
export function targetTerms(band: TargetBand, approximate: boolean): TargetTerms {
  const { lo, hi } = band;
  const stated = (z: number) => STATED_SHARE * (approximate ? 2 : 1) * Math.abs(z);
  let kind: TargetKind;
  let z: number;
  let sdObs: number;
  if (lo !== undefined && hi !== undefined) {
    kind = lo === hi ? 'point' : 'range';
    z = (lo + hi) / 2;
    sdObs = lo === hi ? stated(z) : (hi - lo) / 4;
  } else if (hi !== undefined) {
    kind = 'at-most';
    z = hi;
    sdObs = stated(z);
  } else if (lo !== undefined) {
    kind = 'at-least';
    z = lo;
    sdObs = stated(z);
  } else throw new Error('a target needs at least one bound');
  return { kind, z, sdObs, sdDisc: DISCREPANCY_SHARE * Math.abs(z) };
}

export interface RunMoments {
  /** mean over the defined runs */
  mean: number;
  /** Var_run = s²·(1 + 1/R) */
  varRun: number;
  /** runs where the figure is defined */
  defined: number;
}

/** Mean and run variance of one figure over a point's runs (NaN left out). */
export function runMoments(values: readonly number[]): RunMoments {
  const xs = values.filter((v) => !Number.isNaN(v));
  const r = xs.length;
  if (r === 0) return { mean: NaN, varRun: NaN, defined: 0 };
  const mean = xs.reduce((a, b) => a + b, 0) / r;
  const s2 = r > 1 ? xs.reduce((a, b) => a + (b - mean) ** 2, 0) / (r - 1) : 0;
  return { mean, varRun: s2 * (1 + 1 / r), defined: r };
}

/** The implausibility of one target given the figure on each of the point's runs. */
export function targetImplausibility(values: readonly number[], band: TargetBand, approximate: boolean): number {
  const m = runMoments(values);
  if (m.defined === 0) return Infinity;
  const t = targetTerms(band, approximate);
  let distance: number;
  if (t.kind === 'at-most') distance = Math.max(0, m.mean - t.z);
  else if (t.kind === 'at-least') distance = Math.max(0, t.z - m.mean);
  else distance = Math.abs(m.mean - t.z);
  if (distance === 0) return 0;
  const sd = Math.sqrt(m.varRun + t.sdObs ** 2 + t.sdDisc ** 2);
  return sd > 0 ? distance / sd : Infinity;
}

/** A point's implausibility: the largest over its targets (each: the figure per run, the band, ≈). */
export function implausibility(targets: readonly { values: readonly number[]; band: TargetBand; approximate: boolean }[]): number {
  let worst = 0;
  for (const t of targets) worst = Math.max(worst, targetImplausibility(t.values, t.band, t.approximate));
  return worst;
}
