/**
 * The comparison case of `npm run bench` (`npm run bench -- compare` runs it alone): `idlab compare`
 * through the bundled CLI, as a user runs it — fengqiao (China map, 61 years at dt = 1/12) against
 * fengqiao with the reward lever at 3, written to a JSON file with every band and share — for 50
 * pairs and for 500 pairs on 2 worker threads. Wall time includes Node's start-up and the map load.
 * Targets on the 2-core development machine: 50 pairs ≤ 5 s, 500 pairs < 60 s.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const BIN = join(ROOT, 'dist-cli/idlab.js');
export const COMPARE_TARGETS = { pairs50Seconds: 5, pairs500Seconds: 60 };

export interface CompareCaseResult {
  pairs: number;
  workers: number;
  wallSeconds: number;
  /** the command's own figure: the runs alone, without start-up and map load */
  runSeconds: number;
}

/** Runs `idlab compare` for each pair count (after building the CLI) and prints the times. */
export function compareCase(pairCounts: readonly number[] = [50, 500], workers = 2): CompareCaseResult[] {
  execFileSync(process.execPath, ['scripts/build-cli.mjs'], { cwd: ROOT, stdio: 'inherit' });
  const dir = mkdtempSync(join(tmpdir(), 'idlab-bench-compare-'));
  try {
    const scenario = join(dir, 'reward-3.json');
    writeFileSync(scenario, JSON.stringify({ extends: 'fengqiao', levers: { reward: 3 } }));
    return pairCounts.map((pairs) => {
      const t0 = performance.now();
      const r = spawnSync(process.execPath, [BIN, 'compare', 'fengqiao', scenario, '--pairs', String(pairs), '--workers', String(workers), '--out', join(dir, `c${pairs}.json`)], { cwd: ROOT, encoding: 'utf8' });
      const wallSeconds = (performance.now() - t0) / 1000;
      if (r.status !== 0) throw new Error(`idlab compare exited ${r.status}:\n${r.stderr}`);
      const m = / in ([\d.]+) s on /.exec(r.stderr);
      const runSeconds = m ? Number(m[1]) : NaN;
      const target = pairs === 50 ? COMPARE_TARGETS.pairs50Seconds : pairs === 500 ? COMPARE_TARGETS.pairs500Seconds : Infinity;
      const verdict = Number.isFinite(target) ? ` (target ${pairs === 50 ? '≤' : '<'} ${target} s: ${wallSeconds <= target ? 'met' : 'MISSED'})` : '';
      console.log(`idlab compare fengqiao vs reward 3, ${pairs} pairs (${2 * pairs} runs of 61 years) on ${workers} workers: ${wallSeconds.toFixed(2)} s wall, ${runSeconds.toFixed(2)} s running${verdict}`);
      return { pairs, workers, wallSeconds: Math.round(wallSeconds * 1e3) / 1e3, runSeconds };
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
