import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { getLocale, setLocale } from '../../src/ui/i18n/i18n.ts';
import { curveFeedback, reachOrder, whereFeedback, yearFeedback, type ProvinceTable } from '../../src/ui/lessons/lessonFeedback.ts';
import type { LessonOutcome, LessonRunOutcome } from '../../src/ui/lessons/lessonOutcome.ts';

const before = getLocale();
beforeEach(() => setLocale('en'));
afterAll(() => setLocale(before));

/** A run whose ever-adopted share is `ever` year by year (active the same; no localities). */
const run = (ever: number[], firstAdoption: number[] = []): LessonRunOutcome => ({ ever, active: ever, firstAdoption });
const years = (start: number, n: number) => Array.from({ length: n }, (_, i) => start + i);

describe('curve feedback', () => {
  const outcome: LessonOutcome = { years: years(2000, 5), runs: [run([0, 0.1, 0.4, 0.8, 0.9])] };

  it('against one run: years within 10 points of it, and the largest gap', () => {
    const f = curveFeedback({ everyYears: 1, values: [0, 0.2, 0.35, 0.5, 0.95] }, outcome, 'ever');
    expect(f.text).toBe('Your curve was within 10 points of the run in 4 of 5 years you marked. Largest gap: 2003, you said 50%, the run reached 80%.');
    expect(f.score).toEqual({ hits: 4, of: 5 });
  });

  it('against an ensemble: years inside the 10–90 % band, the gap to the median; every 2 years; in Chinese too', () => {
    // 9 runs: at each year the values 0.1·k + offset, so the band is known exactly by the (n + 1)p rule
    const runs = Array.from({ length: 9 }, (_, k) => run([0, 0.05 * k, 0.1 * k, 0.1 * k, 0.1 * k]));
    const ensemble: LessonOutcome = { years: years(2000, 5), runs };
    // years 2000, 2002, 2004: band [0,0], [0,0.8], [0,0.8]; medians 0, 0.4, 0.4
    const prediction = { everyYears: 2, values: [0.1, 0.5, 0.9] };
    expect(curveFeedback(prediction, ensemble, 'active').text).toBe(
      'Your curve stayed inside the 10–90 % band of the 9 runs in 1 of 3 years you marked. Largest gap: 2004, you said 90%, the median run reached 40%.',
    );
    setLocale('zh-CN');
    expect(curveFeedback(prediction, ensemble, 'active').text).toBe(
      '在你标出的 3 个年份中，有 1 个年份你的曲线落在 9 次运行的 10–90 % 区间内。差距最大：2004年，你预测 90%，中位数运行为 40%。',
    );
  });
});

describe('year feedback', () => {
  it('against one run: the year half had adopted, early or late', () => {
    const outcome: LessonOutcome = { years: years(1990, 6), runs: [run([0, 0.1, 0.3, 0.5, 0.7, 0.9])] };
    expect(yearFeedback(1990, outcome).text).toBe('You said 1990; in this run half had adopted by 1993 (3 years too early).');
    expect(yearFeedback(1994, outcome).text).toBe('You said 1994; in this run half had adopted by 1993 (one year too late).');
    expect(yearFeedback(1993, outcome)).toEqual({ text: 'You said 1993; in this run half had adopted by 1993 (exactly right).', score: { hits: 1, of: 1 } });
    const never: LessonOutcome = { years: years(1990, 3), runs: [run([0, 0.2, 0.4])] };
    expect(yearFeedback(1991, never).text).toBe('You said 1991; in this run half had not adopted by 1992.');
  });

  it('against an ensemble: the median year and the range of 80 % of runs; runs that never got there count as later', () => {
    // 9 runs reaching half at 1991 + k (k = 0…8), on a run of 10 years
    const runs = Array.from({ length: 9 }, (_, k) => run(years(0, 11).map((i) => (i >= 1 + k ? 0.6 : 0.1))));
    const outcome: LessonOutcome = { years: years(1990, 11), runs };
    expect(yearFeedback(1995, outcome).text).toBe(
      'You said 1995; in the median run half had adopted by 1995, and in 80 % of the 9 runs between 1991 and 1999: your year is inside that range.',
    );
    expect(yearFeedback(2000, outcome).score).toEqual({ hits: 0, of: 1 });
    const late = { years: outcome.years, runs: [...runs.slice(0, 4), ...Array.from({ length: 5 }, () => run(years(0, 11).map(() => 0.1)))] };
    setLocale('zh-CN');
    expect(yearFeedback(1992, late).text).toBe(
      '你预测 1992年；9 次运行中多数到 2000年 仍未达到半数采纳（80 % 的运行落在 1991年 至 2000年之后 之间）。',
    );
  });
});

describe('where feedback', () => {
  // provinces: 0 origin (A), 1 B, 2 C, 3 D; localities 0,1 in A; 2 in B; 3 in C; 4 in D
  const table: ProvinceTable = {
    provinces: [
      { name: '甲省', nameEn: 'A' },
      { name: '乙省', nameEn: 'B' },
      { name: '丙省', nameEn: 'C' },
      { name: '丁省', nameEn: 'D' },
    ],
    province: [0, 0, 1, 2, 3],
    origins: [0],
  };
  const outcome = (first: number[][]): LessonOutcome => ({ years: years(2013, 10), runs: first.map((f) => run([], f)) });

  it('in one run: the picked province’s place after the origin’s, and the first one reached', () => {
    const one = outcome([[0, 0.5, 3.2, 1.5, NaN]]);
    expect(whereFeedback(1, one, table, 2013).text).toBe('You picked B: it was reached number 2 of 3 provinces after the origin’s, in 2016. First reached: C (2014).');
    expect(whereFeedback(2, one, table, 2013).score).toEqual({ hits: 1, of: 1 });
    expect(whereFeedback(3, one, table, 2013).text).toBe('You picked D: this run never reached it. First reached: C (2014).');
    // the order the explain step lists: the origin's province and provinces never reached left out
    expect(reachOrder(one.runs[0]!.firstAdoption, table)).toEqual([
      { province: 2, years: 1.5 },
      { province: 1, years: 3.2 },
    ]);
    setLocale('zh-CN');
    expect(whereFeedback(1, one, table, 2013).text).toBe('你选择了乙省：它是起源省之外第 2 个被扩散到的省级单位（共 3 个），时间为 2016年。最先扩散到：丙省（2014年）。');
  });

  it('over an ensemble: how often it came first, its median rank, and the province most often first', () => {
    const runs = outcome([
      [0, 0, 1, 2, 3], // B first
      [0, 0, 2, 1, 3], // C first
      [0, 0, 1, 3, 2], // B first
    ]);
    expect(whereFeedback(2, runs, table, 2013).text).toBe('You picked C: it was reached first in 1 of 3 runs, median rank 2 of 3. Most often first: B (2 runs).');
  });
});
