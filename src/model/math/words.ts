/**
 * Access to the two 32-bit halves of an IEEE 754 double, the way fdlibm reads and writes them
 * (GET_HIGH_WORD, INSERT_WORDS …), through one shared scratch buffer. Which half of the buffer holds
 * the high word depends on the platform's byte order, so it is found at load by writing 1.0
 * (0x3FF00000_00000000) and looking where the non-zero half went.
 *
 * Every function of this folder evaluates with + − × ÷, comparisons and these bit operations only, so
 * it returns the same double on every engine (ECMAScript arithmetic is IEEE 754 binary64 with
 * round-to-nearest-even, and never fuses a multiply and an add).
 */
const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer);
F64[0] = 1;
const HI = U32[1] === 0x3ff00000 ? 1 : 0;
const LO = 1 - HI;

/** The high 32 bits of `x` (sign, exponent, top 20 fraction bits) as a signed int32, like fdlibm's int32_t hx. */
export function highWord(x: number): number {
  F64[0] = x;
  return U32[HI] | 0;
}

/** The low 32 bits of `x` as an unsigned integer. */
export function lowWord(x: number): number {
  F64[0] = x;
  return U32[LO];
}

/** The double whose high and low 32-bit halves are `hi` and `lo`. */
export function fromWords(hi: number, lo: number): number {
  U32[HI] = hi;
  U32[LO] = lo;
  return F64[0];
}

/** `x` with its high word replaced by `hi` (fdlibm's SET_HIGH_WORD). */
export function withHighWord(x: number, hi: number): number {
  F64[0] = x;
  U32[HI] = hi;
  return F64[0];
}

/** `x` with its low word replaced by `lo` (fdlibm's SET_LOW_WORD). */
export function withLowWord(x: number, lo: number): number {
  F64[0] = x;
  U32[LO] = lo;
  return F64[0];
}
