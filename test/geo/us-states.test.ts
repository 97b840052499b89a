/** The us-states world: the committed public/data/us-states.json, its contiguity, and the World built from it. */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildUsStatesWorld, parseUsStates, usStateIndex } from '../../src/geo/index.ts';
import { REGIONS, degree } from '../../src/model/world.ts';
import { resolveScenario } from '../../src/model/scenario/resolve.ts';
import { scenarioWorldIssues } from '../../src/model/scenario/worldChecks.ts';
import { createSimulation } from '../../src/model/simulation/createSimulation.ts';
import { estimateRunMemory } from '../../src/model/simulation/runMemory.ts';
import { US_STATES_FILE, usStatesJson } from '../../scripts/data/build-us-states.ts';
import { K, presetMap, problems } from '../model/scenario/helpers.ts';

const ROOT = resolve(__dirname, '../..');
const text = readFileSync(join(ROOT, 'public/data/us-states.json'), 'utf8');
const data = parseUsStates(text);
const world = buildUsStatesWorld(data);
const index = usStateIndex(world);
const neighboursOf = (usps: string) => {
  const i = index.get(usps)!;
  return [...world.adjIndices!.subarray(world.adjOffsets![i], world.adjOffsets![i + 1])].map((j) => world.codes[j]);
};
const OPTIONS = { loadPreset: presetMap({}) };

describe('public/data/us-states.json', () => {
  it('is what `npm run data:us` builds from us-atlas 3.0.1, byte for byte, and stays small', () => {
    expect(US_STATES_FILE).toBe(join(ROOT, 'public/data/us-states.json'));
    expect(usStatesJson()).toBe(text);
    expect(Buffer.byteLength(text)).toBeLessThan(200 * 1024);
  });

  it('holds the 50 states in FIPS order with USPS codes, English and Chinese names and a Census region; DC is background', () => {
    expect(data.states).toHaveLength(50);
    expect(data.states.map((s) => s.fips)).toEqual([...data.states.map((s) => s.fips)].sort());
    expect(data.states.find((s) => s.usps === 'CA')).toMatchObject({ fips: '06', name: 'California', nameZh: '加利福尼亚州', region: 'west' });
    expect(data.states.some((s) => s.usps === 'DC')).toBe(false);
    const counts = Object.fromEntries(['northeast', 'midwest', 'south', 'west'].map((r) => [r, data.states.filter((s) => s.region === r).length]));
    expect(counts).toEqual({ northeast: 9, midwest: 12, south: 16, west: 13 });
    const map = JSON.parse(text).topology;
    const geometries = map.objects.states.geometries as { id: string; properties?: { bg?: number } }[];
    expect(geometries).toHaveLength(51);
    expect(geometries.filter((g) => g.properties?.bg).map((g) => g.id)).toEqual(['11']);
  });

  it('joins states that share a boundary, not those touching at a point; Alaska and Hawaii have no land neighbours', () => {
    expect(neighboursOf('AK')).toEqual([]);
    expect(neighboursOf('HI')).toEqual([]);
    expect(neighboursOf('CA').sort()).toEqual(['AZ', 'NV', 'OR']);
    expect(neighboursOf('NY')).toContain('PA');
    expect(neighboursOf('TX')).not.toContain('CA');
    // the Four Corners: a point, not a boundary
    expect(data.pointContacts).toEqual([['AZ', 'CO'], ['NM', 'UT']]);
    expect(neighboursOf('AZ')).not.toContain('CO');
    expect(neighboursOf('UT')).not.toContain('NM');
    // Maryland and Virginia stay neighbours without DC
    expect(neighboursOf('MD')).toContain('VA');
  });

  it('is symmetric without self-loops, and the 48 contiguous states form one connected graph of 105 borders', () => {
    let edges = 0;
    for (let i = 0; i < world.n; i++) {
      for (const c of neighboursOf(world.codes[i])) {
        expect(c).not.toBe(world.codes[i]);
        expect(neighboursOf(c), `${c}–${world.codes[i]}`).toContain(world.codes[i]);
        edges++;
      }
    }
    expect(edges / 2).toBe(105);
    const seen = new Set(['CA']);
    const stack = ['CA'];
    while (stack.length) for (const c of neighboursOf(stack.pop()!)) if (!seen.has(c)) seen.add(c), stack.push(c);
    expect(seen.size).toBe(48);
    expect(seen.has('AK') || seen.has('HI')).toBe(false);
  });

  it('is refused with the problem named when damaged', () => {
    const json = JSON.parse(text);
    const oneWay = structuredClone(json);
    oneWay.adjacency.indices[0] = 1; // Alabama → Alaska, but not back
    expect(() => parseUsStates(oneWay)).toThrow('us-states.json: the edge AL–AK is listed one way only');
    const badRegion = structuredClone(json);
    badRegion.states[0].region = 'east';
    expect(() => parseUsStates(badRegion)).toThrow('us-states.json: states[0].region is "east" (allowed northeast, midwest, south, west)');
  });
});

describe('the us-states World', () => {
  it('makes each state its own province and prefecture (FIPS codes), its locality code the USPS code', () => {
    expect(world.kind).toBe('us-states');
    expect(world.n).toBe(50);
    const ca = index.get('CA')!;
    expect(index.get('06')).toBe(ca);
    expect(world.codes[ca]).toBe('CA');
    expect([world.namesEn[ca], world.names[ca]]).toEqual(['California', '加利福尼亚州']);
    expect(world.provinces[world.province[ca]]).toEqual({ code: '06', name: '加利福尼亚州', nameEn: 'California', region: REGIONS.indexOf('west') });
    expect(world.prefectures[world.prefecture[ca]]).toMatchObject({ code: '06', province: world.province[ca] });
    expect(new Set(world.province).size).toBe(50);
    expect(degree(world, index.get('AK')!)).toBe(0);
  });

  it('counts the Census regions in the REGIONS slots: Northeast, Midwest as central, South as east, West', () => {
    const slot = (usps: string) => REGIONS[world.region[index.get(usps)!]];
    expect(['NY', 'IL', 'TX', 'CA', 'DE'].map(slot)).toEqual(['northeast', 'central', 'east', 'west', 'east']);
  });

  it('has neutral attributes (0.5) whatever the attribute seed: the seed varies the latent innovativeness only', () => {
    for (const seed of [1, 7]) {
      const w = buildUsStatesWorld(data, { attributeSeed: seed });
      for (const a of Object.values(w.attributes)) expect([...new Set(a)]).toEqual([0.5]);
    }
  });
});

describe('a us-states scenario', () => {
  it('resolves with its attribute seed and overrides, and refuses what only China or synthetic worlds have', () => {
    const s = resolveScenario({ world: { kind: 'us-states' }, innovations: [K] }, OPTIONS);
    expect(s.world).toEqual({ kind: 'us-states', attributeSeed: 1, attributes: [] });
    expect(problems({ world: { kind: 'us-states', heterogeneity: 0.2 }, innovations: [K] })).toEqual([
      'unknown key world.heterogeneity (known keys: kind, attributeSeed, attributes)',
    ]);
    expect(problems({ world: { kind: 'us-states', unit: 'prefecture' }, innovations: [K] })[0]).toMatch(/^unknown key world\.unit/);
    expect(problems({ world: { kind: 'usa' }, innovations: [K] })[0]).toContain('"us-states"');
  });

  it('names states by USPS code (origins, overrides) and by FIPS code (provinces, prefectures in scopes)', () => {
    const s = resolveScenario(
      {
        world: { kind: 'us-states', attributes: [{ code: 'CA', attribute: 'digital', value: 0.9 }] },
        innovations: [{ ...K, origins: ['CA', '06'], events: [{ year: 2026, type: 'endorse', level: 'province', scope: { provinces: ['06', 'CA'] } }] }],
      },
      OPTIONS,
    );
    expect(scenarioWorldIssues(s, world).map((i) => i.message)).toEqual([
      'invalid innovations[0].origins[1]: "06" (no locality has this code in the us-states world)',
      'invalid innovations[0].events[0].scope.provinces[1]: "CA" (no province has this code in the us-states world)',
    ]);
  });

  it('runs: adoption spreads from California, and the run-memory estimate counts 50 localities', () => {
    const s = resolveScenario({ world: { kind: 'us-states' }, time: { startYear: 2000, years: 20 }, params: { q: 0.6 }, innovations: [{ ...K, origins: ['CA'] }] }, OPTIONS);
    expect(estimateRunMemory(s).localities).toBe(50);
    const sim = createSimulation(world, s, 1, { checkpointEvery: 0 });
    sim.tick(sim.totalTicks);
    expect(sim.n).toBe(50);
    const adopters = [...sim.firstAdoptionTick].filter((t) => t >= 0).length;
    expect(adopters).toBeGreaterThan(5);
  });
});
