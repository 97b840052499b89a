import { describe, expect, it } from 'vitest';
import { ATTRIBUTES, REGIONS, URBAN_TYPES, codeIndex, degree } from '../../src/model/world.ts';
import { buildChinaWorld, chinaAttributes } from '../../src/geo/index.ts';
import { adjacency, units } from './committed-data.ts';

describe('buildChinaWorld', () => {
  const world = buildChinaWorld(units, adjacency);

  it('builds 2,828 localities sorted by code, with names and centroids', () => {
    expect(world.kind).toBe('china');
    expect(world.n).toBe(2828);
    expect(world.codes).toEqual([...world.codes].sort());
    const i = codeIndex(world).get('330681')!;
    expect(world.names[i]).toBe('诸暨市');
    expect(world.namesEn[i]).toBe('Zhūjì Shì');
    expect(world.lon[i]).toBeCloseTo(120.2, 0);
    expect(world.lat[i]).toBeCloseTo(29.7, 0);
    expect(world.townships[i]).toBe(23);
    expect(world.villages[i]).toBe(515);
  });

  it('has a symmetric CSR graph without self-loops, sea edges flagged on both sides', () => {
    const { adjOffsets, adjIndices, adjSea } = world;
    const edge = new Map<string, number>();
    for (let i = 0; i < world.n; i++) {
      for (let k = adjOffsets![i]; k < adjOffsets![i + 1]; k++) edge.set(`${i}-${adjIndices![k]}`, adjSea![k]);
    }
    for (const [key, sea] of edge) {
      const [i, j] = key.split('-');
      expect(i).not.toBe(j);
      expect(edge.get(`${j}-${i}`)).toBe(sea);
    }
    expect(adjIndices!.length).toBe(2 * (adjacency.land.length + adjacency.sea.length));
    expect(adjSea!.reduce((s, x) => s + x, 0)).toBe(2 * adjacency.sea.length);
    // every locality has a neighbour once sea edges are in
    for (let i = 0; i < world.n; i++) expect(degree(world, i)).toBeGreaterThan(0);
  });

  it('leaves the sea edges out when asked', () => {
    const land = buildChinaWorld(units, adjacency, { seaEdges: false });
    expect(land.adjIndices!.length).toBe(2 * adjacency.land.length);
    expect(land.adjSea!.every((x) => x === 0)).toBe(true);
  });

  it('carries the province/prefecture hierarchy, regions and urban types', () => {
    expect(world.provinces).toHaveLength(31);
    const zj = world.provinces.find((p) => p.code === '33')!;
    expect(zj).toMatchObject({ name: '浙江省', nameEn: 'Zhejiang', region: REGIONS.indexOf('east') });
    const i = codeIndex(world).get('330681')!;
    expect(world.prefectures[world.prefecture[i]]).toMatchObject({ code: '3306', name: '绍兴市' });
    expect(world.provinces[world.province[i]].code).toBe('33');
    expect(world.prefectures[world.prefecture[i]].province).toBe(world.province[i]);
    expect(URBAN_TYPES[world.urbanType[i]]).toBe('city');
    const dongcheng = codeIndex(world).get('110101')!;
    expect(world.prefectures[world.prefecture[dongcheng]].name).toBe('北京市');
    expect(URBAN_TYPES[world.urbanType[dongcheng]]).toBe('district');
    const counts = [0, 0, 0, 0];
    world.region.forEach((r) => counts[r]++);
    expect(counts.every((c) => c > 100)).toBe(true);
  });

  it('derives attributes in [0, 1] that follow their proxies', () => {
    for (const a of ATTRIBUTES) {
      const v = world.attributes[a];
      expect(v).toHaveLength(world.n);
      expect(v.every((x) => x >= 0 && x <= 1 && Number.isFinite(x))).toBe(true);
    }
    // districts of the east have more resources on average than counties of the west
    const mean = (region: string, type: string) => {
      let s = 0;
      let n = 0;
      for (let i = 0; i < world.n; i++) {
        if (REGIONS[world.region[i]] === region && URBAN_TYPES[world.urbanType[i]] === type) (s += world.attributes.resources[i]), n++;
      }
      return s / n;
    };
    expect(mean('east', 'district')).toBeGreaterThan(mean('west', 'county') + 0.15);
  });

  it('attributes are a function of the seed: same seed same values, another seed other noise', () => {
    const again = buildChinaWorld(units, adjacency, { attributeSeed: 1 });
    const other = buildChinaWorld(units, adjacency, { attributeSeed: 2 });
    for (const a of ATTRIBUTES) {
      expect(Array.from(again.attributes[a])).toEqual(Array.from(world.attributes[a]));
      const differ = other.attributes[a].filter((x, i) => x !== world.attributes[a][i]).length;
      expect(differ).toBe(world.n);
    }
    // independent of the order the units come in
    const shuffled = [...units].reverse();
    expect(Array.from(buildChinaWorld(shuffled, adjacency).attributes.digital)).toEqual(Array.from(world.attributes.digital));
    expect(chinaAttributes(units.slice(0, 5), 1).support).toHaveLength(5);
  });

  it('rejects adjacency that names unknown units, self-loops or repeats', () => {
    expect(() => buildChinaWorld(units, { land: [['330681', '999999']], sea: [] })).toThrow(/land\[0\] names unknown unit 999999/);
    expect(() => buildChinaWorld(units, { land: [['330681', '330681']], sea: [] })).toThrow(/self-loop on 330681/);
    expect(() => buildChinaWorld(units, { land: [['330681', '330683'], ['330683', '330681']], sea: [] })).toThrow(/land\[1\] repeats/);
    expect(() => buildChinaWorld([...units, units[0]], adjacency)).toThrow(/appears twice/);
  });
});
