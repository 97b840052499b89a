/**
 * Problems and notes about a scenario, and the error that carries them. Every problem names the
 * field path (`innovations[0].events[1].year`), the value and what is allowed, in one line:
 *   invalid params.q: -1 (allowed 0–2 per year)
 * Notes are for values that are allowed but outside the plausible range, or that will not do what
 * their author may expect (an event after the end of the run).
 */

/** One problem or note: a field path ("params.q", "innovations[0].id"; "scenario" for the root). */
export interface ScenarioIssue {
  path: string;
  message: string;
}

/** A note has the same shape as a problem; it does not stop the run. */
export type ScenarioNote = ScenarioIssue;

/** Thrown by resolveScenario when a scenario cannot be run. `message` is one problem per line. */
export class ScenarioError extends Error {
  readonly issues: readonly ScenarioIssue[];
  constructor(issues: readonly ScenarioIssue[]) {
    super(issues.map((i) => i.message).join('\n'));
    this.name = 'ScenarioError';
    this.issues = issues;
  }
}

export type PathItem = string | number;

/** ["innovations", 0, "id"] → "innovations[0].id"; [] → "scenario". */
export function formatPath(path: readonly PathItem[]): string {
  let out = '';
  for (const item of path) {
    if (typeof item === 'number') out += `[${item}]`;
    else out += out === '' ? item : `.${item}`;
  }
  return out === '' ? 'scenario' : out;
}

const MAX_VALUE_TEXT = 60;

/** A value as a message shows it: numbers as JS prints them, strings quoted, long things shortened. */
export function formatValue(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) {
    const text = safeJson(value);
    return text.length <= MAX_VALUE_TEXT ? text : `[array of ${value.length}]`;
  }
  const text = safeJson(value);
  return text.length <= MAX_VALUE_TEXT ? text : `${text.slice(0, MAX_VALUE_TEXT - 1)}…`;
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

/** `invalid <path>: <value> (<allowed>)` */
export function invalid(path: readonly PathItem[], value: unknown, allowed: string): ScenarioIssue {
  const p = formatPath(path);
  return { path: p, message: `invalid ${p}: ${formatValue(value)} (${allowed})` };
}

/** `missing <path> (<what is required>)` */
export function missing(path: readonly PathItem[], required: string): ScenarioIssue {
  const p = formatPath(path);
  return { path: p, message: `missing ${p} (${required})` };
}
