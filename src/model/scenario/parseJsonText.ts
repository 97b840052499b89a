/**
 * The one way a user's JSON text (a scenario or sweep file, from the CLI or the app's Import) becomes
 * a value. On top of JSON.parse it
 *   - accepts a UTF-8 byte-order mark (editors on Windows write one; JSON.parse rejects it);
 *   - refuses nesting deeper than MAX_JSON_DEPTH levels before parsing, with line, column and path:
 *     the scenario format needs 6 levels, and a 5,000-level file would otherwise overflow the stack
 *     of whatever walks the value next (validation, merging, error messages);
 *   - reports the keys "__proto__", "constructor" and "prototype" (with line, column and path)
 *     instead of letting them be dropped silently by schema validation or turn into an object's
 *     prototype when merged;
 *   - on invalid JSON, names the line, column and reason (jsonSyntax.ts).
 * The depth and key scan is iterative (no recursion), so no input can overflow the stack.
 */
import { findJsonError, lineColumn } from './jsonSyntax.ts';
import { formatPath, type PathItem } from './issues.ts';

/** Levels of nested objects and arrays a JSON input may have (a scenario file uses at most 6). */
export const MAX_JSON_DEPTH = 64;

/** Keys that name JavaScript's object machinery, never data: reported, not dropped. */
export const RESERVED_KEYS: readonly string[] = ['__proto__', 'constructor', 'prototype'];
/** Why a reserved key is refused (parseJsonText and structureIssues.ts). */
export const RESERVED_KEY_REASON = '"__proto__", "constructor" and "prototype" are not allowed as keys';

/** Reserved keys reported at most (each is one line; more add nothing). */
const MAX_KEY_PROBLEMS = 20;

export type JsonTextProblemKind = 'syntax' | 'depth' | 'reserved-key';

/** One problem with a JSON text; positions are 1-based, counted after a byte-order mark. */
export interface JsonTextProblem {
  kind: JsonTextProblemKind;
  line: number;
  column: number;
  /** field path ("params.q", "innovations[0]"); "scenario" for the root */
  path: string;
  /** the syntax error's reason ("unexpected '}', …"), or what is wrong */
  reason: string;
  /** one line for the user, without the file's name: "invalid JSON at line 3, column 26: …" */
  message: string;
}

export type JsonTextResult = { ok: true; value: unknown } | { ok: false; problems: JsonTextProblem[] };

/** Parses a user's JSON text; never throws. */
export function parseJsonText(text: string): JsonTextResult {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const scan = scanStructure(body);
  if (scan.tooDeep) return { ok: false, problems: [scan.tooDeep] };
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    const { line, column, reason } = findJsonError(body);
    return { ok: false, problems: [{ kind: 'syntax', line, column, path: 'scenario', reason, message: `invalid JSON at line ${line}, column ${column}: ${reason}` }] };
  }
  if (scan.reserved.length > 0) return { ok: false, problems: scan.reserved };
  return { ok: true, value };
}

interface Frame {
  array: boolean;
  /** the current member's key (objects) */
  key: string | undefined;
  /** the current element's index (arrays) */
  index: number;
  /** an object waiting for a key (after '{' or ',') */
  expectKey: boolean;
}

interface Scan {
  tooDeep?: JsonTextProblem;
  reserved: JsonTextProblem[];
}

/**
 * One pass over the text tracking brackets, keys and indices outside strings. It does not check the
 * syntax (JSON.parse does); on invalid JSON its findings are only used for the depth limit.
 */
function scanStructure(text: string): Scan {
  const stack: Frame[] = [];
  const reserved: JsonTextProblem[] = [];
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22 /* " */) {
      const end = stringEnd(text, i);
      const top = stack[stack.length - 1];
      if (top && !top.array && top.expectKey) {
        top.key = decodeKey(text.slice(i, end + 1));
        top.expectKey = false;
        if (RESERVED_KEYS.includes(top.key) && reserved.length < MAX_KEY_PROBLEMS) {
          const path = formatPath(currentPath(stack));
          const at = lineColumn(text, i);
          const reason = RESERVED_KEY_REASON;
          reserved.push({ kind: 'reserved-key', ...at, path, reason, message: `reserved key ${path} at line ${at.line}, column ${at.column} (${reason})` });
        }
      }
      i = end;
    } else if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      if (stack.length >= MAX_JSON_DEPTH) return { tooDeep: depthProblem(text, i, stack), reserved };
      stack.push({ array: c === 0x5b, key: undefined, index: 0, expectKey: c === 0x7b });
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
      stack.pop();
    } else if (c === 0x2c /* , */) {
      const top = stack[stack.length - 1];
      if (top?.array) top.index++;
      else if (top) top.expectKey = true;
    }
  }
  return { reserved };
}

/** Index of the quote closing the string that opens at `start` (or the end of the text). */
function stringEnd(text: string, start: number): number {
  let j = start + 1;
  for (;;) {
    j = text.indexOf('"', j);
    if (j < 0) return text.length - 1;
    let backslashes = 0;
    while (text.charCodeAt(j - 1 - backslashes) === 0x5c) backslashes++;
    if (backslashes % 2 === 0) return j;
    j++;
  }
}

function decodeKey(raw: string): string {
  try {
    const key = JSON.parse(raw) as unknown;
    return typeof key === 'string' ? key : raw;
  } catch {
    return raw.slice(1, -1);
  }
}

function currentPath(stack: readonly Frame[]): PathItem[] {
  const path: PathItem[] = [];
  for (const frame of stack) {
    if (frame.array) path.push(frame.index);
    else if (frame.key !== undefined) path.push(frame.key);
  }
  return path;
}

/** Path items shown of a too-deep path at each end (the middle is elided). */
const PATH_ENDS = 4;

function depthProblem(text: string, pos: number, stack: readonly Frame[]): JsonTextProblem {
  const items = currentPath(stack);
  const path =
    items.length <= 2 * PATH_ENDS + 1
      ? formatPath(items)
      : `${formatPath(items.slice(0, PATH_ENDS))}…${formatPath(items.slice(-PATH_ENDS)).replace(/^([^[])/, '.$1')}`;
  const at = lineColumn(text, pos);
  const reason = `nested more than ${MAX_JSON_DEPTH} levels deep (allowed at most ${MAX_JSON_DEPTH} levels of objects and arrays)`;
  return { kind: 'depth', ...at, path, reason, message: `too deeply nested JSON at line ${at.line}, column ${at.column}: ${path} is ${reason}` };
}
