/** A point of a design: one value per factor (in factor order) and, except for grids, its unit coordinates. */
import type { FactorValue } from '../types.ts';

export interface DesignPoint {
  values: FactorValue[];
  /** coordinates in [0, 1]^d the values were mapped from; null for a grid */
  u: number[] | null;
}
