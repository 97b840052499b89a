/**
 * The observed diffusion patterns of US state policies (docs/validation-data.md), measured on the
 * committed SPID files. These are deterministic measurements on fixed data: each test asserts the
 * value measured, to the rounding stated beside it, and where the published reference gives an
 * interval, that the measurement lies in it. Years are whole years; quartiles use the (n + 1)p rule.
 */
import { describe, expect, it } from 'vitest';
import {
  neighbourClustering,
  neighbourEventHistory,
  OBSERVED_SELECTIONS,
  observedPolicies,
  policyBassFit,
  quantile,
  quartiles,
  shareDormant,
  shareReaching,
  SPID_DATA_END,
  splitHalfInnovativeness,
  tiedAdoptionShare,
  yearsToShare,
  type SpidPolicy,
} from '../../src/calibration/index.ts';
import { contiguity, spid } from './spidData.ts';

const since1950 = observedPolicies(spid, OBSERVED_SELECTIONS.since1950);
const early = observedPolicies(spid, OBSERVED_SELECTIONS.from1950to1995);
const late = observedPolicies(spid, OBSERVED_SELECTIONS.after1995);
/** [median, q1, q3] */
const mi = (xs: number[]) => {
  const q = quartiles(xs);
  return [q.median, q.q1, q.q3];
};
const to = (share: number) => (set: SpidPolicy[]) => mi(set.map((p) => yearsToShare(p, share)));
/** Half-up rounding to whole years, as the reference reports them. */
const whole = (xs: number[]) => xs.map((x) => Math.floor(x + 0.5));

describe('observed policies (first adopted since 1950, at least 10 adopters)', () => {
  it('are 437: 329 first adopted 1950–1995 and 108 after 1995', () => {
    expect([since1950.length, early.length, late.length]).toEqual([437, 329, 108]);
    expect(since1950.every((p) => p.firstYear >= 1950 && p.adopters >= 10)).toBe(true);
  });
});

describe('years from the first adopter to 50 % and 90 % of eventual adopters, and eventual adopters', () => {
  it('overall: 5 (2–12) to half and 13 (7–20) to 90 %, 26 (17–41) adopters — the reference values', () => {
    expect(to(0.5)(since1950)).toEqual([5, 2, 12]);
    expect(to(0.9)(since1950)).toEqual([13, 7, 20]);
    expect(mi(since1950.map((p) => p.adopters))).toEqual([26, 17, 41]);
  });

  it('1950–1995: 8 (3–14), 16 (10.5–24), 28 (18–43); rounded half up the reference 8 (3–14), 16 (11–24), 28 (18–43)', () => {
    expect(to(0.5)(early)).toEqual([8, 3, 14]);
    expect(to(0.9)(early)).toEqual([16, 10.5, 24]);
    expect(mi(early.map((p) => p.adopters))).toEqual([28, 18, 43]);
    expect(whole(to(0.9)(early))).toEqual([16, 11, 24]);
  });

  it('after 1995: 3 (1–4), 6 (3–8.75), 22 (15–31.75); rounded half up the reference 3 (1–4), 6 (3–9), 22 (15–32)', () => {
    expect(to(0.5)(late)).toEqual([3, 1, 4]);
    expect(to(0.9)(late)).toEqual([6, 3, 8.75]);
    expect(mi(late.map((p) => p.adopters))).toEqual([22, 15, 31.75]);
    expect(whole(to(0.9)(late))).toEqual([6, 3, 9]);
    expect(whole(mi(late.map((p) => p.adopters)))).toEqual([22, 15, 32]);
  });
});

describe('reach and fading', () => {
  it('55.1 % of the policies reach 25 states (one decimal), the reference 55 %', () => {
    expect(Number((100 * shareReaching(since1950, 25)).toFixed(1))).toBe(55.1);
  });

  it('61.8 % of the 238 first adopted by 1987 gained no adopter in 2003–2017 (one decimal), the reference 62 %', () => {
    const old = since1950.filter((p) => p.firstYear <= 1987);
    expect(old).toHaveLength(238);
    expect(Number((100 * shareDormant(old, 2003, SPID_DATA_END)).toFixed(1))).toBe(61.8);
  });
});

describe('Bass p and q per policy (share of eventual adopters, from the year before the first adoption to 2017)', () => {
  const fits = since1950.map((p) => policyBassFit(p));
  const p = mi(fits.map((f) => f!.p));
  const q = mi(fits.map((f) => f!.q));

  it('fits all 437 policies', () => {
    expect(fits.every((f) => f !== null)).toBe(true);
  });

  it('median p 0.030 (IQR 0.005–0.111), within the reference IQR 0.005–0.107 around its median 0.028', () => {
    expect(p.map((x) => Number(x.toFixed(3)))).toEqual([0.03, 0.005, 0.111]);
    expect(p[0]).toBeGreaterThan(0.005);
    expect(p[0]).toBeLessThan(0.107);
  });

  it('median q 0.302 (IQR 0.125–0.677), within the reference IQR 0.05–0.58 around its median 0.25', () => {
    expect(q.map((x) => Number(x.toFixed(3)))).toEqual([0.302, 0.125, 0.677]);
    expect(q[0]).toBeGreaterThan(0.05);
    expect(q[0]).toBeLessThan(0.58);
  });

  it('ending each fit at the policy’s last adoption gives q 0.271, nearer the reference', () => {
    const toLast = since1950.map((x) => policyBassFit(x, x.lastYear)).filter((f) => f !== null);
    expect(toLast).toHaveLength(436); // one policy was adopted by all its adopters in a single year
    expect(Number(quantile(toLast.map((f) => f.q), 0.5).toFixed(3))).toBe(0.271);
  });
});

describe('split-half agreement of states’ innovativeness (Pearson, 1,000 seeded splits)', () => {
  const r = splitHalfInnovativeness(since1950, 1000, 1);

  it('median 0.86, 5–95 % 0.80–0.90 (two decimals), as the reference', () => {
    const [median, p5, p95] = [quantile(r, 0.5), quantile(r, 0.05), quantile(r, 0.95)];
    expect([median, p5, p95].map((x) => Number(x.toFixed(2)))).toEqual([0.86, 0.8, 0.9]);
  });

  it('is the same for the same seed and varies with it', () => {
    expect(splitHalfInnovativeness(since1950, 5, 1)).toEqual(r.slice(0, 5));
    expect(splitHalfInnovativeness(since1950, 5, 2)).not.toEqual(r.slice(0, 5));
  });
});

describe('ties and neighbours', () => {
  it('82.6 % of adoptions share their year with another adopter of the same policy (one decimal)', () => {
    expect(Number((100 * tiedAdoptionShare(since1950)).toFixed(1))).toBe(82.6);
  });

  it('the contiguity has 105 pairs, none for Alaska and Hawaii', () => {
    expect(contiguity.reduce((s, l) => s + l.length, 0) / 2).toBe(105);
    expect(contiguity[1]).toEqual([]); // Alaska
    expect(contiguity[10]).toEqual([]); // Hawaii
  });

  it('eventual adopters border each other 4.6 % more than random sets of the same size; 61.8 % of policies above', () => {
    const c = neighbourClustering(since1950, contiguity);
    expect(c.observedPairs).toBe(18696);
    expect(Number(c.expectedPairs.toFixed(1))).toBe(17882.1);
    expect(Number(c.ratio.toFixed(3))).toBe(1.046);
    expect(Number((100 * c.shareAbove).toFixed(1))).toBe(61.8);
  });

  it('pooled event history to 2017: coefficient 0.177, hazard 2.11 % with no adopting neighbour, 3.24 % with one or more', () => {
    const e = neighbourEventHistory(since1950, contiguity);
    expect([e.stateYears, e.adoptions]).toEqual([404449, 11021]);
    expect(Number(e.coefficient.toFixed(3))).toBe(0.177);
    expect([e.hazardNone, e.hazardSome].map((h) => Number((100 * h).toFixed(2)))).toEqual([2.11, 3.24]);
  });

  it('the coefficient falls with the years a policy is followed; over its first 5 years it is 0.490, within the reference 0.39–0.52', () => {
    const over = (years: number) => neighbourEventHistory(since1950, contiguity, (p) => Math.min(SPID_DATA_END, p.firstYear + years)).coefficient;
    const [five, ten, toLast] = [over(5), over(10), neighbourEventHistory(since1950, contiguity, (p) => p.lastYear).coefficient];
    expect([five, ten, toLast].map((x) => Number(x.toFixed(3)))).toEqual([0.49, 0.373, 0.329]);
    expect(five).toBeGreaterThan(0.39);
    expect(five).toBeLessThan(0.52);
  });
});
