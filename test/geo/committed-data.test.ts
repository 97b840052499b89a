import { geoArea } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import type { GeometryCollection } from 'topojson-specification';
import { buildChinaWorld, chinaFeatures } from '../../src/geo/index.ts';
import { adjacency, dataSize, topology, units } from './committed-data.ts';

/** Connected components of the land graph, as sorted arrays of codes, largest first. */
function components(codes: string[], edges: [string, string][]): string[][] {
  const adj = new Map(codes.map((c) => [c, [] as string[]]));
  for (const [a, b] of edges) adj.get(a)!.push(b), adj.get(b)!.push(a);
  const seen = new Set<string>();
  const out: string[][] = [];
  for (const c of codes) {
    if (seen.has(c)) continue;
    const comp: string[] = [];
    const stack = [c];
    seen.add(c);
    while (stack.length) {
      const x = stack.pop()!;
      comp.push(x);
      for (const y of adj.get(x)!) if (!seen.has(y)) seen.add(y), stack.push(y);
    }
    out.push(comp.sort());
  }
  return out.sort((a, b) => b.length - a.length);
}

describe('committed map files (public/data)', () => {
  const geometries = (topology.objects.units as GeometryCollection).geometries;
  const codes = units.map((u) => u.code);

  it('hold 2,829 mainland units, of which 2,828 are simulated (金门县 is drawn as background)', () => {
    expect(units).toHaveLength(2828);
    expect(new Set(codes).size).toBe(2828);
    const mainland = geometries.filter((g) => !(g.properties as { bg?: number } | undefined)?.bg || g.id === '350527');
    expect(mainland).toHaveLength(2829);
    expect(codes).not.toContain('350527');
  });

  it('flag Taiwan, Hong Kong, Macau, 东沙 and 金门 as background', () => {
    const { units: unitFeatures, background } = chinaFeatures(topology);
    expect(background.map((f) => f.id).sort()).toEqual(['350527', '442100', '710000', '810000', '820000']);
    expect(background.every((f) => typeof f.properties?.name === 'string' && f.properties.name.length > 0)).toBe(true);
    expect(unitFeatures).toHaveLength(2828);
  });

  it('CSV and TopoJSON ids agree', () => {
    const { units: unitFeatures } = chinaFeatures(topology);
    expect(unitFeatures.map((f) => String(f.id)).sort()).toEqual([...codes].sort());
  });

  it('every feature has a spherical area below 2π (no inverted ring paints the globe)', () => {
    const { units: unitFeatures, background } = chinaFeatures(topology);
    const bad = [...unitFeatures, ...background].filter((f) => !(geoArea(f) < 2 * Math.PI) || !(geoArea(f) > 0)).map((f) => f.id);
    expect(bad).toEqual([]);
  });

  it('adjacency is symmetric with no self-loops and a mean land degree of 5.5–5.9', () => {
    const world = buildChinaWorld(units, adjacency, { seaEdges: false });
    const { adjOffsets, adjIndices } = world;
    const pairs = new Set<string>();
    for (let i = 0; i < world.n; i++) {
      for (let k = adjOffsets![i]; k < adjOffsets![i + 1]; k++) {
        expect(adjIndices![k]).not.toBe(i);
        pairs.add(`${i}-${adjIndices![k]}`);
      }
    }
    for (const p of pairs) expect(pairs.has(p.split('-').reverse().join('-'))).toBe(true);
    const mean = adjIndices!.length / world.n;
    expect(mean).toBeGreaterThanOrEqual(5.5);
    expect(mean).toBeLessThanOrEqual(5.9);
    expect(adjacency.land.length).toBeGreaterThan(7900);
    expect(adjacency.land.length).toBeLessThan(8200);
  });

  it('the mainland component holds ≥ 2,790 units; sea edges join every island group to it', () => {
    const land = components(codes, adjacency.land);
    expect(land[0].length).toBeGreaterThanOrEqual(2790);
    expect(land.length).toBeGreaterThan(1);
    // Hainan is the second component
    expect(land[1].every((c) => c.startsWith('46'))).toBe(true);
    expect(adjacency.sea).toHaveLength(land.length - 1);
    const withSea = components(codes, [...adjacency.land, ...adjacency.sea]);
    expect(withSea).toHaveLength(1);
  });

  it('contains the origin localities of the preset cases', () => {
    const byCode = new Map(units.map((u) => [u.code, u]));
    expect(byCode.get('330681')).toMatchObject({ name: '诸暨市', townships: 23, villages: 515, urbanType: 'city', region: 'east' });
    expect(byCode.get('330483')).toMatchObject({ name: '桐乡市' });
    expect(byCode.get('110101')).toMatchObject({ name: '东城区', townships: 17, urbanType: 'district' });
    const chengdu = units.filter((u) => u.prefectureCode === '5101').map((u) => u.code);
    expect(chengdu).toHaveLength(20);
    expect(chengdu).toEqual(expect.arrayContaining(['510117', '510118', '510185']));
  });

  it('carries township and village totals within 1 % of 40,905 and 614,329', () => {
    const townships = units.reduce((s, u) => s + u.townships, 0);
    const villages = units.reduce((s, u) => s + u.villages, 0);
    expect(Math.abs(townships / 40905 - 1)).toBeLessThan(0.01);
    expect(Math.abs(villages / 614329 - 1)).toBeLessThan(0.01);
  });

  it('has 31 provinces in four regions and pinyin names with place-name readings', () => {
    expect(new Set(units.map((u) => u.provinceCode)).size).toBe(31);
    const byName = (name: string) => units.find((u) => u.name === name)!;
    expect(byName('诸暨市').nameEn).toBe('Zhūjì Shì');
    expect(byName('乐清市').nameEn).toBe('Yuèqīng Shì');
    expect(units.find((u) => u.prefecture === '六安市')!.prefectureEn).toBe("Lù'ān Shì");
    expect(units.find((u) => u.prefecture === '蚌埠市')!.prefectureEn).toBe('Bèngbù Shì');
    expect(byName('番禺区').nameEn).toBe('Pānyú Qū');
    expect(byName('铅山县').nameEn).toBe('Yánshān Xiàn');
    expect(units.find((u) => u.code === '440306')!.crosswalk).toBe('split');
  });

  it('stays within the size budget (default detail ≤ 1.5 MB raw)', () => {
    expect(dataSize('china-units.topo.json')).toBeLessThanOrEqual(1.5 * 1024 * 1024);
  });
});
