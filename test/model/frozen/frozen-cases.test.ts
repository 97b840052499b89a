import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allCases } from './frozenCases.ts';

// The frozen cases (frozenCases.ts): every preset at two seeds and the rich synthetic scenario at
// eight, each run to its horizon, against digests committed in frozen-cases.json. Regenerate them —
// only in a commit that changes the model on purpose, saying which cases moved and why — with
// `npx tsx test/model/frozen/regenerate.ts`.
const expected = JSON.parse(readFileSync(new URL('./frozen-cases.json', import.meta.url), 'utf8')) as Record<string, string>;

describe('frozen cases', () => {
  it('every case gives its committed event-log hash and final-state digest, bit for bit', () => {
    const actual = allCases();
    expect(Object.keys(actual)).toEqual(Object.keys(expected));
    const moved = Object.keys(expected).filter((name) => actual[name] !== expected[name]);
    expect(moved, `cases whose results moved: ${moved.join(', ')}`).toEqual([]);
  }, 240_000);
});
