import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveScenarioWithNotes } from '../../../src/model/scenario/resolve.ts';
import { scenarioDigest } from '../../../src/model/scenario/digest.ts';
import { PRESET_IDS, presetIndexJson } from '../../../scripts/docs/presets.ts';
import { prefectureUnitCode } from '../../../src/geo/prefecture-unit-code.ts';
import { ROOT, loadPreset } from './helpers.ts';

const resolvePreset = (id: string) => resolveScenarioWithNotes(loadPreset(id), { loadPreset });

describe('presets', () => {
  it('are exactly the files in public/scenarios (besides index.json)', () => {
    const files = readdirSync(join(ROOT, 'public/scenarios')).filter((f) => f.endsWith('.json') && f !== 'index.json');
    expect(files.map((f) => f.replace(/\.json$/, '')).sort()).toEqual([...PRESET_IDS].sort());
  });

  for (const id of PRESET_IDS) {
    it(`${id} passes validation and has a bilingual title and description`, () => {
      const { scenario, notes } = resolvePreset(id);
      if (id === 'bass') {
        // Bass switches mechanisms off (zeros get no note); γ0 = 0 is not "off" but P(show) = ½.
        expect(notes.map((n) => n.path)).toEqual(['params.gamma0']);
      } else {
        expect(notes).toEqual([]);
      }
      expect(scenario.meta.title.en.length * scenario.meta.title.zh.length).toBeGreaterThan(0);
      expect(scenario.meta.description.en.length * scenario.meta.description.zh.length).toBeGreaterThan(0);
      expect(scenarioDigest(scenario)).toMatch(/^[0-9a-f]{64}$/);
    });
  }

  it('mark every China preset illustrative, saying so in both languages', () => {
    for (const id of PRESET_IDS) {
      const { scenario } = resolvePreset(id);
      if (scenario.world.kind !== 'china') continue;
      expect(scenario.meta.illustrative, id).toBe(true);
      expect(scenario.meta.description.en, id).toMatch(/^Illustrative, not a forecast:/);
      expect(scenario.meta.description.zh, id).toMatch(/^示意性情景，非预测：/);
    }
  });

  it('bass is the special case of docs/model.md §10', () => {
    const { scenario: s } = resolvePreset('bass');
    expect(s.world).toMatchObject({ kind: 'mixed', n: 20000, heterogeneity: 0 });
    expect(s.innovations).toHaveLength(1);
    expect(s.innovations[0].origins).toEqual([]);
    expect(s.innovations[0].events).toEqual([]);
    expect(s.params).toMatchObject({ p: 0.03, q: 0.38, omegaGlobal: 1, omegaNeighbour: 0, omegaProvince: 0, omegaForum: 0 });
    expect(s.params.peerShape).toBe('linear');
    expect(s.params.endogenousEndorsement).toBe(false);
    // δ_inst5 and β_Q5 only scale formalism (η0 = 0 here) and γ_unfit only the show draw (off here):
    // they keep their defaults and change nothing
    const inert = ['deltaInst5', 'betaQ5', 'gammaUnfit'];
    const zeroed = Object.entries(s.params).filter(
      ([k]) => (/^(beta|gamma|delta)/.test(k) && !inert.includes(k)) || ['kappaM', 'eta0', 'mu0', 'lambda52', 'rhoRe', 'rhoTurn'].includes(k),
    );
    expect(zeroed.length).toBe(30);
    expect(s.params.betaL).toBe(0);
    for (const key of ['p', 'q', 'potential', 'halfLife']) expect(s.innovations[0]).not.toHaveProperty(key);
    for (const [k, value] of zeroed) expect(value, k).toBe(0);
    expect(s.levers).toMatchObject({ media: 1, reward: 1, forumTies: 0, pairing: false });
    expect(s.time.dt).toBe(0.1);
  });

  it('China presets start at their documented origins and dates', () => {
    const origin = (id: string) => resolvePreset(id).scenario.innovations[0];
    expect(origin('fengqiao')).toMatchObject({ origins: ['330681'], startYear: 1963 });
    expect(origin('three-governance')).toMatchObject({ origins: ['330483'], startYear: 2013 });
    expect(origin('grid')).toMatchObject({ origins: ['110101'], startYear: 2004 });
    // 成都方式 runs on the prefecture-level world: the city is one unit
    expect(resolvePreset('chengdu').scenario.world).toMatchObject({ kind: 'china', unit: 'prefecture' });
    expect(origin('chengdu')).toMatchObject({ origins: ['510100'], startYear: 2017 });
    const grid = origin('grid');
    expect(grid.complexity).toBeGreaterThan(origin('fengqiao').complexity);
    expect(grid.digital).toBeGreaterThan(origin('fengqiao').digital);
  });

  it('digital-trap mandates a high-digital innovation into the central and western regions at baseline pressure', () => {
    const { scenario: s } = resolvePreset('digital-trap');
    const k = s.innovations[0];
    expect(k.digital).toBeGreaterThanOrEqual(0.8);
    expect(s.levers.acc).toBe(1); // its failure is the capacity gap's, not pressure's (test/presets/digital-trap.test.ts)
    expect(k.events.find((e) => e.type === 'mandate')?.scope).toEqual({ regions: ['central', 'west'] });
  });

  it('multi runs several innovations at once, pressure-lapse pushes one by mandate under high pressure', () => {
    expect(resolvePreset('multi').scenario.innovations.length).toBeGreaterThanOrEqual(3);
    const lapse = resolvePreset('pressure-lapse').scenario;
    expect(lapse.levers.acc).toBeGreaterThan(2);
    expect(lapse.innovations[0].events.some((e) => e.type === 'mandate' && e.until !== undefined)).toBe(true);
  });

  it('index.json lists every preset with its title and a one-line description, in sync with the files', () => {
    const committed = readFileSync(join(ROOT, 'public/scenarios/index.json'), 'utf8');
    expect(committed).toBe(presetIndexJson(ROOT));
    const index = JSON.parse(committed) as { id: string; description: { en: string; zh: string } }[];
    expect(index.map((e) => e.id)).toEqual([...PRESET_IDS]);
    for (const e of index) expect(e.description.en.split('. ').length, e.id).toBe(1);
  });

  const unitsFile = join(ROOT, 'public/data/china-units.csv');
  it.runIf(existsSync(unitsFile))('name only codes that exist in the China data', () => {
    const rows = readFileSync(unitsFile, 'utf8').trim().split('\n').slice(1);
    const counties = rows.map((r) => r.split(',')[0]);
    const prefectures = new Set(rows.map((r) => r.split(',')[3]));
    const provinces = new Set(rows.map((r) => r.split(',')[6]));
    for (const id of PRESET_IDS) {
      const { scenario } = resolvePreset(id);
      if (scenario.world.kind !== 'china') continue;
      const codes = new Set(scenario.world.unit === 'prefecture' ? counties.map(prefectureUnitCode) : counties);
      for (const k of scenario.innovations) {
        for (const code of k.origins) expect(codes.has(code), `${id}: origin ${code}`).toBe(true);
        for (const e of k.events) {
          for (const code of e.scope.codes ?? []) expect(codes.has(code), `${id}: ${code}`).toBe(true);
          for (const code of e.scope.prefectures ?? []) expect(prefectures.has(code), `${id}: prefecture ${code}`).toBe(true);
          for (const code of e.scope.provinces ?? []) expect(provinces.has(code), `${id}: province ${code}`).toBe(true);
        }
      }
    }
  });
});
