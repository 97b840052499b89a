import { describe, expect, it } from 'vitest';
import { groupMarks } from '../../../src/ui/controls/groupMarks.ts';

const spacing = (xs: number[]) => xs.slice(1).map((x, i) => x - xs[i]);

describe('groupMarks: milestone markers that never overlap', () => {
  it('gives events far apart a marker each, at their own place', () => {
    expect(groupMarks([100, 300, 500], 800, 120)).toEqual([
      { members: [0], x: 100 },
      { members: [1], x: 300 },
      { members: [2], x: 500 },
    ]);
  });

  it('groups events within one marker’s room of the group’s first event (Fengqiao’s 1963–64 events share one x)', () => {
    const groups = groupMarks([12, 13, 20, 46, 46, 500, 630], 800, 120);
    expect(groups.map((g) => g.members)).toEqual([[0, 1, 2, 3, 4], [5], [6]]);
    // the first group is kept inside the row: its centre at least half a marker from the edge
    expect(groups[0].x).toBe(60);
  });

  it('nudges neighbours apart and keeps the last marker inside the row', () => {
    const groups = groupMarks([10, 140, 790], 800, 120);
    expect(groups.map((g) => g.members)).toEqual([[0], [1], [2]]);
    expect(groups.map((g) => g.x)).toEqual([60, 180, 740]);
  });

  it('merges the closest neighbours when the row is too narrow for every marker, never overlapping', () => {
    for (const width of [100, 250, 400, 800]) {
      const xs = Array.from({ length: 40 }, (_, i) => (width * (i + 0.5)) / 40);
      const groups = groupMarks(xs, width, 90);
      expect(groups.length).toBe(Math.max(1, Math.floor(width / 90)));
      expect(groups.flatMap((g) => g.members)).toEqual(xs.map((_, i) => i));
      const centres = groups.map((g) => g.x);
      if (centres.length > 1) expect(Math.min(...spacing(centres))).toBeGreaterThanOrEqual(90 - 1e-9);
      expect(Math.min(...centres)).toBeGreaterThanOrEqual(Math.min(90, width) / 2);
      expect(Math.max(...centres)).toBeLessThanOrEqual(width - Math.min(90, width) / 2);
    }
  });
});
