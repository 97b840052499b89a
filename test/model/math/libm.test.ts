import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { cos, exp, expm1, hypot, log, pow2 } from '../../../src/model/math/index.ts';
import { LIBM_CASES, libmArguments } from './libmCases.ts';

/**
 * The model's math functions return fdlibm's doubles — the ones Node 20's Math.exp, Math.expm1,
 * Math.log and Math.cos return — on every engine. The digests below are SHA-256 of the results of
 * Node 20 (V8 11.3, fdlibm) Math.* over each case's seeded arguments (NaN written canonically), so
 * the check does not depend on the engine the test runs in; on an engine whose Math.* is fdlibm the
 * results are also compared one by one.
 */
const NODE20_DIGESTS: Record<string, string> = {
  'exp on ±750': 'fb8f9f899ff7948f410af9a6f3a779e1d150ee4927939aef6859fa6eab7a9583',
  'exp on ±2': 'c53434cfaf7f6d0c7bd0bf7b14e1f4d0b5679f36099820b5f882a7d74edb00a8',
  'exp on bit patterns': '8ca1349d59be61e18cac2ef46a86b2d72445fce0116462c3f870b56f3ba0cb08',
  'expm1 on ±750': 'ad8a0f2918a7d8a7f373c6e7d952b28d71fb27ee0576a0ec54726e5e97ca4e18',
  'expm1 on ±2': 'dd3d0adad9d7f907bd2dd7131cb30705370235eeec00bc56fd0aad7b54963cc2',
  'expm1 on bit patterns': '2c8e3cfbbae95fa3bac8c8e37171052f240c7b5477472d58a5e40060db0ee99f',
  'log on (0, 1]': '077f0a9e580eeab10cb55b30ba20a3f6961a15acc5c964dee0a9e2395e19d509',
  'log on (0, 20)': '66e2d27f1f91dd4eb79c3a2a31ef222bdb5f2cda71e7101938afcb3813598e44',
  'log on bit patterns': '86f992db0a0b46200545dfd34e5d91cc81946dd50b368d9e644b1a39f2ed4014',
  'cos on [0, 2π)': 'bc216f5a68fd5ee3aa16d1f5b23d1376595b3ec6508c804a3df0296da6f10caa',
  'cos on ±10⁶': '60a3cd30475b43b5651990cc9317a6a3d540732158229b6030a6b07f5ba030dd',
  'cos on bit patterns': 'f260215e884aeaa5346a57624301cca228a6b7bf9ad579e206f847a8483fef08',
};

const OURS = { exp, expm1, log, cos };

/** Does this engine's Math.log run fdlibm? (Node 20: 1.0986122886681096; correctly rounded: …098) */
const ENGINE_IS_FDLIBM = Math.log(3) === 1.0986122886681096 && Math.cos(1e22) === 0.523214785395139;

describe('engine-independent math (fdlibm ports)', () => {
  for (const c of LIBM_CASES) {
    it(`${c.name}: ${c.count.toLocaleString('en')} results equal Node 20's Math.${c.fn}`, () => {
      const x = libmArguments(c);
      const y = new Float64Array(x.length);
      const f = OURS[c.fn];
      for (let i = 0; i < x.length; i++) {
        const v = f(x[i]);
        y[i] = v !== v ? NaN : v;
      }
      if (ENGINE_IS_FDLIBM) {
        const engine = Math[c.fn];
        const diff: string[] = [];
        for (let i = 0; i < x.length && diff.length < 5; i++) if (!Object.is(y[i], engine(x[i]))) diff.push(`${c.fn}(${x[i]}) = ${y[i]}, Math: ${engine(x[i])}`);
        expect(diff).toEqual([]);
      }
      expect(createHash('sha256').update(new Uint8Array(y.buffer)).digest('hex')).toBe(NODE20_DIGESTS[c.name]);
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
