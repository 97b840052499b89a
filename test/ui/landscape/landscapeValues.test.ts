import { describe, expect, it } from 'vitest';
import { landscapeHeights, type LandscapeData } from '../../../src/ui/landscape/landscapeValues.ts';
import { DEFAULT_VIEW, rotate, tilt, viewForKey, zoom } from '../../../src/ui/landscape/orbitView.ts';

function data(firstAdopted: number[], tick: number, quality: number[] = firstAdopted.map(() => 0.5)): LandscapeData {
  return {
    stage: Uint8Array.from(firstAdopted, (f) => (f >= 0 ? 1 : 0)),
    firstAdopted: Int32Array.from(firstAdopted),
    quality: Float32Array.from(quality),
    tick,
  };
}

describe('landscape heights', () => {
  it('by adoption: the origin is the summit, earlier is higher, never adopted is flat, adopted this month is a step up', () => {
    const { heights, max } = landscapeHeights('adoption', data([0, 12, 60, 120, -1], 120), 1 / 12, null);
    expect(max).toBe(10);
    expect(heights[0]).toBe(1);
    expect(heights[0]).toBeGreaterThan(heights[1]);
    expect(heights[1]).toBeGreaterThan(heights[2]);
    expect(heights[2]).toBeGreaterThan(heights[3]);
    expect(heights[3]).toBeGreaterThan(0);
    expect(heights[4]).toBe(0);
  });

  it('by quality: the quality of units that ever adopted, flat for the others whatever their quality', () => {
    const { heights } = landscapeHeights('quality', data([0, -1, 5], 10, [0.8, 0.9, 0.25]), 1 / 12, null);
    expect(Array.from(heights)).toEqual([Math.fround(0.8), 0, 0.25]);
  });

  it('by probability: the ensemble’s share, flat without an ensemble', () => {
    const d = data([0, -1], 10);
    expect(Array.from(landscapeHeights('probability', d, 1 / 12, { values: Float64Array.from([0.75, 0.5]), time: 2000, runs: 50 }).heights)).toEqual([0.75, 0.5]);
    expect(Array.from(landscapeHeights('probability', d, 1 / 12, null).heights)).toEqual([0, 0]);
  });
});

describe('the landscape camera', () => {
  it('keys: arrows rotate and tilt, + − zoom, 0 and R reset, other keys are not taken', () => {
    const turned = viewForKey(DEFAULT_VIEW, 'ArrowRight')!;
    expect(turned.azimuth).toBeGreaterThan(0);
    expect(viewForKey(turned, 'ArrowLeft')!.azimuth).toBeCloseTo(0, 12);
    expect(viewForKey(DEFAULT_VIEW, 'ArrowUp')!.elevation).toBeGreaterThan(DEFAULT_VIEW.elevation);
    expect(viewForKey(DEFAULT_VIEW, '+')!.distance).toBeLessThan(DEFAULT_VIEW.distance);
    expect(viewForKey(DEFAULT_VIEW, '-')!.distance).toBeGreaterThan(DEFAULT_VIEW.distance);
    for (const k of ['0', 'r', 'R']) expect(viewForKey(zoom(turned, 2), k)).toEqual(DEFAULT_VIEW);
    for (const k of [' ', 'a', 'Enter', '?']) expect(viewForKey(DEFAULT_VIEW, k)).toBeNull();
  });

  it('stays above the plane and within reach: tilt and zoom are clamped, rotation wraps', () => {
    let v = DEFAULT_VIEW;
    for (let i = 0; i < 100; i++) v = tilt(v, -0.2);
    expect(v.elevation).toBeCloseTo((10 * Math.PI) / 180, 12);
    for (let i = 0; i < 100; i++) v = tilt(v, 0.2);
    expect(v.elevation).toBeLessThan(Math.PI / 2);
    for (let i = 0; i < 100; i++) v = zoom(v, 2);
    expect(v.distance).toBeGreaterThan(0.5);
    for (let i = 0; i < 100; i++) v = zoom(v, 0.5);
    expect(v.distance).toBeLessThan(10);
    v = rotate(DEFAULT_VIEW, 7 * Math.PI);
    expect(v.azimuth).toBeGreaterThan(-Math.PI - 1e-12);
    expect(v.azimuth).toBeLessThanOrEqual(Math.PI);
    expect(Math.cos(v.azimuth)).toBeCloseTo(-1, 12);
  });
});

describe('the help dialog', () => {
  it('lists the landscape’s keys beside the map’s, in both languages', async () => {
    await import('../../../src/ui/help/idl-help-dialog.ts');
    const { setLocale } = await import('../../../src/ui/i18n/i18n.ts');
    const dialog = document.createElement('idl-help-dialog');
    document.body.append(dialog);
    for (const [lang, text] of [
      ['en', 'On the focused landscape: rotate and tilt, zoom in and out, reset the view'],
      ['zh-CN', '扩散地形获得焦点时：旋转与俯仰、放大与缩小、复位视角'],
    ] as const) {
      setLocale(lang);
      await dialog.updateComplete;
      const rows = [...dialog.shadowRoot!.querySelectorAll('tr')].map((tr) => tr.textContent!.replace(/\s+/g, ' ').trim());
      expect(rows.find((r) => r.includes(text))).toContain('0 R');
    }
    dialog.remove();
  });
});
