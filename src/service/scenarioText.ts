import type { ScenarioFile } from '../model/scenario/types.ts';
import { parseJsonText, type JsonTextProblem } from '../model/scenario/parseJsonText.ts';

/**
 * Largest scenario file accepted from a user (bytes of UTF-8 text). Presets are 2–4 KB; a file
 * overriding five attributes of all 2,828 localities is about 400 KB — 1 MiB leaves room for that
 * and keeps a stray upload (a video, a database dump) from being read at all. The page checks the
 * file's size before reading it; the service checks the text again (it may be called directly).
 */
export const MAX_SCENARIO_BYTES = 1 << 20;

/** An uploaded scenario that cannot be read: the problems, one per line, for the user. */
export class ScenarioTextError extends Error {
  constructor(
    readonly issues: readonly string[],
    /** the text's JSON problems as data (kind, line, column, path), so the app can say them in its language */
    readonly json?: readonly JsonTextProblem[],
  ) {
    super(issues.join('\n'));
    this.name = 'ScenarioTextError';
  }
}

/**
 * The text of an uploaded scenario file → the scenario object, or a ScenarioTextError naming what
 * is wrong: too large, not JSON (with line, column and reason), nested too deep, a reserved key
 * (`__proto__` …), or not a JSON object (parseJsonText). Validation of
 * the content is resolveScenario's (the one schema).
 */
export function parseScenarioText(text: string, name = 'scenario file'): ScenarioFile {
  if (typeof text !== 'string') throw new ScenarioTextError([`invalid ${name}: expected text`]);
  const bytes = utf8Length(text);
  if (bytes > MAX_SCENARIO_BYTES) {
    throw new ScenarioTextError([`${name} too large: ${bytes} bytes (allowed at most ${MAX_SCENARIO_BYTES} bytes)`]);
  }
  const parsed = parseJsonText(text);
  if (!parsed.ok) {
    throw new ScenarioTextError(
      parsed.problems.map((p) => (p.kind === 'syntax' ? `${name} is not valid JSON: line ${p.line}, column ${p.column}: ${p.reason}` : `${name}: ${p.message}`)),
      parsed.problems,
    );
  }
  const value = parsed.value;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    const what = value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value;
    throw new ScenarioTextError([`invalid scenario: ${what} (expected a JSON object such as {"extends": "fengqiao"})`]);
  }
  return value as ScenarioFile;
}

/** Bytes of the UTF-8 encoding of a string, without allocating it. */
export function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}
