/**
 * How long the UI fuzz runs, in seconds: `IDL_FUZZ_SECONDS` when set; otherwise the full 60 s on CI
 * (`CI` set to anything but "" / "0" / "false", as CI services do) and a brief 10 s elsewhere, so that
 * a developer's `npm test` stays quick while CI keeps the long search for crashes.
 */
export const CI_FUZZ_SECONDS = 60;
export const LOCAL_FUZZ_SECONDS = 10;

export function fuzzSeconds(env: Readonly<Record<string, string | undefined>>): number {
  const given = env.IDL_FUZZ_SECONDS;
  if (given !== undefined && given.trim() !== '') {
    const seconds = Number(given);
    if (!Number.isFinite(seconds) || seconds <= 0) {
      throw new Error(`IDL_FUZZ_SECONDS: ${JSON.stringify(given)} is not a positive number of seconds`);
    }
    return seconds;
  }
  const ci = (env.CI ?? '').trim().toLowerCase();
  return ci !== '' && ci !== '0' && ci !== 'false' ? CI_FUZZ_SECONDS : LOCAL_FUZZ_SECONDS;
}
