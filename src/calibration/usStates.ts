/**
 * The 50 US states as SPID names them (`statenam`), with their two-letter USPS codes and two-digit
 * FIPS state codes (FIPS 5-2, as us-atlas keys its features). The District of Columbia and the
 * territories are not in SPID and not here. Alphabetical by name, which is also SPID's order (and the
 * FIPS order of the geo layer's table they come from).
 */
import { DC_FIPS, STATE_TABLE } from '../geo/us-state-table.ts';

export interface UsState {
  /** the full name, as in SPID's `statenam` column */
  name: string;
  /** USPS two-letter code */
  usps: string;
  /** FIPS 5-2 state code, two digits */
  fips: string;
}

export const US_STATES: readonly UsState[] = STATE_TABLE.filter((r) => r.fips !== DC_FIPS).map(({ name, usps, fips }) => ({ name, usps, fips }));

/** Index of each state in US_STATES by its SPID name. */
export const US_STATE_INDEX: ReadonlyMap<string, number> = new Map(US_STATES.map((s, i) => [s.name, i]));
