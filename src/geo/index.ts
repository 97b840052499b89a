/**
 * src/geo: the committed map files (public/data/, docs/map-data.md) → the China and us-states `World`s, plus projections.
 * Pure: works in Node and the browser; never fetches or reads files (callers pass text/objects in).
 */
export type { ChinaAdjacency, ChinaUnit, UsState, UsStatesData } from './types.ts';
export { parseCsv, type CsvRecord } from './csv.ts';
export { parseChinaUnits, UNIT_CSV_COLUMNS } from './parse-china-units.ts';
export { parseChinaAdjacency } from './parse-china-adjacency.ts';
export { buildChinaWorld, type ChinaWorldOptions } from './build-china-world.ts';
export { parseUsStates } from './parse-us-states.ts';
export { buildUsStatesWorld, usStateIndex, type UsStatesWorldOptions } from './build-us-states-world.ts';
export { aggregatePrefectures, type PrefectureAggregation } from './aggregate-prefectures.ts';
export { MUNICIPALITY_PROVINCES, prefectureUnitCode } from './prefecture-unit-code.ts';
export { ATTRIBUTE_NOISE_SD, ATTRIBUTE_PROXIES, chinaAttributes, type AttributeProxy } from './attributes.ts';
export { PREFECTURE_RANKS, prefectureRank, type PrefectureRank } from './prefecture-rank.ts';
export { AttributeOverrideError, parseAttributeOverridesCsv } from './parse-attribute-overrides.ts';
export {
  chinaConic,
  chinaProjection,
  MAIN_EXTENT,
  SOUTH_CHINA_SEA_INSET,
  southChinaSeaInset,
  usStatesPlane,
  type InsetLayout,
  type LonLatExtent,
} from './projection.ts';
export { chinaFeatures, provinceBorders, usStatesMap, type ChinaFeatures } from './topo-features.ts';
export { prefectureTopology } from './prefecture-topology.ts';
