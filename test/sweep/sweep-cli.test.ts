/**
 * `idlab sweep` end to end (in this process, through main()): plan → run (workers, shards, the
 * engines' variables) → merge, verify, analyze — and the contracts: merged bytes independent of
 * the shard split and worker count (docs/implementation-notes.md, "Contracts"), each run equal to `idlab run` of its scenario
 * and seed, Parquet equal to CSV, missing runs named.
 */
import { existsSync, readFileSync, readdirSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parquetReadObjects } from 'hyparquet';
import { idlab, tempDir, writeJson, SMALL_SCENARIO } from './helpers.ts';
import { readPlanDir, resultPath } from '../../src/sweep/node/planDir.ts';
import { pointScenarioFile } from '../../src/sweep/pointScenario.ts';
import { sweepMetric } from '../../src/sweep/metrics.ts';
import type { RunRecord } from '../../src/sweep/runRecord.ts';
import { sha256Hex } from '../../src/model/hash/sha256.ts';
import { canonicalJson } from '../../src/model/scenario/canonicalJson.ts';
import type { Summary } from '../../src/model/metrics/summary.ts';

let tmp: ReturnType<typeof tempDir>;
let sweepFile: string;
const at = (...parts: string[]) => join(tmp.dir, ...parts);
const read = (...parts: string[]) => readFileSync(at(...parts), 'utf8');

const SWEEP = {
  title: 'test sweep',
  scenario: SMALL_SCENARIO,
  factors: [
    { path: 'params.q', values: [0.3, 0.6] },
    { path: 'levers.media', values: [1, 2] },
  ],
  design: { type: 'grid' },
  replicates: 3,
  seed: 11,
  outputs: { metrics: ['t10', 't50', 'everAdoptedShare', 'activeShare', 'persistence5'], series: { columns: ['ever_adopted', 'active'], every: 1 } },
};

async function ok(args: string[], env: Record<string, string> = {}) {
  const r = await idlab(args, env);
  expect(r.stderr.includes('internal error') ? r.stderr : '').toBe('');
  expect(r.code, r.stderr).toBe(0);
  return r;
}

async function mergeAll(dir: string, tag: string) {
  await ok(['sweep', 'merge', dir, '--out', at(`${tag}.csv`), '--series', at(`${tag}-series.csv`)]);
  await ok(['sweep', 'merge', dir, '--out', at(`${tag}.jsonl`)]);
  await ok(['sweep', 'merge', dir, '--out', at(`${tag}.parquet`)]);
}

beforeAll(async () => {
  tmp = tempDir();
  sweepFile = writeJson(at('sweep.json'), SWEEP);
  // A: every run in this thread
  await ok(['sweep', 'plan', sweepFile, '--out', at('a')]);
  await ok(['sweep', 'run', at('a'), '--workers', '1']);
  await mergeAll(at('a'), 'a');
});
afterAll(() => tmp.cleanup());

describe('idlab sweep plan', () => {
  it('writes the manifest, the resolved sweep, the run list and an empty results folder', async () => {
    const manifest = JSON.parse(read('a', 'manifest.json'));
    expect(manifest).toMatchObject({ format: 'idlab-sweep-plan/1', points: 4, replicates: 3, runs: 12, shards: 1, factors: ['q', 'media'] });
    expect(manifest.scenarios).toHaveLength(4);
    const runs = read('a', 'runs.csv').trimEnd().split('\n');
    expect(runs[0]).toBe('run,point,replicate,seed,q,media,digest');
    expect(runs).toHaveLength(13);
    expect(runs[4]).toMatch(new RegExp(`^3,1,0,\\d+,0.3,2,${manifest.scenarios[1]}$`));
  });

  it('plans the same bytes twice; refuses a folder that holds another plan', async () => {
    await ok(['sweep', 'plan', sweepFile, '--out', at('a2')]);
    for (const f of ['manifest.json', 'sweep.json', 'runs.csv']) expect(read('a2', f)).toBe(read('a', f));
    writeJson(at('other.json'), { ...SWEEP, seed: 12 });
    const r = await idlab(['sweep', 'plan', at('other.json'), '--out', at('a2')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/already holds another plan/);
  });

  it('reports every problem of a sweep file with its path', async () => {
    writeJson(at('bad.json'), { ...SWEEP, factors: [{ path: 'params.q', values: [3] }], design: { type: 'sobol' } });
    const r = await idlab(['sweep', 'plan', at('bad.json'), '--out', at('bad')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('invalid factors[0].values[0]: 3 (allowed 0–2 per year)');
    expect(r.stderr).toContain('missing design.samples');
    expect(existsSync(at('bad'))).toBe(false);
  });
});

describe('idlab sweep run and merge', () => {
  it('merged results are byte-identical whatever the shard split and the worker count', async () => {
    // B: three shards from Slurm's array index, two worker threads each
    await ok(['sweep', 'plan', sweepFile, '--out', at('b'), '--shards', '3']);
    for (const k of ['2', '0', '1']) await ok(['sweep', 'run', at('b'), '--workers', '2'], { SLURM_ARRAY_TASK_ID: k });
    await mergeAll(at('b'), 'b');
    // C: --shard i/n (1-based) in reverse order, three workers; then Kubernetes' index for a plan of 2 shards
    await ok(['sweep', 'plan', sweepFile, '--out', at('c'), '--shards', '2']);
    await ok(['sweep', 'run', at('c'), '--shard', '2/5', '--workers', '3']);
    await ok(['sweep', 'run', at('c'), '--shard', '1/5', '--workers', '3']);
    await ok(['sweep', 'run', at('c'), '--workers', '1'], { JOB_COMPLETION_INDEX: '1' });
    await ok(['sweep', 'run', at('c'), '--workers', '1'], { JOB_COMPLETION_INDEX: '0' });
    await mergeAll(at('c'), 'c');
    for (const f of ['.csv', '-series.csv', '.jsonl', '.parquet']) {
      expect(readFileSync(at(`b${f}`))).toEqual(readFileSync(at(`a${f}`)));
      expect(readFileSync(at(`c${f}`))).toEqual(readFileSync(at(`a${f}`)));
    }
  });

  it('writes tidy rows in run order with factor values and provenance', () => {
    const lines = read('a.csv').trimEnd().split('\n');
    expect(lines[0]).toBe('run,point,replicate,q,media,innovation,t10,t50,everAdoptedShare,activeShare,persistence5,seed,digest,version');
    expect(lines).toHaveLength(13);
    expect(lines.slice(1).map((l) => Number(l.split(',')[0]))).toEqual([...Array(12).keys()]);
    const series = read('a-series.csv').trimEnd().split('\n');
    expect(series[0]).toBe('run,point,replicate,q,media,innovation,tick,year,ever_adopted,active,seed,digest,version');
    expect(series).toHaveLength(1 + 12 * 5); // years 0–4 at every year
  });

  it('Parquet holds the same table as the CSV (read back with hyparquet)', async () => {
    const bytes = readFileSync(at('a.parquet'));
    const rows = (await parquetReadObjects({ file: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) })) as Record<string, unknown>[];
    const [header, ...lines] = read('a.csv').trimEnd().split('\n');
    const columns = header.split(',');
    expect(Object.keys(rows[0])).toEqual(columns);
    expect(rows).toHaveLength(lines.length);
    lines.forEach((line, i) => {
      line.split(',').forEach((cell, j) => {
        const v = rows[i][columns[j]];
        const asText = v === null ? '' : typeof v === 'bigint' ? v.toString() : String(v);
        expect(asText, `row ${i} ${columns[j]}`).toBe(cell);
      });
    });
    expect(typeof rows[0].seed).toBe('bigint');
  });

  it('skips finished runs and names missing runs and their shards', async () => {
    const pd = readPlanDir(at('b'));
    const file = resultPath(pd.dir, 5, pd.plan.runCount);
    const before = statSync(file).mtimeMs;
    const again = await ok(['sweep', 'run', at('b'), '--workers', '1']);
    expect(again.stderr).toMatch(/0 runs in .*\(12 already done\)/);
    expect(statSync(file).mtimeMs).toBe(before);
    unlinkSync(file);
    unlinkSync(resultPath(pd.dir, 6, pd.plan.runCount));
    unlinkSync(resultPath(pd.dir, 11, pd.plan.runCount));
    const r = await idlab(['sweep', 'merge', at('b'), '--out', at('partial.csv')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('incomplete sweep: 3 of 12 runs have no result: runs 5–6, 11; they belong to shard index 1–2 of 3 (0-based; --shard 2–3/3)');
    await ok(['sweep', 'run', at('b'), '--index', '1', '--workers', '1']);
    await ok(['sweep', 'run', at('b'), '--index', '2', '--workers', '1']);
    await ok(['sweep', 'merge', at('b'), '--out', at('b-again.csv')]);
    expect(read('b-again.csv')).toBe(read('a.csv'));
    expect(readdirSync(at('b', 'results')).filter((f) => f.includes('.tmp'))).toEqual([]);
  });

  it('rejects bad shard requests precisely', async () => {
    const r = await idlab(['sweep', 'run', at('a'), '--workers', '1'], { SLURM_ARRAY_TASK_ID: '4' });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('invalid SLURM_ARRAY_TASK_ID: 4 (allowed 0–0: the plan has 1 shard; plan with --shards N, or pass --shards N)');
    const s = await idlab(['sweep', 'run', at('a'), '--shard', '3/2']);
    expect(s.stderr).toContain("invalid --shard: '3/2'");
  });
});

describe('each run equals idlab run of its scenario and seed', () => {
  it('same digest, summary metrics and series', async () => {
    const pd = readPlanDir(at('a'));
    for (const run of [0, 7, 11]) {
      const record = JSON.parse(readFileSync(resultPath(pd.dir, run, pd.plan.runCount), 'utf8')) as RunRecord;
      const scenarioPath = writeJson(at(`run-${run}-scenario.json`), pointScenarioFile(pd.plan.sweep.scenario, pd.plan.sweep.factors, pd.plan.points[record.point].values));
      await ok(['run', scenarioPath, '--seed', String(record.seed), '--out', at(`run-${run}.json`)]);
      const single = JSON.parse(read(`run-${run}.json`)) as { digest: string; seed: number; summary: Summary; rows: Record<string, number>[] };
      expect(single.digest).toBe(record.digest);
      expect(single.seed).toBe(record.seed);
      for (const name of pd.plan.sweep.outputs.metrics) expect(sweepMetric(name)!.read(single.summary.innovations[0]), name).toBe(record.innovations[0].metrics[name]);
      const byTick = new Map(single.rows.map((r) => [r.tick, r]));
      record.series!.ticks.forEach((t, j) => {
        expect(byTick.get(t)!.ever_adopted).toBe(record.series!.columns.ever_adopted.alpha[j]);
        expect(byTick.get(t)!.active).toBe(record.series!.columns.active.alpha[j]);
      });
    }
  });
});

describe('idlab sweep verify', () => {
  it('re-runs a seeded sample and compares result hashes', async () => {
    const r = await ok(['sweep', 'verify', at('a'), '--sample', '4', '--workers', '2']);
    expect(r.stdout).toMatch(/^verified 4 of 12 finished runs \(runs [\d, ]+\): every result hash matches\n$/);
    const pd = readPlanDir(at('a'));
    // results that are consistent with their own hash but are not what this machine computes
    for (let run = 0; run < 12; run++) {
      const path = resultPath(pd.dir, run, 12);
      const record = JSON.parse(readFileSync(path, 'utf8')) as RunRecord;
      const events = 'f'.repeat(64);
      const hash = sha256Hex(canonicalJson({ events, innovations: record.innovations, series: record.series }));
      writeFileSync(path, JSON.stringify({ ...record, events, hash }));
    }
    const bad = await idlab(['sweep', 'verify', at('a'), '--sample', '2', '--workers', '1']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('2 of 2 re-run runs differ from their stored results:');
  });
});

describe('idlab sweep analyze', () => {
  it("gives Sobol' indices with bootstrap intervals for a sobol design, and Morris summaries for a morris design", async () => {
    const sobol = writeJson(at('sobol.json'), {
      ...SWEEP,
      factors: [{ path: 'params.q', range: { min: 0.2, max: 0.8 } }, { path: 'params.p' }],
      design: { type: 'sobol', samples: 8 },
      replicates: 1,
      outputs: { metrics: ['everAdoptedShare', 't90'] },
    });
    await ok(['sweep', 'plan', sobol, '--out', at('s')]);
    await ok(['sweep', 'run', at('s'), '--workers', '2']);
    const r = await ok(['sweep', 'analyze', at('s'), '--metric', 'everAdoptedShare', '--bootstrap', '50', '--out', at('s.csv')]);
    expect(r.stdout).toMatch(/^Sobol' indices \(Saltelli\/Jansen\), 8 base samples of everAdoptedShare \(alpha\)/);
    const rows = read('s.csv').trimEnd().split('\n');
    expect(rows[0]).toBe('method,metric,innovation,factor,index,estimate,low,high,level,resamples,units,replicates');
    expect(rows.slice(1).map((l) => l.split(',').slice(3, 5).join(' '))).toEqual(['q S1', 'p S1', 'q ST', 'p ST']);
    const t90 = await idlab(['sweep', 'analyze', at('s'), '--metric', 't90']);
    expect(t90.code).toBe(1);
    expect(t90.stderr).toMatch(/t90 is null \(not defined\) in \d+ of 32 runs .*--null-as VALUE/);
    await ok(['sweep', 'analyze', at('s'), '--metric', 't90', '--null-as', '4', '--bootstrap', '20']);

    const morris = writeJson(at('morris.json'), { ...SWEEP, factors: [{ path: 'params.q' }, { path: 'levers.media' }], design: { type: 'morris', trajectories: 4 }, replicates: 2, outputs: { metrics: ['everAdoptedShare'] } });
    await ok(['sweep', 'plan', morris, '--out', at('m')]);
    await ok(['sweep', 'run', at('m'), '--workers', '1']);
    const m = await ok(['sweep', 'analyze', at('m'), '--metric', 'everAdoptedShare', '--bootstrap', '30']);
    expect(m.stdout).toMatch(/^Morris elementary effects, 4 trajectories/);
    expect(m.stdout).toMatch(/\n\s*factor\s+mu .* muStar .* sigma/);
  });
});
