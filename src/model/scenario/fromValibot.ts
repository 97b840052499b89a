/**
 * Turns valibot's issues into our one-line problems: `invalid <path>: <value> (<allowed>)`,
 * `missing <path> (<what>)`, `unknown key <path> (did you mean "<key>"?)`. Union schemas (the
 * world variant) nest their issues; the innermost ones name the field.
 */
import type * as v from 'valibot';
import { REQUIRED_KEY, UNKNOWN_KEY } from './objectSchema.ts';
import { formatPath, invalid, missing, type PathItem, type ScenarioIssue } from './issues.ts';
import { didYouMean } from './suggest.ts';

export function issuesFromValibot(issues: readonly v.BaseIssue<unknown>[], prefix: readonly PathItem[] = []): ScenarioIssue[] {
  const out: ScenarioIssue[] = [];
  const seen = new Set<string>();
  for (const issue of issues) {
    const converted = convert(issue, prefix);
    if (!seen.has(converted.message)) {
      seen.add(converted.message);
      out.push(converted);
    }
  }
  return out;
}

function convert(issue: v.BaseIssue<unknown>, prefix: readonly PathItem[]): ScenarioIssue {
  const path: PathItem[] = [...prefix, ...(issue.path ?? []).map((item) => item.key as PathItem)];
  const message = issue.message;
  if (message.startsWith(UNKNOWN_KEY)) {
    const key = String(path[path.length - 1]);
    const known = message.slice(UNKNOWN_KEY.length).split('|');
    const suggestion = didYouMean(key, known);
    const p = formatPath(path);
    const hint = suggestion ? `did you mean "${suggestion}"?` : `known keys: ${known.join(', ')}`;
    return { path: p, message: `unknown key ${p} (${hint})` };
  }
  if (message.startsWith(REQUIRED_KEY)) return missing(path, message.slice(REQUIRED_KEY.length));
  if (issue.input === undefined) return missing(path, message);
  return invalid(path, issue.input, message);
}
