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
    expect(parseUrlState('?' + query)).toEqual({ state, warnings: [] });
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
      ['seed', '-3', 'integers 0–4294967295'],
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

  it('keeps the valid values of a link beside the invalid ones, and reads a value only once', () => {
    const { state, warnings } = parseUrlState('preset=multi&seed=12&seed=13&lever.media=0&lever.acc=1.5');
    expect(state).toEqual({ presetId: 'multi', seed: 12, levers: { acc: 1.5 }, params: {} });
    expect(warnings.map((w) => w.field)).toEqual(['seed', 'lever.media']);
  });

  it('an empty query is the default state', () => {
    expect(parseUrlState('')).toEqual({ state: { levers: {}, params: {} }, warnings: [] });
  });
});
