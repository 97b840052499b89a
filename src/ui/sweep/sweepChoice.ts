import type { DesignType } from '../../sweep/types.ts';
import { defaultFactor, type PanelChoice } from '../../sweep/browser/index.ts';

/** The designs the panel offers, in menu order. */
export const PANEL_DESIGNS: readonly DesignType[] = ['grid', 'random', 'lhs', 'sobol', 'morris'];

/**
 * A design's size when the user switches to it: a grid of 5 levels, 10 random or LHS points, 4 Sobol'
 * base samples (4·(d + 2) points), 4 Morris trajectories (4·(d + 1) points) — a first look in seconds.
 */
export const DEFAULT_SIZE: Readonly<Record<DesignType, number>> = { grid: 5, random: 10, lhs: 10, sobol: 4, morris: 4 };

/** The factor the panel opens on: imitation q (docs/model.md §10), the Bass model's engine of spread. */
export const DEFAULT_FACTOR = 'q';
export const DEFAULT_REPLICATES = 3;

export function initialChoice(presetId: string, seed: number): PanelChoice {
  return {
    presetId,
    factors: [defaultFactor(DEFAULT_FACTOR)],
    design: 'grid',
    size: DEFAULT_SIZE.grid,
    replicates: DEFAULT_REPLICATES,
    seed,
    years: null,
  };
}
