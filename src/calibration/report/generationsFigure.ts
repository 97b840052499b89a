/**
 * The report's figure of the run's progress: per generation, the tolerance ε (left panel; generation
 * 0 accepts everything, ε = ∞, and is left out) and the effective sample size 1/Σw² (right panel,
 * with the particle count N and the resampling threshold essFraction · N as dashed lines).
 */
import type { AbcSmcOptions, GenerationResult } from '../abcSmc.ts';
import { axisScale } from './axisScale.ts';
import { bottomAxis, leftAxis, px } from './svgAxes.ts';

const PANEL = { width: 330, height: 200 };
const M = { left: 44, right: 12, top: 26, bottom: 40 };

function panel(offset: number, title: string, points: [number, number][], gens: number, top: number, guides: number[]): string {
  const x = axisScale(0, Math.max(1, gens - 1), false, offset + M.left, offset + PANEL.width - M.right, Math.min(6, Math.max(1, gens - 1)));
  x.ticks = x.ticks.filter(Number.isInteger);
  const y = axisScale(0, top, false, PANEL.height - M.bottom, M.top, 4);
  let out = `<text class="title" x="${px(offset + M.left)}" y="14">${title}</text>`;
  out += leftAxis(y, offset + M.left, PANEL.height - M.bottom, M.top);
  out += bottomAxis(x, PANEL.height - M.bottom, offset + M.left, offset + PANEL.width - M.right, 'generation · 代');
  for (const g of guides) out += `<path class="prior" d="M${px(offset + M.left)} ${px(y.px(g))}H${px(offset + PANEL.width - M.right)}"/>`;
  if (points.length) {
    out += `<path class="line" d="${points.map(([g, v], i) => `${i ? 'L' : 'M'}${px(x.px(g))} ${px(y.px(v))}`).join('')}"/>`;
    for (const [g, v] of points) out += `<circle class="median" cx="${px(x.px(g))}" cy="${px(y.px(v))}" r="3"/>`;
  }
  return out;
}

export function generationsFigure(generations: readonly GenerationResult[], options: AbcSmcOptions): string {
  const gens = generations.length;
  const tolerances = generations.filter((g) => Number.isFinite(g.tolerance)).map((g): [number, number] => [g.index, g.tolerance]);
  const ess = generations.map((g): [number, number] => [g.index, g.ess]);
  const tolTop = Math.max(1e-9, ...tolerances.map(([, v]) => v)) * 1.1;
  const width = 2 * PANEL.width;
  return (
    `<svg class="fig" viewBox="0 0 ${width} ${PANEL.height}" width="${width}" height="${PANEL.height}" role="img" aria-label="tolerance and ESS per generation · 每代容差与有效样本量">` +
    panel(0, 'tolerance ε · 容差 ε', tolerances, gens, tolTop, []) +
    panel(PANEL.width, `ESS · 有效样本量 (N = ${options.particles})`, ess, gens, options.particles * 1.08, [options.particles, options.essFraction * options.particles]) +
    '</svg>'
  );
}
