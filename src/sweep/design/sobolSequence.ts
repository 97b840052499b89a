/**
 * The Sobol' low-discrepancy sequence (Sobol' 1967; Bratley & Fox 1988, Algorithm 659) with the
 * Joe–Kuo D(6) direction numbers (sobolDirections.ts), in Gray-code order (Antonov & Saleev 1979):
 * point n+1 is point n with direction number V[c] XORed in, where c is the index of the lowest zero
 * bit of n. Unscrambled; point 0 is the origin. 32 bits per coordinate: up to 2^32 − 1 points.
 *
 * This is the sequence `scipy.stats.qmc.Sobol(d, scramble=False)` and Joe & Kuo's own `sobol.cc`
 * produce, so published points can be checked against it (test/sweep/sobolSequence.test.ts).
 */
import { JOE_KUO_D6 } from './sobolDirections.ts';
import { pow2 } from '../../model/math/index.ts';

const BITS = 32;
const SCALE = pow2(-BITS);

/** Parsed `s a m…` rows, one per dimension from 2. */
const ROWS: readonly (readonly number[])[] = JOE_KUO_D6.trim()
  .split('\n')
  .map((line) => line.trim().split(/\s+/).map(Number));

/** Highest dimension the committed direction numbers support. */
export const SOBOL_MAX_DIMENSION = ROWS.length + 1;

/** Direction numbers V[d][k], k = 0 … 31, left-aligned in 32 bits (unsigned). */
function directions(dimension: number): Uint32Array[] {
  const out: Uint32Array[] = [];
  for (let d = 0; d < dimension; d++) {
    const v = new Uint32Array(BITS);
    if (d === 0) {
      for (let k = 0; k < BITS; k++) v[k] = pow2(BITS - 1 - k);
    } else {
      const [s, a, ...m] = ROWS[d - 1];
      for (let k = 0; k < s && k < BITS; k++) v[k] = m[k] * pow2(BITS - 1 - k);
      // v_k = a_1 v_{k−1} ⊕ … ⊕ a_{s−1} v_{k−s+1} ⊕ v_{k−s} ⊕ (v_{k−s} >> s)  (Bratley & Fox)
      for (let k = s; k < BITS; k++) {
        let x = v[k - s] ^ (v[k - s] >>> s);
        for (let j = 1; j < s; j++) if ((a >>> (s - 1 - j)) & 1) x ^= v[k - j];
        v[k] = x >>> 0;
      }
    }
    out.push(v);
  }
  return out;
}

export interface SobolSequence {
  readonly dimension: number;
  /** index of the point `next()` returns */
  readonly index: number;
  /** The next point, coordinates in [0, 1). */
  next(): Float64Array;
}

/** A generator of the `dimension`-dimensional sequence, starting at point 0 (the origin). */
export function sobolSequence(dimension: number): SobolSequence {
  if (!Number.isInteger(dimension) || dimension < 1 || dimension > SOBOL_MAX_DIMENSION) {
    throw new RangeError(`Sobol' dimension ${dimension} (allowed 1–${SOBOL_MAX_DIMENSION})`);
  }
  const v = directions(dimension);
  const x = new Uint32Array(dimension);
  let n = 0;
  return {
    dimension,
    get index() {
      return n;
    },
    next() {
      const point = new Float64Array(dimension);
      for (let d = 0; d < dimension; d++) point[d] = x[d] * SCALE;
      // advance: XOR in the direction number of the lowest zero bit of n
      let c = 0;
      while ((n >>> c) & 1) c++;
      if (c >= BITS) throw new RangeError(`Sobol' sequence exhausted after 2^${BITS} − 1 points`);
      for (let d = 0; d < dimension; d++) x[d] = (x[d] ^ v[d][c]) >>> 0;
      n++;
      return point;
    },
  };
}

/** Points `start` … `start + count − 1` of the sequence (rows of `dimension` coordinates). */
export function sobolPoints(dimension: number, count: number, start = 0): Float64Array[] {
  const seq = sobolSequence(dimension);
  for (let i = 0; i < start; i++) seq.next();
  const out: Float64Array[] = [];
  for (let i = 0; i < count; i++) out.push(seq.next());
  return out;
}
