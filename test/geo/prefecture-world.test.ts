import { describe, expect, it } from 'vitest';
import { ATTRIBUTES, URBAN_TYPES, codeIndex, type World } from '../../src/model/world.ts';
import { aggregatePrefectures, buildChinaWorld, prefectureUnitCode } from '../../src/geo/index.ts';
import { adjacency, units } from './committed-data.ts';

/** Connected components of a world's graph (by breadth-first search). */
function components(world: World, land: boolean): number {
  const seen = new Uint8Array(world.n);
  let count = 0;
  for (let s = 0; s < world.n; s++) {
    if (seen[s]) continue;
    count++;
    const queue = [s];
    seen[s] = 1;
    while (queue.length) {
      const i = queue.pop()!;
      for (let k = world.adjOffsets![i]; k < world.adjOffsets![i + 1]; k++) {
        const j = world.adjIndices![k];
        if (!seen[j] && (!land || world.adjSea![k] === 0)) (seen[j] = 1), queue.push(j);
      }
    }
  }
  return count;
}

describe('the prefecture-level China world', () => {
  const county = buildChinaWorld(units, adjacency);
  const area = county.codes.map((c) => units.find((u) => u.code === c)!.areaKm2);
  const { world, unitOfCounty } = aggregatePrefectures(county, area);
  const index = codeIndex(world);

  it('has 366 units: 333 prefecture-level divisions, the 4 municipalities and 29 province-administered counties', () => {
    expect(world.kind).toBe('china');
    expect(world.n).toBe(366);
    expect(world.codes).toEqual([...world.codes].sort());
    const municipalities = world.codes.filter((c) => ['110100', '120100', '310100', '500100'].includes(c));
    const provinceAdministered = world.codes.filter((c) => c.slice(2, 4) === '90');
    expect(municipalities).toHaveLength(4);
    expect(provinceAdministered).toHaveLength(29);
    // the remaining units are coded <prefecture>00, one per NBS prefecture code
    const prefectureCodes = new Set(units.map((u) => u.prefectureCode).filter((p) => !p.endsWith('90') && !['11', '12', '31', '50'].includes(p.slice(0, 2))));
    expect(prefectureCodes.size).toBe(333);
    expect(world.codes.filter((c) => c.endsWith('00') && !municipalities.includes(c)).sort()).toEqual([...prefectureCodes].map((p) => `${p}00`).sort());
    // buildChinaWorld with unit 'prefecture' builds the same world
    const built = buildChinaWorld(units, adjacency, { unit: 'prefecture' });
    expect(built.codes).toEqual(world.codes);
    expect(Array.from(built.attributes.resources)).toEqual(Array.from(world.attributes.resources));
  });

  it('maps every county to exactly one unit, in its own prefecture and province, and leaves no unit empty', () => {
    expect(unitOfCounty).toHaveLength(county.n);
    const members = new Array<number>(world.n).fill(0);
    for (let i = 0; i < county.n; i++) {
      const u = unitOfCounty[i];
      members[u]++;
      expect(world.codes[u]).toBe(prefectureUnitCode(county.codes[i]));
      expect(world.provinces[world.province[u]].code).toBe(county.codes[i].slice(0, 2));
    }
    expect(members.every((m) => m > 0)).toBe(true);
    expect(members.reduce((a, b) => a + b, 0)).toBe(2828);
    const sum = (a: Int32Array) => a.reduce((s, x) => s + x, 0);
    expect(sum(world.townships)).toBe(sum(county.townships));
    expect(sum(world.villages)).toBe(sum(county.villages));
    // 重庆's districts and counties are one unit; a province-administered county is its own unit
    expect(members[index.get('500100')!]).toBe(38);
    expect(members[index.get('469002')!]).toBe(1);
    expect(members[index.get('510100')!]).toBe(20);
  });

  it('names units in both languages: the prefecture, the municipality, or the county itself', () => {
    const named = (code: string) => [world.names[index.get(code)!], world.namesEn[index.get(code)!]];
    expect(named('510100')).toEqual(['成都市', 'Chéngdū Shì']);
    expect(named('330600')).toEqual(['绍兴市', 'Shàoxīng Shì']);
    expect(named('500100')).toEqual(['重庆市', 'Chongqing']);
    expect(named('419001')).toEqual(['济源市', 'Jǐyuán Shì']);
    expect(named('513200')[0]).toBe('阿坝藏族羌族自治州');
    for (let u = 0; u < world.n; u++) {
      expect(world.names[u]).toMatch(/\p{Script=Han}/u);
      expect(world.namesEn[u]).toMatch(/^[\p{Script=Latin}' ()-]+$/u);
    }
    expect(new Set(world.names).size).toBe(world.n);
  });

  it('has a symmetric graph: units are neighbours exactly when any of their counties are', () => {
    const edges = new Map<string, number>();
    for (let u = 0; u < world.n; u++) {
      for (let k = world.adjOffsets![u]; k < world.adjOffsets![u + 1]; k++) edges.set(`${u}-${world.adjIndices![k]}`, world.adjSea![k]);
    }
    for (const [key, sea] of edges) {
      const [u, v] = key.split('-');
      expect(u).not.toBe(v);
      expect(edges.get(`${v}-${u}`)).toBe(sea);
    }
    const expected = new Map<string, number>();
    for (let i = 0; i < county.n; i++) {
      for (let k = county.adjOffsets![i]; k < county.adjOffsets![i + 1]; k++) {
        const [u, v] = [unitOfCounty[i], unitOfCounty[county.adjIndices![k]]];
        if (u !== v) expected.set(`${u}-${v}`, Math.min(expected.get(`${u}-${v}`) ?? 1, county.adjSea![k]));
      }
    }
    expect(edges).toEqual(expected);
    const chengdu = index.get('510100')!;
    const neighbours = Array.from(world.adjIndices!.subarray(world.adjOffsets![chengdu], world.adjOffsets![chengdu + 1]), (v) => world.codes[v]);
    expect(neighbours).toEqual(expect.arrayContaining(['510600', '511400', '512000', '513200']));
    expect(neighbours).not.toContain('500100');
    // sea edges carry over, flagged: with them the map is one graph; by land, Hainan and the islands stand apart
    expect(components(world, false)).toBe(1);
    expect(components(world, true)).toBeGreaterThan(1);
    expect(world.adjSea!.some((s) => s === 1)).toBe(true);
    const land = buildChinaWorld(units, adjacency, { unit: 'prefecture', seaEdges: false });
    expect(land.adjSea!.every((s) => s === 0)).toBe(true);
  });

  it('aggregates attributes as township-weighted means in [0, 1], and urban type from the members', () => {
    for (const a of ATTRIBUTES) {
      const v = world.attributes[a];
      expect(v).toHaveLength(world.n);
      expect(v.every((x) => x >= 0 && x <= 1 && Number.isFinite(x))).toBe(true);
    }
    const chengdu = index.get('510100')!;
    let weighted = 0;
    let weight = 0;
    for (let i = 0; i < county.n; i++) {
      if (unitOfCounty[i] !== chengdu) continue;
      weighted += Math.max(county.townships[i], 1) * county.attributes.digital[i];
      weight += Math.max(county.townships[i], 1);
    }
    expect(world.attributes.digital[chengdu]).toBeCloseTo(weighted / weight, 12);
    expect(URBAN_TYPES[world.urbanType[chengdu]]).toBe('district');
    expect(URBAN_TYPES[world.urbanType[index.get('469002')!]]).toBe('city'); // 琼海市
    expect(URBAN_TYPES[world.urbanType[index.get('429021')!]]).toBe('county'); // 神农架林区
    expect(world.lon[chengdu]).toBeCloseTo(103.9, 0);
    expect(world.lat[chengdu]).toBeCloseTo(30.7, 0);
    // the prefecture entry keeps its NBS code, so a scope by prefecture means the same at both levels
    expect(world.prefectures[world.prefecture[chengdu]]).toMatchObject({ code: '5101', name: '成都市' });
  });
});
