/** The browser side of comparisons (the UI and workers may import it; no Node APIs here). */
export { createCompareService, type CompareServiceOptions } from './compareService.ts';
export { runComparisonInBrowser, type BaselineRuns, type BrowserComparison, type BrowserComparisonOptions } from './runComparisonInBrowser.ts';
export { CompareArmError, resolveArm } from './resolveArms.ts';
export type { CompareArmSource, CompareInitRequest, CompareInitResult, CompareService, CompareTaskResult } from './types.ts';
export { CompareError, pairSeed } from '../comparePlan.ts';
export { adoptionProbability, adoptionProbabilityDifference } from '../adoptionProbability.ts';
export { COMPARE_KPIS, betterSign } from '../compareKpis.ts';
export { COMPARE_SERIES } from '../executeCompareRun.ts';
