/**
 * The shape problems of a scenario value that no schema sees: keys named `__proto__`,
 * `constructor` or `prototype` (schemas skip them and merging would turn `__proto__` into the
 * object's prototype, so they would vanish silently) and nesting deeper than MAX_JSON_DEPTH (the
 * recursive steps after it — merging, validation, messages — would overflow the stack). Text read
 * with parseJsonText is already free of both; this check covers values that reach resolveScenario
 * another way (a worker message, a program). Iterative: no input can overflow the stack here.
 */
import { formatPath, invalid, type PathItem, type ScenarioIssue } from './issues.ts';
import { MAX_JSON_DEPTH, RESERVED_KEY_REASON, RESERVED_KEYS } from './parseJsonText.ts';

/** Problems reported at most (each is one line). */
const MAX_ISSUES = 20;

/** A value and where it is: its key in its parent (a linked path, built into an array only for a problem). */
interface Node {
  value: unknown;
  key: PathItem | null;
  parent: Node | null;
  depth: number;
}

function pathOf(node: Node): PathItem[] {
  const path: PathItem[] = [];
  for (let n: Node | null = node; n && n.key !== null; n = n.parent) path.push(n.key);
  return path.reverse();
}

export function structureIssues(value: unknown): ScenarioIssue[] {
  const issues: ScenarioIssue[] = [];
  const stack: Node[] = [{ value, key: null, parent: null, depth: 0 }];
  while (stack.length > 0 && issues.length < MAX_ISSUES) {
    const node = stack.pop()!;
    const v = node.value;
    if (typeof v !== 'object' || v === null) continue;
    if (node.depth >= MAX_JSON_DEPTH) {
      issues.push(invalid(pathOf(node), Array.isArray(v) ? '[…]' : '{…}', `nested more than ${MAX_JSON_DEPTH} levels deep; allowed at most ${MAX_JSON_DEPTH} levels of objects and arrays`));
      continue;
    }
    const depth = node.depth + 1;
    if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push({ value: v[i], key: i, parent: node, depth });
      continue;
    }
    const keys = Object.keys(v);
    for (let j = keys.length - 1; j >= 0; j--) {
      const key = keys[j];
      const child: Node = { value: (v as Record<string, unknown>)[key], key, parent: node, depth };
      if (RESERVED_KEYS.includes(key)) {
        const p = formatPath(pathOf(child));
        issues.push({ path: p, message: `reserved key ${p} (${RESERVED_KEY_REASON})` });
      } else stack.push(child);
    }
  }
  return issues;
}
