/**
 * Sweep folders lose nothing and take nothing on trust: merge and analyze outputs may not replace a
 * plan's files; a result file that was edited, emptied, truncated or filled with a formula is
 * reported as corrupt by run (merge, verify) and run again by `sweep run`; two `sweep run` on the
 * same runs never both run them (a lock, taken over when its process is gone); an interrupted
 * `sweep plan` leaves nothing that blocks planning again.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idlab, tempDir, writeJson, SMALL_SCENARIO } from '../sweep/helpers.ts';
import { resultPath } from '../../src/sweep/node/planDir.ts';
import { BIN, buildCli } from './helpers.ts';

let tmp: ReturnType<typeof tempDir>;
const at = (...parts: string[]) => join(tmp.dir, ...parts);
const SWEEP = {
  title: 'safety sweep',
  scenario: SMALL_SCENARIO,
  factors: [{ path: 'params.q', values: [0.3, 0.6] }],
  design: { type: 'grid' },
  replicates: 4,
  seed: 5,
  outputs: { metrics: ['t10', 'everAdoptedShare'], series: { columns: ['active'], every: 1 } },
};

let plan: string;
let merged: string;
beforeAll(async () => {
  tmp = tempDir();
  writeJson(at('sweep.json'), SWEEP);
  plan = at('plan');
  expect((await idlab(['sweep', 'plan', at('sweep.json'), '--out', plan])).code).toBe(0);
  expect((await idlab(['sweep', 'run', plan, '--workers', '1'])).code).toBe(0);
  expect((await idlab(['sweep', 'merge', plan, '--out', at('merged.csv')])).code).toBe(0);
  merged = readFileSync(at('merged.csv'), 'utf8');
});
afterAll(() => tmp.cleanup());

describe('sweep outputs never replace a plan file', () => {
  it('merge --out naming runs.csv, the manifest or a file in results/ is refused and changes nothing', async () => {
    const runs = readFileSync(join(plan, 'runs.csv'), 'utf8');
    const r = await idlab(['sweep', 'merge', plan, '--out', join(plan, 'runs.csv')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`idlab sweep: invalid --out: '${join(plan, 'runs.csv')}' is the plan's runs.csv (${join(plan, 'runs.csv')}); write the output to another file\n`);
    expect(readFileSync(join(plan, 'runs.csv'), 'utf8')).toBe(runs);
    const inResults = await idlab(['sweep', 'merge', plan, '--out', join(plan, 'results', 'all.csv')]);
    expect(inResults.code).toBe(2);
    expect(inResults.stderr).toMatch(/invalid --out: '.*all.csv' is inside the plan's results folder/);
    const analyze = await idlab(['sweep', 'analyze', plan, '--metric', 't10', '--out', `${plan}/../plan/runs.csv`]);
    expect(analyze.code).toBe(2);
    expect(analyze.stderr).toMatch(/invalid --out: .* is the plan's runs.csv/);
    expect(readFileSync(join(plan, 'runs.csv'), 'utf8')).toBe(runs);
  });

  it('merge --out and --series naming the same file is refused', async () => {
    const r = await idlab(['sweep', 'merge', plan, '--out', at('x.csv'), '--series', at('.', 'x.csv')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/invalid --series: .* is the same file as --out/);
  });
});

describe('corrupt result files', () => {
  it('are named by run in merge and verify, and run again by sweep run', async () => {
    const file = (run: number) => resultPath(plan, run, 8);
    const record = (run: number) => JSON.parse(readFileSync(file(run), 'utf8'));
    const edited = record(1);
    edited.innovations[0].metrics.everAdoptedShare = 0.5; // valid JSON, a plausible value
    writeFileSync(file(1), JSON.stringify(edited));
    const formula = record(2);
    formula.innovations[0].metrics.t10 = '=HYPERLINK("http://x")';
    writeFileSync(file(2), JSON.stringify(formula));
    const empty = record(3);
    empty.innovations[0].metrics = {};
    writeFileSync(file(3), JSON.stringify(empty));
    writeFileSync(file(5), readFileSync(file(5), 'utf8').slice(0, 100)); // truncated
    writeFileSync(file(6), 'garbage');

    const merge = await idlab(['sweep', 'merge', plan, '--out', at('again.csv')]);
    expect(merge.code).toBe(1);
    const lines = merge.stderr.trimEnd().split('\n');
    expect(lines[0]).toBe(`idlab sweep: corrupt result of run 1 (${file(1)}): its content does not match its hash (${edited.hash.slice(0, 12)}…): the file was edited`);
    expect(lines[1]).toMatch(/corrupt result of run 2 .*: metric t10 of innovation alpha is "=HYPERLINK.*", not a number or null$/);
    expect(lines[2]).toMatch(/corrupt result of run 3 .*: metric t10 of innovation alpha is missing$/);
    expect(lines[3]).toMatch(/corrupt result of run 5 .*: not valid JSON/);
    expect(lines[4]).toMatch(/corrupt result of run 6 .*: not valid JSON/);
    expect(lines[5]).toMatch(/run them again with idlab sweep run/);
    expect(merge.stderr).not.toMatch(/no result/);

    const verify = await idlab(['sweep', 'verify', plan, '--sample', '1', '--workers', '1']);
    expect(verify.code).toBe(1);
    expect(verify.stderr).toMatch(/^idlab sweep: 5 stored results are corrupt:\n/);
    expect(verify.stderr).toMatch(/corrupt result of run 1 /);

    const rerun = await idlab(['sweep', 'run', plan, '--workers', '1']);
    expect(rerun.code).toBe(0);
    expect(rerun.stderr.match(/corrupt result of run \d+ .*; running it again/g)).toHaveLength(5);
    expect(rerun.stderr).toMatch(/5 runs in .* \(3 already done\)/);
    expect((await idlab(['sweep', 'merge', plan, '--out', at('again.csv')])).code).toBe(0);
    expect(readFileSync(at('again.csv'), 'utf8')).toBe(merged);
    expect((await idlab(['sweep', 'verify', plan, '--sample', '8', '--workers', '1'])).code).toBe(0);
  });
});

describe('two sweep runs on one plan folder', () => {
  /** A live process that is not this one, standing for another `sweep run`. */
  function otherProcess() {
    const child = spawn('sleep', ['60']);
    return { pid: child.pid!, stop: () => new Promise<void>((resolve) => (child.kill(), child.on('exit', () => resolve()))) };
  }
  const lockFile = (dir: string, first: number, last: number, owner: { pid: number; host: string }) =>
    writeFileSync(join(dir, `.lock-runs-${first}-${last}`), JSON.stringify({ ...owner, started: '2026-01-01T00:00:00.000Z', start: first, end: last + 1 }));

  it('the second refuses while the first runs, for the same runs or an overlapping shard; a lock whose process has ended is taken over', async () => {
    const dir = at('locked');
    expect((await idlab(['sweep', 'plan', at('sweep.json'), '--out', dir])).code).toBe(0);
    const other = otherProcess();
    try {
      lockFile(dir, 0, 7, { pid: other.pid, host: hostname() });
      const same = await idlab(['sweep', 'run', dir, '--workers', '1']);
      expect(same.code).toBe(1);
      expect(same.stderr).toBe(`idlab sweep: runs 0–7 of ${dir} are being run by process ${other.pid} on ${hostname()} (since 2026-01-01T00:00:00.000Z): wait for it to finish, or stop it; a lock whose process has ended is taken over\n`);
      const shard = await idlab(['sweep', 'run', dir, '--shard', '2/2', '--workers', '1']);
      expect(shard.code).toBe(1);
      expect(shard.stderr).toMatch(/runs 0–7 .* are being run by process/);
      expect(readdirSync(join(dir, 'results'))).toEqual([]);
    } finally {
      await other.stop();
    }
    const after = await idlab(['sweep', 'run', dir, '--workers', '1']);
    expect(after.code, after.stderr).toBe(0);
    expect(after.stderr).toMatch(/: 8 runs in /);
    expect(readdirSync(dir).filter((f) => f.startsWith('.lock'))).toEqual([]);
  });

  it('shards lock disjoint runs and run side by side; the whole plan waits for a running shard', async () => {
    const dir = at('shards');
    expect((await idlab(['sweep', 'plan', at('sweep.json'), '--out', dir, '--shards', '2'])).code).toBe(0);
    const other = otherProcess();
    try {
      lockFile(dir, 0, 3, { pid: other.pid, host: hostname() }); // shard 1/2 is running elsewhere
      const second = await idlab(['sweep', 'run', dir, '--shard', '2/2', '--workers', '1']);
      expect(second.code, second.stderr).toBe(0);
      expect(second.stderr).toMatch(/runs 4–7 of 8: 4 runs in /);
      const whole = await idlab(['sweep', 'run', dir, '--shard', '1/1', '--workers', '1']);
      expect(whole.code).toBe(1);
      expect(whole.stderr).toMatch(/runs 0–3 of .* are being run by process/);
    } finally {
      await other.stop();
    }
    expect((await idlab(['sweep', 'run', dir, '--shard', '1/1', '--workers', '1'])).stderr).toMatch(/: 4 runs in .*\(4 already done\)/);
  });

  it('a lock from another host counts while its heartbeat is fresh and is taken over once it is old', async () => {
    const dir = at('remote');
    expect((await idlab(['sweep', 'plan', at('sweep.json'), '--out', dir])).code).toBe(0);
    lockFile(dir, 0, 7, { pid: 1, host: `${hostname()}-elsewhere` });
    const fresh = await idlab(['sweep', 'run', dir, '--workers', '1']);
    expect(fresh.code).toBe(1);
    expect(fresh.stderr).toMatch(/are being run by process 1 on .*-elsewhere/);
    const hourAgo = new Date(Date.now() - 3_600_000);
    utimesSync(join(dir, '.lock-runs-0-7'), hourAgo, hourAgo);
    const old = await idlab(['sweep', 'run', dir, '--workers', '1']);
    expect(old.code, old.stderr).toBe(0);
    expect(old.stderr).toMatch(/: 8 runs in /);
  });

  it('started together as processes, they do each run once between them', async () => {
    buildCli();
    const dir = at('together');
    expect((await idlab(['sweep', 'plan', at('sweep.json'), '--out', dir, '--replicates', '30'])).code).toBe(0);
    const start = () =>
      new Promise<{ code: number | null; stderr: string }>((resolve) => {
        const child = spawn(process.execPath, [BIN, 'sweep', 'run', dir, '--workers', '1']);
        let stderr = '';
        child.stderr.on('data', (d) => (stderr += String(d)));
        child.on('close', (code) => resolve({ code, stderr }));
      });
    const results = await Promise.all([start(), start()]);
    const ran = results.map((r) => Number(/: (\d+) runs? in /.exec(r.stderr)?.[1] ?? 0));
    expect(ran[0] + ran[1]).toBe(60);
    for (const r of results) expect(r.code === 0 || /are being run by process/.test(r.stderr), r.stderr).toBe(true);
  }, 60_000);
});

describe('an interrupted sweep plan', () => {
  it('leaves no folder behind (a file-size limit stops it), so planning again into the same folder works', async () => {
    buildCli();
    const dir = at('interrupted');
    // 2 points × 3,000 replicates: runs.csv (≈ 500 KB) is over the 100 KiB limit, sweep.json is not
    const limited = spawnSync('bash', ['-c', `trap '' XFSZ; ulimit -f 100; exec "$@"`, 'bash', process.execPath, BIN, 'sweep', 'plan', at('sweep.json'), '--out', dir, '--replicates', '3000'], { encoding: 'utf8' });
    expect(limited.stderr).toBe(`idlab sweep: cannot write the plan folder ${dir}: file too large (a file-size limit was reached)\n`);
    expect(limited.status).toBe(1);
    expect(existsSync(dir)).toBe(false);
    expect(readdirSync(tmp.dir).filter((f) => f.includes('interrupted'))).toEqual([]);
    const again = await idlab(['sweep', 'plan', at('sweep.json'), '--out', dir, '--replicates', '3000']);
    expect(again.code, again.stderr).toBe(0);
    expect(readFileSync(join(dir, 'runs.csv'), 'utf8').split('\n')).toHaveLength(6002);
  });
});

describe('sweep run on a full disk', () => {
  const limited = (blocks: number, args: string[]) =>
    spawnSync('bash', ['-c', `trap '' XFSZ; ulimit -f ${blocks}; exec "$@"`, 'bash', process.execPath, BIN, ...args], { encoding: 'utf8' });

  it('stops with one line when it cannot write its lock or a result, and leaves no lock or temporary file', async () => {
    buildCli();
    writeJson(at('big-series.json'), { ...SWEEP, time: { years: 10 }, outputs: { metrics: ['t10'], series: { columns: ['active', 'ever_adopted'], every: 0.25 } } });
    const dir = at('full');
    expect((await idlab(['sweep', 'plan', at('big-series.json'), '--out', dir])).code).toBe(0);
    const noLock = limited(0, ['sweep', 'run', dir, '--workers', '1']);
    expect(noLock.stderr).toBe(`idlab sweep: cannot lock runs 0–7 in ${dir}: file too large (a file-size limit was reached)\n`);
    expect(noLock.status).toBe(1);
    // 1 KiB: the lock (≈ 130 bytes) fits, a result with its series (≈ 1.3 KB) does not
    const noResult = limited(1, ['sweep', 'run', dir, '--workers', '1']);
    expect(noResult.stderr).toBe(`idlab sweep: cannot write a result in ${dir}: file too large (a file-size limit was reached); the runs written so far are kept — run the same command to resume\n`);
    expect(noResult.status).toBe(1);
    expect(readdirSync(dir).filter((f) => f.startsWith('.lock'))).toEqual([]);
    expect(readdirSync(join(dir, 'results'))).toEqual([]);
    expect((await idlab(['sweep', 'run', dir, '--workers', '1'])).code).toBe(0);
  });
});
