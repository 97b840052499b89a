/**
 * Median and quartiles of a sample by the (n + 1)p rule (src/model/metrics/quantile.ts). The
 * validation figures use it throughout.
 */
import { quantile } from '../model/metrics/quantile.ts';

export { quantile };

export interface Quartiles {
  median: number;
  /** 25th percentile */
  q1: number;
  /** 75th percentile */
  q3: number;
}

export function quartiles(values: readonly number[]): Quartiles {
  return { median: quantile(values, 0.5), q1: quantile(values, 0.25), q3: quantile(values, 0.75) };
}
