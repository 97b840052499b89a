/** The simulation service (docs/implementation-notes.md, "Architecture"): the worker-facing API and its message types. */
export { createSimulationService, MAX_SEED, type SimulationServiceOptions } from './simulationService.ts';
export { fetchTextLoader } from './loader.ts';
export { PersistenceTracker } from './persistenceTracker.ts';
export type * from './types.ts';
export { MAX_SCENARIO_BYTES, parseScenarioText, ScenarioTextError } from './scenarioText.ts';
export { exportCsv, exportScenarioJson, stageTable } from './exports.ts';
