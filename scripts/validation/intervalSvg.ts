/**
 * A small dot-and-interval plot of one simulated figure against its target band, as SVG text: the
 * band the record allows shaded (an open end runs to the edge, with an arrow), the 80 % interval over
 * seeds as a line, the median as a dot — filled when it meets the target, open when not. Only numbers
 * are written, so the plot reads the same in either language. Deterministic: coordinates to 0.1 px.
 */
import type { Band } from '../../src/service/milestones/band.ts';

export interface IntervalPlot {
  band: Band;
  lo: number;
  median: number;
  hi: number;
  /** decimals of the tick labels */
  digits: number;
  pass: boolean;
}

const W = 320;
const H = 52;
const LEFT = 14;
const RIGHT = W - 14;
const Y = 22;

const px = (x: number) => x.toFixed(1);

export function intervalSvg(p: IntervalPlot): string {
  const finite = [p.band.lo, p.band.hi, p.lo, p.median, p.hi].filter((x): x is number => x !== undefined && Number.isFinite(x));
  let min = Math.min(...finite);
  let max = Math.max(...finite);
  const pad = max > min ? (max - min) * 0.15 : Math.max(Math.abs(max), 1) * 0.15;
  min -= pad;
  max += pad;
  const x = (v: number) => LEFT + ((v - min) / (max - min)) * (RIGHT - LEFT);
  const bandFrom = p.band.lo !== undefined ? x(p.band.lo) : LEFT;
  const bandTo = p.band.hi !== undefined ? x(p.band.hi) : RIGHT;
  const ticks = [...new Set([p.band.lo, p.band.hi].filter((v): v is number => v !== undefined))];
  const label = (v: number) => v.toFixed(p.digits);
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="sans-serif" font-size="10">`,
    `<rect x="${px(bandFrom)}" y="${Y - 9}" width="${px(bandTo - bandFrom)}" height="18" fill="#d7ecd9"/>`,
    `<line x1="${LEFT}" y1="${Y + 9}" x2="${RIGHT}" y2="${Y + 9}" stroke="#888" stroke-width="1"/>`,
  ];
  if (p.band.lo === undefined) parts.push(`<path d="M${LEFT - 8} ${Y}l6 -4v8z" fill="#8fbf94"/>`);
  if (p.band.hi === undefined) parts.push(`<path d="M${RIGHT + 8} ${Y}l-6 -4v8z" fill="#8fbf94"/>`);
  for (const t of ticks) {
    parts.push(`<line x1="${px(x(t))}" y1="${Y - 9}" x2="${px(x(t))}" y2="${Y + 12}" stroke="#2e7d32" stroke-width="1"/>`);
    parts.push(`<text x="${px(x(t))}" y="${Y + 23}" text-anchor="middle" fill="#2e7d32">${label(t)}</text>`);
  }
  if (Number.isFinite(p.lo) && Number.isFinite(p.hi)) {
    parts.push(`<line x1="${px(x(p.lo))}" y1="${Y}" x2="${px(x(p.hi))}" y2="${Y}" stroke="#222" stroke-width="2"/>`);
  }
  if (Number.isFinite(p.median)) {
    const fill = p.pass ? '#222' : '#fff';
    parts.push(`<circle cx="${px(x(p.median))}" cy="${Y}" r="4" fill="${fill}" stroke="#222" stroke-width="1.5"/>`);
    parts.push(`<text x="${px(x(p.median))}" y="${Y - 11}" text-anchor="middle" fill="#222">${label(p.median)}</text>`);
  }
  parts.push('</svg>');
  return `${parts.join('\n')}\n`;
}
