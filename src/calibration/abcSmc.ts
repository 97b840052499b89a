/**
 * Approximate Bayesian computation by sequential Monte Carlo (ABC-SMC, Beaumont et al. 2009 with the
 * adaptive tolerances of Del Moral et al. 2012): a population of N parameter vectors θ ("particles")
 * is pushed from the prior towards the posterior p(θ | observed summaries) through generations of
 * shrinking tolerance ε. Pure: the caller evaluates the simulator (in this thread or on workers).
 *
 * Generation 0 draws N candidates from the prior and accepts all of them (ε₀ = ∞). Their summaries
 * fix, once and for all, the per-statistic scale of the distance (`scales`, stored with the state):
 * the MAD (× 1.4826, so a normal sample's MAD estimates its SD) of the finite values, else their SD
 * when the MAD is 0, else 1.
 *
 * Distance: the Euclidean norm of (summary − observed) / scale over the statistics that are observed.
 * Missing values are handled explicitly: a statistic whose observed value is null is left out of the
 * distance; a simulated value that is null or NaN (a statistic undefined for that run, e.g. a share
 * never reached) where the observed one is a number makes the distance +∞, so such a run is accepted
 * only in generation 0. (When more than a share 1 − α of the prior runs have it, ε₁ = ∞: generation 1
 * then accepts every run with a finite distance.)
 *
 * Generation g ≥ 1 has ε_g = the α-quantile (type 6, quartiles.ts; unweighted) of generation g−1's
 * distances. Its candidate j picks an ancestor from generation g−1 by the weights and perturbs it with
 * a multivariate normal kernel of covariance 2·Σ (Σ: the weighted covariance of generation g−1); a
 * proposal outside the prior's support is redrawn (ancestor and step) without being simulated. A
 * log-scale prior (uniform on [ln lo, ln hi]) is perturbed in ln θ, and its weights are computed
 * there too: in that transformed space every prior is uniform, so the weight of an accepted particle
 * is w_i ∝ 1 / Σ_j w_j K(φ_i | φ_j), φ the transformed θ. Before generation g draws from generation
 * g−1, that generation is replaced by its systematic resample (equal weights; its one uniform from
 * the stream `abc-resample:<g>`) when its effective sample size ESS = 1/Σw² is below essFraction·N.
 *
 * Determinism independent of worker count: candidate j of generation g — its θ and its simulation
 * seed — is a pure function of (seed, g, j, generation g−1), drawn from the stream `abc:<g>:<j>` of
 * the model's seeded streams (src/model/rng). The batches the driver asks for (GenerationRun.batch:
 * N in generation 0, then 1.2 × the particles still needed / the acceptance rate seen so far in the
 * generation, or α × the previous generation's before any, at least 8 and at most 20·N) depend only
 * on the generation's own progress, never on how many workers evaluate them; candidates
 * are accepted in index order until N are accepted, and the candidates of that batch after the N-th
 * accepted are counted in `simulations` but discarded. So 1 or 30 workers, in any order, give the
 * same generations byte for byte.
 *
 * Resumable: the state (AbcSmcState) is plain JSON (no RNG state: candidates are derived from
 * indices), and a generation is committed only when complete. A run killed mid-generation resumes
 * from its last complete generation and gives the same result as one that was never stopped.
 *
 * Stopping: after `generations` generations, or on the budget of simulations (counted over every
 * evaluated candidate of the complete generations): a generation never asks for more than what is
 * left; when the budget runs out mid-generation that generation is abandoned and the result is the
 * last complete one; when a complete generation reaches the budget, the run ends there.
 */
import { createStream, normal, type Stream } from '../model/rng/stream.ts';
import { exp, log } from '../model/math/index.ts';
import { quantile } from './quartiles.ts';
import { cholesky, logKernel, lowerTimes, systematicResample, weightedCovariance } from './abcSmcLinalg.ts';

export interface Prior {
  name: string;
  /** uniform on [lo, hi] ('linear') or on [ln lo, ln hi] ('log', lo > 0) */
  scale: 'linear' | 'log';
  lo: number;
  hi: number;
}

export interface AbcSmcOptions {
  /** N: particles accepted per generation */
  particles: number;
  /** ε_{g+1} = the alpha-quantile of generation g's distances (default 0.5) */
  alpha: number;
  /** at most this many generations, generation 0 included */
  generations: number;
  /** at most this many simulations in all (see the header: a generation cut short is abandoned) */
  budget: number;
  seed: number;
  /** resample (systematic) when ESS < essFraction·N (default 0.5) */
  essFraction: number;
}

/** summary vector of one simulation; theta in the priors' order; seed derived deterministically by the engine */
export type Simulator = (theta: readonly number[], seed: number) => readonly number[];

export interface Particle {
  theta: number[];
  weight: number;
  distance: number;
  summary: number[];
}

export interface GenerationResult {
  index: number;
  /** ε of this generation (∞ for generation 0) */
  tolerance: number;
  particles: Particle[];
  /** simulations evaluated for this generation, the discarded ones after the N-th acceptance included */
  simulations: number;
  /** 1 / Σ w² of this generation's weights */
  ess: number;
  /** N / (index of the N-th accepted candidate + 1) */
  acceptanceRate: number;
  /** whether this generation's proposals came from the systematic resample of the previous one */
  resampled: boolean;
}

/** One candidate to simulate: `summary = simulate(theta, seed)`. */
export interface Candidate {
  index: number;
  theta: number[];
  seed: number;
}

/** Everything a run needs to continue: plain JSON (∞ and NaN are written as null; see stateFromJson). */
export interface AbcSmcState {
  priors: Prior[];
  options: AbcSmcOptions;
  /** observed summaries; null: not observed (left out of the distance) */
  observed: (number | null)[];
  /** per-statistic scale of the distance, fixed by generation 0 (null before it is complete) */
  scales: number[] | null;
  generations: GenerationResult[];
}

export type StopReason = 'generations' | 'budget' | 'stopped';

export class AbcSmcError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(problems.join('\n'));
    this.name = 'AbcSmcError';
  }
}

export const ABC_SMC_DEFAULTS = { alpha: 0.5, essFraction: 0.5 } as const;

/** Largest simulation seed a candidate gets (exclusive): 2³², an integer every seed field accepts. */
const SEED_RANGE = 2 ** 32;
/** Proposals redrawn at most this often for one candidate before the run gives up (a prior support the kernel cannot hit). */
const MAX_REDRAWS = 100_000;
/** Smallest kernel variance per axis, as a share of the squared prior width (a collapsed population keeps exploring). */
const KERNEL_FLOOR = 1e-12;
/** Largest batch, in multiples of N (a generation with a tiny acceptance rate still reports progress). */
const MAX_BATCH_FACTOR = 20;

/** The problems of a prior list and options (one line each; empty when fine). */
export function abcSmcProblems(priors: readonly Prior[], options: AbcSmcOptions, observedLength: number): string[] {
  const problems: string[] = [];
  if (priors.length === 0) problems.push('no parameter to calibrate (allowed: at least one)');
  for (const p of priors) {
    if (!(Number.isFinite(p.lo) && Number.isFinite(p.hi) && p.lo < p.hi)) problems.push(`prior of ${p.name}: range [${p.lo}, ${p.hi}] (allowed: finite, lo < hi)`);
    else if (p.scale === 'log' && !(p.lo > 0)) problems.push(`prior of ${p.name}: log-uniform range [${p.lo}, ${p.hi}] (allowed: lo > 0)`);
  }
  const o = options;
  const check = (ok: boolean, text: string) => ok || problems.push(text);
  check(Number.isInteger(o.particles) && o.particles >= 2, `particles ${o.particles} (allowed: an integer ≥ 2)`);
  check(o.alpha > 0 && o.alpha < 1, `alpha ${o.alpha} (allowed: 0 < alpha < 1)`);
  check(Number.isInteger(o.generations) && o.generations >= 1, `generations ${o.generations} (allowed: an integer ≥ 1)`);
  check(Number.isInteger(o.budget) && o.budget >= o.particles, `budget ${o.budget} (allowed: an integer ≥ particles, ${o.particles})`);
  check(Number.isSafeInteger(o.seed) && o.seed >= 0, `seed ${o.seed} (allowed: an integer ≥ 0)`);
  check(o.essFraction >= 0 && o.essFraction <= 1, `essFraction ${o.essFraction} (allowed: 0–1)`);
  check(observedLength >= 1, 'no observed statistic (allowed: at least one)');
  return problems;
}

/** A fresh run (no generation yet); throws AbcSmcError listing every problem. */
export function startAbcSmc(priors: readonly Prior[], observed: readonly (number | null)[], options: AbcSmcOptions): AbcSmcState {
  const problems = abcSmcProblems(priors, options, observed.filter((x) => x !== null).length);
  if (problems.length) throw new AbcSmcError(problems);
  return { priors: priors.map((p) => ({ ...p })), options: { ...options }, observed: [...observed], scales: null, generations: [] };
}

// ── transformed space ───────────────────────────────────────────────────────────────────────────

function toInternal(p: Prior, x: number): number {
  return p.scale === 'log' ? log(x) : x;
}
function fromInternal(p: Prior, y: number): number {
  return p.scale === 'log' ? exp(y) : y;
}
function bounds(p: Prior): [number, number] {
  return [toInternal(p, p.lo), toInternal(p, p.hi)];
}

// ── distance ────────────────────────────────────────────────────────────────────────────────────

/** The distance of a summary to the observed one (see the header); +∞ when an observed statistic is missing from it. */
export function abcDistance(summary: readonly number[], observed: readonly (number | null)[], scales: readonly number[]): number {
  let sum = 0;
  for (let k = 0; k < observed.length; k++) {
    const o = observed[k];
    if (o === null) continue;
    const x = summary[k];
    if (x === null || x === undefined || !Number.isFinite(x)) return Infinity;
    sum += ((x - o) / scales[k]) ** 2;
  }
  return Math.sqrt(sum);
}

/** Per-statistic scales from generation 0's summaries: MAD × 1.4826 of the finite values, else SD, else 1. */
export function summaryScales(summaries: readonly (readonly number[])[], count: number): number[] {
  return Array.from({ length: count }, (_, k) => {
    const xs = summaries.map((s) => s[k]).filter((x) => x !== null && Number.isFinite(x));
    if (xs.length === 0) return 1;
    const median = quantile(xs, 0.5);
    const mad = 1.4826 * quantile(xs.map((x) => Math.abs(x - median)), 0.5);
    if (mad > 0) return mad;
    const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
    const sd = Math.sqrt(xs.reduce((a, b) => a + (b - mean) ** 2, 0) / xs.length);
    return sd > 0 ? sd : 1;
  });
}

/** The p-quantile of values that may include +∞ (quartiles.ts would give NaN from 0·∞). */
function tolerantQuantile(values: readonly number[], p: number): number {
  const s = values.filter(Number.isFinite).sort((a, b) => a - b);
  const h = Math.min(Math.max((values.length + 1) * p, 1), values.length) - 1; // 0-based position among all values
  const lo = Math.floor(h);
  if (Math.ceil(h) >= s.length) return Infinity; // the quantile reaches into the +∞ values
  return lo === h ? s[lo] : s[lo] + (h - lo) * (s[lo + 1] - s[lo]);
}

// ── proposals ───────────────────────────────────────────────────────────────────────────────────

/** What generation g draws from: generation g−1 (or its resample) in transformed space and the kernel. */
interface Proposal {
  points: number[][];
  weights: number[];
  cumulative: number[];
  /** Cholesky factor of the kernel covariance 2·Σ */
  chol: number[][];
  resampled: boolean;
}

const proposals = new WeakMap<GenerationResult, Proposal>();

function proposalFrom(state: AbcSmcState, previous: GenerationResult): Proposal {
  const cached = proposals.get(previous);
  if (cached) return cached;
  const { priors, options } = state;
  let points = previous.particles.map((q) => q.theta.map((x, k) => toInternal(priors[k], x)));
  let weights = previous.particles.map((q) => q.weight);
  const cov = weightedCovariance(points, weights).map((row) => row.map((v) => 2 * v));
  const chol = cholesky(
    cov,
    priors.map((p) => KERNEL_FLOOR * (bounds(p)[1] - bounds(p)[0]) ** 2),
  );
  const resampled = previous.ess < options.essFraction * options.particles;
  if (resampled) {
    const u = createStream(options.seed, `abc-resample:${previous.index + 1}`)();
    const picks = systematicResample(weights, u);
    points = picks.map((i) => points[i]);
    weights = picks.map(() => 1 / picks.length);
  }
  const cumulative: number[] = [];
  weights.reduce((acc, w) => (cumulative.push(acc + w), acc + w), 0);
  const proposal = { points, weights, cumulative, chol, resampled };
  proposals.set(previous, proposal);
  return proposal;
}

function pickAncestor(cumulative: readonly number[], u: number): number {
  const target = u * cumulative[cumulative.length - 1];
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cumulative[mid] > target) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Candidate j of the next generation of `state`: a pure function of (seed, generation, j, the previous generation). */
export function abcCandidate(state: AbcSmcState, j: number): Candidate {
  const g = state.generations.length;
  const { priors } = state;
  const stream: Stream = createStream(state.options.seed, `abc:${g}:${j}`);
  let phi: number[];
  if (g === 0) {
    phi = priors.map((p) => {
      const [lo, hi] = bounds(p);
      return lo + (hi - lo) * stream();
    });
  } else {
    const proposal = proposalFrom(state, state.generations[g - 1]);
    for (let attempt = 0; ; attempt++) {
      if (attempt >= MAX_REDRAWS) throw new AbcSmcError([`generation ${g}: ${MAX_REDRAWS} proposals in a row fell outside the priors' ranges (a range too narrow for the population?)`]);
      const ancestor = proposal.points[pickAncestor(proposal.cumulative, stream())];
      const step = lowerTimes(
        proposal.chol,
        priors.map(() => normal(stream)),
      );
      phi = ancestor.map((a, k) => a + step[k]);
      if (phi.every((y, k) => y >= bounds(priors[k])[0] && y <= bounds(priors[k])[1])) break;
    }
  }
  const theta = phi.map((y, k) => Math.min(Math.max(fromInternal(priors[k], y), priors[k].lo), priors[k].hi));
  return { index: j, theta, seed: Math.floor(stream() * SEED_RANGE) };
}

// ── one generation ──────────────────────────────────────────────────────────────────────────────

/**
 * The generation after the state's last one, filled batch by batch: `batch(budgetLeft)` names the
 * candidates to simulate next (the same list whatever evaluates them), `take(summaries)` accepts them
 * in index order, `result()` gives the finished generation (and generation 0's scales).
 */
export class GenerationRun {
  readonly index: number;
  readonly tolerance: number;
  private readonly accepted: { theta: number[]; summary: number[]; distance: number }[] = [];
  private pending: Candidate[] = [];
  private next = 0;
  /** candidates looked at for acceptance (up to and including the N-th accepted) */
  private considered = 0;
  /** candidates simulated, discarded ones included */
  simulations = 0;

  constructor(private readonly state: AbcSmcState) {
    this.index = state.generations.length;
    const previous = state.generations[this.index - 1];
    this.tolerance = previous ? tolerantQuantile(previous.particles.map((q) => q.distance), state.options.alpha) : Infinity;
  }

  get complete(): boolean {
    return this.accepted.length >= this.state.options.particles;
  }

  /** The next candidates to simulate (at most `budgetLeft`; empty when complete or out of budget). */
  batch(budgetLeft: number): Candidate[] {
    const n = this.state.options.particles;
    const needed = n - this.accepted.length;
    if (needed <= 0 || budgetLeft <= 0) return [];
    let size = needed;
    if (this.index > 0) {
      const previousRate = this.state.generations[this.index - 1].acceptanceRate;
      const rate = this.considered > 0 ? Math.max(this.accepted.length, 0.5) / this.considered : previousRate * this.state.options.alpha;
      size = Math.min(Math.ceil((1.2 * needed) / Math.max(rate, 1e-6)), MAX_BATCH_FACTOR * n);
      size = Math.max(size, needed, 8);
    }
    size = Math.min(size, budgetLeft);
    this.pending = Array.from({ length: size }, (_, i) => abcCandidate(this.state, this.next + i));
    this.next += size;
    return this.pending;
  }

  /** The summaries of the last batch, in its order. */
  take(summaries: readonly (readonly number[])[]): void {
    if (summaries.length !== this.pending.length) throw new Error(`expected ${this.pending.length} summaries, got ${summaries.length}`);
    const { observed } = this.state;
    this.simulations += summaries.length;
    for (let i = 0; i < summaries.length && !this.complete; i++) {
      const summary = [...summaries[i]];
      this.considered++;
      // generation 0 accepts everything; its distances wait for the scales it fixes (result())
      const distance = this.index === 0 ? Infinity : abcDistance(summary, observed, this.state.scales!);
      if (this.index === 0 || (distance <= this.tolerance && distance < Infinity)) this.accepted.push({ theta: this.pending[i].theta, summary, distance });
    }
    this.pending = [];
  }

  /** The finished generation and the scales (generation 0's, or the state's). */
  result(): { generation: GenerationResult; scales: number[] } {
    if (!this.complete) throw new Error(`generation ${this.index} is not complete`);
    const { priors, observed, options } = this.state;
    const scales = this.state.scales ?? summaryScales(this.accepted.map((a) => a.summary), observed.length);
    const distances = this.accepted.map((a) => (this.index === 0 ? abcDistance(a.summary, observed, scales) : a.distance));
    let weights: number[];
    let resampled = false;
    if (this.index === 0) weights = this.accepted.map(() => 1 / this.accepted.length);
    else {
      const proposal = proposalFrom(this.state, this.state.generations[this.index - 1]);
      resampled = proposal.resampled;
      const logW = this.accepted.map((a) => {
        const phi = a.theta.map((x, k) => toInternal(priors[k], x));
        const terms = proposal.points.map((p, j) => log(proposal.weights[j]) + logKernel(proposal.chol, phi, p));
        const top = terms.reduce((a, b) => (b > a ? b : a), -Infinity);
        return -(top + log(terms.reduce((s, t) => s + exp(t - top), 0)));
      });
      const top = logW.reduce((a, b) => (b > a ? b : a), -Infinity); // not Math.max(...): N may exceed the argument limit
      const raw = logW.map((l) => exp(l - top));
      const total = raw.reduce((a, b) => a + b, 0);
      weights = raw.map((w) => w / total);
    }
    const ess = 1 / weights.reduce((s, w) => s + w * w, 0);
    const generation: GenerationResult = {
      index: this.index,
      tolerance: this.tolerance,
      particles: this.accepted.map((a, i) => ({ theta: a.theta, weight: weights[i], distance: distances[i], summary: a.summary })),
      simulations: this.simulations,
      ess,
      acceptanceRate: options.particles / this.considered,
      resampled,
    };
    return { generation, scales };
  }
}

/** The state with one more complete generation (a new object; the old one is unchanged). */
export function commitGeneration(state: AbcSmcState, run: GenerationRun): AbcSmcState {
  const { generation, scales } = run.result();
  return { ...state, scales, generations: [...state.generations, generation] };
}

/** Simulations of the state's complete generations. */
export function simulationsSpent(state: AbcSmcState): number {
  return state.generations.reduce((s, g) => s + g.simulations, 0);
}

/** Why the run is over, or null when another generation should start. */
export function stopReason(state: AbcSmcState): StopReason | null {
  if (state.generations.length >= state.options.generations) return 'generations';
  if (simulationsSpent(state) >= state.options.budget) return 'budget';
  return null;
}

// ── drivers ─────────────────────────────────────────────────────────────────────────────────────

/**
 * Evaluates a batch of candidates, in this thread or on workers: the summaries in the batch's order,
 * or null when a stop cut the batch short (the generation in progress is then abandoned: 'stopped').
 */
export type Evaluate = (candidates: readonly Candidate[]) => BatchSummaries | null | Promise<BatchSummaries | null>;
type BatchSummaries = readonly (readonly number[])[];

export interface AbcSmcHooks {
  /** after each complete generation (write it: the run resumes from it) */
  onGeneration?: (state: AbcSmcState, generation: GenerationResult) => void | Promise<void>;
  /** after each batch of the generation in progress */
  onBatch?: (run: GenerationRun) => void;
  /** polled before each batch: true abandons the generation in progress ('stopped') */
  shouldStop?: () => boolean;
}

export interface AbcSmcOutcome {
  state: AbcSmcState;
  stop: StopReason;
  /** simulations of a generation abandoned by the budget or a stop (not in the state; a batch cut short not counted) */
  abandoned: number;
}

/** Runs (or resumes) until the generations or the budget are used up, or `shouldStop` says so. */
export async function continueAbcSmc(start: AbcSmcState, evaluate: Evaluate, hooks: AbcSmcHooks = {}): Promise<AbcSmcOutcome> {
  let state = start;
  for (;;) {
    const reason = stopReason(state);
    if (reason) return { state, stop: reason, abandoned: 0 };
    const run = new GenerationRun(state);
    while (!run.complete) {
      if (hooks.shouldStop?.()) return { state, stop: 'stopped', abandoned: run.simulations };
      const batch = run.batch(state.options.budget - simulationsSpent(state) - run.simulations);
      if (batch.length === 0) return { state, stop: 'budget', abandoned: run.simulations };
      const summaries = await evaluate(batch);
      if (summaries === null) return { state, stop: 'stopped', abandoned: run.simulations };
      run.take(summaries);
      hooks.onBatch?.(run);
    }
    state = commitGeneration(state, run);
    await hooks.onGeneration?.(state, state.generations[state.generations.length - 1]);
  }
}

/** A whole run in this thread with a synchronous simulator (tests, small problems). */
export function runAbcSmc(priors: readonly Prior[], simulate: Simulator, observed: readonly (number | null)[], options: AbcSmcOptions): Promise<AbcSmcOutcome> {
  return continueAbcSmc(startAbcSmc(priors, observed, options), (batch) => batch.map((c) => simulate(c.theta, c.seed)));
}

// ── JSON ────────────────────────────────────────────────────────────────────────────────────────

/** null (how JSON writes ∞ and NaN) back to a number: `missing` for distances and tolerances, NaN for summaries. */
function numberOr(x: unknown, missing: number): number {
  return typeof x === 'number' ? x : missing;
}

/** A generation read back from JSON (JSON.stringify wrote ∞ tolerances and distances and NaN summaries as null). */
export function generationFromJson(json: GenerationResult): GenerationResult {
  return {
    ...json,
    tolerance: numberOr(json.tolerance, Infinity),
    particles: json.particles.map((q) => ({ ...q, distance: numberOr(q.distance, Infinity), summary: q.summary.map((x) => numberOr(x, NaN)) })),
  };
}

/** A whole state read back from JSON (JSON.stringify(state) is the way to write one). */
export function stateFromJson(json: AbcSmcState): AbcSmcState {
  return { ...json, generations: json.generations.map(generationFromJson) };
}

/** Weighted posterior mean and SD of parameter k of a generation (in θ, not in the transformed space). */
export function weightedMoments(generation: GenerationResult, k: number): { mean: number; sd: number } {
  let mean = 0;
  for (const q of generation.particles) mean += q.weight * q.theta[k];
  let variance = 0;
  for (const q of generation.particles) variance += q.weight * (q.theta[k] - mean) ** 2;
  return { mean, sd: Math.sqrt(variance) };
}
