/**
 * `npm run docs`: regenerates the files derived from the parameter table and the presets —
 * public/schema/scenario.schema.json, public/schema/lesson.schema.json, public/scenarios/index.json and the parameter tables in
 * docs/model.md. Tests fail when a committed copy differs from what this writes.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { scenarioJsonSchema } from '../../src/model/scenario/jsonSchema.ts';
import { lessonJsonSchema } from '../../src/model/lessons/lessonJsonSchema.ts';
import { presetIndexJson, PRESETS_DIR } from './presets.ts';
import { withParamsTable } from './params-table.ts';

export const SCHEMA_PATH = 'public/schema/scenario.schema.json';
export const LESSON_SCHEMA_PATH = 'public/schema/lesson.schema.json';
export const MODEL_DOC_PATH = 'docs/model.md';

export function schemaFileText(): string {
  return `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`;
}

export function lessonSchemaFileText(): string {
  return `${JSON.stringify(lessonJsonSchema(), null, 2)}\n`;
}

function write(root: string, path: string, text: string): void {
  const full = join(root, path);
  mkdirSync(dirname(full), { recursive: true });
  writeFileSync(full, text);
  process.stdout.write(`wrote ${path}\n`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
  write(root, SCHEMA_PATH, schemaFileText());
  write(root, LESSON_SCHEMA_PATH, lessonSchemaFileText());
  write(root, join(PRESETS_DIR, 'index.json'), presetIndexJson(root));
  const doc = readFileSync(join(root, MODEL_DOC_PATH), 'utf8');
  write(root, MODEL_DOC_PATH, withParamsTable(doc));
}
