import { describe, expect, it } from 'vitest';
import { cos, exp, expm1, hypot, log, pow2 } from '../../../src/model/math/index.ts';
import { LIBM_CASES, NODE20_DIGESTS, libmArguments, libmDigest } from './libmCases.ts';

/**
 * The model's math functions return fdlibm's doubles — the ones Node 20's Math.exp, Math.expm1,
 * Math.log and Math.cos return — on every engine: their results over each case's seeded arguments
 * hash to NODE20_DIGESTS, whatever engine runs the test (test/ui/engine-math.test.ts runs the same in
 * Chromium); on an engine whose Math.* is fdlibm they are also compared one by one.
 */

const OURS = { exp, expm1, log, cos };

/** Does this engine's Math.log run fdlibm? (Node 20: 1.0986122886681096; correctly rounded: …098) */
const ENGINE_IS_FDLIBM = Math.log(3) === 1.0986122886681096 && Math.cos(1e22) === 0.523214785395139;

describe('engine-independent math (fdlibm ports)', () => {
  for (const c of LIBM_CASES) {
    it(`${c.name}: ${c.count.toLocaleString('en')} results equal Node 20's Math.${c.fn}`, () => {
      const f = OURS[c.fn];
      if (ENGINE_IS_FDLIBM) {
        const x = libmArguments(c);
        const engine = Math[c.fn];
        const diff: string[] = [];
        for (let i = 0; i < x.length && diff.length < 5; i++) if (!Object.is(f(x[i]), engine(x[i]))) diff.push(`${c.fn}(${x[i]}) = ${f(x[i])}, Math: ${engine(x[i])}`);
        expect(diff).toEqual([]);
      }
      expect(libmDigest(c, f)).toBe(NODE20_DIGESTS[c.name]);
    });
  }

  it('special and boundary arguments', () => {
    const tiny = 5e-324; // smallest subnormal
    const cases: [string, number, number][] = [
      ['exp(0)', exp(0), 1], ['exp(−0)', exp(-0), 1], ['exp(1)', exp(1), Math.E], ['exp(−1)', exp(-1), 0.36787944117144233],
      ['exp(∞)', exp(Infinity), Infinity], ['exp(−∞)', exp(-Infinity), 0], ['exp(NaN)', exp(NaN), NaN],
      ['exp(709.78)', exp(709.782712893384), 1.7976931348622732e308], ['exp(709.79)', exp(709.79), Infinity],
      ['exp(−745.13)', exp(-745.1332191019411), 5e-324], ['exp(−745.14)', exp(-745.14), 0], ['exp(−708.4)', exp(-708.4), 2.217119081664265e-308],
      ['exp(2^−30)', exp(2 ** -30), 1.0000000009313226], ['exp(ln 2)', exp(Math.LN2), 2],
      ['expm1(0)', expm1(0), 0], ['expm1(−0)', expm1(-0), -0], ['expm1(∞)', expm1(Infinity), Infinity], ['expm1(−∞)', expm1(-Infinity), -1],
      ['expm1(NaN)', expm1(NaN), NaN], ['expm1(−40)', expm1(-40), -1], ['expm1(1e−300)', expm1(1e-300), 1e-300], ['expm1(710)', expm1(710), Infinity],
      ['expm1(1)', expm1(1), 1.718281828459045], ['expm1(−1e−10)', expm1(-1e-10), -9.999999999500001e-11],
      ['log(1)', log(1), 0], ['log(0)', log(0), -Infinity], ['log(−0)', log(-0), -Infinity], ['log(−1)', log(-1), NaN],
      ['log(∞)', log(Infinity), Infinity], ['log(NaN)', log(NaN), NaN], ['log(2)', log(2), Math.LN2], ['log(10)', log(10), Math.LN10],
      ['log(3)', log(3), 1.0986122886681096], ['log(20)', log(20), 2.995732273553991], ['log(e)', log(Math.E), 1],
      ['log(5e−324)', log(tiny), -744.4400719213812], ['log(MAX)', log(Number.MAX_VALUE), 709.782712893384], ['log(1 + 2^−52)', log(1 + 2 ** -52), 2.2204460492503128e-16],
      ['cos(0)', cos(0), 1], ['cos(−0)', cos(-0), 1], ['cos(π)', cos(Math.PI), -1], ['cos(π/2)', cos(Math.PI / 2), 6.123233995736766e-17],
      ['cos(∞)', cos(Infinity), NaN], ['cos(NaN)', cos(NaN), NaN], ['cos(1e22)', cos(1e22), 0.523214785395139], ['cos(MAX)', cos(Number.MAX_VALUE), -0.9999876894265599],
      ['cos(2^−30)', cos(2 ** -30), 1], ['cos(tiny)', cos(tiny), 1],
      ['hypot(3, 4)', hypot(3, 4), 5], ['hypot(−0, 0)', hypot(-0, 0), 0], ['hypot(NaN, ∞)', hypot(NaN, Infinity), Infinity], ['hypot(NaN, 1)', hypot(NaN, 1), NaN],
      ['hypot(1e300, 1e300)', hypot(1e300, 1e300), 1.4142135623730952e300], ['hypot(1e−300, 1e−300)', hypot(1e-300, 1e-300), 1.4142135623730952e-300],
      ['pow2(−1074)', pow2(-1074), tiny], ['pow2(−1022)', pow2(-1022), 2.2250738585072014e-308], ['pow2(1023)', pow2(1023), 8.98846567431158e307],
      ['pow2(1024)', pow2(1024), Infinity], ['pow2(−1075)', pow2(-1075), 0], ['pow2(−30)', pow2(-30), 9.313225746154785e-10], ['pow2(31)', pow2(31), 2147483648],
    ];
    const wrong = cases.filter(([, got, want]) => !Object.is(got, want)).map(([name, got, want]) => `${name} = ${got}, expected ${want}`);
    expect(wrong).toEqual([]);
  });

  it.runIf(ENGINE_IS_FDLIBM)('at and around every threshold of fdlibm’s high-word tests, results equal Math.*', () => {
    const f = new Float64Array(1);
    const u = new Uint32Array(f.buffer);
    const word = (hi: number, lo: number) => ((u[1] = hi), (u[0] = lo), f[0]);
    const around = (hi: number) => {
      const x = word(hi, 0);
      const below = word(hi - 1, 0xffffffff);
      const above = word(hi, 1);
      return [below, x, above, -below, -x, -above];
    };
    const thresholds = [0x40862e42, 0x3fd62e42, 0x3fd62e43, 0x3ff0a2b2, 0x3e300000, 0x4043687a, 0x3c900000, 0x00100000, 0x7ff00000, 0x3fe921fb, 0x4002d97c, 0x413921fb, 0x3fd33333, 0x3fe90000];
    const diff: string[] = [];
    for (const hi of thresholds) {
      for (const x of around(hi)) {
        for (const [name, ours, engine] of [['exp', exp, Math.exp], ['expm1', expm1, Math.expm1], ['log', log, Math.log], ['cos', cos, Math.cos]] as const) {
          if (!Object.is(ours(x), engine(x))) diff.push(`${name}(${x}) = ${ours(x)}, Math: ${engine(x)}`);
        }
      }
    }
    expect(diff).toEqual([]);
  });

  it('hypot equals the engine’s Math.hypot over a million seeded pairs of every magnitude', () => {
    let state = 12345;
    const random = () => ((state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32);
    const diff: string[] = [];
    for (let i = 0; i < 1_000_000 && diff.length < 5; i++) {
      const a = (random() - 0.5) * 10 ** (random() * 40 - 20);
      const b = (random() - 0.5) * 10 ** (random() * 40 - 20);
      if (!Object.is(hypot(a, b), Math.hypot(a, b))) diff.push(`hypot(${a}, ${b}) = ${hypot(a, b)}, Math: ${Math.hypot(a, b)}`);
    }
    expect(diff).toEqual([]);
  });
});
