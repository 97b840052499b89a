/**
 * The model's public API (the table of contents, explicit exports). Pure kernel: no DOM,
 * workers, fetch or Node APIs — runs unchanged in Vitest, a worker and the CLI.
 *
 *   const world = createSyntheticWorld(scenario.world)      // or buildChinaWorld(...) from src/geo
 *   const sim = createSimulation(world, scenario, seed)      // row 0 = initial state
 *   sim.tick(12)                                             // synchronous; never past totalTicks
 *   sim.stage[k * sim.n + i]; sim.metrics.column('active', k); sim.events.get(j); sim.summary()
 */

// — world —
export { REGIONS, URBAN_TYPES, ATTRIBUTES, degree, codeIndex } from './world.ts';
export type { World, WorldKind, Province, Prefecture, RegionId, UrbanTypeId, AttributeId } from './world.ts';
export { createLatticeWorld, type LatticeOptions } from './worlds/lattice.ts';
export { createMixedWorld, type MixedOptions } from './worlds/mixed.ts';
export { createSyntheticWorld } from './worlds/syntheticWorld.ts';
export { applyAttributeOverrides } from './worlds/attributeOverrides.ts';

// — parameters and scenarios (schema, resolution, digest) —
export * from './params/index.ts';
export * from './scenario/index.ts';
export { APP_VERSION } from './version.ts';

// — simulation —
export { createSimulation } from './simulation/createSimulation.ts';
export type { Simulation, SimulationOptions, Checkpoint } from './simulation/types.ts';
export {
  STAGE_IDS,
  STAGE_COUNT,
  NONE,
  LEARNING,
  ADAPTING,
  INSTITUTIONALIZED,
  OPTIMIZING,
  FORMAL,
  TERMINATED,
  isActive,
  FLAG_EVER,
  FLAG_SHOW,
  FLAG_NAMED,
  FLAG_DEMO,
  type StageId,
} from './simulation/stages.ts';
export { resolveScope } from './simulation/resolveScope.ts';
export { tickOf, ENDORSEMENT_LEVEL, DOCUMENT_REWARD } from './simulation/schedule.ts';

// — outputs —
export { EventLog, type LogEntry, type EventColumns } from './events/eventLog.ts';
export { CHANNEL_IDS, NO_SOURCE, type ChannelId } from './events/channels.ts';
export { hashEventLog } from './events/hashEventLog.ts';
export { MetricTable } from './metrics/metricTable.ts';
export { REPORTERS, type Reporter } from './metrics/reporters.ts';
export { PERSISTENCE_YEARS, PROVINCE_ACTIVE_SHARE, type Summary, type InnovationSummary } from './metrics/summary.ts';
export { fitBass, bassCurve, type BassFit } from './metrics/bassFit.ts';
export { kaplanMeier } from './metrics/kaplanMeier.ts';
export { moransI } from './metrics/moransI.ts';
export { gini } from './metrics/gini.ts';
export { checkInvariants } from './metrics/invariants.ts';

// — randomness —
export { createStream, STREAM_NAMES, type Stream, type RngState, type StreamName } from './rng/stream.ts';
