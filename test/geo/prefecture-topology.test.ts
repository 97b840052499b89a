import { describe, expect, it } from 'vitest';
import { geoArea } from 'd3';
import { buildChinaWorld, chinaFeatures, prefectureTopology, prefectureUnitCode } from '../../src/geo/index.ts';
import { adjacency, topology, units } from './committed-data.ts';

describe('prefectureTopology', () => {
  const merged = prefectureTopology(topology);
  const { units: features, background } = chinaFeatures(merged);
  const county = chinaFeatures(topology);

  it('has one shape per prefecture-level unit of the world, and the same grey background', () => {
    const world = buildChinaWorld(units, adjacency, { unit: 'prefecture' });
    expect(features.map((f) => String(f.id)).sort()).toEqual([...world.codes]);
    expect(background.map((f) => f.id)).toEqual(county.background.map((f) => f.id));
  });

  it("merges the counties' shapes: the same area, no inverted ring, the inner borders gone", () => {
    const countyArea = new Map<string, number>();
    for (const f of county.units) {
      const code = prefectureUnitCode(String(f.id));
      countyArea.set(code, (countyArea.get(code) ?? 0) + geoArea(f));
    }
    for (const f of features) {
      const area = geoArea(f);
      expect(area, String(f.id)).toBeLessThan(2 * Math.PI); // an inverted ring would cover the globe
      expect(area / countyArea.get(String(f.id))!, String(f.id)).toBeCloseTo(1, 6);
    }
    const chengdu = features.find((f) => f.id === '510100')!;
    expect(chengdu.geometry.type).toBe('MultiPolygon');
    expect((chengdu.geometry as GeoJSON.MultiPolygon).coordinates).toHaveLength(1);
    expect((chengdu.geometry as GeoJSON.MultiPolygon).coordinates[0]).toHaveLength(1); // no holes left by inner borders
  });
});
