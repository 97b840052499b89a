/**
 * `npm run data:us`: writes public/data/us-states.json, the us-states world (docs/map-data.md), from
 * the pinned devDependency us-atlas: its states-albers-10m.json (TopoJSON already projected to Albers
 * USA, in pixels of a 975 × 610 frame: drawn with no projection) gives the contiguity and the map;
 * its states-10m.json (the same shapes in degrees) gives the centroids. Byte-identical on rerun: the
 * input is pinned, states are in FIPS order, keys in a fixed order, numbers at fixed precision.
 *
 * Contiguity: two states are neighbours when they share a boundary arc (topojson-client `neighbors`).
 * States that touch only at a point (the Four Corners: Arizona–Colorado, New Mexico–Utah) are not
 * neighbours; they are listed under `pointContacts`. DC is drawn as background (`bg: 1`) and is not a
 * locality: its edges are dropped (Maryland and Virginia share a boundary of their own).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { geoCentroid } from 'd3-geo';
import { feature, neighbors } from 'topojson-client';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
import { DC_FIPS, STATE_TABLE, type StateRow } from '../../src/geo/us-state-table.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const US_STATES_FILE = join(root, 'public', 'data', 'us-states.json');
/** The us-atlas release the file is built from; another one may move boundaries and must be reviewed. */
export const US_ATLAS_VERSION = '3.0.1';

const require = createRequire(import.meta.url);

function readAtlas(name: string): Topology {
  const pkg = JSON.parse(readFileSync(require.resolve('us-atlas/package.json'), 'utf8')) as { version: string };
  if (pkg.version !== US_ATLAS_VERSION) throw new Error(`us-atlas ${pkg.version} is installed; the build expects ${US_ATLAS_VERSION} (npm ci)`);
  return JSON.parse(readFileSync(require.resolve(`us-atlas/${name}`), 'utf8')) as Topology;
}

function statesOf(topo: Topology): GeometryObject[] {
  return (topo.objects.states as GeometryCollection).geometries;
}

/** End points of every arc of a quantized (delta-encoded) topology, as "x,y" keys. */
function arcEnds(topo: Topology): [string, string][] {
  return topo.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    for (const [dx, dy] of arc) (x += dx), (y += dy);
    return [`${arc[0][0]},${arc[0][1]}`, `${x},${y}`];
  });
}

/** Arc indices of a Polygon or MultiPolygon geometry (a negative index is the reversed arc ~i). */
function arcsOf(g: GeometryObject): number[] {
  const rings = g.type === 'Polygon' ? g.arcs : g.type === 'MultiPolygon' ? g.arcs.flat() : [];
  return rings.flat().map((a) => (a < 0 ? ~a : a));
}

/** Pairs of geometries (indices, i < j) that share an arc end point but no arc: they touch at a point. */
function pointContacts(topo: Topology, geoms: GeometryObject[], nb: number[][]): [number, number][] {
  const ends = arcEnds(topo);
  const pointsOf = geoms.map((g) => new Set(arcsOf(g).flatMap((a) => ends[a])));
  const out: [number, number][] = [];
  for (let i = 0; i < geoms.length; i++) {
    for (let j = i + 1; j < geoms.length; j++) {
      if (nb[i].includes(j)) continue;
      if ([...pointsOf[i]].some((p) => pointsOf[j].has(p))) out.push([i, j]);
    }
  }
  return out;
}

const round = (x: number, digits: number) => Number(x.toFixed(digits));

/** The text of public/data/us-states.json. */
export function usStatesJson(): string {
  const albers = readAtlas('states-albers-10m.json');
  const degrees = readAtlas('states-10m.json');
  const table = new Map(STATE_TABLE.map((r) => [r.fips, r]));
  const geoms = statesOf(albers);
  const rowOf = (g: GeometryObject): StateRow => {
    const r = table.get(String(g.id));
    const name = (g.properties as { name?: string } | undefined)?.name;
    if (!r) throw new Error(`us-atlas: state ${g.id} (${name}) is not in src/geo/us-state-table.ts`);
    if (r.name !== name) throw new Error(`us-atlas: state ${g.id} is named ${name}, the table says ${r.name}`);
    return r;
  };
  if (geoms.length !== STATE_TABLE.length) throw new Error(`us-atlas: ${geoms.length} states, the table has ${STATE_TABLE.length}`);

  // localities: the states without DC, in FIPS order
  const order = geoms.map((g, k) => ({ g, k, r: rowOf(g) })).sort((a, b) => (a.r.fips < b.r.fips ? -1 : 1));
  const states = order.filter((s) => s.r.fips !== DC_FIPS);
  const indexOfGeom = new Map(states.map((s, i) => [s.k, i]));

  const nb = neighbors(geoms as never) as number[][];
  const offsets = [0];
  const indices: number[] = [];
  for (const s of states) {
    const list = nb[s.k].filter((k) => k !== s.k && indexOfGeom.has(k)).map((k) => indexOfGeom.get(k)!).sort((a, b) => a - b);
    indices.push(...list);
    offsets.push(indices.length);
  }
  const contacts = pointContacts(albers, geoms, nb)
    .filter(([a, b]) => indexOfGeom.has(a) && indexOfGeom.has(b))
    .map(([a, b]) => [states[indexOfGeom.get(a)!].r.usps, states[indexOfGeom.get(b)!].r.usps].sort())
    .sort((a, b) => (a.join() < b.join() ? -1 : 1));

  const centroid = new Map(
    (feature(degrees, degrees.objects.states as GeometryCollection) as unknown as { features: { id: string; geometry: never }[] }).features.map((f) => [
      String(f.id),
      geoCentroid(f as never),
    ]),
  );

  // the map: the states object only (its arcs are every arc of the file), DC flagged as background
  const topology = {
    type: 'Topology',
    bbox: albers.bbox,
    transform: albers.transform,
    objects: {
      states: {
        type: 'GeometryCollection',
        geometries: order.map(({ g, r }) => ({
          type: g.type,
          arcs: (g as { arcs: unknown }).arcs,
          id: r.fips,
          ...(r.fips === DC_FIPS ? { properties: { bg: 1 } } : {}),
        })),
      },
    },
    arcs: albers.arcs,
  };

  const stateLine = ({ r }: (typeof states)[number]) => {
    const [lon, lat] = centroid.get(r.fips)!;
    return JSON.stringify({ fips: r.fips, usps: r.usps, name: r.name, nameZh: r.nameZh, region: r.region, lon: round(lon, 4), lat: round(lat, 4) });
  };
  const dc = order.find((s) => s.r.fips === DC_FIPS)!.r;
  return [
    '{',
    `"source": ${JSON.stringify(`us-atlas ${US_ATLAS_VERSION}: states-albers-10m.json (map, contiguity), states-10m.json (centroids); US Census Bureau cartographic boundaries`)},`,
    `"contiguity": "shared boundary arcs; states touching at a point only (pointContacts) are not neighbours",`,
    `"states": [\n${states.map(stateLine).join(',\n')}\n],`,
    `"adjacency": {"offsets": ${JSON.stringify(offsets)}, "indices": ${JSON.stringify(indices)}},`,
    `"pointContacts": ${JSON.stringify(contacts)},`,
    `"background": [${JSON.stringify({ fips: dc.fips, usps: dc.usps, name: dc.name, nameZh: dc.nameZh })}],`,
    `"topology": ${JSON.stringify(topology)}`,
    '}',
    '',
  ].join('\n');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const text = usStatesJson();
  writeFileSync(US_STATES_FILE, text);
  console.log(`  us-states.json ${(Buffer.byteLength(text) / 1024).toFixed(0)} KB`);
}
