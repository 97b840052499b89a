/**
 * The lesson file format as JSON Schema (draft-07), generated from the valibot schema
 * (lessonSchema.ts) as the scenario's is; published as public/schema/lesson.schema.json (`npm run
 * docs`), and a test keeps the committed file equal to this function's output. Unique chapter ids
 * are checked by parseLesson, not here.
 */
import { toJsonSchema } from '@valibot/to-json-schema';
import { tidyJsonSchema } from '../scenario/jsonSchema.ts';
import { lessonFileSchema } from './lessonSchema.ts';

type Json = { [key: string]: unknown };

export function lessonJsonSchema(): Json {
  const raw = tidyJsonSchema(toJsonSchema(lessonFileSchema, { errorMode: 'throw' })) as Json;
  const { $schema, ...rest } = raw;
  return {
    $schema,
    title: 'Innovation Diffusion Lab lesson · 创新扩散实验室课程',
    description:
      'A guided lesson: chapters, each on one preset and seed, with a predict step (curve, year or where), a run step (one run or an ensemble), a question to explain, a teacher tip and the theory, in English and Chinese.',
    ...rest,
  };
}
