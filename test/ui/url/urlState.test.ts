import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseUrlState, serializeUrlState, type UrlState } from '../../../src/ui/url/urlState.ts';
import { ASSUMPTION_DEFS, LEVER_DEFS } from '../../../src/model/params/schema.ts';

describe('URL state', () => {
  it('writes the preset, the changed parameters only, seed, language, tick and version — and reads them back', () => {
    const state: UrlState = {
      version: '0.1.0',
      presetId: 'fengqiao',
      seed: 7,
      lang: 'en',
      tick: 48,
      innovation: 1,
      projector: true,
      levers: { media: 2.5, pairing: true },
      params: { q: 0.45, peerShape: 'threshold', betaE2: Math.log(1.7) },
    };
    const query = serializeUrlState(state);
    expect(query).toBe(
      'v=0.1.0&preset=fengqiao&seed=7&lang=en&tick=48&k=1&projector=1&lever.media=2.5&lever.pairing=1' +
        '&param.betaE2=0.5306282510621704&param.peerShape=threshold&param.q=0.45',
    );
    expect(parseUrlState('?' + query)).toEqual({ state, warnings: [], repeats: [] });
  });

  it('carries play=1 (start playing; without it the app opens paused) and pauseAtMilestones=1, and reads them back', () => {
    const state: UrlState = { presetId: 'fengqiao', seed: 7, projector: true, play: true, milestonePause: true, levers: {}, params: {} };
    const query = serializeUrlState(state);
    expect(query).toBe('preset=fengqiao&seed=7&projector=1&play=1&pauseAtMilestones=1');
    expect(parseUrlState(query)).toEqual({ state, warnings: [], repeats: [] });
    // off is the default: it is not written, and 0 reads as off
    expect(serializeUrlState({ ...state, play: false, milestonePause: false })).toBe('preset=fengqiao&seed=7&projector=1');
    expect(parseUrlState('play=0&pauseAtMilestones=false').state).toEqual({ play: false, milestonePause: false, levers: {}, params: {} });
    expect(parseUrlState('play=yes').warnings.map((w) => [w.field, w.value, w.allowed?.en])).toEqual([['play', 'yes', '1 or 0']]);
  });

  it('carries compare mode — compare=1, the pairs and the years per run beside the levers — and reads it back', () => {
    const state: UrlState = { presetId: 'fengqiao', seed: 4, compare: true, pairs: 50, compareYears: 30, levers: { reward: 3 }, params: {} };
    const query = serializeUrlState(state);
    expect(query).toBe('preset=fengqiao&seed=4&compare=1&pairs=50&years=30&lever.reward=3');
    expect(parseUrlState(query)).toEqual({ state, warnings: [], repeats: [] });
    // without compare mode the link says nothing of pairs or years
    expect(serializeUrlState({ ...state, compare: false })).toBe('preset=fengqiao&seed=4&lever.reward=3');
    const bad = parseUrlState('compare=1&pairs=0&years=2.5');
    expect(bad.state).toEqual({ compare: true, levers: {}, params: {} });
    expect(bad.warnings.map((w) => [w.field, w.value, w.allowed?.en])).toEqual([
      ['pairs', '0', 'integers 1–10000 (pairs of runs)'],
      ['years', '2.5', 'integers 1–200 (years per run)'],
    ]);
  });

  it('round-trips any valid parameter value exactly (same double, hence the same run)', () => {
    const numeric = [...LEVER_DEFS, ...ASSUMPTION_DEFS].filter((d) => d.type === 'number');
    fc.assert(
      fc.property(fc.constantFrom(...numeric), fc.double({ min: 0, max: 1, noNaN: true }), (def, u) => {
        if (def.type !== 'number') return;
        const value = def.allowed[0] + u * (def.allowed[1] - def.allowed[0]);
        const kind = LEVER_DEFS.includes(def) ? 'levers' : 'params';
        const state: UrlState = { levers: {}, params: {}, [kind]: { [def.key]: value } };
        const back = parseUrlState(serializeUrlState(state));
        expect(back.warnings).toEqual([]);
        expect((back.state[kind] as Record<string, number>)[def.key]).toBe(value);
      }),
      { numRuns: 300 },
    );
  });

  it('drops invalid values with a warning naming the field, the value and what is allowed', () => {
    const { state, warnings } = parseUrlState(
      'preset=../etc&seed=-3&lang=fr&tick=1.5&lever.media=50&param.q=abc&param.peerShape=square&lever.pairing=maybe&param.zz=1&sed=4&lever.acc=0x10&k=-1',
    );
    expect(state).toEqual({ levers: {}, params: {} });
    expect(warnings.map((w) => [w.field, w.value, w.allowed?.en ?? null])).toEqual([
      ['preset', '../etc', 'a preset id of letters, digits, - and _'],
      ['seed', '-3', 'integers 0–9007199254740991'],
      ['lang', 'fr', 'zh-CN or en'],
      ['tick', '1.5', 'integers ≥ 0 (months since the start)'],
      ['lever.media', '50', '1–10 multiplier'],
      ['param.q', 'abc', '0–2 per year'],
      ['param.peerShape', 'square', 'linear, threshold'],
      ['lever.pairing', 'maybe', '1 or 0'],
      ['param.zz', '1', null],
      ['sed', '4', null],
      ['lever.acc', '0x10', '0–3 pressure (1 = baseline)'],
      ['k', '-1', 'the index of an innovation of the scenario, from 0'],
    ]);
    expect(warnings[5].allowed!.zh).toMatch(/^0–2 /);
  });

  it('reads and writes every seed 0 … 2⁵³ − 1 exactly (sweep seeds are 52-bit) and refuses the rest', () => {
    for (const seed of [0, 4294967295, 4294967296, 3719861227389251, 9007199254740991]) {
      const query = serializeUrlState({ seed, levers: {}, params: {} });
      expect(query).toBe(`seed=${seed}`);
      expect(parseUrlState(query)).toEqual({ state: { seed, levers: {}, params: {} }, warnings: [], repeats: [] });
    }
    for (const text of ['9007199254740992', '99999999999999999999', '1e3', '7.0', '+7', '0x10', '']) {
      expect(parseUrlState(`seed=${encodeURIComponent(text)}`).warnings.map((w) => [w.field, w.value])).toEqual([['seed', text]]);
    }
  });

  it('keeps the valid values of a link beside the invalid ones; a repeated key reads its last value and says so', () => {
    const { state, warnings, repeats } = parseUrlState('preset=multi&seed=12&seed=13&lever.media=0&lever.acc=1.5&seed=7');
    expect(state).toEqual({ presetId: 'multi', seed: 7, levers: { acc: 1.5 }, params: {} });
    expect(warnings.map((w) => w.field)).toEqual(['lever.media']);
    expect(repeats).toEqual([{ field: 'seed', times: 3, value: '7' }]);
    // an invalid last value is both a repeat and a warning (the default is used)
    const bad = parseUrlState('tick=4&tick=x');
    expect(bad.state.tick).toBeUndefined();
    expect(bad.repeats).toEqual([{ field: 'tick', times: 2, value: 'x' }]);
    expect(bad.warnings.map((w) => [w.field, w.value])).toEqual([['tick', 'x']]);
  });

  it("keys that name Object.prototype's members are unknown keys, not a crash", () => {
    const keys = ['constructor', 'toString', '__proto__', 'valueOf', 'hasOwnProperty', 'isPrototypeOf', 'lever.constructor', 'param.__proto__'];
    const { state, warnings } = parseUrlState(keys.map((k) => `${k}=1`).join('&') + '&seed=5&projector=constructor&lever.pairing=toString');
    expect(state).toEqual({ seed: 5, levers: {}, params: {} });
    expect(Object.getPrototypeOf(state.levers)).toBe(Object.prototype);
    expect(warnings.map((w) => [w.field, w.allowed === null])).toEqual([...keys.map((k) => [k, true]), ['projector', false], ['lever.pairing', false]]);
  });

  it('carries the targeted levers (reward and transfer scopes, named sites) and reads them back exactly', () => {
    const state: UrlState = {
      presetId: 'fengqiao',
      seed: 3,
      levers: {
        reward: 2,
        rewardScope: { provinces: ['33', '51'], regions: ['west'] },
        transferScope: { regions: ['west', 'northeast'] },
        namedSites: [
          { year: 1990, scope: { provinces: ['33'] } },
          { year: 2005, scope: { regions: ['central'] }, innovation: 'fengqiao' },
        ],
      },
      params: {},
    };
    const query = serializeUrlState(state);
    expect(new URLSearchParams(query).get('lever.rewardScope')).toBe('{"provinces":["33","51"],"regions":["west"]}');
    expect(parseUrlState(query)).toEqual({ state, warnings: [], repeats: [] });
  });

  it('drops a targeted lever the scenario schema rejects and names it with what is allowed', () => {
    const bad = [
      ['lever.rewardScope', '{"regions":["north"]}'],
      ['lever.transferScope', '{"provinces":"33"}'],
      ['lever.namedSites', '[{"scope":{"provinces":["33"]}}]'],
      ['lever.namedSites', '{"year":2000'],
      ['lever.rewardScope', '{"__proto__":{"codes":["1"]}}'],
    ];
    for (const [key, text] of bad) {
      const { state, warnings } = parseUrlState(`${key}=${encodeURIComponent(text)}`);
      expect(state.levers, text).toEqual({});
      expect(warnings.map((w) => [w.field, w.value]), text).toEqual([[key, text]]);
      expect(warnings[0].allowed?.en, text).toMatch(/as in scenario files/);
    }
  });

  it('an empty query is the default state', () => {
    expect(parseUrlState('')).toEqual({ state: { levers: {}, params: {} }, warnings: [], repeats: [] });
  });
});
