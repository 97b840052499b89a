/**
 * `npx tsx scripts/compare/pairing-variance.ts [--preset fengqiao] [--lever reward=3] [--pairs 200] [--workers 2] [--kpi timeTo50]`:
 * what pairing (common random numbers) gains. Runs the same comparison twice — pair i of both arms
 * with one seed (common), and each arm with seeds of its own (independent) — and reports the variance
 * of the paired difference of a KPI (default: years to 50 % ever adopted) in each, their ratio
 * common / independent with a 95 % percentile-bootstrap interval (pairs resampled, 2,000 times), and
 * the share of pairs whose two runs are identical; then the same ratio for the ever-adopted share at
 * a few years after the start (recounted from the runs' first-adoption times), to show how long the
 * arms stay in step. Ends with one JSON line.
 */
import { resolveScenario } from '../../src/model/scenario/resolve.ts';
import { createStream } from '../../src/model/rng/stream.ts';
import { loadPresetForExtends } from '../../src/cli/presets.ts';
import { loadWorld } from '../../src/cli/load-world.ts';
import { planComparison } from '../../src/compare/comparePlan.ts';
import { runComparison } from '../../src/compare/node/runComparison.ts';
import { bootstrapIntervals } from '../../src/sweep/sensitivity/bootstrap.ts';
import type { CompareKpiId, ComparisonResult } from '../../src/compare/types.ts';

function flag(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
}

const preset = flag('preset', 'fengqiao');
const [leverName, leverText] = flag('lever', 'reward=3').split('=');
const leverValue = leverText === 'true' ? true : leverText === 'false' ? false : Number(leverText);
const pairs = Number(flag('pairs', '200'));
const workers = Number(flag('workers', '2'));
const kpi = flag('kpi', 'timeTo50') as CompareKpiId;
const seed = Number(flag('seed', '1'));

const baseline = resolveScenario({ extends: preset }, { loadPreset: loadPresetForExtends });
const scenario = resolveScenario({ extends: preset, levers: { [leverName]: leverValue } }, { loadPreset: loadPresetForExtends });
const world = loadWorld(baseline.world);

function variance(xs: readonly number[]): number {
  const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
  return xs.reduce((a, b) => a + (b - mean) ** 2, 0) / (xs.length - 1);
}

const YEARS = [1, 2, 3, 5, 10, 20, 40, 60];

/** Per year of YEARS, per pair: scenario − baseline ever-adopted share, from the first-adoption times. */
function everDifferences(inn: ComparisonResult['innovations'][number], n: number): number[][] {
  const share = (times: Float32Array, run: number, year: number) => {
    let adopted = 0;
    for (let i = run * n; i < (run + 1) * n; i++) if (times[i] <= year + 1e-4) adopted++;
    return adopted / n;
  };
  return YEARS.map((y) => Array.from({ length: pairs }, (_, run) => share(inn.firstAdoption.scenario, run, y) - share(inn.firstAdoption.baseline, run, y)));
}

async function differences(seeds: 'common' | 'independent'): Promise<{ d: number[]; identical: number; seconds: number; ever: number[][] }> {
  const t0 = performance.now();
  const plan = planComparison({ baseline, scenario, pairs, seed, seeds });
  const result = await runComparison({ world, plan, workers });
  const inn = result!.innovations[0];
  const { baseline: b, scenario: s } = inn.kpis[kpi].values;
  const d: number[] = [];
  let identical = 0;
  for (let i = 0; i < pairs; i++) {
    if (Number.isNaN(b[i]) || Number.isNaN(s[i])) continue;
    d.push(s[i] - b[i]);
    if (s[i] === b[i]) identical++;
  }
  return { d, identical, seconds: (performance.now() - t0) / 1000, ever: everDifferences(inn, result!.n) };
}

const common = await differences('common');
const independent = await differences('independent');
const n = Math.min(common.d.length, independent.d.length);
const ratio = variance(common.d) / variance(independent.d);
const [interval] = bootstrapIntervals(n, 2000, 0.95, createStream(seed, 'bootstrap'), (idx) => {
  const c = Array.from(idx, (j) => common.d[j]);
  const i = Array.from(idx, (j) => independent.d[j]);
  return [variance(c) / variance(i)];
});
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
console.log(`${preset}, lever ${leverName} ${baseline.levers[leverName as keyof typeof baseline.levers]} → ${leverText}, ${kpi}, ${pairs} pairs per design`);
console.log(`common seeds:      mean difference ${mean(common.d).toFixed(4)}, variance ${variance(common.d).toExponential(3)} (${common.d.length} pairs defined, ${common.identical} with equal values; ${common.seconds.toFixed(1)} s)`);
console.log(`independent seeds: mean difference ${mean(independent.d).toFixed(4)}, variance ${variance(independent.d).toExponential(3)} (${independent.d.length} pairs defined; ${independent.seconds.toFixed(1)} s)`);
console.log(`variance ratio common / independent: ${ratio.toFixed(3)} (95 % bootstrap interval ${interval.low.toFixed(3)}–${interval.high.toFixed(3)})`);
const everRatios = YEARS.map((y, j) => {
  const r = variance(common.ever[j]) / variance(independent.ever[j]);
  const [ci] = bootstrapIntervals(pairs, 2000, 0.95, createStream(seed + j + 1, 'bootstrap'), (idx) => [
    variance(Array.from(idx, (i) => common.ever[j][i])) / variance(Array.from(idx, (i) => independent.ever[j][i])),
  ]);
  console.log(`ever-adopted share ${y} years in: variance ratio ${r.toFixed(3)} (95 % bootstrap interval ${ci.low.toFixed(3)}–${ci.high.toFixed(3)})`);
  return { year: y, ratio: r, low: ci.low, high: ci.high };
});
console.log(JSON.stringify({ preset, lever: leverName, value: leverValue, kpi, pairs, varCommon: variance(common.d), varIndependent: variance(independent.d), ratio, low: interval.low, high: interval.high, ever: everRatios }));
