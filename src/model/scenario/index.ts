/** Scenarios: the file format, resolution (extends, defaults, validation), digest and JSON Schema. */
export type {
  Scope,
  EventType,
  EventLevel,
  ScenarioEvent,
  Innovation,
  InnovationInput,
  AttributeOverride,
  WorldSpec,
  LeverScopes,
  ScenarioFile,
  ResolvedScenario,
} from './types.ts';
export { resolveScenario, resolveScenarioWithNotes, type ResolveOptions, type Resolution } from './resolve.ts';
export { ScenarioError, formatPath, formatValue, type ScenarioIssue, type ScenarioNote } from './issues.ts';
export { deepMerge, applyExtends } from './merge.ts';
export { tickCount } from './checks.ts';
export { scenarioWorldIssues } from './worldChecks.ts';
export { canonicalJson } from './canonicalJson.ts';
export { scenarioDigest } from './digest.ts';
export { scenarioFileSchema } from './fileSchema.ts';
export { scenarioJsonSchema } from './jsonSchema.ts';
export { EVENT_TYPES, EVENT_LEVELS } from './innovationSchema.ts';
export { WORLD_KINDS } from './worldSchema.ts';
export { DEFAULT_TIME, DEFAULT_META } from './defaults.ts';
export * as limits from './limits.ts';
export { parseJsonText, MAX_JSON_DEPTH, RESERVED_KEYS, type JsonTextProblem, type JsonTextResult } from './parseJsonText.ts';
export { MAX_SEED, SEED_TEXT, seedSchema, isSeed, parseSeedText } from './seedSchema.ts';
