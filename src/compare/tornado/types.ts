/**
 * The shapes of a tornado: every lever of the current scenario moved, one at a time, to the low and
 * to the high end of its plausible range (booleans and enums: to their values), each variant run
 * as the scenario arm of a paired comparison with the current scenario (same pair seeds; the
 * current scenario's runs are done once and shared). Plain data only (structured-clone safe).
 */
import type { Bilingual, ParamValue } from '../../model/params/index.ts';
import type { Band, BetterDirection, CompareKpiId } from '../types.ts';

/** A lever of the tornado and the two values it is moved to. */
export interface TornadoLever {
  /** the lever's key in scenario files (`levers.reward`) */
  key: string;
  /** the parameter table's plain-language label */
  label: Bilingual;
  /** its value in the current scenario */
  current: ParamValue;
  /** the low end of its plausible range (false for a switch, the first value of an enum) */
  low: ParamValue;
  /** the high end of its plausible range (true for a switch, the last value of an enum) */
  high: ParamValue;
}

/** One variant: a lever set to one of its ends, everything else as the current scenario. */
export interface TornadoVariant {
  key: string;
  side: 'low' | 'high';
  value: ParamValue;
}

/** Per pair (pair order) a KPI's value, per innovation id and KPI; NaN where undefined in that run. */
export type TornadoValues = Record<string, Record<CompareKpiId, Float64Array>>;

/**
 * What the runs of a tornado give, for every KPI and innovation at once (so the KPI shown can be
 * changed without running again): the current scenario's values and each lever's ends' values.
 */
export interface TornadoData {
  pairs: number;
  /** pair i's seed, for the current scenario and every variant */
  seeds: number[];
  /** the innovations kept, in the scenario's order */
  innovations: string[];
  current: TornadoValues;
  levers: (TornadoLever & {
    /** the variants' values; null where that end is the current value (the difference is then 0 in every pair) */
    values: { low: TornadoValues | null; high: TornadoValues | null };
  })[];
}

/** One lever's effect on the chosen KPI. */
export interface TornadoRow extends TornadoLever {
  /** KPI(low) − KPI(current), pair by pair: median and 10th/90th percentiles */
  lowDifference: Band;
  /** KPI(high) − KPI(current), pair by pair */
  highDifference: Band;
  /** KPI(high) − KPI(low), pair by pair */
  swingDifference: Band;
  /** |median of KPI(high) − KPI(low)|: what the ranking sorts by (NaN: undefined in every pair, ranked last) */
  swing: number;
  /** an interval of at least 95 % confidence for that median (order statistics; see medianInterval) */
  swingInterval: readonly [number, number];
  /** pairs in which the KPI is defined for both ends */
  pairs: number;
}

/** A tornado on one KPI of one innovation: rows sorted by swing, largest first. */
export interface TornadoResult {
  kpi: CompareKpiId;
  better: BetterDirection;
  innovation: string;
  pairs: number;
  seeds: number[];
  /** the KPI in the current scenario's runs */
  current: Band;
  rows: TornadoRow[];
}

/** Progress of a tornado: runs done of total (the current scenario's and each variant's, one per pair). */
export interface TornadoProgress {
  done: number;
  total: number;
}
