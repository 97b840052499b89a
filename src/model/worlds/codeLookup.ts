/**
 * Locality code → index, for building simulations. The same answers as `codeIndex(world).get(code)`
 * (the last locality with the code, if codes repeat), without paying for a 640,000-entry Map when a
 * run looks up a handful of codes (an origin, a few pilot sites): the first lookups on a world scan
 * `world.codes` from the end; once a world has been asked LOOKUPS_BEFORE_INDEX times, its Map is
 * built and kept beside the world (worlds are immutable and shared between runs), so scenarios
 * with many codes and repeated runs on one world pay for it once.
 */
import { codeIndex, type World } from '../world.ts';

/** A code index that answers like `Map.get`. */
export interface CodeLookup {
  get(code: string): number | undefined;
}

/** Scans of `world.codes` (each O(N), no allocation) before a world gets its Map. */
const LOOKUPS_BEFORE_INDEX = 16;

const indexes = new WeakMap<World, Map<string, number>>();
const scans = new WeakMap<World, number>();

function indexOf(world: World): Map<string, number> {
  let map = indexes.get(world);
  if (!map) {
    map = codeIndex(world);
    indexes.set(world, map);
  }
  return map;
}

export function codeLookup(world: World): CodeLookup {
  return {
    get(code: string): number | undefined {
      const map = indexes.get(world);
      if (map) return map.get(code);
      const done = scans.get(world) ?? 0;
      if (done >= LOOKUPS_BEFORE_INDEX) return indexOf(world).get(code);
      scans.set(world, done + 1);
      const i = world.codes.lastIndexOf(code, world.n - 1);
      return i >= 0 ? i : undefined;
    },
  };
}
