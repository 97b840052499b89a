/**
 * SIGTERM (what Slurm and Kubernetes send before killing a task): `idlab sweep run` lets the runs in
 * flight finish and be written, exits 143, and the same command resumes where it stopped.
 */
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, idlab, tempDir, writeJson, SMALL_SCENARIO } from './helpers.ts';

let tmp: ReturnType<typeof tempDir>;
beforeAll(() => {
  tmp = tempDir();
});
afterAll(() => tmp.cleanup());

const RUNS = 80;

function results(dir: string): string[] {
  return readdirSync(join(dir, 'results'));
}

/** Starts `idlab sweep run` as its own process and sends SIGTERM once `after` results exist. */
function runAndTerminate(dir: string, workers: number, after: number): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/idlab.ts'), 'sweep', 'run', dir, '--workers', String(workers)], { cwd: ROOT });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const poll = setInterval(() => {
      if (results(dir).filter((f) => f.endsWith('.json')).length >= after) {
        clearInterval(poll);
        child.kill('SIGTERM');
      }
    }, 5);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearInterval(poll);
      resolve({ code, stderr });
    });
  });
}

describe('idlab sweep run on SIGTERM', () => {
  for (const workers of [1, 2]) {
    it(`finishes the runs in flight, exits 143 and resumes (${workers} worker${workers > 1 ? 's' : ''})`, async () => {
      const dir = join(tmp.dir, `plan-${workers}`);
      const sweep = writeJson(join(tmp.dir, `sweep-${workers}.json`), {
        scenario: { ...SMALL_SCENARIO, world: { kind: 'lattice', width: 30, height: 30, neighbourhood: 'moore' }, time: { startYear: 2000, years: 15, dt: 0.1 } },
        factors: [{ path: 'params.q', values: [0.2, 0.4] }],
        design: { type: 'grid' },
        replicates: RUNS / 2,
        outputs: { metrics: ['everAdoptedShare'] },
      });
      expect((await idlab(['sweep', 'plan', sweep, '--out', dir])).code).toBe(0);
      const stopped = await runAndTerminate(dir, workers, 3);
      expect(stopped.stderr).toMatch(/SIGTERM: finishing the runs in flight/);
      expect(stopped.stderr).toMatch(/stopped by SIGTERM after \d+ runs .* — run the same command to resume/);
      expect(stopped.code).toBe(143);
      const files = results(dir);
      expect(files.filter((f) => f.includes('.tmp'))).toEqual([]);
      const done = files.length;
      expect(done).toBeGreaterThanOrEqual(3);
      expect(done).toBeLessThan(RUNS);
      // every file written before the stop is a whole, valid record
      const resumed = await idlab(['sweep', 'run', dir, '--workers', '1']);
      expect(resumed.code).toBe(0);
      expect(resumed.stderr).toContain(`(${done} already done)`);
      expect(results(dir)).toHaveLength(RUNS);
      expect((await idlab(['sweep', 'merge', dir, '--out', join(tmp.dir, `merged-${workers}.csv`)])).code).toBe(0);
    });
  }
});
