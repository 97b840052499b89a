/**
 * A figure axis of the calibration report: values to pixels on a linear or a logarithmic scale, with
 * round tick values (1, 2, 5 × 10^k steps on a linear axis; 1, 2, 5 × 10^k marks on a log one). A
 * parameter is drawn on the scale its prior is uniform on, so a flat prior is flat on the page.
 */
export interface AxisScale {
  /** pixel of value x (not clamped) */
  px(x: number): number;
  /** tick values inside [lo, hi] */
  ticks: number[];
}

/** Round steps 1, 2, 5 × 10^k giving about `count` ticks over [lo, hi]. */
export function linearTicks(lo: number, hi: number, count = 5): number[] {
  if (!(hi > lo)) return [lo];
  const raw = (hi - lo) / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
  const out: number[] = [];
  for (let i = Math.ceil(lo / step - 1e-9); i * step <= hi + step * 1e-9; i++) out.push(Number((i * step).toPrecision(12)));
  return out;
}

/** 1, 2, 5 × 10^k inside [lo, hi] (lo > 0); only the powers of ten when that gives more than `max`. */
export function logTicks(lo: number, hi: number, max = 7): number[] {
  const all: number[] = [];
  for (let k = Math.floor(Math.log10(lo)); 10 ** k <= hi; k++) {
    for (const m of [1, 2, 5]) {
      const x = Number((m * 10 ** k).toPrecision(12));
      if (x >= lo * (1 - 1e-9) && x <= hi * (1 + 1e-9)) all.push(x);
    }
  }
  const decades = all.filter((x) => Number.isInteger(Math.log10(x)) || Math.abs(Math.log10(x) - Math.round(Math.log10(x))) < 1e-9);
  const ticks = all.length > max && decades.length >= 2 ? decades : all;
  return ticks.length >= 2 ? ticks : [lo, hi];
}

/** [lo, hi] onto pixels [from, to] (to < from for an upward y axis). */
export function axisScale(lo: number, hi: number, log: boolean, from: number, to: number, tickCount = 5): AxisScale {
  const t = (x: number) => (log ? Math.log(x) : x);
  const [a, b] = [t(lo), t(hi)];
  const span = b - a || 1;
  return { px: (x) => from + ((t(x) - a) / span) * (to - from), ticks: log ? logTicks(lo, hi) : linearTicks(lo, hi, tickCount) };
}
