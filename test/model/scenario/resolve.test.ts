import { describe, expect, it } from 'vitest';
import { defaultAssumptions, defaultLevers } from '../../../src/model/params/schema.ts';
import { resolveScenario, resolveScenarioWithNotes } from '../../../src/model/scenario/resolve.ts';
import { deepMerge } from '../../../src/model/scenario/merge.ts';
import { K, presetMap } from './helpers.ts';

const base = {
  meta: { title: { en: 'Base', zh: '基础' }, illustrative: true },
  world: { kind: 'lattice', width: 20, height: 10, neighbourhood: 'moore' },
  time: { startYear: 2000, years: 20, dt: 0.25 },
  params: { q: 0.3, mu0: 0.1 },
  levers: { acc: 2, rewardScope: { provinces: ['P0'], urbanTypes: ['district'] } },
  innovations: [
    { id: 'a', complexity: 0.4, digital: 0.5, origins: ['0,0', '1,1'], events: [{ year: 2005, type: 'document', level: 'province', scope: { regions: ['east'] } }] },
  ],
};
const load = presetMap({ base, child: { extends: 'base', params: { p: 0.05 } } });

describe('resolveScenario', () => {
  it('fills every default into a minimal file', () => {
    const s = resolveScenario({ innovations: [K] }, { loadPreset: load });
    expect(s.params).toEqual(defaultAssumptions());
    expect(s.levers).toEqual({ ...defaultLevers(), namedSites: [] });
    expect(s.world).toEqual({ kind: 'china', seaEdges: true, attributeSeed: 1, attributes: [] });
    expect(s.time).toEqual({ startYear: 2025, years: 30, dt: 1 / 12 });
    expect(s.meta).toEqual({ title: { en: 'Untitled scenario', zh: '未命名情景' }, description: { en: '', zh: '' }, illustrative: false });
    expect(s.innovations).toEqual([
      { id: 'k', name: { en: 'k', zh: 'k' }, origins: [], originStage: 2, startYear: 2025, complexity: 0.3, digital: 0.1, events: [] },
    ]);
  });

  it('fills world defaults per kind', () => {
    const lattice = resolveScenario({ world: { kind: 'lattice', width: 3, height: 4 }, innovations: [K] }, { loadPreset: load });
    expect(lattice.world).toEqual({
      kind: 'lattice', width: 3, height: 4, neighbourhood: 'von-neumann', provinceSide: 10, attributeSeed: 1, heterogeneity: 0, attributes: [],
    });
    const mixed = resolveScenario({ world: { kind: 'mixed', n: 100, heterogeneity: 0.1 }, innovations: [K] }, { loadPreset: load });
    expect(mixed.world).toEqual({ kind: 'mixed', n: 100, attributeSeed: 1, heterogeneity: 0.1, attributes: [] });
  });

  it('gives a document event its default reward 1.5 and leaves other events without one', () => {
    const s = resolveScenario(
      {
        innovations: [
          {
            ...K,
            events: [
              { year: 2026, type: 'document', level: 'central', scope: {} },
              { year: 2027, type: 'mandate', level: 'central', scope: {}, until: 2030 },
              { year: 2027, type: 'endorse', level: 'province', scope: { provinces: ['33'] } },
            ],
          },
        ],
      },
      { loadPreset: load },
    );
    expect(s.innovations[0].events).toEqual([
      { year: 2026, type: 'document', level: 'central', scope: {}, reward: 1.5 },
      { year: 2027, type: 'mandate', level: 'central', scope: {}, until: 2030 },
      { year: 2027, type: 'endorse', level: 'province', scope: { provinces: ['33'] } },
    ]);
  });

  it("keeps an innovation's own p, q, potential and half-life, and leaves them absent when the file does", () => {
    const s = resolveScenario(
      { innovations: [{ ...K, id: 'a', p: 0.01, q: 0.6, potential: 0.3, halfLife: 5 }, { ...K, id: 'b' }] },
      { loadPreset: load },
    );
    expect(s.innovations[0]).toMatchObject({ p: 0.01, q: 0.6, potential: 0.3, halfLife: 5 });
    // absent = the scenario's p and q, potential 1, no fading: nothing is written, so older digests hold
    for (const key of ['p', 'q', 'potential', 'halfLife']) expect(s.innovations[1]).not.toHaveProperty(key);
  });

  it('gives a suspension its default strength 1 and accepts a withdrawal of all endorsement', () => {
    const s = resolveScenario(
      {
        innovations: [
          {
            ...K,
            events: [
              { year: 2026, type: 'suspend', level: 'central', scope: {}, until: 2028 },
              { year: 2029, type: 'suspend', level: 'province', scope: { provinces: ['33'] }, until: 2031, strength: 0.4 },
              { year: 2030, type: 'withdraw', level: 'none', scope: {} },
              { year: 2031, type: 'withdraw', level: 'prefecture', scope: { provinces: ['33'] } },
            ],
          },
        ],
      },
      { loadPreset: load },
    );
    expect(s.innovations[0].events).toEqual([
      { year: 2026, type: 'suspend', level: 'central', scope: {}, until: 2028, strength: 1 },
      { year: 2029, type: 'suspend', level: 'province', scope: { provinces: ['33'] }, until: 2031, strength: 0.4 },
      { year: 2030, type: 'withdraw', level: 'none', scope: {} },
      { year: 2031, type: 'withdraw', level: 'prefecture', scope: { provinces: ['33'] } },
    ]);
  });

  it('extends a preset: objects deep-merge, scalars override', () => {
    const s = resolveScenario({ extends: 'base', params: { q: 0.4 }, levers: { media: 2 }, world: { width: 30 } }, { loadPreset: load });
    expect(s.params.q).toBe(0.4);
    expect(s.params.mu0).toBe(0.1); // kept from the preset
    expect(s.params.p).toBe(0.03); // default
    expect(s.levers.acc).toBe(2);
    expect(s.levers.media).toBe(2);
    expect(s.levers.rewardScope).toEqual({ provinces: ['P0'], urbanTypes: ['district'] });
    expect(s.world).toMatchObject({ kind: 'lattice', width: 30, height: 10, neighbourhood: 'moore' });
    expect(s.meta.title).toEqual({ en: 'Base', zh: '基础' });
    expect(s.innovations[0].origins).toEqual(['0,0', '1,1']);
  });

  it('extends recursively', () => {
    const s = resolveScenario({ extends: 'child', params: { q: 0.2 } }, { loadPreset: load });
    expect(s.params).toMatchObject({ p: 0.05, q: 0.2, mu0: 0.1 });
  });

  it('replaces arrays instead of merging them', () => {
    const s = resolveScenario(
      { extends: 'base', innovations: [{ id: 'b', complexity: 0.1, digital: 0.1, origins: ['2,2'] }], levers: { rewardScope: { provinces: ['P1'] } } },
      { loadPreset: load },
    );
    expect(s.innovations.map((k) => k.id)).toEqual(['b']);
    expect(s.innovations[0].origins).toEqual(['2,2']);
    // the scope object merges, its array replaces
    expect(s.levers.rewardScope).toEqual({ provinces: ['P1'], urbanTypes: ['district'] });
  });

  it('replaces the whole world when the kind changes', () => {
    const s = resolveScenario({ extends: 'base', world: { kind: 'mixed', n: 500 } }, { loadPreset: load });
    expect(s.world).toEqual({ kind: 'mixed', n: 500, attributeSeed: 1, heterogeneity: 0, attributes: [] });
  });

  it('does not mutate the file or the preset', () => {
    const file = { extends: 'base', params: { q: 0.4 } };
    const before = JSON.stringify(base);
    const s = resolveScenario(file, { loadPreset: load });
    s.params.mu0 = 5;
    s.innovations[0].origins.push('9,9');
    expect(JSON.stringify(base)).toBe(before);
    expect(file).toEqual({ extends: 'base', params: { q: 0.4 } });
  });

  it('ignores $schema', () => {
    const s = resolveScenario({ $schema: '../schema/scenario.schema.json', innovations: [K] }, { loadPreset: load });
    expect('$schema' in s).toBe(false);
  });
});

describe('deepMerge', () => {
  it('merges objects, replaces arrays and scalars, skips undefined', () => {
    expect(deepMerge({ a: { b: 1, c: [1, 2] }, d: 1 }, { a: { c: [3] }, d: undefined, e: null })).toEqual({ a: { b: 1, c: [3] }, d: 1, e: null });
    expect(deepMerge([1, 2], [3])).toEqual([3]);
    expect(deepMerge({ a: 1 }, 5)).toBe(5);
  });
});

describe('notes', () => {
  it('notes values outside the plausible range but inside the allowed one', () => {
    const { notes } = resolveScenarioWithNotes({ params: { q: 0.9 }, levers: { media: 5 }, innovations: [K] }, { loadPreset: load });
    expect(notes.map((n) => n.path)).toEqual(['params.q', 'levers.media']);
    expect(notes[0].message).toBe(
      'note: params.q = 0.9 is outside the plausible range 0.05–0.6 per year (SPID median 0.25, IQR 0.05–0.58; marketing mean 0.38 (Sultan et al. 1990))',
    );
  });

  it("notes an innovation's own p or q outside the plausible range of the scenario's p and q, not 0", () => {
    const file = { innovations: [{ ...K, id: 'a', p: 0.5, q: 0.3 }, { ...K, id: 'b', p: 0, q: 1.5 }] };
    const { notes } = resolveScenarioWithNotes(file, { loadPreset: load });
    expect(notes.map((n) => n.path)).toEqual(['innovations[0].p', 'innovations[1].q']);
    expect(notes[0].message).toMatch(/^note: innovations\[0\]\.p = 0\.5 is outside the plausible range 0\.005–0\.11 per year \(/);
  });

  it('notes a withdrawal to the central level, which lowers nothing', () => {
    const events = [
      { year: 2026, type: 'withdraw', level: 'central', scope: {} },
      { year: 2027, type: 'withdraw', level: 'province', scope: {} },
    ];
    const { notes } = resolveScenarioWithNotes({ innovations: [{ ...K, events }] }, { loadPreset: load });
    expect(notes.map((n) => n.message)).toEqual([
      'note: innovations[0].events[0].level = "central" on a "withdraw" event lowers nothing (central is the highest level); use "province", "prefecture" or "none"',
    ]);
  });

  it('does not note a rate or effect of 0, which switches its mechanism off', () => {
    const { notes } = resolveScenarioWithNotes({ params: { mu0: 0, deltaShow: 0, kappaM: 0, kappaTh: 0 }, innovations: [K] }, { loadPreset: load });
    expect(notes.map((n) => n.path)).toEqual(['params.kappaTh']);
  });

  it('has no notes for the defaults', () => {
    expect(resolveScenarioWithNotes({ innovations: [K] }, { loadPreset: load }).notes).toEqual([]);
  });

  it('notes events outside the run and a length that is not a whole number of ticks', () => {
    const notes: string[] = [];
    resolveScenario(
      {
        time: { startYear: 2000, years: 10, dt: 0.3 },
        innovations: [
          {
            ...K,
            startYear: 2050,
            events: [
              { year: 1990, type: 'endorse', level: 'central', scope: {} },
              { year: 2040, type: 'endorse', level: 'central', scope: {} },
            ],
          },
        ],
      },
      { loadPreset: load, onNote: (n) => notes.push(n.message) },
    );
    expect(notes).toEqual([
      'note: time.years = 10 is not a whole number of ticks of 0.3 years; the run has 33 ticks and ends at 2009.9',
      'note: innovations[0].startYear = 2050 is after the end of the run (2009.9); k never becomes available',
      'note: innovations[0].events[0].year = 1990 is before the start of the run (2000); it applies from the start of the run',
      'note: innovations[0].events[1].year = 2040 is after the end of the run (2009.9); the event never applies',
    ]);
  });
});
