/**
 * The one seed contract: a seed is an integer 0 … MAX_SEED (2⁵³ − 1). Runs name their random
 * streams by the seed's decimal text (`${seed}:transitions`), which is exact for every such integer,
 * so seeds above 2³² are neither truncated nor confused with others. A seed written as text (a link,
 * the levers panel) is decimal digits only: "1e3" or "7.0" would name a different text than the
 * seed, and digits beyond 2⁵³ would round to another seed.
 */
import * as v from 'valibot';
import { MAX_SEED } from './limits.ts';
import { integer } from './objectSchema.ts';

export { MAX_SEED };

/** What is allowed, for messages: "allowed integers 0–9007199254740991". */
export const SEED_TEXT = `allowed integers 0–${MAX_SEED}`;

/** The valibot schema of a seed (scenario files, sweep files, links). */
export const seedSchema = integer(0, MAX_SEED, SEED_TEXT);

/** Whether `value` is a seed. */
export function isSeed(value: unknown): value is number {
  return v.is(seedSchema, value);
}

/** A seed written as decimal digits → the seed; anything else (signs, exponents, fractions, too large) → undefined. */
export function parseSeedText(text: string): number | undefined {
  const t = text.trim();
  if (!/^[0-9]{1,16}$/.test(t)) return undefined;
  const seed = Number(t);
  return seed <= MAX_SEED ? seed : undefined;
}
