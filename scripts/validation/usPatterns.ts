/**
 * The US states' side of the validation: the patterns observed in SPID (public/data/spid), measured by
 * the functions of src/calibration as docs/validation-data.md reports them, each beside its published
 * reference; and the statistics the us-policies calibration fits, observed — with the simulated
 * median and 80 % interval of a calibration posterior (public/calibration/*posterior*.csv, written
 * by `idlab calibrate`) where one is in the repository.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  csvRows,
  neighbourEventHistory,
  OBSERVED_SELECTIONS,
  observedPolicies,
  policyBassFit,
  quantile,
  quartiles,
  shareDormant,
  shareReaching,
  SPID_DATA_END,
  spidHistories,
  splitHalfInnovativeness,
  US_POLICY_STATISTICS,
  usPolicySummaries,
  usStatesContiguity,
  yearsToShare,
  type UsPolicySummaryOptions,
} from '../../src/calibration/index.ts';
import { weightedQuantile } from '../../src/calibration/weightedQuantile.ts';

/** A pattern of the 437 policies first adopted since 1950, with its published reference. */
export interface UsPattern {
  figure: string;
  observed: string;
  reference: string;
  source: string;
}

/** One statistic of the calibration: observed on 1950–1995, and the posterior's simulated quantiles. */
export interface UsStatistic {
  name: string;
  observed: number;
  /** 10th, 50th and 90th weighted percentiles over the posterior's particles; absent without a posterior */
  simulated?: { lo: number; median: number; hi: number };
}

export interface UsSection {
  policies: number;
  patterns: UsPattern[];
  calibrationFile: string;
  calibrationPolicies: number;
  statistics: UsStatistic[];
  /** the posterior file the simulated figures come from (repository path), or null */
  posterior: string | null;
}

export const CALIBRATION_FILE = 'public/calibration/spid-1950-1995.json';
/** Split-half draws and seed of docs/validation-data.md's headline figure. */
const SPLITS = 1000;
const SPLIT_SEED = 1;

const f = (x: number, digits = 0) => x.toFixed(digits);
const iqr = (xs: number[], digits = 0) => {
  const q = quartiles(xs);
  return `${f(q.median, digits)} (${f(q.q1, digits)}–${f(q.q3, digits)})`;
};
const pct = (x: number) => `${f(100 * x, 1)} %`;

/** Posterior CSV files in public/calibration, sorted. */
export function posteriorFiles(root: string): string[] {
  const dir = join(root, 'public/calibration');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => /posterior/i.test(name) && name.endsWith('.csv'))
    .sort()
    .map((name) => `public/calibration/${name}`);
}

/** The 10/50/90 % weighted percentiles of each statistic column of a posterior CSV (`idlab calibrate`). */
export function posteriorQuantiles(text: string, source: string): Map<string, { lo: number; median: number; hi: number }> {
  const [header, ...rows] = csvRows(text, source);
  const col = (name: string) => header.fields.indexOf(name);
  const weight = col('weight');
  if (weight < 0) throw new Error(`${source}: no "weight" column (expected the posterior.csv of idlab calibrate)`);
  const num = (s: string) => (s === '' ? NaN : Number(s));
  const weights = rows.map((r) => num(r.fields[weight]));
  const out = new Map<string, { lo: number; median: number; hi: number }>();
  for (const name of US_POLICY_STATISTICS) {
    const c = col(name);
    if (c < 0) continue;
    const values = rows.map((r) => num(r.fields[c]));
    out.set(name, { lo: weightedQuantile(values, weights, 0.1), median: weightedQuantile(values, weights, 0.5), hi: weightedQuantile(values, weights, 0.9) });
  }
  return out;
}

export function usPatterns(root: string): UsSection {
  const read = (path: string) => readFileSync(join(root, path), 'utf8');
  const all = spidHistories(read('public/data/spid/spid_policies.csv'), read('public/data/spid/spid_metadata.csv'));
  const since1950 = observedPolicies(all, OBSERVED_SELECTIONS.since1950);
  const calibrationSet = observedPolicies(all, OBSERVED_SELECTIONS.from1950to1995);
  const neighbours = usStatesContiguity(JSON.parse(read('public/data/us-states.json')));
  const fits = since1950.map((p) => policyBassFit(p)).filter((x) => x !== null);
  const split = splitHalfInnovativeness(since1950, SPLITS, SPLIT_SEED);
  const firstBy1987 = since1950.filter((p) => p.firstYear <= 1987);
  const events5 = neighbourEventHistory(since1950, neighbours, (p) => Math.min(SPID_DATA_END, p.firstYear + 5));
  const SPID = 'SPID v1.0 (Boehmke et al. 2020), as docs/references.md reports it';

  const patterns: UsPattern[] = [
    { figure: 'years from the first adopter to 50 % of the eventual adopters, median (IQR)', observed: iqr(since1950.map((p) => yearsToShare(p, 0.5))), reference: '5 (2–12)', source: SPID },
    { figure: 'years from the first adopter to 90 % of the eventual adopters, median (IQR)', observed: iqr(since1950.map((p) => yearsToShare(p, 0.9))), reference: '13 (7–20)', source: SPID },
    { figure: 'eventual adopters (states), median (IQR)', observed: iqr(since1950.map((p) => p.adopters)), reference: '26 (median)', source: SPID },
    { figure: 'policies that reach 25 states', observed: pct(shareReaching(since1950, 25)), reference: '55 %', source: SPID },
    { figure: `first adopted by 1987 (${firstBy1987.length}): no adopter in 2003–${SPID_DATA_END}`, observed: pct(shareDormant(firstBy1987, 2003, SPID_DATA_END)), reference: '62 %', source: SPID },
    { figure: 'Bass p per policy, median (IQR), fitted to 2017', observed: iqr(fits.map((x) => x.p), 3), reference: '0.028 (0.005–0.107)', source: `${SPID}; the mean of marketing applications is 0.03 (Sultan, Farley & Lehmann 1990)` },
    { figure: 'Bass q per policy, median (IQR), fitted to 2017', observed: iqr(fits.map((x) => x.q), 3), reference: '0.25 (0.05–0.58)', source: SPID },
    {
      figure: `split-half correlation of the states' innovativeness (Pearson, ${SPLITS.toLocaleString('en')} splits, seed ${SPLIT_SEED}), median (5–95 %)`,
      observed: `${f(quantile(split, 0.5), 3)} (${f(quantile(split, 0.05), 3)}–${f(quantile(split, 0.95), 3)})`,
      reference: '0.86 (0.80–0.90)',
      source: SPID,
    },
    {
      figure: 'log-odds per adopting neighbour (event history, each policy’s first 5 years)',
      observed: f(events5.coefficient, 3),
      reference: '0.39–0.52',
      source: 'Boehmke et al. 2017 (0.393 over 86 policies); Berry & Berry 1990’s lottery data re-estimated (0.515)',
    },
  ];

  const file = JSON.parse(read(CALIBRATION_FILE)) as { options: UsPolicySummaryOptions };
  const observed = usPolicySummaries(calibrationSet, neighbours, file.options);
  const posteriors = posteriorFiles(root);
  const posterior = posteriors[0] ?? null;
  const simulated = posterior ? posteriorQuantiles(read(posterior), posterior) : null;
  const statistics: UsStatistic[] = US_POLICY_STATISTICS.map((name, j) => {
    const s = simulated?.get(name);
    return s ? { name, observed: observed[j], simulated: s } : { name, observed: observed[j] };
  });
  return { policies: since1950.length, patterns, calibrationFile: CALIBRATION_FILE, calibrationPolicies: calibrationSet.length, statistics, posterior };
}
