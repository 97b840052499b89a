/**
 * e^x, the same double on every engine: a port of fdlibm's e_exp.c (Sun Microsystems, 1993; "Permission
 * to use, copy, modify, and distribute this software is freely granted, provided that this notice is
 * preserved"), in the variant V8 ships in src/base/ieee754.cc (exp(1) returns the correctly rounded e).
 * It reproduces Node's Math.exp bit for bit (checked over millions of arguments by
 * test/model/math/libm.test.ts), so results computed before this port are unchanged.
 *
 * Method (fdlibm): reduce x = k·ln2 + r with |r| ≤ ln2/2, r = hi − lo carried in two parts; approximate
 * exp(r) = 1 + r + r·c/(2 − c) with c = r − r²·P(r²) (Remez, error < 2^−59); scale by 2^k. Error < 1 ulp.
 *
 * fdlibm tests the high word of |x| against thresholds; for a double that is the same as comparing
 * |x| with the double of that high word (and low word 0), which is what this code does — it is on the
 * model's hot path, and the constants are written in place because V8 folds literals, not module
 * constants: P1 … P5 the Remez coefficients, 2^−1000, 2^1023 (ln2's parts: reduceLn2.ts).
 */
import { POW2, POW2_ZERO } from './pow2.ts';
import { LN2_REDUCED, reduceLn2 } from './reduceLn2.ts';

export function exp(x: number): number {
  const ax = x < 0 ? -x : x;
  // |x| ≤ ln2/2 (high word ≤ 0x3FD62E42, k = 0) here, the rest in expReduced: this part is small, so
  // V8 inlines it without using up the inlining budget of a hot caller
  if (ax > 0.34657359123229975 || x !== x) return expReduced(x, ax);
  if (ax < 3.725290298461914e-9) return 1 + x; // |x| < 2^−28: 1 + x is exp(x) rounded
  const c = remez(x);
  return 1 - ((x * c) / (c - 2) - x);
}

/** c = r − r²·P(r²), fdlibm's rational approximation's term (P1 … P5: Remez, error < 2^−59). */
function remez(x: number): number {
  const t = x * x;
  return (
    x -
    t *
      (1.66666666666666019037e-1 +
        t * (-2.77777777770155933842e-3 + t * (6.61375632143793436117e-5 + t * (-1.65339022054652515390e-6 + t * 4.13813679705723846039e-8))))
  );
}

/** |x| > ln2/2 or NaN. */
function expReduced(x: number, ax: number): number {
  if (!(ax < 709.7822265625)) {
    // high word ≥ 0x40862E42: NaN, ±∞, overflow or underflow
    if (x !== x) return x + x;
    if (ax === Infinity) return x > 0 ? x : 0; // exp(±∞) = ∞, 0
    if (x > 7.09782712893383973096e2) return Infinity;
    if (x < -7.45133219101941108420e2) return 0;
  }
  if (x === 1) return 2.718281828459045; // e correctly rounded, as V8
  const k = reduceLn2(x, ax); // x = k·ln2 + (hi − lo)
  const hi = LN2_REDUCED[0];
  const lo = LN2_REDUCED[1];
  x = hi - lo;
  const c = remez(x);
  const y = 1 - (lo - (x * c) / (2 - c) - hi);
  if (k >= -1021) {
    if (k === 1024) return y * 2 * 8.988465674311579539e307;
    return y * POW2[k + POW2_ZERO];
  }
  return y * POW2[k + 1000 + POW2_ZERO] * 9.33263618503218878990e-302;
}
