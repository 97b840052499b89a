/**
 * The kernel's speed structures give the answers of their plain definitions: the due calendar
 * yields exactly the items whose due tick is the tick taken, ascending, whatever the history of
 * moves; code lookups answer like a Map of every code; forum ties are the first occurrences of the
 * drawn pairs, in draw order (the Set-based definition).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createCalendar, rebuildCalendar, setDue, takeDue } from '../../../src/model/simulation/dueCalendar.ts';
import { codeLookup } from '../../../src/model/worlds/codeLookup.ts';
import { forumTies } from '../../../src/model/drivers/forumTies.ts';
import { provincePairs } from '../../../src/model/drivers/pairing.ts';
import { createLatticeWorld, createStream, type World } from '../../../src/model/index.ts';

describe('due calendar', () => {
  it('takes exactly the items due at each tick, ascending, after arbitrary moves', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 300 }), fc.array(fc.tuple(fc.nat(), fc.nat({ max: 200 })), { maxLength: 400 }), fc.nat(), (items, moves, seed) => {
        const cal = createCalendar(items);
        const random = createStream(seed, 'calendar-test');
        for (let i = 0; i < items; i++) cal.due[i] = Math.floor(random() * 150);
        rebuildCalendar(cal, 0);
        const out = new Int32Array(items);
        let mv = 0;
        for (let tick = 0; tick < 220; tick++) {
          const expected: number[] = [];
          for (let i = 0; i < items; i++) if (cal.due[i] === tick) expected.push(i);
          const n = takeDue(cal, tick, out);
          expect(Array.from(out.subarray(0, n))).toEqual(expected);
          // every taken item moves on; some others move too (forward, or to the next tick)
          for (const i of expected) setDue(cal, i, tick + 1 + Math.floor(random() * 90));
          for (let j = 0; j < 3 && mv < moves.length; j++, mv++) {
            const [who, gap] = moves[mv];
            setDue(cal, who % items, tick + 1 + gap);
          }
        }
      }),
      { numRuns: 40 },
    );
  });
});

describe('code lookup', () => {
  it('answers like a Map of the codes, before and after it builds one (repeated codes: the last)', () => {
    const codes = ['a', 'b', 'c', 'b', 'd', 'a'];
    const world = { n: codes.length, codes } as unknown as World;
    const map = new Map(codes.map((c, i) => [c, i]));
    const lookup = codeLookup(world);
    for (let round = 0; round < 5; round++) for (const c of ['a', 'b', 'c', 'd', 'e', '']) expect(lookup.get(c)).toBe(map.get(c));
  });
});

/** The definition: a Set of a·n + b, first occurrences in draw order, ties into paired provinces dropped. */
function referenceTies(world: World, per: number, pairing: boolean, seed: number): { offsets: number[]; indices: number[] } {
  const n = world.n;
  const pairs = provincePairs(world, world.attributes.resources, pairing);
  const random = createStream(seed, 'ties');
  const seen = new Set<number>();
  const lists: number[][] = Array.from({ length: n }, () => []);
  for (let i = 0; i < n; i++) {
    for (let t = 0; t < per; t++) {
      let j = Math.floor(random() * (n - 1));
      if (j >= i) j++;
      const a = Math.min(i, j);
      const b = Math.max(i, j);
      let paired = false;
      for (let e = pairs.offsets[world.province[a]]; e < pairs.offsets[world.province[a] + 1]; e++) if (pairs.partners[e] === world.province[b]) paired = true;
      if (seen.has(a * n + b) || paired) continue;
      seen.add(a * n + b);
      lists[a].push(b);
      lists[b].push(a);
    }
  }
  const offsets = [0];
  for (const l of lists) offsets.push(offsets[offsets.length - 1] + l.length);
  return { offsets, indices: lists.flat() };
}

describe('forum ties', () => {
  it('are the first occurrences of the drawn pairs, in draw order, without paired provinces', () => {
    // a small world makes repeated pairs frequent
    for (const [w, h, per, pairing, seed] of [[6, 5, 4, false, 1], [9, 9, 3, true, 2], [30, 20, 2, true, 3], [2, 1, 3, false, 4]] as const) {
      const world = createLatticeWorld({ width: w, height: h, provinceSide: 3, heterogeneity: 0.2 });
      const pairs = provincePairs(world, world.attributes.resources, pairing);
      const ties = forumTies(world.n, per, world.province, pairs, seed);
      const ref = referenceTies(world, per, pairing, seed);
      expect(Array.from(ties.offsets)).toEqual(ref.offsets);
      expect(Array.from(ties.indices)).toEqual(ref.indices);
    }
  });
});
