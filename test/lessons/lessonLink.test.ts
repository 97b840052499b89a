import { describe, expect, it } from 'vitest';
import { decodePrediction, encodePrediction, type PredictionFrame } from '../../src/ui/lessons/lessonLink.ts';
import { parseUrlState, serializeUrlState, type UrlState } from '../../src/ui/url/urlState.ts';
import type { LessonPredict } from '../../src/model/lessons/lessonSchema.ts';

const frame: PredictionFrame = { startYear: 2013, years: 15, provinceCodes: ['11', '32', '33'] };
const prompt = { en: '?', zh: '？' };
const curve: LessonPredict = { kind: 'curve', series: 'ever', everyYears: 3, prompt };
const year: LessonPredict = { kind: 'year', prompt };
const where: LessonPredict = { kind: 'where', prompt };

describe('a lesson link', () => {
  it('carries the lesson, the chapter and the prediction, and reads them back', () => {
    const state: UrlState = { presetId: 'grid', seed: 3, lang: 'zh-CN', lesson: 'diffusion-basics', chapter: 4, guess: 'y2016', levers: {}, params: {} };
    const query = serializeUrlState(state);
    expect(query).toBe('preset=grid&seed=3&lang=zh-CN&lesson=diffusion-basics&chapter=4&guess=y2016');
    expect(parseUrlState(`?${query}`)).toEqual({ state, warnings: [], repeats: [] });
  });

  it('round-trips each kind of prediction compactly (a curve in whole percents)', () => {
    const c = { kind: 'curve' as const, values: [0, 0.05, 0.2, 0.55, 0.9, 1] };
    expect(encodePrediction(c, frame)).toBe('c0.5.20.55.90.100');
    expect(decodePrediction('c0.5.20.55.90.100', curve, frame)).toEqual(c);
    const back = parseUrlState(`?${serializeUrlState({ lesson: 'l', chapter: 1, guess: encodePrediction(c, frame), levers: {}, params: {} })}`).state.guess!;
    expect(decodePrediction(back, curve, frame)).toEqual(c);
    expect(encodePrediction({ kind: 'year', year: 2020 }, frame)).toBe('y2020');
    expect(decodePrediction('y2020', year, frame)).toEqual({ kind: 'year', year: 2020 });
    expect(encodePrediction({ kind: 'where', province: 1 }, frame)).toBe('w32');
    expect(decodePrediction('w32', where, frame)).toEqual({ kind: 'where', province: 1 });
  });

  it('drops a prediction the chapter cannot use: another kind, a wrong number of points, a year outside the run, an unknown province', () => {
    expect(decodePrediction('y2020', curve, frame)).toBeNull();
    expect(decodePrediction('c0.5.20', curve, frame)).toBeNull();
    expect(decodePrediction('c0.5.20.55.90.101', curve, frame)).toBeNull();
    expect(decodePrediction('y2029', year, frame)).toBeNull();
    expect(decodePrediction('w99', where, frame)).toBeNull();
  });

  it('a malformed guess or chapter is named in a warning and dropped', () => {
    const { state, warnings } = parseUrlState('?lesson=diffusion-basics&chapter=0&guess=c1..2');
    expect(state.lesson).toBe('diffusion-basics');
    expect(state.chapter).toBeUndefined();
    expect(state.guess).toBeUndefined();
    expect(warnings.map((w) => [w.field, w.value])).toEqual([
      ['chapter', '0'],
      ['guess', 'c1..2'],
    ]);
  });
});
