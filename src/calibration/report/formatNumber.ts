/**
 * Numbers as the calibration report prints them, the same on every machine and locale (no
 * toLocaleString): `digits` significant digits (default 3), trailing zeros dropped, plain notation
 * from 0.0001 to below a million and the exponent form "1.2e-5" outside; "—" for NaN and ±∞.
 */
export function formatNumber(x: number, digits = 3): string {
  if (!Number.isFinite(x)) return '—';
  if (x === 0) return '0';
  const a = Math.abs(x);
  if (a < 1e-4 || a >= 1e6) return x.toExponential(digits - 1).replace(/\.?0+e/, 'e').replace('e+', 'e');
  if (a >= 10 ** digits) return String(Math.round(x)); // toPrecision would write 15000 as "1.50e+4"
  const text = x.toPrecision(digits);
  return text.includes('.') ? text.replace(/0+$/, '').replace(/\.$/, '') : text;
}

/** A count with a thin space every three digits (15 000), as the report prints budgets and simulations. */
export function formatCount(n: number): string {
  return String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, '\u2009');
}
