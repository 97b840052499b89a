/**
 * The report's pairs plot of the posterior particles: below the diagonal, each pair of parameters
 * as a scatter of the particles with opacity ∝ weight (in ten steps, the heaviest opaque); on the
 * diagonal, each parameter's weighted histogram (weightedHistogram.ts) with its name; above it, the
 * weighted correlation of the pair. Every axis is on the scale its prior is uniform on (log for a
 * log-uniform prior) and spans the prior range, so a cloud filling its cell is a pair the data
 * left free. Points of one opacity share one path (round dots of zero length) to keep the file small.
 */
import type { Prior } from '../abcSmc.ts';
import type { WeightedTheta } from '../posteriorPredictive.ts';
import { axisScale, type AxisScale } from './axisScale.ts';
import { escapeHtml } from './escapeHtml.ts';
import { formatNumber } from './formatNumber.ts';
import { uniformScale } from './parameterSummary.ts';
import { px } from './svgAxes.ts';
import { weightedHistogram } from './weightedHistogram.ts';

const MARGIN = { left: 44, bottom: 30, top: 6, right: 8 };
const GAP = 6;
const ALPHA_STEPS = 10;
/** Tick labels keep this far from a cell's ends, px. */
const EDGE = 9;

/** The weighted correlation of parameters a and b on their uniform scales. */
function correlation(priors: readonly Prior[], particles: readonly WeightedTheta[], a: number, b: number): number {
  let sw = 0;
  let ma = 0;
  let mb = 0;
  for (const q of particles) {
    sw += q.weight;
    ma += q.weight * uniformScale(priors[a], q.theta[a]);
    mb += q.weight * uniformScale(priors[b], q.theta[b]);
  }
  ma /= sw;
  mb /= sw;
  let saa = 0;
  let sbb = 0;
  let sab = 0;
  for (const q of particles) {
    const da = uniformScale(priors[a], q.theta[a]) - ma;
    const db = uniformScale(priors[b], q.theta[b]) - mb;
    saa += q.weight * da * da;
    sbb += q.weight * db * db;
    sab += q.weight * da * db;
  }
  return sab / Math.sqrt(saa * sbb);
}

/** Ticks clear of the cell's ends (EDGE px: a neighbour cell's label sits there), at most four, so small cells' labels do not run into each other. */
function fewTicks(scale: AxisScale, from: number, to: number): number[] {
  const [a, b] = [Math.min(from, to), Math.max(from, to)];
  const t = scale.ticks.filter((x) => scale.px(x) >= a + EDGE && scale.px(x) <= b - EDGE);
  return t.length <= 4 ? t : t.filter((_, i) => i % Math.ceil(t.length / 4) === 0);
}

export function pairsPlot(priors: readonly Prior[], particles: readonly WeightedTheta[]): string {
  const d = priors.length;
  const cell = Math.max(96, Math.min(170, Math.floor(880 / d)));
  const width = MARGIN.left + d * cell + MARGIN.right;
  const height = MARGIN.top + d * cell + MARGIN.bottom;
  const left = (j: number) => MARGIN.left + j * cell;
  const topOf = (i: number) => MARGIN.top + i * cell;
  const xs = priors.map((p, j) => axisScale(p.lo, p.hi, p.scale === 'log', left(j) + GAP / 2, left(j + 1) - GAP / 2));
  const ys = priors.map((p, i) => axisScale(p.lo, p.hi, p.scale === 'log', topOf(i + 1) - GAP / 2, topOf(i) + GAP / 2));
  const maxWeight = particles.reduce((m, q) => Math.max(m, q.weight), 0);
  const step = (w: number) => Math.max(1, Math.ceil((ALPHA_STEPS * w) / maxWeight - 1e-9));
  let out = '';
  for (let i = 0; i < d; i++) {
    for (let j = 0; j < d; j++) {
      const [x0, y0] = [left(j) + GAP / 2, topOf(i) + GAP / 2];
      const size = cell - GAP;
      out += `<rect class="cell" x="${px(x0)}" y="${px(y0)}" width="${px(size)}" height="${px(size)}"/>`;
      if (i === j) {
        const bars = weightedHistogram(priors[i], particles.map((q) => q.theta[i]), particles.map((q) => q.weight), 16);
        const top = Math.max(1.25, ...bars);
        const w = size / bars.length;
        bars.forEach((h, b) => {
          const bh = (h / top) * (size - 16);
          if (h > 0) out += `<rect class="post" x="${px(x0 + b * w + 0.3)}" y="${px(y0 + size - bh)}" width="${px(w - 0.6)}" height="${px(bh)}"/>`;
        });
        const priorY = y0 + size - (1 / top) * (size - 16);
        out += `<path class="prior" d="M${px(x0)} ${px(priorY)}h${px(size)}"/><text class="name" x="${px(x0 + 4)}" y="${px(y0 + 12)}">${escapeHtml(priors[i].name)}</text>`;
      } else if (i < j) {
        const r = correlation(priors, particles, i, j);
        out += `<text class="corr" x="${px(x0 + size / 2)}" y="${px(y0 + size / 2 + 4)}" text-anchor="middle" font-size="${px(10 + 8 * Math.abs(r))}">r = ${formatNumber(r, 2)}</text>`;
      } else {
        const groups = new Map<number, string>();
        for (const q of particles) {
          if (!(q.weight > 0)) continue;
          const s = step(q.weight);
          groups.set(s, `${groups.get(s) ?? ''}M${px(xs[j].px(q.theta[j]))} ${px(ys[i].px(q.theta[i]))}h0`);
        }
        for (const [s, path] of [...groups].sort((a, b) => a[0] - b[0])) out += `<path class="dots" stroke-opacity="${s / ALPHA_STEPS}" d="${path}"/>`;
      }
    }
  }
  // tick labels on the outer cells: x under the bottom row, y left of the first column
  for (let j = 0; j < d; j++) {
    for (const t of fewTicks(xs[j], left(j), left(j + 1))) out += `<text class="tick" x="${px(xs[j].px(t))}" y="${px(topOf(d) + 12)}" text-anchor="middle">${formatNumber(t)}</text>`;
    out += `<text class="label" x="${px(left(j) + cell / 2)}" y="${px(topOf(d) + 25)}" text-anchor="middle">${escapeHtml(priors[j].name)}</text>`;
  }
  for (let i = 1; i < d; i++) {
    for (const t of fewTicks(ys[i], topOf(i), topOf(i + 1))) out += `<text class="tick" x="${px(MARGIN.left - 3)}" y="${px(ys[i].px(t) + 3)}" text-anchor="end">${formatNumber(t)}</text>`;
  }
  return `<svg class="fig pairs" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="pairs plot of the posterior particles · 后验粒子散点矩阵">${out}</svg>`;
}
