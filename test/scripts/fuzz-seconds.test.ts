import { describe, expect, it } from 'vitest';
import { CI_FUZZ_SECONDS, fuzzSeconds, LOCAL_FUZZ_SECONDS } from '../support/fuzzSeconds.ts';

describe('fuzzSeconds (how long the UI fuzz in npm test runs)', () => {
  it('runs the full 60 s on CI and briefly elsewhere', () => {
    expect(fuzzSeconds({ CI: 'true' })).toBe(CI_FUZZ_SECONDS);
    expect(fuzzSeconds({ CI: '1' })).toBe(60);
    expect(fuzzSeconds({})).toBe(LOCAL_FUZZ_SECONDS);
    expect(fuzzSeconds({ CI: 'false' })).toBe(LOCAL_FUZZ_SECONDS);
    expect(LOCAL_FUZZ_SECONDS).toBeLessThan(CI_FUZZ_SECONDS);
  });

  it('takes IDL_FUZZ_SECONDS over both, and refuses a value that is not a positive number', () => {
    expect(fuzzSeconds({ CI: 'true', IDL_FUZZ_SECONDS: '5' })).toBe(5);
    expect(fuzzSeconds({ IDL_FUZZ_SECONDS: '300' })).toBe(300);
    expect(() => fuzzSeconds({ IDL_FUZZ_SECONDS: 'ten' })).toThrow(/IDL_FUZZ_SECONDS: "ten"/);
    expect(() => fuzzSeconds({ IDL_FUZZ_SECONDS: '-1' })).toThrow(/not a positive number/);
  });
});
