/**
 * `idlab calibrate` end to end with the bundled CLI and the cheap "bass-curve" simulator (100
 * localities, 80 ticks): a tiny run writes its folder; the same files come out for 1 and 2 workers
 * and after a resume; a finished run's posterior predictive (the same for 1 and 2 workers) and
 * report.html, written again by a resume with nothing left to do; bad calibration files and flags
 * get one line per problem, never a stack trace.
 */
import { beforeAll, afterAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { BIN, ROOT, buildCli, idlab, tempDir } from './helpers.ts';
import { SIMULATORS } from '../../src/calibration/simulators.ts';

const CALIBRATION = {
  simulator: 'bass-curve',
  options: { n: 100, years: 40, dt: 0.5 },
  parameters: [{ name: 'p' }, { name: 'q', prior: 'uniform', range: [0.05, 1] }],
  observed: { years10: 2.5, years50: 7, years90: 12 },
  abc: { particles: 40, generations: 3, budget: 2000, seed: 7 },
};
const OUTPUTS = ['plan.json', 'generation-0.json', 'generation-1.json', 'generation-2.json', 'posterior.csv', 'posterior.parquet', 'generations.csv', 'predictive.csv', 'predictive-summary.csv'];

let tmp: ReturnType<typeof tempDir>;

/** idlab with `args`, sent SIGTERM as soon as its stderr shows `marker`: its exit code and stderr. */
async function killedAt(args: string[], marker: string): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
    if (stderr.includes(marker) && !child.killed) child.kill('SIGTERM');
  });
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  return { code, stderr };
}
const file = (name: string, content: unknown) => {
  const path = join(tmp.dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
};
const bytes = (dir: string) => Object.fromEntries(OUTPUTS.map((f) => [f, readFileSync(join(dir, f)).toString('base64')]));

beforeAll(() => {
  buildCli();
  tmp = tempDir();
});
afterAll(() => tmp.cleanup());

describe('idlab calibrate', () => {
  let reference: Record<string, string>;

  it('runs a tiny calibration and writes the plan, the generations and the posterior', () => {
    const dir = join(tmp.dir, 'one');
    const r = idlab(['calibrate', file('bass.json', CALIBRATION), '--dir', dir, '--workers', '1']);
    expect(r.stderr).toMatch(/generation 0: tolerance ∞, acceptance 100 %, ESS 40 of 40, 40 simulations in [\d.]+ s, [\d.]+ sims\/s on 1 worker/);
    expect(r.stderr).toMatch(/generation 2: tolerance [\d.]+, acceptance [\d.]+ %/);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^posterior \(generation 2, ESS \d+; weighted mean ± SD\): p [\d.]+ ± [\d.]+, q [\d.]+ ± [\d.]+\n$/);
    for (const f of OUTPUTS) expect(existsSync(join(dir, f)), f).toBe(true);
    expect(readdirSync(dir).filter((f) => f.startsWith('.'))).toEqual([]); // the lock is gone
    const plan = JSON.parse(readFileSync(join(dir, 'plan.json'), 'utf8'));
    // p: the schema's plausible range, log-uniform (a rate); q as the file says
    expect(plan.priors).toEqual([
      { name: 'p', scale: 'log', lo: 0.005, hi: 0.11 },
      { name: 'q', scale: 'linear', lo: 0.05, hi: 1 },
    ]);
    expect(plan.abc).toEqual({ particles: 40, alpha: 0.5, generations: 3, budget: 2000, seed: 7, essFraction: 0.5 });
    const posterior = readFileSync(join(dir, 'posterior.csv'), 'utf8').trim().split('\n');
    expect(posterior[0]).toBe('particle,weight,distance,p,q,years10,years50,years90');
    expect(posterior).toHaveLength(41);
    const weights = posterior.slice(1).map((l) => Number(l.split(',')[1]));
    expect(weights.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 10);
    const generations = readFileSync(join(dir, 'generations.csv'), 'utf8').trim().split('\n');
    expect(generations[0]).toBe('generation,tolerance,ess,simulations,acceptance_rate,resampled');
    expect(generations[1]).toMatch(/^0,,[\d.]+,40,1,0$/);
    expect(generations).toHaveLength(4);
    reference = bytes(dir);
  });

  it('after the last generation simulates the posterior predictive (200 draws by default) and writes its summary and report.html', () => {
    const dir = join(tmp.dir, 'one');
    const predictive = readFileSync(join(dir, 'predictive.csv'), 'utf8').trim().split('\n');
    expect(predictive[0]).toBe('draw,p,q,years10,years50,years90');
    expect(predictive).toHaveLength(201);
    // every drawn θ is a particle of the last generation
    const particles = new Set(readFileSync(join(dir, 'posterior.csv'), 'utf8').trim().split('\n').slice(1).map((l) => l.split(',').slice(3, 5).join(',')));
    for (const line of predictive.slice(1)) expect(particles.has(line.split(',').slice(1, 3).join(','))).toBe(true);
    const summary = readFileSync(join(dir, 'predictive-summary.csv'), 'utf8').trim().split('\n');
    expect(summary[0]).toBe('statistic,observed,median,q05,q10,q90,q95,inside_80,undefined_draws');
    expect(summary.slice(1).map((l) => l.split(',').slice(0, 2).join(','))).toEqual(['years10,2.5', 'years50,7', 'years90,12']);
    for (const line of summary.slice(1)) {
      const [, observed, median, q05, q10, q90, q95, inside] = line.split(',').map(Number);
      expect(q05 <= q10 && q10 <= median && median <= q90 && q90 <= q95).toBe(true);
      expect(inside).toBe(observed >= q10 && observed <= q90 ? 1 : 0);
    }
    const html = readFileSync(join(dir, 'report.html'), 'utf8');
    expect(html).toContain('<code>bass.json</code>');
    expect(html.match(/: prior and posterior · 先验与后验"/g)).toHaveLength(2);
    expect(html).toContain('pairs plot of the posterior particles');
    expect(html).not.toMatch(/http|<script/);
  });

  it('writes the same files with 2 workers', () => {
    const dir = join(tmp.dir, 'two');
    const r = idlab(['calibrate', file('bass.json', CALIBRATION), '--dir', dir, '--workers', '2']);
    expect(r.code, r.stderr).toBe(0);
    expect(bytes(dir)).toEqual(reference);
  });

  it('resumes after the last generation file is deleted, and with more generations, to the same files', () => {
    const dir = join(tmp.dir, 'resume');
    const short = file('short.json', { ...CALIBRATION, abc: { ...CALIBRATION.abc, generations: 2 } });
    expect(idlab(['calibrate', short, '--dir', dir, '--workers', '2']).code).toBe(0);
    // two generations done; raise the count on resume
    const more = idlab(['calibrate', file('bass.json', CALIBRATION), '--dir', dir, '--workers', '1', '--resume']);
    expect(more.code, more.stderr).toBe(0);
    expect(more.stderr).toMatch(/resuming .* after generation 1/);
    expect(bytes(dir)).toEqual(reference);
    expect(existsSync(join(dir, 'report.html'))).toBe(true);
    // the last generation lost (a killed run): recomputed
    rmSync(join(dir, 'generation-2.json'));
    rmSync(join(dir, 'posterior.csv'));
    const again = idlab(['calibrate', file('bass.json', CALIBRATION), '--dir', dir, '--resume']);
    expect(again.code, again.stderr).toBe(0);
    expect(bytes(dir)).toEqual(reference);
  });

  it('stops on SIGTERM with exit 143 after writing its complete generations, and --resume finishes it to the same files', async () => {
    const longer = { ...CALIBRATION, abc: { ...CALIBRATION.abc, generations: 6 } };
    const path = file('longer.json', longer);
    const straight = join(tmp.dir, 'straight');
    expect(idlab(['calibrate', path, '--dir', straight, '--workers', '1']).code).toBe(0);
    const dir = join(tmp.dir, 'killed');
    const { code, stderr } = await killedAt(['calibrate', path, '--dir', dir, '--workers', '2'], 'generation 0:');
    expect(code, stderr).toBe(143);
    expect(stderr).toMatch(/SIGTERM: stopping; the complete generations are kept/);
    expect(stderr).toMatch(/stopped by SIGTERM; add --resume to continue\n$/);
    expect(readdirSync(dir).filter((f) => f.startsWith('.'))).toEqual([]);
    expect(existsSync(join(dir, 'report.html'))).toBe(false); // written only when the run is finished
    const resumed = idlab(['calibrate', path, '--dir', dir, '--workers', '1', '--resume']);
    expect(resumed.code, resumed.stderr).toBe(0);
    for (const f of ['posterior.csv', 'posterior.parquet', 'generations.csv', 'generation-5.json', 'predictive.csv', 'predictive-summary.csv']) expect(readFileSync(join(dir, f)), f).toEqual(readFileSync(join(straight, f)));
  });

  it('a resume of a finished run simulates the posterior predictive and writes report.html again, without a new generation', () => {
    const dir = join(tmp.dir, 'two');
    const generations = ['generation-0.json', 'generation-1.json', 'generation-2.json'].map((f) => [f, statSync(join(dir, f)).mtimeMs]);
    for (const f of ['predictive.csv', 'predictive-summary.csv', 'report.html']) rmSync(join(dir, f));
    const r = idlab(['calibrate', file('bass.json', CALIBRATION), '--dir', dir, '--workers', '2', '--resume']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/resuming .* after generation 2 /);
    expect(r.stderr).not.toMatch(/generation \d+: tolerance/);
    expect(r.stderr).toMatch(/posterior predictive: 200 simulations in [\d.]+ s, [\d.]+ sims\/s on 2 workers; \d of 3 observed statistics inside their 80 % interval\n/);
    expect(existsSync(join(dir, 'generation-3.json'))).toBe(false);
    expect(generations.map(([f]) => [f, statSync(join(dir, f as string)).mtimeMs])).toEqual(generations);
    expect(bytes(dir)).toEqual(reference);
    expect(readFileSync(join(dir, 'report.html'), 'utf8')).toContain('Calibration report · 校准报告');
    // the number of draws may change on a resume
    const fewer = idlab(['calibrate', file('fewer.json', { ...CALIBRATION, predictive: { draws: 20 } }), '--dir', dir, '--resume']);
    expect(fewer.code, fewer.stderr).toBe(0);
    expect(readFileSync(join(dir, 'predictive.csv'), 'utf8').trim().split('\n')).toHaveLength(21);
    // and to none: the report says so, and the earlier draws are not left beside it
    const none = idlab(['calibrate', file('none.json', { ...CALIBRATION, predictive: { draws: 0 } }), '--dir', dir, '--resume']);
    expect(none.code, none.stderr).toBe(0);
    expect(none.stderr).not.toMatch(/posterior predictive/);
    expect(existsSync(join(dir, 'predictive.csv')) || existsSync(join(dir, 'predictive-summary.csv'))).toBe(false);
    expect(readFileSync(join(dir, 'report.html'), 'utf8')).toContain('Not computed (predictive.draws is 0)');
  });

  it('a finished run taken further and stopped drops its posterior predictive and report (they describe an older posterior); --resume writes them again', async () => {
    const dir = join(tmp.dir, 'further');
    expect(idlab(['calibrate', file('bass.json', CALIBRATION), '--dir', dir, '--workers', '1']).code).toBe(0);
    const finished = ['predictive.csv', 'predictive-summary.csv', 'report.html'];
    for (const f of finished) expect(existsSync(join(dir, f)), f).toBe(true);
    const path = file('further.json', { ...CALIBRATION, abc: { ...CALIBRATION.abc, generations: 8 } });
    const { code, stderr } = await killedAt(['calibrate', path, '--dir', dir, '--workers', '2', '--resume'], 'generation 3:');
    expect(code, stderr).toBe(143);
    expect(existsSync(join(dir, 'generation-3.json'))).toBe(true);
    for (const f of finished) expect(existsSync(join(dir, f)), f).toBe(false);
    const resumed = idlab(['calibrate', path, '--dir', dir, '--workers', '1', '--resume']);
    expect(resumed.code, resumed.stderr).toBe(0);
    for (const f of finished) expect(existsSync(join(dir, f)), f).toBe(true);
  });

  it('refuses to overwrite a calibration without --resume, to resume nothing, or to resume a different plan', () => {
    const dir = join(tmp.dir, 'one');
    const path = file('bass.json', CALIBRATION);
    expect(idlab(['calibrate', path, '--dir', dir])).toMatchObject({ code: 1, stderr: `idlab calibrate: ${dir} already holds a calibration (plan.json): add --resume to continue it, or choose another --dir\n` });
    const empty = join(tmp.dir, 'empty');
    expect(idlab(['calibrate', path, '--dir', empty, '--resume'])).toMatchObject({ code: 1, stderr: `idlab calibrate: --resume: ${empty} holds no calibration (no plan.json); leave out --resume to start one\n` });
    const other = file('other.json', { ...CALIBRATION, observed: { ...CALIBRATION.observed, years90: 13 }, abc: { ...CALIBRATION.abc, seed: 8 } });
    expect(idlab(['calibrate', other, '--dir', dir, '--resume'])).toMatchObject({
      code: 1,
      stderr: `idlab calibrate: --resume: ${other} differs from ${join(dir, 'plan.json')} in observed, abc.seed (only abc.generations, abc.budget and predictive may change on a resume)\n`,
    });
  });

  const BAD: [string, unknown, string[]][] = [
    ['an unknown simulator', { ...CALIBRATION, simulator: 'bass' }, [`simulator: "bass" (allowed: ${Object.keys(SIMULATORS).join(', ')})`]],
    ['an unknown field', { ...CALIBRATION, observd: {} }, ['observd: unknown field (allowed: simulator, options, parameters, statistics, observed, abc, predictive)']],
    ['a bad simulator option', { ...CALIBRATION, options: { n: 5, steps: 3 } }, ['options.steps: unknown option of bass-curve (allowed: n, years, dt)', 'options.n: 5 (allowed: an integer 20–5000)']],
    [
      'bad parameters',
      { ...CALIBRATION, parameters: [{ name: 'r' }, { name: 'q', range: [0.5, 0.1] }, { name: 'p', prior: 'normal' }] },
      ['parameters[0].name: "r" (allowed: p, q)', 'parameters[1].range: [0.5,0.1] (allowed: [lo, hi] with 0 ≤ lo < hi ≤ 2)', 'parameters[2].prior: "normal" (allowed: "uniform", "log-uniform")'],
    ],
    ['a log-uniform prior from 0', { ...CALIBRATION, parameters: [{ name: 'p', range: [0, 0.1] }] }, ['parameters[0]: a log-uniform prior needs a range above 0 (got [0, 0.1]; give "range" or "prior": "uniform")']],
    [
      'bad statistics',
      { ...CALIBRATION, statistics: ['years10', 'years95'], observed: { years10: 'soon', years50: 7 } },
      ['observed.years10: "soon" (allowed: a finite number, or null to record it without fitting it)', 'statistics[1]: "years95" (allowed: years10, years50, years90)', 'observed.years50: not in "statistics" (add it there or remove it here)'],
    ],
    ['bad ABC options', { ...CALIBRATION, abc: { particles: 1, alpha: 2, budget: '5' } }, ['abc.budget: "5" (allowed: a number)']],
    ['a bad number of predictive draws', { ...CALIBRATION, predictive: { draws: 2.5, level: 0.8 } }, ['predictive.level: unknown field (allowed: draws)', 'predictive.draws: 2.5 (allowed: an integer 0–100000; 0: no posterior predictive)']],
    ['out-of-range ABC options', { ...CALIBRATION, abc: { particles: 50, alpha: 2, budget: 10 } }, ['abc.alpha: 2 (allowed: 0 < alpha < 1)', 'abc.budget: 10 (allowed: an integer ≥ particles, 50)']],
  ];
  for (const [what, content, lines] of BAD) {
    it(`rejects ${what} with one line per problem`, () => {
      const path = file('bad.json', content);
      const r = idlab(['calibrate', path, '--dir', join(tmp.dir, 'bad')]);
      expect(r.code).toBe(1);
      expect(r.stderr).toBe(lines.map((l) => `idlab calibrate: ${path}: ${l}\n`).join(''));
      expect(existsSync(join(tmp.dir, 'bad'))).toBe(false);
    });
  }

  it('reports a JSON syntax error and a missing --dir in one line', () => {
    const path = file('broken.json', '{ "simulator": ');
    const r = idlab(['calibrate', path, '--dir', join(tmp.dir, 'bad')]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^idlab calibrate: .*broken\.json: /);
    expect(idlab(['calibrate', path])).toMatchObject({ code: 2, stderr: 'idlab calibrate: missing --dir DIR (the calibration folder to write or resume)\n' });
  });
});
