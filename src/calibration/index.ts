/**
 * The calibration layer's table of contents: observed US state policy diffusion (SPID) read into
 * histories, the patterns the model is compared with, and the ABC-SMC engine with the simulators
 * `idlab calibrate` fits. Pure: text and parsed JSON in, numbers out.
 */
export { spidHistories, SpidFormatError, SPID_POLICIES_FILE, SPID_METADATA_FILE, type SpidPolicy } from './spidHistories.ts';
export { US_STATES, US_STATE_INDEX, type UsState } from './usStates.ts';
export { csvRows, type CsvRow } from './csvRows.ts';
export { usStatesContiguity, type Contiguity } from './usStatesContiguity.ts';
export { observedPolicies, OBSERVED_SELECTIONS, SPID_DATA_END, type PolicySelection } from './observedPolicies.ts';
export { quantile, quartiles, type Quartiles } from './quartiles.ts';
export { yearsToShare } from './yearsToShare.ts';
export { policyBassFit } from './policyBassFit.ts';
export { tiedAdoptionShare } from './tiedAdoptionShare.ts';
export { splitHalfInnovativeness, normalizedAdoptionRanks, innovativenessScores } from './splitHalfInnovativeness.ts';
export { pearson } from './pearson.ts';
export { neighbourClustering, type NeighbourClustering } from './neighbourClustering.ts';
export { neighbourEventHistory, type NeighbourEventHistory } from './neighbourEventHistory.ts';
export { fitLogistic, GroupedData, type Group, type LogisticFit } from './logisticFit.ts';
export { shareReaching } from './shareReaching.ts';
export { shareDormant } from './shareDormant.ts';
export { usPoliciesSimulator, usPolicySimulator, usPolicySettings, usPolicyParameters, US_POLICY_PARAMETERS, US_POLICY_CALIBRATED, US_POLICY_DEFAULTS, type UsPolicySettings } from './usPolicySimulator.ts';
export { US_POLICY_STATISTICS, usPolicySummaries, type UsPolicySummaryOptions } from './usPolicySummaries.ts';
export { firstAdoptionTicks, simulatedPolicy, usStatesOrder, worldContiguity } from './usPolicyHistories.ts';
export { usPolicyCalibrationFile, US_POLICY_ENGINE_OPTIONS, type UsPolicyCalibrationFile } from './usPolicyCalibrationFile.ts';
export { usPolicyHoldoutPlan } from './usPolicyHoldout.ts';
export { posteriorPredictive, posteriorPredictiveDraws, type WeightedTheta } from './posteriorPredictive.ts';
export { predictiveSummary, type PredictiveSummaryRow } from './predictiveSummary.ts';
export { weightedQuantile } from './weightedQuantile.ts';
export { calibrationReport, type CalibrationReportInput } from './report/calibrationReport.ts';
export { parameterSummary, IDENTIFICATION_CUTS, type ParameterSummary } from './report/parameterSummary.ts';
export { posteriorParticles } from './posteriorParticles.ts';
export { predictiveCheck, shareInside, type PredictiveRow } from './predictiveCheck.ts';
export {
  abcCandidate,
  abcDistance,
  AbcSmcError,
  ABC_SMC_DEFAULTS,
  commitGeneration,
  continueAbcSmc,
  GenerationRun,
  runAbcSmc,
  simulationsSpent,
  startAbcSmc,
  stateFromJson,
  stopReason,
  summaryScales,
  weightedMoments,
  type AbcSmcOptions,
  type AbcSmcState,
  type Candidate,
  type Evaluate,
  type GenerationResult,
  type Particle,
  type Prior,
  type Simulator,
  type StopReason,
} from './abcSmc.ts';
export { resolveCalibration, planSimulator, CALIBRATION_DEFAULTS, PREDICTIVE_DEFAULTS, type CalibrationPlan, type PredictiveOptions } from './abcSmcPlan.ts';
export { SIMULATORS, type CalibrationSimulator, type SimulatorContext, type SimulatorFactory, type SimulatorParameter } from './simulators.ts';
export { schemaParameter } from './schemaParameter.ts';
export { bassCurveSimulator, BASS_CURVE_STATISTICS } from './bassCurveSimulator.ts';
