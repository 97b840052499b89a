/**
 * 2^k for an integer k in −1074 … 1023, exactly (built from the exponent bits; subnormal for
 * k < −1022), Infinity above 1023 and 0 below −1074. Use it instead of `2 ** k`, whose exactness
 * ECMAScript leaves to the engine.
 */
import { fromWords } from './words.ts';

export function pow2(k: number): number {
  if (!Number.isInteger(k)) throw new RangeError(`pow2: exponent ${k} is not an integer`);
  if (k > 1023) return Infinity;
  if (k >= -1022) return fromWords((k + 1023) << 20, 0);
  if (k < -1074) return 0;
  // subnormal: one bit of the 52-bit fraction
  const bit = k + 1074; // 0 … 51
  return bit >= 32 ? fromWords(1 << (bit - 32), 0) : fromWords(0, (1 << bit) >>> 0);
}
