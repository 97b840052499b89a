import { beforeAll, describe, expect, it } from 'vitest';
import type { Topology } from 'topojson-specification';
import { toMapGeometry } from '../../../src/ui/map/map-geometry.ts';
import { indexMap, type MapIndex } from '../../../src/ui/map/map-index.ts';
import { layoutMap } from '../../../src/ui/map/map-layout.ts';

// The committed map of China (public/data) through the map's index and layout.

let index: MapIndex;
let codes: string[];

beforeAll(async () => {
  const topology = (await (await fetch('/public/data/china-units.topo.json')).json()) as Topology;
  const csv = await (await fetch('/public/data/china-units.csv')).text();
  codes = csv.trim().split('\n').slice(1).map((line) => line.slice(0, line.indexOf(',')));
  index = indexMap(toMapGeometry(topology), codes);
});

describe('the China map', () => {
  it('draws every simulated unit, and exactly the five background features in grey', () => {
    expect(codes).toHaveLength(2828);
    expect([...index.featureOfLocality].filter((f) => f < 0)).toEqual([]);
    const grey = [...index.backgroundFeatures].map((f) => index.geometry.ids[f]).sort();
    expect(grey).toEqual(['350527', '442100', '710000', '810000', '820000']);
    expect(index.geometry.provinceBorders).not.toBeNull();
  });

  it('keeps the southern islands out of the main view and in the inset', () => {
    const sansha = index.geometry.ids.indexOf('460321');
    expect(index.mainGeometry[sansha]).toBeNull();
    expect(index.insetGeometry[sansha]).not.toBeNull();
    // Hainan's units stay in the main view.
    const sanya = index.geometry.ids.indexOf('460200');
    expect(index.mainGeometry[sanya]).not.toBeNull();
  });

  for (const [w, h] of [
    [1100, 700],
    [700, 900],
    [420, 320],
  ]) {
    it(`lays out at ${w}×${h} with no unit under the inset box`, () => {
      const layout = layoutMap(index, w, h);
      const r = layout.insetRect;
      expect(r.x).toBeGreaterThan(0);
      const under: string[] = [];
      let drawn = 0;
      for (let f = 0; f < layout.main.length; f++) {
        const [x0, y0, x1, y1] = layout.mainBox.subarray(4 * f, 4 * f + 4);
        if (Number.isNaN(x0)) continue;
        drawn++;
        expect(x0).toBeGreaterThanOrEqual(0);
        expect(y0).toBeGreaterThanOrEqual(0);
        expect(x1).toBeLessThanOrEqual(w);
        expect(y1).toBeLessThanOrEqual(h);
        if (x1 > r.x && x0 < r.x + r.width && y1 > r.y && y0 < r.y + r.height) under.push(index.geometry.ids[f]);
      }
      expect(under).toEqual([]);
      expect(drawn).toBe(2833 - 1); // all features but 三沙 (inset only)
      expect(layout.insetFeatures.length).toBeGreaterThan(10);
    });
  }
});
