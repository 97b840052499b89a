/**
 * Axis lines, ticks and labels of the report's SVG figures, as strings. Coordinates are rounded to
 * 0.1 px so the same figure gives the same text everywhere.
 */
import type { AxisScale } from './axisScale.ts';
import { escapeHtml } from './escapeHtml.ts';
import { formatNumber } from './formatNumber.ts';

/** A coordinate as written into the SVG: 0.1 px. */
export const px = (x: number): string => String(Math.round(x * 10) / 10);

/** A horizontal axis at height y from x0 to x1: its line, ticks and tick labels (and a label below). */
export function bottomAxis(scale: AxisScale, y: number, x0: number, x1: number, label = ''): string {
  let out = `<path class="axis" d="M${px(x0)} ${px(y)}H${px(x1)}"/>`;
  for (const t of scale.ticks) {
    const x = scale.px(t);
    if (x < x0 - 0.5 || x > x1 + 0.5) continue;
    out += `<path class="axis" d="M${px(x)} ${px(y)}v4"/><text class="tick" x="${px(x)}" y="${px(y + 14)}" text-anchor="middle">${formatNumber(t)}</text>`;
  }
  if (label) out += `<text class="label" x="${px((x0 + x1) / 2)}" y="${px(y + 28)}" text-anchor="middle">${escapeHtml(label)}</text>`;
  return out;
}

/** A vertical axis at x from y0 (bottom) to y1 (top), ticks on the left (and a label above). */
export function leftAxis(scale: AxisScale, x: number, y0: number, y1: number, label = ''): string {
  let out = `<path class="axis" d="M${px(x)} ${px(y0)}V${px(y1)}"/>`;
  for (const t of scale.ticks) {
    const y = scale.px(t);
    if (y > y0 + 0.5 || y < y1 - 0.5) continue;
    out += `<path class="axis" d="M${px(x)} ${px(y)}h-4"/><text class="tick" x="${px(x - 6)}" y="${px(y + 3.5)}" text-anchor="end">${formatNumber(t)}</text>`;
  }
  if (label) out += `<text class="label" x="${px(x)}" y="${px(y1 - 8)}" text-anchor="start">${escapeHtml(label)}</text>`;
  return out;
}
