/**
 * A sweep's plan: the design points, and runs = points × replicates with their derived seeds. Run i
 * is replicate i mod R of point ⌊i / R⌋, so a point's replicates are neighbours in every output.
 * A plan is a pure function of the resolved sweep (and the app version, recorded beside it); a
 * plan folder (src/sweep/node/planDir.ts) stores the sweep and its digest, and every command that
 * reads the folder rebuilds the same plan and checks the digest.
 */
import { sha256Hex } from '../model/hash/sha256.ts';
import { canonicalJson } from '../model/scenario/canonicalJson.ts';
import { scenarioDigest } from '../model/scenario/digest.ts';
import type { ResolvedScenario } from '../model/scenario/types.ts';
import type { FactorValue, ResolvedSweep } from './types.ts';
import { generateDesign } from './design/generateDesign.ts';
import { pointScenario } from './pointScenario.ts';
import { deriveSeed } from './seeds.ts';

export interface PlanRun {
  run: number;
  point: number;
  replicate: number;
  seed: number;
}

export interface PlanPoint {
  point: number;
  /** one value per factor, in factor order */
  values: FactorValue[];
  /** unit-cube coordinates (null for a grid) */
  u: number[] | null;
}

export interface Plan {
  readonly sweep: ResolvedSweep;
  /** SHA-256 of the canonical JSON of the resolved sweep */
  readonly digest: string;
  readonly points: readonly PlanPoint[];
  readonly runCount: number;
  run(index: number): PlanRun;
  /** the resolved scenario of a point (validated; cached while the plan lives) */
  scenario(point: number): ResolvedScenario;
  /** the scenario digest of a point (as `idlab run` prints it) */
  scenarioDigest(point: number): string;
}

export function sweepDigest(sweep: ResolvedSweep): string {
  return sha256Hex(canonicalJson(sweep));
}

export function createPlan(sweep: ResolvedSweep): Plan {
  const points: PlanPoint[] = generateDesign(sweep).map((p, point) => ({ point, values: p.values, u: p.u }));
  const R = sweep.replicates;
  const runCount = points.length * R;
  const scenarios = new Map<number, ResolvedScenario>();
  const digests = new Map<number, string>();
  const scenario = (point: number): ResolvedScenario => {
    let s = scenarios.get(point);
    if (!s) {
      s = pointScenario(sweep.scenario, sweep.factors, points[point].values);
      scenarios.set(point, s);
    }
    return s;
  };
  return {
    sweep,
    digest: sweepDigest(sweep),
    points,
    runCount,
    run(index) {
      if (!(Number.isInteger(index) && index >= 0 && index < runCount)) throw new RangeError(`run ${index} out of range 0–${runCount - 1}`);
      const point = Math.floor(index / R);
      const replicate = index % R;
      return { run: index, point, replicate, seed: deriveSeed(sweep.seed, index, replicate, sweep.seeds) };
    },
    scenario,
    scenarioDigest(point) {
      let d = digests.get(point);
      if (!d) {
        d = scenarioDigest(scenario(point));
        digests.set(point, d);
      }
      return d;
    },
  };
}
