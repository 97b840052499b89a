import seedrandom from 'seedrandom';

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
