/**
 * `npm run data`: rebuilds public/data/ from the two pinned npm tarballs (docs/map-data.md). Only needed to
 * rebuild the map; the outputs are committed. The output is byte-identical on rerun: inputs are
 * sorted, keys are written in a fixed order and numbers with fixed precision.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { geoArea, geoCentroid } from 'd3-geo';
import type { Feature, Position } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection } from 'topojson-specification';
import { buildAdjacency } from './adjacency.ts';
import { cleanAndDissolve } from './clean-dissolve.ts';
import { buildCrosswalk } from './crosswalk.ts';
import { fetchSource, SOURCES } from './fetch-sources.ts';
import { loadDivisions } from './load-divisions.ts';
import { loadGeometry } from './load-geometry.ts';
import { installOverrides, loadPinyinOverrides } from './pinyin.ts';
import { fullTopology, OBJECT_NAME, simplifyTopology, topologyNeighbors, type Properties } from './topology.ts';
import { adjacencyJson, attributionMarkdown, unitRows, unitsCsv } from './write-outputs.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const cacheDir = join(root, '.cache');
const outDir = join(root, 'public', 'data');
/** Mean Earth radius in km (IUGG), for areas in km². */
const EARTH_RADIUS_KM = 6371.0088;

async function main(): Promise<void> {
  const t0 = performance.now();
  const lap = (what: string) => console.log(`  ${((performance.now() - t0) / 1000).toFixed(1).padStart(5)} s  ${what}`);
  const geometryDir = fetchSource(cacheDir, SOURCES.geometry);
  const divisionsDir = fetchSource(cacheDir, SOURCES.divisions);
  lap('sources fetched and verified');
  const div = loadDivisions(divisionsDir);
  const features = loadGeometry(geometryDir, div);
  const cw = buildCrosswalk(features, div);
  lap(`crosswalk: ${features.length} features → ${cw.units.length} mainland units ${JSON.stringify(cw.counts)}`);

  const shapes = await cleanAndDissolve(features, cw.featureUnit);
  lap(`mapshaper clean + dissolve: ${shapes.length} shapes`);
  const unitByCode = new Map(cw.units.map((u) => [u.code, u]));
  const props = (code: string): Properties => {
    const u = unitByCode.get(code);
    if (u && !u.background) return {};
    return { bg: 1, name: u ? u.name : cw.backgroundNames.get(code)! };
  };
  const missing = cw.units.filter((u) => !shapes.some((s) => s.code === u.code));
  if (missing.length) throw new Error(`units lost in cleaning: ${missing.map((u) => u.code).join(', ')}`);

  // Area change from cleaning, per unit: the source polygons' spherical area vs the cleaned shape's.
  const sourceArea = new Map<string, number>();
  features.forEach((f, i) => {
    const code = cw.featureUnit[i];
    // some source features are wound the wrong way (大埔区, 西贡区): take the smaller of the two areas
    const a = geoArea({ type: 'Feature', properties: {}, geometry: f.geometry });
    sourceArea.set(code, (sourceArea.get(code) ?? 0) + Math.min(a, 4 * Math.PI - a));
  });
  const shapeFeature = (s: (typeof shapes)[number]): Feature => ({ type: 'Feature', properties: {}, geometry: s.geometry });
  let maxChange = { code: '', rel: 0 };
  for (const s of shapes) {
    if (props(s.code).bg) continue;
    const rel = Math.abs(geoArea(shapeFeature(s)) / sourceArea.get(s.code)! - 1);
    if (rel > maxChange.rel) maxChange = { code: s.code, rel };
  }
  lap(`largest area change of a simulated unit from cleaning: ${(maxChange.rel * 100).toFixed(2)} % (${maxChange.code})`);

  const full = fullTopology(shapes, props);
  const nb = topologyNeighbors(full);
  const pairs: [string, string][] = [];
  nb.forEach((list, i) => list.forEach((j) => pairs.push([shapes[i].code, shapes[j].code])));
  const { topo, report } = simplifyTopology(full);
  lap(`simplified: ${report.points} points, ${report.droppedRings} collapsed or flipped rings dropped`);

  const simplifiedFeatures = (feature(topo, topo.objects[OBJECT_NAME] as GeometryCollection) as { features: Feature[] }).features;
  for (const f of simplifiedFeatures) {
    if (geoArea(f) >= 2 * Math.PI) throw new Error(`feature ${f.id} is inverted (spherical area ≥ 2π)`);
  }
  const vertices = new Map<string, Position[]>();
  for (const f of simplifiedFeatures) {
    const g = f.geometry;
    const rings = g.type === 'Polygon' ? g.coordinates : g.type === 'MultiPolygon' ? g.coordinates.flat() : [];
    vertices.set(String(f.id), rings.flat());
  }
  const simulated = cw.units.filter((u) => !u.background);
  const adjacency = buildAdjacency(simulated.map((u) => u.code), pairs, vertices);
  lap(`adjacency: ${adjacency.land.length} land edges, ${adjacency.sea.length} sea edges, ${adjacency.components.length} components (${adjacency.components.map((c) => c.length).join(', ')})`);

  const overrides = loadPinyinOverrides(join(root, 'scripts', 'data', 'pinyin-overrides.csv'));
  installOverrides(overrides);
  const measures = new Map(
    shapes.map((s) => {
      const f = shapeFeature(s);
      return [s.code, { centroid: geoCentroid(f), areaKm2: geoArea(f) * EARTH_RADIUS_KM ** 2 }];
    }),
  );
  const rows = unitRows(simulated, div, measures);

  mkdirSync(outDir, { recursive: true });
  const files: Record<string, string> = {
    'china-units.topo.json': JSON.stringify(topo),
    'china-units.csv': unitsCsv(rows),
    'china-adjacency.json': adjacencyJson(adjacency),
    'ATTRIBUTION.md': attributionMarkdown(overrides.length),
  };
  for (const [name, text] of Object.entries(files)) {
    writeFileSync(join(outDir, name), text);
    const raw = Buffer.byteLength(text);
    console.log(`  ${name.padEnd(24)} ${(raw / 1024).toFixed(0).padStart(5)} KB raw  ${(gzipSync(text, { level: 9 }).length / 1024).toFixed(0).padStart(4)} KB gzip`);
  }
  const degrees = simulated.map(() => 0);
  const index = new Map(simulated.map((u, i) => [u.code, i]));
  for (const [a, b] of adjacency.land) degrees[index.get(a)!]++, degrees[index.get(b)!]++;
  const sorted = [...degrees].sort((a, b) => a - b);
  const t = rows.reduce((s, r) => [s[0] + r.townships, s[1] + r.villages], [0, 0]);
  console.log(
    `  ${simulated.length} simulated units (+ 金门 as background = ${cw.units.length} mainland units); ` +
      `mean degree ${((2 * adjacency.land.length) / simulated.length).toFixed(2)}, median ${sorted[sorted.length >> 1]}; ` +
      `townships ${t[0]}, villages ${t[1]}; unplaced NBS areas: ${cw.unplaced.map((a) => a.code + a.name).join(' ')}`,
  );
  lap('done');
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
