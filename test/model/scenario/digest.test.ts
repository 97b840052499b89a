import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../src/model/scenario/canonicalJson.ts';
import { scenarioDigest } from '../../../src/model/scenario/digest.ts';
import { resolveScenario } from '../../../src/model/scenario/resolve.ts';
import { sha256Hex } from '../../../src/model/hash/sha256.ts';
import { K, presetMap } from './helpers.ts';

describe('canonicalJson', () => {
  it('sorts keys at every depth, drops undefined members, has no whitespace', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: 'x' }, u: undefined })).toBe('{"a":{"c":"x","d":[3,{"y":2,"z":1}]},"b":1}');
  });

  it('prints numbers as JavaScript does and escapes strings as JSON', () => {
    expect(canonicalJson([0.1 + 0.2, 1 / 12, 1e21, -0, 5e-7, true, null, '枫桥 "x"\n'])).toBe(
      '[0.30000000000000004,0.08333333333333333,1e+21,0,5e-7,true,null,"枫桥 \\"x\\"\\n"]',
    );
  });

  it('rejects what JSON cannot carry', () => {
    expect(() => canonicalJson({ a: Number.NaN })).toThrow(/non-finite/);
    expect(() => canonicalJson({ a: () => 1 })).toThrow(/function/);
  });
});

describe('scenarioDigest', () => {
  const file = {
    time: { startYear: 2000, years: 10, dt: 0.5 },
    params: { q: 0.3, p: 0.02 },
    innovations: [{ id: 'k', complexity: 0.3, digital: 0.1, name: { zh: '创新', en: 'Innovation' } }],
  };
  const reordered = {
    innovations: [{ name: { en: 'Innovation', zh: '创新' }, digital: 0.1, complexity: 0.3, id: 'k' }],
    params: { p: 0.02, q: 0.3 },
    time: { dt: 0.5, years: 10, startYear: 2000 },
  };
  const resolve = (f: unknown, presets: Record<string, unknown> = {}) => resolveScenario(f, { loadPreset: presetMap(presets) });
  /** the resolved scenario as digested: without `showMechanism` at its default (a later switch) */
  const digested = (s: ReturnType<typeof resolve>) => {
    const { showMechanism: _, ...params } = s.params;
    return { ...s, params };
  };

  it('is the SHA-256 of the canonical resolved JSON, 64 hex digits', () => {
    const s = resolve(file);
    expect(scenarioDigest(s)).toBe(sha256Hex(canonicalJson(digested(s))));
    expect(scenarioDigest(s)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('does not depend on key order or on whether a default is written out', () => {
    const d = scenarioDigest(resolve(file));
    expect(scenarioDigest(resolve(reordered))).toBe(d);
    expect(scenarioDigest(resolve({ ...file, levers: { media: 1 }, params: { ...file.params, mu0: 0.07 } }))).toBe(d);
  });

  it('is the same for a file that extends a preset and the equivalent flat file', () => {
    const viaPreset = resolve({ extends: 'base', params: { q: 0.3 } }, { base: { ...file, params: { p: 0.02, q: 0.5 } } });
    expect(scenarioDigest(viaPreset)).toBe(scenarioDigest(resolve(file)));
  });

  it('changes when anything that affects a run changes', () => {
    const d = scenarioDigest(resolve(file));
    expect(scenarioDigest(resolve({ ...file, params: { ...file.params, q: 0.31 } }))).not.toBe(d);
    expect(scenarioDigest(resolve({ ...file, world: { kind: 'china', attributes: [{ code: '330681', attribute: 'digital', value: 0.5 }] } }))).not.toBe(d);
    expect(scenarioDigest(resolve({ ...file, innovations: [{ ...K }] }))).not.toBe(d);
  });

  it('is stable across releases for a fixed scenario (changing it means old digests no longer match)', () => {
    expect(canonicalJson(resolve(file)).length).toBeGreaterThan(1000);
    expect(scenarioDigest(resolve(file))).toBe(sha256Hex(canonicalJson(digested(resolve(reordered)))));
  });

  it('a switch added later keeps old digests at its default, and changes the digest when set off', () => {
    const d = scenarioDigest(resolve(file));
    expect(scenarioDigest(resolve({ ...file, params: { ...file.params, showMechanism: true } }))).toBe(d);
    // the scenario as it resolved before the switch existed
    expect(d).toBe(sha256Hex(canonicalJson(digested(resolve(file)))));
    expect(scenarioDigest(resolve({ ...file, params: { ...file.params, showMechanism: false } }))).not.toBe(d);
  });
});
