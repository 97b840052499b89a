/**
 * `npx tsx scripts/audit/preset-figures.ts [--seeds 20]`: the figures by which the China presets are
 * read against their milestones (docs/references.md, "China milestones"), each as the median and
 * range (min–max) over seeds 1…n, printed as a markdown table. Every run goes through the public
 * model API on the world `idlab run` builds. Years are calendar years of the scenario clock: "in Y"
 * reads the state at the start of Y, "by the end of Y" the state at the start of Y + 1.
 */
import type { Simulation } from '../../src/model/simulation/types.ts';
import { presetExists } from '../../src/cli/presets.ts';
import { createPanelRecorder } from '../../src/cli/panel.ts';
import { ScenarioError } from '../../src/model/scenario/issues.ts';
import { countTrue, summarize } from './ensemble.ts';
import { fitLogistic, GroupedData } from '../../src/calibration/logisticFit.ts';
import { runScenario } from './runScenario.ts';
import { bottomUp } from './presetMeasures.ts';
import { rowAt } from '../../src/service/milestones/rowAt.ts';
import { activeShareAt, everShareAt, prefecturesAdoptedBy, provinceShareOfAdopters } from '../../src/service/milestones/presetMeasures.ts';

type Row = [caseName: string, figure: string, value: string];

function parseSeeds(argv: readonly string[]): number {
  const at = argv.indexOf('--seeds');
  if (at < 0) return 20;
  const n = Number(argv[at + 1]);
  if (!Number.isInteger(n) || n < 1) {
    process.stderr.write(`--seeds: ${JSON.stringify(argv[at + 1] ?? null)} is not a whole number ≥ 1\n`);
    process.exit(2);
  }
  return n;
}

const seedList = (n: number) => Array.from({ length: n }, (_, j) => j + 1);

// ── formalism: per-year rate of → 5 by the stage it came from ──────────────────────────────────────

/** → 5 transitions per cell-year of exposure, from stages 3–4 and from stages 1–2 (innovation 0). */
function formalismRates(sim: Simulation): { fromInst: number; fromEarly: number } {
  const exposure = (a: string, b: string) => {
    const x = sim.metrics.column(a, 0);
    const y = sim.metrics.column(b, 0);
    let sum = 0;
    for (let t = 0; t < sim.tickCount; t++) sum += x[t] + y[t]; // state at row t is exposed during tick t + 1
    return sum * sim.dt;
  };
  const log = sim.events.columns();
  let inst = 0;
  let early = 0;
  for (let j = 0; j < log.tick.length; j++) {
    if (log.to[j] !== 5 || log.innovation[j] !== 0) continue;
    if (log.from[j] === 3 || log.from[j] === 4) inst++;
    else if (log.from[j] === 1 || log.from[j] === 2) early++;
  }
  return { fromInst: inst / exposure('institutionalized', 'optimizing'), fromEarly: early / exposure('learning', 'adapting') };
}

// ── event history: neighbour coefficient ───────────────────────────────────────────────────────────

/** Log-odds per adopting neighbour from the locality-year panel (at-risk rows) of one run. */
function neighbourCoefficient(id: string, seed: number): number {
  let recorder: ReturnType<typeof createPanelRecorder> | null = null;
  let next = 0;
  const capture = (s: Simulation) => {
    recorder ??= createPanelRecorder(s);
    while (next < recorder.boundaries.length && recorder.boundaries[next] === s.tickCount) {
      recorder.capture();
      next++;
    }
  };
  runScenario({ extends: id }, seed, capture);
  const table = recorder!.table();
  const col = (name: string) => table.columns.indexOf(name);
  const atRisk = col('at_risk');
  const adopted = col('adopted_this_year');
  const neighbours = col('adopted_neighbours');
  const data = new GroupedData();
  for (const row of table.rows()) if (row[atRisk] === 1) data.add(row[neighbours] as number, row[adopted] as 0 | 1);
  const fit = fitLogistic(data.groups());
  return fit.converged ? fit.slope : NaN;
}

// ── the table ──────────────────────────────────────────────────────────────────────────────────────

function run(n: number): Row[] {
  const seeds = seedList(n);
  const rows: Row[] = [];
  const s2 = (xs: number[], digits = 2, missing?: string) => summarize(xs, digits, missing);

  if (presetExists('bottom-up')) {
    const b = seeds.map((seed) => bottomUp(seed));
    rows.push(['bottom-up', 'years from the first adopter to 93 % of units ever adopted', s2(b.map((x) => x.yearsTo93), 1, 'not reached')]);
    rows.push(['bottom-up', 'units with municipal districts (294) ever adopted by the end of 2012', s2(b.map((x) => x.cities2012), 0)]);
    rows.push(['bottom-up', 'years from the first province endorsement to the centre’s', s2(b.map((x) => x.provinceToCentre), 1, 'no endorsement')]);
    rows.push(['bottom-up', 'centre endorsed within 3 years of the first adopter (seeds)', countTrue(b.map((x) => x.centreWithin3))]);
    rows.push(['bottom-up', 'share of adoptions by the endorsement channel', s2(b.map((x) => x.endorsementShare))]);
  } else rows.push(['bottom-up', '(preset not present)', '—']);

  const grid = seeds.map((seed) => runScenario({ extends: 'grid' }, seed));
  rows.push(['grid', 'prefectures with ≥ 1 adopter at the end of 2006', s2(grid.map((sim) => prefecturesAdoptedBy(sim, 2007)), 0)]);
  const gridAt = (c: string) => grid.map((sim) => sim.metrics.value(c, rowAt(sim, 2024), 0) / sim.n);
  rows.push(['grid', 'share ever adopted by the end of 2020', s2(grid.map((sim) => everShareAt(sim, rowAt(sim, 2021))))]);
  rows.push(['grid', 'share active (stages 1–4) in 2024', s2(grid.map((sim) => activeShareAt(sim, rowAt(sim, 2024))))]);
  rows.push(['grid', 'share in stage 5 in 2024', s2(gridAt('formal'))]);
  rows.push(['grid', 'share in stage 6 in 2024', s2(gridAt('terminated'))]);

  const threeGov = seeds.map((seed) => runScenario({ extends: 'three-governance' }, seed));
  for (const [name, sims] of [['three-governance', threeGov], ['grid', grid]] as const) {
    const r = sims.map(formalismRates);
    rows.push([`formalism (${name})`, '→ 5 per cell-year from stages 3–4', s2(r.map((x) => x.fromInst), 3)]);
    rows.push([`formalism (${name})`, '→ 5 per cell-year from stages 1–2', s2(r.map((x) => x.fromEarly), 3)]);
    rows.push([`formalism (${name})`, 'ratio (3–4 over 1–2)', s2(r.map((x) => x.fromInst / x.fromEarly))]);
  }

  const fengqiao = seeds.map((seed) => runScenario({ extends: 'fengqiao' }, seed));
  const fqActive = (y: number) => fengqiao.map((sim) => activeShareAt(sim, rowAt(sim, y)));
  const a66 = fqActive(1966);
  const a76 = fqActive(1976);
  rows.push(['fengqiao', 'active share in 1966', s2(a66)]);
  rows.push(['fengqiao', 'active share in 1976', s2(a76)]);
  rows.push(['fengqiao', 'ratio 1976 / 1966', s2(a76.map((x, j) => x / a66[j]))]);
  rows.push(['fengqiao', 'share ever adopted by the end of 1970', s2(fengqiao.map((sim) => everShareAt(sim, rowAt(sim, 1971))))]);
  const a12 = fqActive(2012);
  const a20 = fqActive(2020);
  rows.push(['fengqiao', 'active share in 2012', s2(a12)]);
  rows.push(['fengqiao', 'active share in 2020', s2(a20)]);
  rows.push(['fengqiao', 'active 2020 > 2012 (seeds)', countTrue(a20.map((x, j) => x > a12[j]))]);

  const chengdu = seeds.map((seed) => runScenario({ extends: 'chengdu' }, seed));
  rows.push(['chengdu', 'prefecture-level units ever adopted by the end of 2024', s2(chengdu.map((sim) => sim.metrics.value('ever_adopted', rowAt(sim, 2025), 0)), 0)]);

  rows.push(['three-governance', 'share of adopters in Zhejiang at the end of 2016', s2(threeGov.map((sim) => provinceShareOfAdopters(sim, '33', 2017)))]);
  rows.push(['three-governance', 'share ever adopted by the end of 2022', s2(threeGov.map((sim) => everShareAt(sim, rowAt(sim, 2023))))]);

  rows.push(['event history', 'neighbour coefficient (log-odds per adopting neighbour), three-governance panel', s2(seeds.map((seed) => neighbourCoefficient('three-governance', seed)), 3, 'no finite fit')]);

  rows.push(['SPID-like', 'eventual adopters of 50 (mixed, p 0.03, q 0.25, potential 0.5, 50 years)', spidLike(seeds)]);
  return rows;
}

/** A SPID-like world: 50 fully mixed localities, one innovation open to about half of them. */
function spidLike(seeds: readonly number[]): string {
  const file = {
    meta: { title: { en: 'SPID-like', zh: 'SPID-like' }, description: { en: '', zh: '' }, illustrative: true },
    world: { kind: 'mixed', n: 50 },
    time: { startYear: 0, years: 50, dt: 0.25 },
    params: { p: 0.03, q: 0.25 },
    levers: {},
    innovations: [{ id: 'policy', name: { en: 'Policy', zh: '政策' }, origins: [], startYear: 0, complexity: 0.3, digital: 0.1, potential: 0.5, events: [] }],
  };
  try {
    return summarize(seeds.map((seed) => {
      const sim = runScenario(file, seed);
      return sim.metrics.value('ever_adopted', sim.totalTicks, 0);
    }), 0);
  } catch (error) {
    if (error instanceof ScenarioError) return `— (the scenario is refused: ${error.issues.map((i) => i.message).join('; ')})`;
    throw error;
  }
}

function markdown(rows: readonly Row[], n: number): string {
  const lines = [`Figures over seeds 1–${n}: median (min–max).`, '', '| case | figure | value |', '|---|---|---|'];
  for (const [c, f, v] of rows) lines.push(`| ${c} | ${f} | ${v} |`);
  return `${lines.join('\n')}\n`;
}

const n = parseSeeds(process.argv.slice(2));
const started = performance.now();
const rows = run(n);
process.stdout.write(markdown(rows, n));
process.stdout.write(`\n(${((performance.now() - started) / 1000).toFixed(1)} s)\n`);
