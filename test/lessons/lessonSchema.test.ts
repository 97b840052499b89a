import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseLesson } from '../../src/model/lessons/parseLesson.ts';
import { resolveScenario } from '../../src/model/scenario/resolve.ts';
import { LESSON_SCHEMA_PATH, lessonSchemaFileText } from '../../scripts/docs/generate.ts';

const ROOT = resolve(__dirname, '../..');
const LESSONS = join(ROOT, 'public/lessons');
const read = (file: string) => JSON.parse(readFileSync(join(LESSONS, file), 'utf8'));
const preset = (id: string) => JSON.parse(readFileSync(join(ROOT, 'public/scenarios', `${id}.json`), 'utf8'));

describe('lesson files', () => {
  const files = readdirSync(LESSONS).filter((f) => f.endsWith('.json'));

  it('every shipped lesson is valid, named after its file, and its chapters run: known presets, lever settings the scenario accepts, one innovation', () => {
    expect(files).toContain('diffusion-basics.json');
    for (const file of files) {
      const parsed = parseLesson(read(file));
      if (!parsed.ok) throw new Error(`${file}: ${parsed.issues.map((i) => i.message).join('; ')}`);
      expect(`${parsed.lesson.id}.json`).toBe(file);
      for (const c of parsed.lesson.chapters) {
        expect(existsSync(join(ROOT, 'public/scenarios', `${c.preset}.json`)), `${file} ${c.id}: preset ${c.preset}`).toBe(true);
        const scenario = resolveScenario({ extends: c.preset, levers: c.levers ?? {}, params: c.params ?? {} }, { loadPreset: preset });
        expect(scenario.innovations, `${file} ${c.id}`).toHaveLength(1);
        // the where step needs a map of provinces
        if (c.predict.kind === 'where') expect(scenario.world.kind, `${file} ${c.id}`).toBe('china');
      }
    }
  });

  it('the 45-minute lesson has five chapters whose times add up to 45 minutes, with every step kind', () => {
    const parsed = parseLesson(read('diffusion-basics.json'));
    if (!parsed.ok) throw new Error('invalid');
    const chapters = parsed.lesson.chapters;
    expect(chapters).toHaveLength(5);
    expect(chapters.reduce((sum, c) => sum + c.minutes, 0)).toBe(45);
    expect(new Set(chapters.map((c) => c.predict.kind))).toEqual(new Set(['curve', 'year', 'where']));
    expect(chapters.at(-1)!.run.kind).toBe('ensemble');
  });

  it('rejects a bad file with one line per problem naming the field path', () => {
    const bad = read('diffusion-basics.json');
    bad.chapters[0].open = ['rewrd'];
    bad.chapters[1].run = { kind: 'ensemble', runs: 1 };
    bad.chapters[2].predict.kind = 'map';
    delete bad.chapters[3].tip;
    bad.chapters[4].levers = { transfer: 5 };
    bad.extra = 1;
    const parsed = parseLesson(bad);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.issues.map((i) => i.message)).toEqual([
      'invalid chapters[0].open[0]: "rewrd" (expected the key of a lever or an assumption, such as "reward" or "q")',
      'invalid chapters[1].run.runs: 1 (allowed whole numbers 2–200)',
      'invalid chapters[2].predict.kind: "map" (allowed kind "curve", "year" or "where")',
      'missing chapters[3].tip (a tip for the teacher)',
      'invalid chapters[4].levers.transfer: 5 (allowed 0–1 added to the attribute (0–1))',
      'unknown key extra (known keys: $schema, id, title, summary, chapters)',
    ]);
    expect(parsed.issues.map((i) => i.path)).toEqual(['chapters[0].open[0]', 'chapters[1].run.runs', 'chapters[2].predict.kind', 'chapters[3].tip', 'chapters[4].levers.transfer', 'extra']);
  });

  it('rejects two chapters with one id, a curve step without its years, and a file that is not an object', () => {
    const bad = read('diffusion-basics.json');
    bad.chapters[1].id = bad.chapters[0].id;
    expect(parseLesson(bad)).toEqual({ ok: false, issues: [{ path: 'chapters[1].id', message: 'invalid chapters[1].id: "s-curve" (each chapter needs its own id)' }] });
    const noStep = read('diffusion-basics.json');
    delete noStep.chapters[0].predict.everyYears;
    expect(parseLesson(noStep)).toEqual({ ok: false, issues: [{ path: 'chapters[0].predict.everyYears', message: 'missing chapters[0].predict.everyYears (years between two points of the curve)' }] });
    expect(parseLesson([1])).toEqual({ ok: false, issues: [{ path: 'lesson', message: 'invalid lesson: [1] (expected an object)' }] });
  });

  it('its JSON Schema is committed up to date in public/schema (regenerate with npm run docs), and names every field', () => {
    expect(readFileSync(join(ROOT, LESSON_SCHEMA_PATH), 'utf8')).toBe(lessonSchemaFileText());
    const schema = JSON.parse(lessonSchemaFileText());
    expect(schema.additionalProperties).toBe(false);
    expect(Object.keys(schema.properties.chapters.items.properties)).toEqual(['id', 'title', 'minutes', 'goal', 'preset', 'seed', 'levers', 'params', 'open', 'predict', 'run', 'explain', 'tip', 'theory']);
  });
});
