/**
 * Checks a lesson file's value (already parsed from JSON): the schema (lessonSchema.ts), then the
 * rules that span fields (unique chapter ids; an open key the chapter also sets is fine). Every
 * problem is one line naming the field path, as scenario files' are:
 *   invalid chapters[1].run.runs: 1 (allowed whole numbers 2–200)
 */
import * as v from 'valibot';
import { issuesFromValibot } from '../scenario/fromValibot.ts';
import { invalid, type ScenarioIssue } from '../scenario/issues.ts';
import { structureIssues } from '../scenario/structureIssues.ts';
import { lessonFileSchema, type LessonFile } from './lessonSchema.ts';

export type LessonParse = { ok: true; lesson: LessonFile } | { ok: false; issues: ScenarioIssue[] };

export function parseLesson(value: unknown): LessonParse {
  const structural = structureIssues(value);
  if (structural.length > 0) return { ok: false, issues: structural };
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ok: false, issues: [atLesson(invalid([], value, 'expected an object'))] };
  const parsed = v.safeParse(lessonFileSchema, value);
  if (!parsed.success) return { ok: false, issues: issuesFromValibot(parsed.issues).map(atLesson) };
  const issues: ScenarioIssue[] = [];
  const seen = new Set<string>();
  parsed.output.chapters.forEach((chapter, i) => {
    if (seen.has(chapter.id)) issues.push(invalid(['chapters', i, 'id'], chapter.id, 'each chapter needs its own id'));
    seen.add(chapter.id);
  });
  // the schema's output is the file's shape (valibot types closed objects with a `never` rest index)
  return issues.length > 0 ? { ok: false, issues: issues.map(atLesson) } : { ok: true, lesson: parsed.output as unknown as LessonFile };
}

/** The scenario reporter calls the root "scenario"; here it is the lesson. */
function atLesson(issue: ScenarioIssue): ScenarioIssue {
  return issue.path === 'scenario' ? { path: 'lesson', message: issue.message.replace(/ scenario\b/, ' lesson') } : issue;
}
