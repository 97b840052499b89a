import { geoPath } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { chinaFeatures, chinaProjection, SOUTH_CHINA_SEA_INSET, southChinaSeaInset } from '../../src/geo/index.ts';
import { topology } from './committed-data.ts';

describe('China projections', () => {
  const W = 1000;
  const H = 750;
  const main = chinaProjection(W, H, 10);
  const inset = southChinaSeaInset(W, H, 10);
  const { units, background } = chinaFeatures(topology);

  it('fit the main view inside the map, north up', () => {
    const beijing = main([116.4, 39.9])!;
    const guangzhou = main([113.3, 23.1])!;
    expect(beijing[1]).toBeLessThan(guangzhou[1]);
    const path = geoPath(main);
    for (const f of units.filter((u) => !SOUTH_CHINA_SEA_INSET.insetOnly.includes(String(u.id)))) {
      const [[x0, y0], [x1, y1]] = path.bounds(f);
      expect(x0).toBeGreaterThanOrEqual(9);
      expect(y0).toBeGreaterThanOrEqual(9);
      expect(x1).toBeLessThanOrEqual(W - 9);
      expect(y1).toBeLessThanOrEqual(H - 9);
    }
  });

  it('put the South China Sea inset in the bottom-right corner, clear of Taiwan, with 三沙 inside it', () => {
    const { box } = inset;
    expect(box.x + box.width).toBeCloseTo(W - 10);
    expect(box.y + box.height).toBeCloseTo(H - 10);
    const taiwan = geoPath(main).bounds(background.find((f) => f.id === '710000')!);
    expect(taiwan[1][0]).toBeLessThan(box.x);
    const sansha = geoPath(inset.projection).bounds(units.find((f) => f.id === '460321')!);
    expect(sansha[0][0]).toBeGreaterThanOrEqual(box.x);
    expect(sansha[0][1]).toBeGreaterThanOrEqual(box.y);
    expect(sansha[1][0]).toBeLessThanOrEqual(box.x + box.width);
    expect(sansha[1][1]).toBeLessThanOrEqual(box.y + box.height);
  });
});
