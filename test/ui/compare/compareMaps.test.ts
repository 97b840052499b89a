/**
 * Compare mode's probability maps in Chromium on a hand-built comparison: for the chosen year, each
 * arm's share of worlds in which a locality had adopted on a sequential scale, the difference on a
 * diverging one, each with its legend, coloured by the map's value mode.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import '../../../src/ui/compare/idl-compare-maps.ts';
import type { IdlCompareMaps } from '../../../src/ui/compare/idl-compare-maps.ts';
import type { IdlMap } from '../../../src/ui/map/idl-map.ts';
import { featureAnchor } from '../../../src/ui/map/map-layout.ts';
import { DIFFERENCE_COLORS, PROBABILITY_COLORS } from '../../../src/ui/compare/comparePalette.ts';
import { setLocale } from '../../../src/ui/i18n/i18n.ts';
import { collect } from '../fixture.ts';
import { rgb, syntheticMap } from '../map/fixture.ts';
import { comparison } from './comparisonFixture.ts';

async function mountMaps(yearIndex: number): Promise<IdlCompareMaps> {
  document.body.replaceChildren();
  const el = document.createElement('idl-compare-maps');
  el.style.width = '1200px';
  const { geometry, codes } = syntheticMap();
  Object.assign(el, { result: comparison(), innovation: 0, yearIndex, world: 'china', geometry, codes: codes.slice(0, 4) });
  document.body.append(el);
  await el.updateComplete;
  for (const map of maps(el)) await vi.waitFor(() => expect(map.layout).not.toBeNull());
  return el;
}

const maps = (el: IdlCompareMaps) => [...el.shadowRoot!.querySelectorAll('idl-map')] as IdlMap[];

/** The colour of a map's fill canvas at the anchor (centroid) of locality i's feature. */
function colourOf(map: IdlMap, i: number): number[] {
  const layout = map.layout!;
  const a = featureAnchor(layout, layout.index.featureOfLocality[i])!;
  const canvas = map.shadowRoot!.querySelector('canvas.fills') as HTMLCanvasElement;
  const dpr = canvas.width / layout.width;
  return [...canvas.getContext('2d')!.getImageData(Math.round(a.x * dpr), Math.round(a.y * dpr), 1, 1).data];
}

/** The tooltip's text when the pointer rests on locality i of a map. */
async function tooltipOf(map: IdlMap, i: number): Promise<string> {
  const a = featureAnchor(map.layout!, map.layout!.index.featureOfLocality[i])!;
  const surface = map.shadowRoot!.querySelector('.surface') as HTMLElement;
  const r = surface.getBoundingClientRect();
  surface.dispatchEvent(new PointerEvent('pointermove', { clientX: r.left + a.x, clientY: r.top + a.y, bubbles: true, composed: true }));
  await vi.waitFor(() => expect(map.shadowRoot!.querySelector('.tooltip')).not.toBeNull());
  return map.shadowRoot!.querySelector('.tooltip')!.textContent!.replace(/\s+/g, ' ').trim();
}

describe('<idl-compare-maps>', () => {
  afterEach(() => {
    setLocale('en');
    document.body.replaceChildren();
  });

  it('colours each arm by the share of worlds adopted by the year, and the difference on a diverging scale', async () => {
    setLocale('en');
    const el = await mountMaps(5); // 2005: baseline 1, 0, ½, 0; scenario 1, 1, 1, 0
    const [baseline, scenario, difference] = maps(el);
    expect([...baseline.stages!]).toEqual([9, 0, 5, 0]);
    expect([...scenario.stages!]).toEqual([9, 9, 9, 0]);
    // differences 0, +1, +½, 0 on ±100 pp in 9 classes: the middle class is "about the same"
    expect([...difference.stages!]).toEqual([4, 8, 6, 4]);
    expect(colourOf(scenario, 1)).toEqual(rgb(toHex(PROBABILITY_COLORS[9])));
    expect(colourOf(baseline, 1)).toEqual(rgb(toHex(PROBABILITY_COLORS[0])));
    expect(colourOf(difference, 1)).toEqual(rgb(toHex(DIFFERENCE_COLORS[8])));
    const legend = (m: IdlMap) => m.shadowRoot!.querySelector('.legend')!.textContent!.replace(/\s+/g, ' ');
    expect(legend(baseline)).toMatch(/Share of simulated worlds in which it had adopted 0% to 10%.*90% to 100%/);
    expect(legend(difference)).toMatch(/Scenario − baseline −100 pp to −78 pp · more likely in the baseline.*about the same.*more likely in the scenario/);
    expect(el.shadowRoot!.querySelector('h3')!.textContent).toBe('Probability of having adopted by 2005');
    // hovering a locality names it and says its value
    expect(await tooltipOf(baseline, 2)).toBe('单元100002 adopted by 2005 in 50% of the simulated worlds');
    expect(await tooltipOf(difference, 2)).toBe('单元100002 scenario − baseline: +50 pp');
  });

  it('moves the year with its slider, and speaks Chinese', async () => {
    setLocale('zh-CN');
    const el = await mountMaps(2); // 2002: locality 1 adopts only at year 3
    expect([...maps(el)[2].stages!]).toEqual([4, 4, 4, 4]);
    expect(el.shadowRoot!.querySelector('h3')!.textContent).toBe('到 2002年 已采纳的概率');
    expect(maps(el)[2].shadowRoot!.querySelector('.legend')!.textContent).toMatch(/方案 − 基准.*基准下更可能.*大致相同.*方案下更可能/s);
    const seen = collect<{ index: number }>(el, 'idl-compare-year');
    const slider = el.shadowRoot!.querySelector('input[type=range]') as HTMLInputElement;
    slider.value = '7';
    slider.dispatchEvent(new Event('input', { bubbles: true }));
    expect(seen).toEqual([{ index: 7 }]);
  });
});

/** A CSS rgb() colour as #rrggbb. */
function toHex(css: string): string {
  const m = css.match(/\d+/g)!.map(Number);
  return `#${m.slice(0, 3).map((v) => v.toString(16).padStart(2, '0')).join('')}`;
}
