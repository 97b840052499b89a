/**
 * East–west pairing (东西部协作), the `pairing` lever (docs/model.md §6): each western province is linked
 * to an eastern one, and every locality of the one is tied to every locality of the other.
 *
 * Rule (deterministic, world-agnostic): western provinces ranked by mean baseline resources
 * ascending, eastern provinces descending (ties by code); the j-th western province pairs with the
 * (j mod #east)-th eastern one — the poorest west with the richest east. Pairs are mutual (an
 * eastern province may have several partners). Returns, per province, the list of partner provinces
 * as CSR; empty when pairing is off or a region is missing.
 */
import { REGIONS, type World } from '../world.ts';

export interface ProvincePairs {
  offsets: Int32Array;
  partners: Int32Array;
}

export function provincePairs(world: World, resources: Float64Array, enabled: boolean): ProvincePairs {
  const P = world.provinces.length;
  const lists: number[][] = Array.from({ length: P }, () => []);
  if (enabled) {
    const sum = new Float64Array(P);
    const size = new Float64Array(P);
    for (let i = 0; i < world.n; i++) {
      sum[world.province[i]] += resources[i];
      size[world.province[i]]++;
    }
    const mean = (p: number): number => (size[p] ? sum[p] / size[p] : 0);
    const byCode = (a: number, b: number): number => (world.provinces[a].code < world.provinces[b].code ? -1 : 1);
    const ofRegion = (r: string): number[] =>
      world.provinces.map((_, p) => p).filter((p) => REGIONS[world.provinces[p].region] === r && size[p] > 0);
    const west = ofRegion('west').sort((a, b) => mean(a) - mean(b) || byCode(a, b));
    const east = ofRegion('east').sort((a, b) => mean(b) - mean(a) || byCode(a, b));
    if (east.length > 0) {
      west.forEach((w, j) => {
        const e = east[j % east.length];
        lists[w].push(e);
        lists[e].push(w);
      });
    }
  }
  const offsets = new Int32Array(P + 1);
  for (let p = 0; p < P; p++) offsets[p + 1] = offsets[p] + lists[p].length;
  return { offsets, partners: Int32Array.from(lists.flat()) };
}
