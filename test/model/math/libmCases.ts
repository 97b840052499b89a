import seedrandom from 'seedrandom';
import { sha256 } from '../../../src/model/hash/sha256.ts';

/**
 * Seeded arguments for the engine-independent math functions: the ranges the model uses and random
 * bit patterns (every exponent, both signs, subnormals, NaN payloads, infinities).
 */
export interface LibmCase {
  name: string;
  fn: 'exp' | 'expm1' | 'log' | 'cos';
  count: number;
  draw: (random: () => number, bits: () => number) => number;
}

export const LIBM_CASES: readonly LibmCase[] = [
  { name: 'exp on ±750', fn: 'exp', count: 400_000, draw: (r) => (r() - 0.5) * 1500 },
  { name: 'exp on ±2', fn: 'exp', count: 400_000, draw: (r) => (r() - 0.5) * 4 },
  { name: 'exp on bit patterns', fn: 'exp', count: 200_000, draw: (_r, bits) => bits() },
  { name: 'expm1 on ±750', fn: 'expm1', count: 400_000, draw: (r) => (r() - 0.5) * 1500 },
  { name: 'expm1 on ±2', fn: 'expm1', count: 400_000, draw: (r) => (r() - 0.5) * 4 },
  { name: 'expm1 on bit patterns', fn: 'expm1', count: 200_000, draw: (_r, bits) => bits() },
  { name: 'log on (0, 1]', fn: 'log', count: 400_000, draw: (r) => 1 - r() },
  { name: 'log on (0, 20)', fn: 'log', count: 400_000, draw: (r) => r() * 20 },
  { name: 'log on bit patterns', fn: 'log', count: 200_000, draw: (_r, bits) => bits() },
  { name: 'cos on [0, 2π)', fn: 'cos', count: 400_000, draw: (r) => 2 * Math.PI * r() },
  { name: 'cos on ±10⁶', fn: 'cos', count: 400_000, draw: (r) => (r() - 0.5) * 2e6 },
  { name: 'cos on bit patterns', fn: 'cos', count: 200_000, draw: (_r, bits) => bits() },
];

/** The arguments of `c`, drawn from alea seeded with its name. */
export function libmArguments(c: LibmCase): Float64Array {
  const random = seedrandom.alea(`libm/${c.name}`);
  const f = new Float64Array(1);
  const u = new Uint32Array(f.buffer);
  const bits = () => {
    u[0] = random.int32();
    u[1] = random.int32();
    return f[0];
  };
  const out = new Float64Array(c.count);
  for (let i = 0; i < c.count; i++) out[i] = c.draw(random, bits);
  return out;
}

/**
 * SHA-256 of Node 20's (V8 11.3, fdlibm) Math.exp, Math.expm1, Math.log and Math.cos over each case's
 * arguments (results as little-endian doubles, NaN written canonically): what the model's functions
 * must return on every engine.
 */
export const NODE20_DIGESTS: Record<string, string> = {
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

/** SHA-256 (hex) of `fn` over the case's arguments, written as NODE20_DIGESTS are. */
export function libmDigest(c: LibmCase, fn: (x: number) => number): string {
  const x = libmArguments(c);
  const y = new Float64Array(x.length);
  for (let i = 0; i < x.length; i++) {
    const v = fn(x[i]);
    y[i] = v !== v ? NaN : v;
  }
  return Array.from(sha256(new Uint8Array(y.buffer)), (b) => b.toString(16).padStart(2, '0')).join('');
}
