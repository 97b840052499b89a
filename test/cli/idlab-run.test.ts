/**
 * `idlab run` end to end, through the bundled CLI: outputs, their shape, determinism, and byte
 * equality with the library (docs/implementation-notes.md, "Contracts": a run is a function of version, scenario and seed).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, buildCli, idlab, tempDir } from './helpers.ts';
import { createSimulation } from '../../src/model/simulation/createSimulation.ts';
import { createSyntheticWorld } from '../../src/model/worlds/syntheticWorld.ts';
import { resolveScenario } from '../../src/model/scenario/resolve.ts';
import { scenarioDigest } from '../../src/model/scenario/digest.ts';
import { APP_VERSION } from '../../src/model/version.ts';
import { CHANNEL_IDS } from '../../src/model/events/channels.ts';
import { loadPresetForExtends } from '../../src/cli/presets.ts';

const SMALL = join(FIXTURES, 'small-lattice.json');
const REQUIRED = 'tick,year,innovation,none,learning,adapting,institutionalized,optimizing,formal,terminated,ever_adopted,active';

let tmp: ReturnType<typeof tempDir>;
beforeAll(() => {
  buildCli();
  tmp = tempDir();
});
afterAll(() => tmp.cleanup());

const out = (name: string): string => join(tmp.dir, name);
const read = (name: string): string => readFileSync(out(name), 'utf8');
const lines = (text: string): string[] => text.trimEnd().split('\n');

function resolveFile(path: string) {
  return resolveScenario(JSON.parse(readFileSync(path, 'utf8')), { loadPreset: loadPresetForExtends });
}

/** The library's metric rows as CSV, written independently of the CLI's writers. */
function libraryCsv(path: string, seed: number): string {
  const scenario = resolveFile(path);
  const sim = createSimulation(createSyntheticWorld(scenario.world), scenario, seed);
  sim.tick(sim.totalTicks);
  const digest = scenarioDigest(scenario);
  const quote = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  const text = [['tick', 'year', 'innovation', ...sim.metrics.columns, 'seed', 'digest', 'version'].join(',')];
  for (let t = 0; t < sim.metrics.length; t++) {
    sim.innovationIds.forEach((id, k) => {
      const row = sim.metrics.row(t, k);
      text.push([t, sim.startYear + t * sim.dt, quote(id), ...sim.metrics.columns.map((c) => row[c]), seed, digest, APP_VERSION].join(','));
    });
  }
  return `${text.join('\n')}\n`;
}

describe('idlab run on a small lattice', () => {
  it('writes one CSV row per tick and innovation with the required count columns', () => {
    const r = idlab(['run', SMALL, '--seed', '7', '--out', out('small.csv')]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(''); // data goes to the file; stdout stays clean
    const rows = lines(read('small.csv'));
    expect(rows[0].startsWith(`${REQUIRED},`)).toBe(true);
    expect(rows[0].endsWith(',seed,digest,version')).toBe(true);
    expect(rows[0]).toContain('east_active'); // region breakdown
    expect(rows[0]).toContain('county_formal'); // urban-type breakdown
    const ticks = 6 / 0.25;
    expect(rows.length - 1).toBe((ticks + 1) * 2);
    expect(rows[1].split(',').slice(0, 3)).toEqual(['0', '2000', 'alpha']);
    expect(rows[2].split(',').slice(0, 3)).toEqual(['0', '2000', 'beta']);
    // stage counts sum to N = 120 on every row
    for (const row of rows.slice(1)) {
      const cells = row.split(',').map(Number);
      expect(cells.slice(3, 10).reduce((a, b) => a + b, 0)).toBe(120);
    }
  });

  it('gives the same bytes as the library for the same scenario and seed', () => {
    expect(idlab(['run', SMALL, '--seed', '7', '--out', out('lib.csv')]).code).toBe(0);
    expect(read('lib.csv')).toBe(libraryCsv(SMALL, 7));
  });

  it('same seed, same bytes; another seed, another result', () => {
    for (const [name, seed] of [['a.csv', '11'], ['b.csv', '11'], ['c.csv', '12']]) {
      expect(idlab(['run', SMALL, '--seed', seed, '--out', out(name), '--events', out(`events-${name}`)]).code).toBe(0);
    }
    expect(read('a.csv')).toBe(read('b.csv'));
    expect(read('events-a.csv')).toBe(read('events-b.csv'));
    const strip = (t: string) => t.replace(/,1[12],[0-9a-f]{64},[^,\n]+$/gm, '');
    expect(strip(read('a.csv'))).not.toBe(strip(read('c.csv')));
  });

  it('--years and --dt override the scenario and change its digest', () => {
    expect(idlab(['run', SMALL, '--years', '2', '--dt', '1/2', '--out', out('short.csv')]).code).toBe(0);
    const rows = lines(read('short.csv'));
    expect(rows.length - 1).toBe((2 / 0.5 + 1) * 2);
    expect(rows[rows.length - 1].split(',').slice(0, 2)).toEqual(['4', '2002']);
    const digest = rows[1].split(',').at(-2);
    expect(digest).toMatch(/^[0-9a-f]{64}$/);
    expect(digest).not.toBe(scenarioDigest(resolveFile(SMALL)));
  });

  it('writes JSON Lines rows with the provenance fields', () => {
    expect(idlab(['run', SMALL, '--out', out('small.jsonl')]).code).toBe(0);
    const objects = lines(read('small.jsonl')).map((l) => JSON.parse(l));
    expect(objects).toHaveLength(25 * 2);
    expect(objects[0]).toMatchObject({ tick: 0, year: 2000, innovation: 'alpha', seed: 1, digest: scenarioDigest(resolveFile(SMALL)), version: APP_VERSION });
    expect(Object.keys(objects[0]).slice(0, 12).join(',')).toBe(REQUIRED);
  });

  it('writes the event log with codes, channel names and sources', () => {
    expect(idlab(['run', SMALL, '--seed', '3', '--events', out('events.csv'), '--out', out('e-rows.csv')]).code).toBe(0);
    const rows = lines(read('events.csv'));
    expect(rows[0]).toBe('tick,year,locality,innovation,from,to,channel,source,seed,digest,version');
    expect(rows[1]).toMatch(/^0,2000,"0,0",alpha,0,2,origin,,3,[0-9a-f]{64},/);
    const scenario = resolveFile(SMALL);
    const sim = createSimulation(createSyntheticWorld(scenario.world), scenario, 3);
    sim.tick(sim.totalTicks);
    expect(rows.length - 1).toBe(sim.events.length);
    const channels = new Set(rows.slice(1).map((r) => r.match(/^[^"]*"[^"]*",[^,]+,\d,\d,([^,]+),/)![1]));
    for (const c of channels) expect(CHANNEL_IDS).toContain(c);
  });

  it('writes the locality-year panel: one row per locality, year and innovation, adoptions matching the log', () => {
    expect(idlab(['run', SMALL, '--panel', out('panel.csv'), '--events', out('panel-events.csv')]).code).toBe(0);
    const rows = lines(read('panel.csv'));
    expect(rows[0]).toBe(
      'locality,province,year,innovation,stage,adopted_this_year,at_risk,adopted_neighbours,neighbour_share,province_share,endorsement,mandate,resources,social_support,seed,digest,version',
    );
    // alpha from 2000 (6 years), beta from 2001 (5 years), 120 localities
    expect(rows.length - 1).toBe(120 * 6 + 120 * 5);
    const parse = (r: string) => {
      const m = r.match(/^"([^"]+)",([^,]+),(\d+),([a-z]+),(\d),(\d),(\d),(\d+),([^,]+),([^,]+),(\d),(\d),/)!;
      return { locality: m[1], year: +m[3], innovation: m[4], stage: +m[5], adopted: +m[6], atRisk: +m[7], neighbours: +m[8], share: +m[9], mandate: +m[12] };
    };
    const panel = rows.slice(1).map(parse);
    const adoptions = panel.filter((p) => p.adopted === 1);
    const events = lines(read('panel-events.csv')).slice(1).filter((r) => /,0,[1-4],[a-z]+,/.test(r) && !r.startsWith('0,'));
    expect(adoptions.length).toBe(events.length);
    expect(adoptions.length).toBeGreaterThan(0);
    for (const p of panel) {
      expect(p.atRisk).toBe(p.stage === 0 ? 1 : 0);
      expect(p.share).toBeGreaterThanOrEqual(0);
      expect(p.share).toBeLessThanOrEqual(1);
    }
    // the mandate over the west applies from 2003 (start of year state from 2004 at the latest)
    expect(panel.some((p) => p.innovation === 'beta' && p.year === 2004 && p.mandate === 1)).toBe(true);
    expect(panel.some((p) => p.innovation === 'beta' && p.year === 2002 && p.mandate === 1)).toBe(false);
  });

  it('adds attribute overrides from a CSV to the scenario (and to its digest)', () => {
    writeFileSync(out('attrs.csv'), 'code,attribute,value\n"0,0",resources,0.05\n"1,1",digital,1\n');
    expect(idlab(['run', SMALL, '--attributes', out('attrs.csv'), '--panel', out('attr-panel.csv')]).code).toBe(0);
    const first = lines(read('attr-panel.csv'))[1];
    expect(first.startsWith('"0,0",')).toBe(true);
    expect(first.split(',')[13]).toBe('0.05'); // resources of "0,0" as the hazards read it
    expect(first.split(',').at(-2)).not.toBe(scenarioDigest(resolveFile(SMALL)));

    writeFileSync(out('bad-attrs.csv'), 'code,attribute,value\n"0,0",wealth,2\n');
    const r = idlab(['run', SMALL, '--attributes', out('bad-attrs.csv')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("line 2: unknown attribute 'wealth'");
    expect(r.stderr).toContain('line 2: value 2 is outside [0, 1]');
  });
});

describe('idlab run on a preset', () => {
  it('runs the bass preset and writes rows, summary, digest, seed and version as .json', () => {
    const r = idlab(['run', 'bass', '--seed', '5', '--out', out('bass.json')]);
    expect(r.code).toBe(0);
    const json = JSON.parse(read('bass.json'));
    const scenario = resolveScenario({ extends: 'bass' }, { loadPreset: loadPresetForExtends });
    expect(json).toMatchObject({ version: APP_VERSION, seed: 5, digest: scenarioDigest(scenario) });
    expect(json.rows).toHaveLength(30 / 0.1 + 1);
    expect(json.rows[0]).toMatchObject({ tick: 0, year: 0, innovation: 'bass', none: 20000, ever_adopted: 0 });
    expect(json.summary.innovations[0].id).toBe('bass');
    expect(json.scenario.world).toMatchObject({ kind: 'mixed', n: 20000 });
    // Bass with p = 0.03, q = 0.38: half adopted after ≈ 6.55 years (docs/references.md)
    expect(json.summary.innovations[0].t50).toBeGreaterThan(6);
    expect(json.summary.innovations[0].t50).toBeLessThan(7.2);
  });

  it('prints the summary table to stdout without --out, from any working directory', () => {
    const r = idlab(['run', 'bass', '--years', '10'], { cwd: tmp.dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('years to 50 % ever adopted');
    expect(r.stdout).toMatch(/scenario digest [0-9a-f]{64}/);
    expect(r.stderr).toMatch(/^idlab run: \d+ notes? on the scenario/); // bass switches mechanisms off
  });

  it('runs a China preset on the real China world', () => {
    const r = idlab(['run', 'fengqiao', '--years', '3', '--out', out('fengqiao.csv')]);
    expect(r.code).toBe(0);
    const rows = lines(read('fengqiao.csv'));
    expect(rows).toHaveLength(1 + 37);
    const header = rows[0].split(',');
    const first = Object.fromEntries(rows[1].split(',').map((v, j) => [header[j], v]));
    const preset = resolveScenario({ extends: 'fengqiao' }, { loadPreset: loadPresetForExtends });
    expect(first).toMatchObject({ tick: '0', year: String(preset.time.startYear), innovation: 'fengqiao' });
    const stages = ['none', 'learning', 'adapting', 'institutionalized', 'optimizing', 'formal', 'terminated'];
    expect(stages.reduce((sum, c) => sum + Number(first[c]), 0)).toBe(2828); // the simulated China units
    expect(Number(first.ever_adopted)).toBe(preset.innovations[0].origins.length); // origins seeded at row 0
  });
});
