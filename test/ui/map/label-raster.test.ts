import { describe, expect, it } from 'vitest';
import { zoomIdentity } from 'd3';
import type { Topology } from 'topojson-specification';
import { decodeLabel, labelCode } from '../../../src/ui/map/label-codes.ts';
import { labelColours } from '../../../src/ui/map/label-colours.ts';
import { buildLabelRaster, type LabelView } from '../../../src/ui/map/label-raster.ts';
import { toMapGeometry, type MapGeometryInput } from '../../../src/ui/map/map-geometry.ts';
import { indexMap } from '../../../src/ui/map/map-index.ts';
import { featureAnchor, layoutMap, type MapLayout } from '../../../src/ui/map/map-layout.ts';
import { paintLabels } from '../../../src/ui/map/paint-labels.ts';
import { DEFAULT_PALETTE, stageColor } from '../../../src/ui/palette.ts';
import { syntheticMap } from './fixture.ts';
import { pixelDistances, vectorFills } from './vector-fills.ts';

const PAPER = '#ffffff';

/** A fixed, varied stage per locality (every stage occurs, neighbours mostly differ). */
function stagesFor(n: number): Uint8Array {
  return Uint8Array.from({ length: n }, (_, i) => (i * 7919) % 7);
}

/** The map as the label raster paints it, and as filling the paths paints it. */
function paintBoth(layout: MapLayout, view: LabelView, stages: Uint8Array): { ours: Uint8ClampedArray; reference: Uint8ClampedArray } {
  const raster = buildLabelRaster(view);
  const colours = labelColours(layout, stages, DEFAULT_PALETTE, PAPER, new Uint32Array(raster.paperLabel + 1));
  const image = new ImageData(view.width, view.height);
  paintLabels(raster, colours, new Uint32Array(image.data.buffer));
  const colourOf = (f: number) => {
    const i = layout.index.localityOfFeature[f];
    return i < 0 ? DEFAULT_PALETTE.background : stageColor(stages[i]);
  };
  const reference = vectorFills(layout, view.transform, view.dpr, view.width, view.height, colourOf, PAPER);
  return { ours: image.data, reference };
}

function summary(d: Float64Array): { mean: number; over3: number; over40: number } {
  let sum = 0;
  let over3 = 0;
  let over40 = 0;
  for (const x of d) {
    sum += x;
    if (x > 3) over3++;
    if (x > 40) over40++;
  }
  return { mean: sum / d.length, over3: over3 / d.length, over40: over40 / d.length };
}

function layoutOf(geometry: MapGeometryInput, codes: string[], width: number, height: number): MapLayout {
  return layoutMap(indexMap(toMapGeometry(geometry), codes), width, height);
}

describe('label codes', () => {
  it('decode every 24-bit label back to itself', () => {
    let wrong = 0;
    for (let label = 1; label < 1 << 24; label++) if (decodeLabel(labelCode(label)) !== label) wrong++;
    expect(wrong).toBe(0);
  });

  it('give neighbouring labels unrelated colours, so a blend of two rarely names a third', () => {
    let valid = 0;
    for (let a = 1; a <= 3000; a++) {
      const [x, y] = [labelCode(a), labelCode(a + 1)];
      const half = (((x >> 16) + (y >> 16)) >> 1 << 16) | (((((x >> 8) & 255) + ((y >> 8) & 255)) >> 1) << 8) | (((x & 255) + (y & 255)) >> 1);
      if (decodeLabel(half) <= 3001) valid++;
    }
    expect(valid).toBeLessThan(3);
  });
});

describe('the label raster', () => {
  const { geometry, codes } = syntheticMap();
  const stages = stagesFor(codes.length);

  for (const [k, dpr] of [
    [1, 1],
    [2.5, 1],
    [1, 2],
  ]) {
    it(`paints the synthetic map as filling its paths would (zoom ${k}, device-pixel ratio ${dpr})`, () => {
      const layout = layoutOf(geometry, codes, 800, 600);
      const t = zoomIdentity.translate(-300 * (k - 1), -250 * (k - 1)).scale(k);
      const { ours, reference } = paintBoth(layout, { layout, transform: t, dpr, width: 800 * dpr, height: 600 * dpr }, stages);
      const s = summary(pixelDistances(ours, reference));
      // Straight and gently curved edges between large cells: only rounding differences.
      expect(s.over40).toBeLessThan(0.0005);
      expect(s.over3).toBeLessThan(0.005);
      expect(s.mean).toBeLessThan(0.2);
    });
  }

  it('labels each pixel with the feature it shows, the inset paper, or nothing', () => {
    const layout = layoutOf(geometry, codes, 800, 600);
    const raster = buildLabelRaster({ layout, transform: zoomIdentity, dpr: 1, width: 800, height: 600 });
    const at = (x: number, y: number) => raster.labels[Math.round(y) * 800 + Math.round(x)];
    for (let f = 0; f < layout.main.length; f++) {
      const a = featureAnchor(layout, f);
      if (a) expect(at(a.x, a.y), layout.index.geometry.ids[f]).toBe(f + 1);
    }
    const r = layout.insetRect;
    expect(at(r.x + 3, r.y + r.height - 3)).toBe(raster.paperLabel);
    expect(at(1, 1)).toBe(0);
    // The coast keeps its antialiasing: partly covered pixels exist, with partial coverage.
    expect([...raster.mixAlpha].some((a) => a > 0 && a < 255)).toBe(true);
  });

  it('paints the China map as filling its 2,833 paths would, up to antialiasing noise', async () => {
    const topology = (await (await fetch('/public/data/china-units.topo.json')).json()) as Topology;
    const csv = await (await fetch('/public/data/china-units.csv')).text();
    const china = csv.trim().split('\n').slice(1).map((line) => line.slice(0, line.indexOf(',')));
    const layout = layoutOf(topology, china, 876, 600);
    for (const k of [1, 4]) {
      const t = zoomIdentity.translate(-876 * 0.7 * (k - 1), -600 * 0.6 * (k - 1)).scale(k);
      const { ours, reference } = paintBoth(layout, { layout, transform: t, dpr: 1, width: 876, height: 600 }, stagesFor(china.length));
      const s = summary(pixelDistances(ours, reference));
      // Where three or more small units share a pixel, it is drawn as a mix of the two largest.
      expect(s.over40, `zoom ${k}`).toBeLessThan(0.003);
      expect(s.over3, `zoom ${k}`).toBeLessThan(0.02);
      expect(s.mean, `zoom ${k}`).toBeLessThan(0.6);
    }
  });
});
