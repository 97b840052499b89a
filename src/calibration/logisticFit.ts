/**
 * Maximum-likelihood logistic regression of a 0/1 outcome on one covariate (intercept + slope),
 * fitted by Newton–Raphson on grouped data: the covariate takes few distinct values (e.g. a count of
 * adopting neighbours), so the data are kept as (x, trials, successes) groups and each iteration costs
 * one pass over the groups, not over every observation.
 */

export interface LogisticFit {
  /** log-odds at x = 0 */
  intercept: number;
  /** change in log-odds per unit of x */
  slope: number;
  /** Newton steps taken */
  iterations: number;
  /** false when the likelihood has no finite maximum (separation) or the steps did not settle */
  converged: boolean;
}

/** Grouped binomial data: at covariate value x, `trials` observations of which `successes` were 1. */
export interface Group {
  x: number;
  trials: number;
  successes: number;
}

/** Accumulates observations into groups by covariate value. */
export class GroupedData {
  private readonly byX = new Map<number, Group>();

  add(x: number, outcome: 0 | 1): void {
    let g = this.byX.get(x);
    if (!g) this.byX.set(x, (g = { x, trials: 0, successes: 0 }));
    g.trials++;
    g.successes += outcome;
  }

  groups(): Group[] {
    return [...this.byX.values()].sort((a, b) => a.x - b.x);
  }
}

const MAX_STEPS = 100;
const TOLERANCE = 1e-10;

/** Fits logit P(y = 1 | x) = a + b·x by Newton–Raphson from a = logit(overall rate), b = 0. */
export function fitLogistic(groups: readonly Group[]): LogisticFit {
  let n = 0;
  let s = 0;
  for (const g of groups) {
    n += g.trials;
    s += g.successes;
  }
  if (n === 0 || s === 0 || s === n) return { intercept: NaN, slope: NaN, iterations: 0, converged: false };
  let a = Math.log(s / (n - s));
  let b = 0;
  for (let step = 1; step <= MAX_STEPS; step++) {
    // gradient (ga, gb) and the information matrix [[haa, hab], [hab, hbb]] at (a, b)
    let ga = 0;
    let gb = 0;
    let haa = 0;
    let hab = 0;
    let hbb = 0;
    for (const g of groups) {
      const p = 1 / (1 + Math.exp(-(a + b * g.x)));
      const residual = g.successes - g.trials * p;
      const w = g.trials * p * (1 - p);
      ga += residual;
      gb += residual * g.x;
      haa += w;
      hab += w * g.x;
      hbb += w * g.x * g.x;
    }
    const det = haa * hbb - hab * hab;
    if (!(det > 0)) return { intercept: a, slope: b, iterations: step, converged: false };
    const da = (hbb * ga - hab * gb) / det;
    const db = (haa * gb - hab * ga) / det;
    a += da;
    b += db;
    if (Math.abs(da) < TOLERANCE && Math.abs(db) < TOLERANCE) return { intercept: a, slope: b, iterations: step, converged: Number.isFinite(a + b) };
  }
  return { intercept: a, slope: b, iterations: MAX_STEPS, converged: false };
}
