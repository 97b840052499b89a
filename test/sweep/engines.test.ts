/**
 * The cluster examples of docs/cli.md "Sweeps", run on the committed example sweep file with the
 * job engines' environment variables set (GNU parallel's {} substituted; Slurm's
 * SLURM_ARRAY_TASK_ID and SLURM_CPUS_PER_TASK; Kubernetes' JOB_COMPLETION_INDEX) — shortened to
 * 1-year runs and one replicate — and the three engines' merges compared byte for byte.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, idlab, tempDir } from './helpers.ts';

const DOCS = readFileSync(join(ROOT, 'docs/cli.md'), 'utf8');
const EXAMPLE = join(ROOT, 'docs/examples/sweep-q-endorsement.json');
const SHARDS = 4;

// the commands exactly as the docs print them
const PLAN = 'idlab sweep plan docs/examples/sweep-q-endorsement.json --out q-endorsement --shards 4';
const PARALLEL = 'parallel -j 4 idlab sweep run q-endorsement --shard {}/4 --workers 1 ::: 1 2 3 4';
const SLURM_ARRAY = 'sbatch --array=0-3 sweep.sbatch';
const SLURM_RUN = 'srun npx idlab sweep run q-endorsement --workers "$SLURM_CPUS_PER_TASK"';
const K8S_RUN = 'command: ["npx", "idlab", "sweep", "run", "/data/q-endorsement", "--workers", "2"]';
const K8S_COMPLETIONS = 'completions: 4';
const MERGE_CSV = 'idlab sweep merge q-endorsement --out results.csv';
const MERGE_PARQUET = 'idlab sweep merge q-endorsement --out results.parquet';

let tmp: ReturnType<typeof tempDir>;
beforeAll(() => {
  tmp = tempDir();
});
afterAll(() => tmp.cleanup());

/** `idlab …` of the docs as argv, with the plan folder moved to `dir`. */
function argv(command: string, dir: string): string[] {
  return command
    .replace(/^.*?idlab /, '')
    .split(' ')
    .map((a) => (a === 'q-endorsement' || a === '/data/q-endorsement' ? dir : a === 'docs/examples/sweep-q-endorsement.json' ? EXAMPLE : a));
}

async function ok(args: string[], env: Record<string, string> = {}): Promise<void> {
  const r = await idlab(args, env);
  expect(r.code, r.stderr).toBe(0);
}

/** Plans the example with 1-year runs and one replicate (the docs' command plus the trial overrides). */
async function plan(dir: string): Promise<void> {
  await ok([...argv(PLAN, dir), '--years', '1', '--replicates', '1']);
}

async function merge(dir: string, tag: string): Promise<{ csv: Buffer; parquet: Buffer }> {
  const csv = join(tmp.dir, `${tag}.csv`);
  const parquet = join(tmp.dir, `${tag}.parquet`);
  await ok(argv(MERGE_CSV, dir).map((a) => (a === 'results.csv' ? csv : a)));
  await ok(argv(MERGE_PARQUET, dir).map((a) => (a === 'results.parquet' ? parquet : a)));
  return { csv: readFileSync(csv), parquet: readFileSync(parquet) };
}

describe('docs/cli.md cluster examples', () => {
  it('the docs print the commands this test runs', () => {
    for (const c of [PLAN, PARALLEL, SLURM_ARRAY, SLURM_RUN, K8S_RUN, K8S_COMPLETIONS, MERGE_CSV, MERGE_PARQUET]) expect(DOCS).toContain(c);
  });

  it('GNU parallel, a Slurm job array and a Kubernetes Indexed Job give the same merged bytes', async () => {
    // GNU parallel: {} is 1 … 4
    const p = join(tmp.dir, 'parallel');
    await plan(p);
    const [, shardArg] = PARALLEL.split(' ::: ');
    for (const i of shardArg.split(' ')) {
      await ok(argv(PARALLEL.split(' ::: ')[0].replace(/^parallel -j 4 /, ''), p).map((a) => a.replace('{}', i)));
    }
    // Slurm: one array task per index 0 … 3, SLURM_CPUS_PER_TASK workers
    const s = join(tmp.dir, 'slurm');
    await plan(s);
    for (let k = 0; k < SHARDS; k++) {
      await ok(argv(SLURM_RUN, s).map((a) => (a === '"$SLURM_CPUS_PER_TASK"' ? '1' : a)), { SLURM_ARRAY_TASK_ID: String(k), SLURM_CPUS_PER_TASK: '1' });
    }
    // Kubernetes: pods with JOB_COMPLETION_INDEX 0 … 3, in any order
    const k8s = join(tmp.dir, 'k8s');
    await plan(k8s);
    const command = JSON.parse(K8S_RUN.replace('command: ', '')) as string[];
    for (const k of [3, 1, 0, 2]) await ok(argv(command.join(' '), k8s), { JOB_COMPLETION_INDEX: String(k) });

    const a = await merge(p, 'parallel');
    const b = await merge(s, 'slurm');
    const c = await merge(k8s, 'k8s');
    expect(b.csv).toEqual(a.csv);
    expect(c.csv).toEqual(a.csv);
    expect(b.parquet).toEqual(a.parquet);
    expect(c.parquet).toEqual(a.parquet);
    const lines = a.csv.toString('utf8').trimEnd().split('\n');
    expect(lines).toHaveLength(1 + 25);
    expect(lines[0]).toBe('run,point,replicate,q,betaE2,innovation,t10,t50,t90,everAdoptedShare,activeShare,persistence5,formalismShare,provincesActive10,channelEndorsement,seed,digest,version');
  });
});
