/** How many design points a sweep has (before replicates), without generating them. */
import type { ResolvedSweep } from '../types.ts';
import { gridSize } from './grid.ts';
import { saltelliBlock } from './saltelli.ts';

export function pointCount(sweep: Pick<ResolvedSweep, 'design' | 'factors'>): number {
  const d = sweep.factors.length;
  switch (sweep.design.type) {
    case 'grid':
      return gridSize(sweep.factors);
    case 'random':
    case 'lhs':
      return sweep.design.samples;
    case 'sobol':
      return sweep.design.samples * saltelliBlock(d);
    case 'morris':
      return sweep.design.trajectories * (d + 1);
  }
}
