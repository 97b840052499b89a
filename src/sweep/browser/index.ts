/** The browser side of sweeps (docs/implementation-notes.md, "Architecture": the UI may import the browser pool; no Node APIs here). */
export { createSweepService, type SweepServiceOptions } from './sweepService.ts';
export type { SweepInitRequest, SweepInitResult, SweepRunResult, SweepService, SweepServiceError } from './types.ts';
export { runSweepPool, SWEEP_SILENCE_MS, SweepPoolError, type SweepPoolOptions, type SweepPoolResult, type SweepRestart, type SweepWorker, type PoolService } from './runSweepPool.ts';
export { planSweep, type PlannedSweep, type PlanOutcome, type PresetSource } from './planSweep.ts';
export { planTask } from './planTask.ts';
export { defaultFactor, factorPath, numericParameters, panelSweepFile, PANEL_MORRIS_LEVELS, type PanelChoice, type PanelFactor } from './panelSweepFile.ts';
export { recordsInRunOrder, resultsParquet, resultsText, sweepFileName, sweepFileText, type ResultsFormat } from './sweepExports.ts';
