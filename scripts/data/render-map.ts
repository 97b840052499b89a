/**
 * `npm run data:png`: renders the committed map files to .cache/china-map.png so a person can check
 * the build by eye: units coloured by province, background features grey, province borders, sea
 * edges dashed, the South China Sea inset, and the origin localities of the preset cases marked.
 * The SVG is computed here with d3-geo through src/geo; headless Chromium (playwright-core) only
 * rasterizes it, offline.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { geoPath, type GeoProjection } from 'd3-geo';
import { chromium } from 'playwright-core';
import type { Topology } from 'topojson-specification';
import {
  chinaConic,
  chinaFeatures,
  chinaProjection,
  parseChinaAdjacency,
  parseChinaUnits,
  provinceBorders,
  SOUTH_CHINA_SEA_INSET,
  southChinaSeaInset,
} from '../../src/geo/index.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const data = (f: string) => readFileSync(join(root, 'public', 'data', f), 'utf8');
const W = 1600;
const H = 1200;

/** Origins of the preset cases (docs/references.md): 枫桥 (诸暨), 桐乡 自治法治德治, 东城 街乡吹哨; 成都 outlined. */
const ORIGINS = ['330681', '330483', '110101'];

const topo = JSON.parse(data('china-units.topo.json')) as Topology;
const units = parseChinaUnits(data('china-units.csv'));
const adjacency = parseChinaAdjacency(data('china-adjacency.json'));
const { units: unitFeatures, background } = chinaFeatures(topo);
const byCode = new Map(units.map((u) => [u.code, u]));
const provinceCodes = [...new Set(units.map((u) => u.provinceCode))].sort();
/** 31 distinguishable hues: golden-angle steps around the wheel, alternating lightness. */
const colour = (province: string) => {
  const k = provinceCodes.indexOf(province);
  return `hsl(${(k * 137.508) % 360} 55% ${k % 2 ? 62 : 74}%)`;
};

function layer(projection: GeoProjection, skip: (code: string) => boolean): string {
  const path = geoPath(projection);
  const out: string[] = [];
  for (const f of background) out.push(`<path d="${path(f)}" fill="#c8c8c8" stroke="#999" stroke-width="0.3"/>`);
  for (const f of unitFeatures) {
    const code = String(f.id);
    if (skip(code)) continue;
    const u = byCode.get(code)!;
    const chengdu = u.prefectureCode === '5101';
    out.push(`<path d="${path(f)}" fill="${colour(u.provinceCode)}" stroke="${chengdu ? '#000' : '#fff'}" stroke-width="${chengdu ? 0.8 : 0.15}"/>`);
  }
  out.push(`<path d="${path(provinceBorders(topo))}" fill="none" stroke="#333" stroke-width="0.6"/>`);
  return out.join('\n');
}

/** `--zoom lon0,lat0,lon1,lat1` renders a detail view of that box instead (e.g. to inspect borders). */
const zoomArg = process.argv.indexOf('--zoom');
const zoom = zoomArg > 0 ? process.argv[zoomArg + 1].split(',').map(Number) : null;
const main = zoom
  ? chinaConic().fitExtent([[20, 20], [W - 20, H - 20]], { type: 'MultiPoint', coordinates: [[zoom[0], zoom[1]], [zoom[2], zoom[3]]] })
  : chinaProjection(W, H, 20);
const inset = southChinaSeaInset(W, H, 20);
const insetOnly = new Set(SOUTH_CHINA_SEA_INSET.insetOnly);
const svg: string[] = [`<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">`];
svg.push(`<rect width="${W}" height="${H}" fill="#eef4f8"/>`);
svg.push(layer(main, (c) => insetOnly.has(c)));
for (const [a, b] of adjacency.sea) {
  const pa = main([byCode.get(a)!.lon, byCode.get(a)!.lat])!;
  const pb = main([byCode.get(b)!.lon, byCode.get(b)!.lat])!;
  if (insetOnly.has(a) || insetOnly.has(b)) continue;
  svg.push(`<line x1="${pa[0]}" y1="${pa[1]}" x2="${pb[0]}" y2="${pb[1]}" stroke="#0050a0" stroke-width="1.2" stroke-dasharray="4 3"/>`);
}
for (const code of ORIGINS) {
  const u = byCode.get(code)!;
  const [x, y] = main([u.lon, u.lat])!;
  svg.push(`<circle cx="${x}" cy="${y}" r="6" fill="none" stroke="#d00" stroke-width="2.5"/>`);
  svg.push(`<text x="${x + 9}" y="${y + 5}" font-size="16" font-family="sans-serif" fill="#d00">${u.name} ${u.code}</text>`);
}
if (!zoom) {
  const { box } = inset;
  svg.push(`<clipPath id="inset"><rect x="${box.x}" y="${box.y}" width="${box.width}" height="${box.height}"/></clipPath>`);
  svg.push(`<rect x="${box.x}" y="${box.y}" width="${box.width}" height="${box.height}" fill="#eef4f8" stroke="#333"/>`);
  svg.push(`<g clip-path="url(#inset)">${layer(inset.projection, () => false)}</g>`);
  svg.push(`<text x="${box.x + 6}" y="${box.y + 18}" font-size="14" font-family="sans-serif">南海诸岛 South China Sea islands</text>`);
}
svg.push(`<text x="24" y="40" font-size="22" font-family="sans-serif">china-units.topo.json: ${unitFeatures.length} units, ${background.length} background, ${adjacency.land.length} land + ${adjacency.sea.length} sea edges</text>`);
svg.push('</svg>');

const outDir = join(root, '.cache');
mkdirSync(outDir, { recursive: true });
const name = zoom ? 'china-map-zoom' : 'china-map';
writeFileSync(join(outDir, `${name}.svg`), svg.join('\n'));
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
});
try {
  const page = await browser.newPage({ viewport: { width: W, height: H } });
  await page.setContent(`<!doctype html><html><body style="margin:0">${svg.join('\n')}</body></html>`);
  await page.screenshot({ path: join(outDir, `${name}.png`) });
} finally {
  await browser.close();
}
console.log(`wrote ${join(outDir, `${name}.png`)}`);
