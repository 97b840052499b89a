/**
 * √(a² + b²) without intermediate overflow, the same double on every engine. ECMAScript leaves
 * Math.hypot's rounding to the engine; this is the algorithm V8 uses for it (scale by the larger
 * magnitude, square and add — Kahan-compensated, which for two terms is a plain sum — take the
 * square root, correctly rounded by IEEE 754, and scale back), so values computed before are unchanged (test/model/math/libm.test.ts).
 */
export function hypot(a: number, b: number): number {
  const x = Math.abs(a);
  const y = Math.abs(b);
  if (x === Infinity || y === Infinity) return Infinity;
  if (x !== x || y !== y) return NaN;
  const max = x > y ? x : y;
  if (max === 0) return 0;
  // Kahan's compensation is 0 after the first of two summands, so the sum is a plain one
  const nx = x / max;
  const ny = y / max;
  return Math.sqrt(nx * nx + ny * ny) * max;
}
