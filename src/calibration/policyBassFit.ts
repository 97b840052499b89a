/**
 * The Bass p and q (per year) of one policy's adoption history: the model's fitBass on the share of
 * its eventual adopters that had adopted by the end of each year, from the year before the first
 * adoption (share 0) to the data's end — years with no adoption after the last one count too. Eventual
 * adopters stand for the market potential m, so p and q describe the timing, not the reach.
 */
import { fitBass, type BassFit } from '../model/index.ts';
import { SPID_DATA_END } from './observedPolicies.ts';
import type { SpidPolicy } from './spidHistories.ts';

export function policyBassFit(policy: SpidPolicy, endYear: number = SPID_DATA_END): BassFit | null {
  const start = policy.firstYear - 1;
  const span = endYear - start + 1;
  const t = new Float64Array(span);
  const f = new Float64Array(span);
  for (let j = 0; j < span; j++) {
    let adopted = 0;
    for (const y of policy.years) if (y !== null && y <= start + j) adopted++;
    t[j] = j;
    f[j] = adopted / policy.adopters;
  }
  return fitBass(t, f);
}
