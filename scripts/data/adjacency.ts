/**
 * The simulation graph: land edges from the full-resolution topology, restricted to simulated
 * units, and flagged sea edges that link every island group to the graph (docs/map-data.md, Adjacency).
 */
import type { Position } from 'geojson';

export interface Adjacency {
  /** unordered pairs [a, b] with a < b (codes), sorted */
  land: [string, string][];
  sea: [string, string][];
  /** connected components of the land graph, largest first, each sorted by code */
  components: string[][];
}

/** Great-circle distance in km between two lon/lat points (mean Earth radius 6371.0088 km). */
export function haversineKm(a: Position, b: Position): number {
  const r = Math.PI / 180;
  const s1 = Math.sin(((b[1] - a[1]) * r) / 2);
  const s2 = Math.sin(((b[0] - a[0]) * r) / 2);
  const h = s1 * s1 + Math.cos(a[1] * r) * Math.cos(b[1] * r) * s2 * s2;
  return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(h)));
}

function components(codes: string[], land: [string, string][]): string[][] {
  const parent = new Map(codes.map((c) => [c, c]));
  const find = (c: string): string => {
    let r = c;
    while (parent.get(r) !== r) r = parent.get(r)!;
    parent.set(c, r);
    return r;
  };
  for (const [a, b] of land) parent.set(find(a), find(b));
  const groups = new Map<string, string[]>();
  for (const c of codes) {
    const r = find(c);
    groups.set(r, [...(groups.get(r) ?? []), c]);
  }
  return [...groups.values()].map((g) => g.sort()).sort((a, b) => b.length - a.length || (a[0] < b[0] ? -1 : 1));
}

/**
 * @param codes simulated unit codes
 * @param neighbourPairs land pairs among all features (any order, may include non-simulated codes)
 * @param vertices per unit, the vertices used to measure sea distances (the simplified outline)
 *
 * Island groups are attached one at a time, nearest first, each to the nearest unit of the graph
 * connected so far (the mainland at the start): so 三沙 links to Hainan once Hainan is linked.
 */
export function buildAdjacency(codes: string[], neighbourPairs: [string, string][], vertices: Map<string, Position[]>): Adjacency {
  const simulated = new Set(codes);
  const seen = new Set<string>();
  const land: [string, string][] = [];
  for (const [x, y] of neighbourPairs) {
    if (!simulated.has(x) || !simulated.has(y) || x === y) continue;
    const pair: [string, string] = x < y ? [x, y] : [y, x];
    const key = pair.join('-');
    if (!seen.has(key)) {
      seen.add(key);
      land.push(pair);
    }
  }
  land.sort((p, q) => (p[0] < q[0] ? -1 : p[0] > q[0] ? 1 : p[1] < q[1] ? -1 : p[1] > q[1] ? 1 : 0));
  const comps = components(codes, land);
  const connected = [...comps[0]];
  const pending = comps.slice(1);
  const sea: [string, string][] = [];
  while (pending.length) {
    let best = { d: Infinity, k: -1, a: '', b: '' };
    pending.forEach((comp, k) => {
      for (const a of comp) {
        for (const va of vertices.get(a) ?? []) {
          for (const b of connected) {
            for (const vb of vertices.get(b) ?? []) {
              // cheap reject before the haversine: ≥ 1° of latitude is ≥ 111 km
              if (Math.abs(va[1] - vb[1]) * 111 > best.d) continue;
              const d = haversineKm(va, vb);
              if (d < best.d) best = { d, k, a, b };
            }
          }
        }
      }
    });
    if (best.k < 0) throw new Error('sea edges: an island group has no vertices');
    sea.push(best.a < best.b ? [best.a, best.b] : [best.b, best.a]);
    connected.push(...pending[best.k]);
    pending.splice(best.k, 1);
  }
  sea.sort((p, q) => (p[0] < q[0] ? -1 : p[0] > q[0] ? 1 : p[1] < q[1] ? -1 : 1));
  return { land, sea, components: comps };
}
