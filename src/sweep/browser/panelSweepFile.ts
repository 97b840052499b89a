/**
 * The sweep file of the browser's Sweep panel: what a user picks — a preset as base, one or two
 * numeric factors with a range (by default the parameter's plausible range, docs/references.md "sweep
 * defaults"), a design and its size, replicates, a seed and years — written as an ordinary sweep
 * file (types.ts). The panel plans and runs exactly this file, and exports it, so `idlab sweep plan`
 * of the export rebuilds the same plan (same digest, same runs, same seeds).
 */
import { findParamDef, PARAMETERS } from '../../model/params/schema.ts';
import type { NumericDef } from '../../model/params/def.ts';
import type { DesignType, SweepFile } from '../types.ts';

export interface PanelFactor {
  /** a key of the parameter table (an assumption or a lever), e.g. "q" */
  key: string;
  min: number;
  max: number;
}

export interface PanelChoice {
  presetId: string;
  /** one or two factors */
  factors: PanelFactor[];
  design: DesignType;
  /**
   * the design's size: grid — levels per factor; random and LHS — points; Sobol — base samples N
   * (N·(d + 2) points); Morris — trajectories r (r·(d + 1) points)
   */
  size: number;
  replicates: number;
  seed: number;
  /** years per run; null keeps the preset's */
  years: number | null;
}

/** Levels of the Morris grid the panel uses (the sweep file's default, even). */
export const PANEL_MORRIS_LEVELS = 4;

/** The numeric rows of the parameter table: what the panel offers as factors. */
export function numericParameters(): NumericDef[] {
  return PARAMETERS.filter((d): d is NumericDef => d.type === 'number' || d.type === 'integer');
}

/** A factor over a parameter's plausible range. */
export function defaultFactor(key: string): PanelFactor {
  const def = findParamDef(key);
  if (!def || (def.type !== 'number' && def.type !== 'integer')) throw new Error(`not a numeric parameter: ${key}`);
  return { key, min: def.plausible[0], max: def.plausible[1] };
}

/** `params.q` or `levers.media`: the factor path of a parameter key. */
export function factorPath(key: string): string {
  const def = findParamDef(key);
  return `${def?.kind === 'lever' ? 'levers' : 'params'}.${key}`;
}

export function panelSweepFile(c: PanelChoice): SweepFile {
  const keys = c.factors.map((f) => f.key);
  return {
    title: `${c.presetId}: ${keys.join(' × ')}, ${c.design} design, ${c.replicates} replicate${c.replicates === 1 ? '' : 's'} (Sweep panel)`,
    scenario: c.presetId,
    ...(c.years !== null && { time: { years: c.years } }),
    factors: c.factors.map((f) => ({ path: factorPath(f.key), range: { min: f.min, max: f.max } })),
    design: panelDesign(c.design, c.size),
    replicates: c.replicates,
    seed: c.seed,
  };
}

function panelDesign(type: DesignType, size: number): SweepFile['design'] {
  switch (type) {
    case 'grid':
      return { type, levels: size };
    case 'morris':
      return { type, trajectories: size, levels: PANEL_MORRIS_LEVELS };
    default:
      return { type, samples: size };
  }
}
