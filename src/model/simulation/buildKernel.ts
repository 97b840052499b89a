/**
 * World + resolved scenario + seed → a Kernel with every static term precomputed and the dynamic
 * state empty (every locality in stage 0), from its four parts: the world's graph index (cached per
 * world), the coefficients, the static terms and the initial state (kernel.ts). createSimulation then applies tick 0's scripted events
 * (origins, pilots, endorsements …) to form row 0.
 */
import type { World, AttributeId } from '../world.ts';
import type { ResolvedScenario } from '../scenario/types.ts';
import type { buildSchedule } from './schedule.ts';
import { CELL_STRIDE, CELL_REWARD, type Kernel } from './kernel.ts';
import { graphIndexOf } from './graphIndex.ts';
import { buildCoefficients } from './coefficients.ts';
import { buildStaticTerms } from './staticTerms.ts';
import { createKernelState, initialReward } from './initialState.ts';
import { rebuildCalendar } from './dueCalendar.ts';
import { isSeed, SEED_TEXT } from '../scenario/seedSchema.ts';

export interface BuiltKernel {
  kernel: Kernel;
  /** attributes after the scenario's overrides (the baseline the z-scores are frozen on) */
  baseline: Record<AttributeId, Float64Array>;
  /** attributes after levers (what the hazards read) */
  effective: Record<AttributeId, Float64Array>;
  mandates: ReturnType<typeof buildSchedule>['mandates'];
}

export function buildKernel(world: World, scenario: ResolvedScenario, seed: number): BuiltKernel {
  if (!isSeed(seed)) throw new Error(`invalid seed: ${seed} (${SEED_TEXT})`);
  if (scenario.world.kind !== world.kind) {
    throw new Error(`scenario world.kind is '${scenario.world.kind}' but the world given is '${world.kind}'`);
  }
  const { dt } = scenario.time;
  if (!(dt > 0 && dt <= 1)) throw new Error(`invalid time.dt: ${dt} (allowed 0–1 years, exclusive of 0)`);
  const graph = graphIndexOf(world);
  const coefficients = buildCoefficients(scenario);
  const { terms, baseline, effective, schedule } = buildStaticTerms(world, scenario, seed, graph);
  const N = graph.N;
  const K = coefficients.K;
  const reward = initialReward(N, K, scenario.levers.reward, schedule.rewardScope);
  for (let idx = 0; idx < N * K; idx++) terms.cell[CELL_STRIDE * idx + CELL_REWARD] = reward[idx];
  const state = createKernelState(graph, K, seed, reward);
  // one object literal of the four parts: the kernel's fields, read through one hidden class
  const kernel: Kernel = { ...graph, ...coefficients, ...terms, ...state };
  rebuildCalendar(kernel.cal, 0); // every cell is due at tick 0 (unscheduled)
  return { kernel, baseline, effective, mandates: schedule.mandates };
}
