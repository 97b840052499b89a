/**
 * 2^k for an integer k in −1074 … 1023, exactly (built from the exponent bits; subnormal for
 * k < −1022), Infinity above 1023 and 0 below −1074. Use it instead of `2 ** k`, whose exactness
 * ECMAScript leaves to the engine. POW2 is the same as a table, for the hot paths of exp and expm1.
 */
import { fromWords } from './words.ts';

/** Offset of 2^0 in POW2: POW2[k + POW2_ZERO] = 2^k for k in −1074 … 1023. */
export const POW2_ZERO = 1074;

function build(k: number): number {
  if (k >= -1022) return fromWords((k + 1023) << 20, 0);
  const bit = k + 1074; // a subnormal: one bit of the 52-bit fraction, 0 … 51
  return bit >= 32 ? fromWords(1 << (bit - 32), 0) : fromWords(0, (1 << bit) >>> 0);
}

export const POW2 = Float64Array.from({ length: POW2_ZERO + 1024 }, (_, i) => build(i - POW2_ZERO));

export function pow2(k: number): number {
  if (!Number.isInteger(k)) throw new RangeError(`pow2: exponent ${k} is not an integer`);
  if (k > 1023) return Infinity;
  if (k < -1074) return 0;
  return POW2[k + POW2_ZERO];
}
