/**
 * The points of a sweep's design. Random designs draw from the stream `sweep-design` of the sweep's
 * seed (the model's seeded alea streams), so a plan is a function of the sweep file alone.
 */
import { createStream } from '../../model/rng/stream.ts';
import type { ResolvedSweep } from '../types.ts';
import type { DesignPoint } from './designPoint.ts';
import { gridDesign } from './grid.ts';
import { randomDesign } from './random.ts';
import { lhsDesign } from './lhs.ts';
import { saltelliDesign } from './saltelli.ts';
import { morrisDesign } from './morris.ts';

export const DESIGN_STREAM = 'sweep-design';

export function generateDesign(sweep: Pick<ResolvedSweep, 'design' | 'factors' | 'seed'>): DesignPoint[] {
  const random = createStream(sweep.seed, DESIGN_STREAM);
  const d = sweep.design;
  switch (d.type) {
    case 'grid':
      return gridDesign(sweep.factors);
    case 'random':
      return randomDesign(sweep.factors, d.samples, random);
    case 'lhs':
      return lhsDesign(sweep.factors, d.samples, random);
    case 'sobol':
      return saltelliDesign(sweep.factors, d.samples);
    case 'morris':
      return morrisDesign(sweep.factors, d.trajectories, d.levels, random);
  }
}
