/**
 * The shapes of a paired comparison: a baseline scenario and a scenario (usually the baseline with
 * one lever moved) run N times each, pair i of both arms with the same seed, so that the pair's
 * difference measures the lever rather than luck. Plain data only (structured-clone safe: typed
 * arrays, numbers, strings), so results cross worker boundaries unchanged.
 *
 * Undefined figures (a KPI no run defines, a region the world lacks) are NaN in the bands; the CLI
 * writes them as null.
 */

/** The two arms of a comparison. */
export type CompareArm = 'baseline' | 'scenario';

/** The KPIs compared at the horizon (definitions: src/service/kpis.ts and src/model/metrics/summary.ts). */
export type CompareKpiId = 'timeTo50' | 'activeShare' | 'everShare' | 'persistence5' | 'formalShare' | 'showShare' | 'eastWestGap';

/**
 * Which way a KPI is better: `higher` (activeShare, everShare, persistence5), `lower` (timeTo50,
 * formalShare, showShare) or `closer to 0` (eastWestGap: a smaller |East − West| gap is better).
 */
export type BetterDirection = 'higher' | 'lower' | 'closer to 0';

/**
 * The yearly series (what the app's adoption chart plots), as shares: `ever` and `active` and
 * `formal` (stage 5, in name only) of all localities; `active_<region>` of that region's localities
 * (NaN when the world has none there).
 */
export type CompareSeriesId = 'ever' | 'active' | 'formal' | 'active_east' | 'active_central' | 'active_west' | 'active_northeast';

/** What one compare run keeps. */
export interface CompareRunSpec {
  /** innovation ids to keep, in this order (each must be in the run's scenario) */
  innovations: readonly string[];
}

/** One innovation's outcome in one run (`executeCompareRun`). */
export interface InnovationOutcome {
  id: string;
  /** series id → share at years 0, 1, …, Y after the scenario's time.startYear (Y = time.years; `years` of the run) */
  series: Record<CompareSeriesId, Float64Array>;
  /** KPI id → value at the horizon; null where undefined for this run (e.g. 50 % never reached) */
  kpis: Record<CompareKpiId, number | null>;
  /** per locality (world order): years from time.startYear to its first adoption; NaN = never adopted */
  firstAdoption: Float32Array;
}

/** One run of one arm. */
export interface CompareRunResult {
  seed: number;
  /** calendar year of each series index: time.startYear + 0, 1, … (the horizon last, also when it falls between two years) */
  years: number[];
  innovations: InnovationOutcome[];
}

/** A pair: both arms run with the same seed (common random numbers). */
export interface ComparePair {
  seed: number;
  baseline: CompareRunResult;
  scenario: CompareRunResult;
}

/** Pointwise quantiles over the pairs, by the (n+1)p rule (p10 = 10th percentile). NaN: no defined value. */
export interface Band {
  median: number;
  p10: number;
  p90: number;
}

/** Bands per year (index = year 0..Y), as parallel arrays. */
export interface BandSeries {
  median: Float64Array;
  p10: Float64Array;
  p90: Float64Array;
}

/** One series compared: each arm's bands and the bands of the paired difference (scenario − baseline). */
export interface SeriesComparison {
  baseline: BandSeries;
  scenario: BandSeries;
  difference: BandSeries;
}

/** One KPI compared over the pairs. */
export interface KpiComparison {
  id: CompareKpiId;
  better: BetterDirection;
  /** bands over the runs in which the KPI is defined */
  baseline: Band;
  scenario: Band;
  /** bands of scenario − baseline over the pairs in which both are defined */
  difference: Band;
  /** share of `pairs` with the scenario strictly better (NaN when `pairs` is 0) */
  betterShare: number;
  /** share of `pairs` with both arms equal */
  tiedShare: number;
  /** pairs in which the KPI is defined in both arms */
  pairs: number;
  /** per pair (pair order): the arms' values, NaN where undefined — for histograms of the difference */
  values: { baseline: Float64Array; scenario: Float64Array };
}

/** One innovation compared. */
export interface InnovationComparison {
  id: string;
  series: Record<CompareSeriesId, SeriesComparison>;
  kpis: Record<CompareKpiId, KpiComparison>;
  /** the pair whose scenario ever-adopted curve is nearest (L2 over years) the pointwise median curve */
  representativePair: number;
  /**
   * first-adoption years of every run, run-major: `firstAdoption[arm][pair · n + locality]`, NaN =
   * never (read with `adoptionProbability`)
   */
  firstAdoption: Record<CompareArm, Float32Array>;
}

/** A whole comparison (`summarizeComparison`). */
export interface ComparisonResult {
  /** pairs compared */
  pairs: number;
  /** the seed of each pair (both arms) */
  seeds: number[];
  /** localities of the world */
  n: number;
  /** calendar year of each series index: time.startYear + 0, 1, …, Y */
  years: number[];
  innovations: InnovationComparison[];
}

/** Progress of a running comparison: runs done of total (2 per pair). */
export interface CompareProgress {
  done: number;
  total: number;
}
