import { describe, expect, it } from 'vitest';
import { cos, exp, expm1, log } from '../../src/model/math/index.ts';
import { findParamDef, PARAMETERS } from '../../src/model/params/schema.ts';
import { LOG_EFFECT_ALLOWED } from '../../src/model/params/def.ts';
import { LIBM_CASES, NODE20_DIGESTS, libmDigest } from '../model/math/libmCases.ts';

// In Chromium, whose Math.log and Math.cos are not fdlibm's (Math.log(3) is …098 here, …096 in
// Node 20), the model's math functions and the parameter defaults built with them are Node's, bit
// for bit: the same cases and digests as test/model/math/libm.test.ts.

const OURS = { exp, expm1, log, cos };

describe('the model’s math in Chromium', () => {
  for (const c of LIBM_CASES) {
    it(`${c.name}: the results of Node 20's Math.${c.fn}`, () => {
      expect(libmDigest(c, OURS[c.fn])).toBe(NODE20_DIGESTS[c.name]);
    });
  }

  it('log-scale parameter defaults and bounds are the values Node computes (δ_show = ln 3 = 1.0986122886681096)', () => {
    const def = findParamDef('deltaShow');
    expect(def && 'default' in def ? def.default : null).toBe(1.0986122886681096);
    expect(LOG_EFFECT_ALLOWED).toEqual([-2.995732273553991, 2.995732273553991]);
    const defaults = PARAMETERS.map((d) => `${d.key}=${'default' in d ? String(d.default) : ''}`).join(';');
    expect(defaults).toContain('deltaShow=1.0986122886681096');
    expect(defaults).toContain('gamma0=-1.3862943611198906');
  });
});
