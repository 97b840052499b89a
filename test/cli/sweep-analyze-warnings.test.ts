/**
 * `idlab sweep analyze` says when its indices cannot be trusted: Sobol' estimates outside [0, 1] or
 * intervals wider than 0.1 (too few base samples, with how many would do), and fewer than 10 Morris
 * trajectories — and says nothing when the indices are tight.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idlab, tempDir, writeJson, SMALL_SCENARIO } from '../sweep/helpers.ts';
import { analysisWarnings } from '../../src/cli/analysis-warnings.ts';
import type { Analysis, SensitivityRow } from '../../src/sweep/sensitivity/analyze.ts';

let tmp: ReturnType<typeof tempDir>;
beforeAll(() => {
  tmp = tempDir();
});
afterAll(() => tmp.cleanup());

function analysis(method: Analysis['method'], units: number, rows: SensitivityRow[]): Analysis {
  return { method, metric: 'everAdoptedShare', innovation: 'alpha', units, replicates: 1, level: 0.95, resamples: 1000, nulls: 0, rows };
}

describe('sweep analyze on a small Sobol design', () => {
  it('prints the table and warns on stderr that 8 base samples are too few, with how many would do', async () => {
    const sweep = writeJson(join(tmp.dir, 'sobol.json'), {
      title: 'small sobol',
      scenario: SMALL_SCENARIO,
      factors: [{ path: 'params.q', range: { min: 0.2, max: 0.8 } }, { path: 'params.p' }],
      design: { type: 'sobol', samples: 8 },
      replicates: 1,
      seed: 3,
      outputs: { metrics: ['everAdoptedShare'] },
    });
    const dir = join(tmp.dir, 'plan');
    expect((await idlab(['sweep', 'plan', sweep, '--out', dir])).code).toBe(0);
    expect((await idlab(['sweep', 'run', dir, '--workers', '1'])).code).toBe(0);
    const r = await idlab(['sweep', 'analyze', dir, '--metric', 'everAdoptedShare']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Sobol' indices/);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^idlab sweep analyze: warning: 8 base samples are too few to trust these indices: /);
    expect(lines[1]).toMatch(/^idlab sweep analyze: warning: intervals narrow as 1\/√N: about [\d,]+ base samples \(design.samples; [\d,]+ as a power of 2, [\d,]+ points with 2 factors\) would give intervals about 0.1 wide$/);
  });
});

describe('analysisWarnings', () => {
  it('names indices outside [0, 1] and the widest interval, and scales the sample by (width / 0.1)²', () => {
    const a = analysis('sobol', 64, [
      { factor: 'q', index: 'S1', estimate: -0.21, low: -0.6, high: 0.24 },
      { factor: 'q', index: 'ST', estimate: 0.5, low: 0.3, high: 0.7 },
    ]);
    expect(analysisWarnings(a, 2)).toEqual([
      'warning: 64 base samples are too few to trust these indices: S1 of q is -0.21 (outside 0–1); the widest 95 % interval (S1 of q) is 0.84 wide',
      'warning: intervals narrow as 1/√N: about 4,516 base samples (design.samples; 8,192 as a power of 2, 32,768 points with 2 factors) would give intervals about 0.1 wide',
    ]);
  });

  it('says nothing about tight indices in [0, 1] or enough Morris trajectories', () => {
    const tight = analysis('sobol', 4096, [
      { factor: 'q', index: 'S1', estimate: 0.62, low: 0.58, high: 0.66 },
      { factor: 'p', index: 'S1', estimate: -0.01, low: -0.03, high: 0.02 },
    ]);
    expect(analysisWarnings(tight, 2)).toEqual([]);
    expect(analysisWarnings(analysis('morris', 20, []), 3)).toEqual([]);
    expect(analysisWarnings(analysis('morris', 4, []), 3)).toEqual(['warning: 4 Morris trajectories give only a rough screen; use design.trajectories ≥ 10 (40 points with 3 factors)']);
  });
});
