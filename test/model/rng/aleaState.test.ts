/** The kernel's inlined alea is seedrandom's alea: same sequence, same state. */
import { describe, expect, it } from 'vitest';
import { createStream } from '../../../src/model/index.ts';
import { aleaNext, aleaState, aleaToRngState } from '../../../src/model/rng/aleaState.ts';

describe('alea state', () => {
  it('produces the same numbers as seedrandom.alea and resumes from a saved state', () => {
    const ref = createStream(42, 'transitions');
    const a = aleaState(42, 'transitions');
    for (let j = 0; j < 1000; j++) expect(aleaNext(a)).toBe(ref());
    const resumed = createStream(42, 'transitions', aleaToRngState(a));
    expect(resumed()).toBe(aleaNext(a));
  });
  it('streams of one seed differ by name', () => {
    expect(createStream(1, 'a')()).not.toBe(createStream(1, 'b')());
  });
});
