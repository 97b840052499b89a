import { afterEach, describe, expect, it } from 'vitest';
import type { IdlApp } from '../../src/ui/app/idl-app.ts';
import type { IdlMap } from '../../src/ui/map/idl-map.ts';
import { featureAnchor } from '../../src/ui/map/map-layout.ts';
import { setLocale } from '../../src/ui/i18n/i18n.ts';
import { CATALOGUE, type MessageKey } from '../../src/ui/i18n/catalogue.ts';
import { STAGE_COLORS } from '../../src/ui/palette.ts';
import { mountApp, until } from './mountApp.ts';
import { rgb } from './map/fixture.ts';

// A us-states scenario runs on the map of the US states, drawn by the same <idl-map> as China's:
// coloured by stage, tooltips with the state's name and detail from the run, the table view, the
// map PNG export, keyboard zoom and projector mode, and the notice under it in both languages.

afterEach(() => {
  setLocale('en');
  document.body.replaceChildren();
});

const SCENARIO = {
  meta: { title: { en: 'States test', zh: '各州测试' } },
  world: { kind: 'us-states' },
  time: { startYear: 1990, years: 20, dt: 0.25 },
  params: { q: 0.6 },
  innovations: [{ id: 'policy', origins: ['CA'], complexity: 0.3, digital: 0.1 }],
};

/** Imports a scenario file the way the export dialog's file picker does. */
async function importScenario(app: IdlApp, name: string, text: string): Promise<void> {
  app.shadowRoot!.querySelector('idl-export-dialog')!.dispatchEvent(new CustomEvent('idl-import', { detail: { file: new File([text], name) }, bubbles: true, composed: true }));
  await until(() => !app.busy && app.exportStatus !== '');
  await app.updateComplete;
}

/** The screen point (CSS px of the map, unzoomed) of the state `code`, and the fill colour there. */
function stateAt(map: IdlMap, code: string): { x: number; y: number; colour: number[] } {
  const layout = map.layout!;
  const a = featureAnchor(layout, layout.index.geometry.ids.indexOf(code))!;
  const canvas = map.shadowRoot!.querySelector('canvas.fills') as HTMLCanvasElement;
  const dpr = canvas.width / layout.width;
  const colour = [...canvas.getContext('2d')!.getImageData(Math.round(a.x * dpr), Math.round(a.y * dpr), 1, 1).data];
  return { x: a.x, y: a.y, colour };
}

describe('the app on a us-states scenario', () => {
  it('draws the states’ map coloured by stage, with tooltips, table, PNG export, zoom keys and projector mode', async () => {
    setLocale('zh-CN');
    const app = await mountApp();
    await importScenario(app, 'states.json', JSON.stringify(SCENARIO));
    expect(app.imported).toBe('states.json');
    await until(() => app.sim.status === 'ready' && app.sim.info?.worldKind === 'us-states');
    await app.sim.seek(40);
    await app.updateComplete;
    const $ = (sel: string) => app.shadowRoot!.querySelector(sel);
    const info = app.sim.info!;
    await until(() => ($('idl-map') as IdlMap | null)?.world === 'us-states' && !!($('idl-map') as IdlMap).layout && ($('idl-map') as IdlMap).stages?.buffer === app.sim.frame!.stage.buffer);
    const map = $('idl-map') as IdlMap;
    expect($('.error[role=alert]')).toBeNull();
    expect($('idl-cell-grid')).toBeNull();
    expect($('section.map')!.getAttribute('aria-label')).toBe('按阶段着色的美国各州地图');
    expect($('header .brand p')!.textContent).toBe('政策创新如何在美国各州之间扩散'); // not “在中国各地”
    // Every state is drawn, DC grey and unsimulated; no South China Sea inset.
    expect([...map.layout!.index.featureOfLocality].filter((f) => f < 0)).toEqual([]);
    expect(map.layout!.insetRect.width).toBe(0);
    expect(map.shadowRoot!.querySelector('.inset-label')).toBeNull();
    // California, the origin, is coloured by its stage.
    const ca = info.codes.indexOf('CA');
    const stage = app.sim.frame!.stage[ca];
    expect(stage).toBeGreaterThan(0);
    const at = stateAt(map, 'CA');
    expect(at.colour).toEqual(rgb(STAGE_COLORS[stage]));
    // The notice under the map says what it is, not that it is missing.
    expect($('.notice')!.textContent).toContain('Albers USA');
    expect($('.notice')!.textContent).toContain('哥伦比亚特区');
    expect($('.notice')!.textContent).not.toContain('尚未绘制');
    // The region slots are the US Census regions: the gap KPI and the chart's region lines say so.
    const kpis = $('idl-kpis')!.shadowRoot!.textContent!;
    expect(kpis).toContain('南部与西部差距');
    expect(kpis).not.toContain('东西部差距');
    const adoption = [...app.shadowRoot!.querySelectorAll('idl-chart')].find((c) => c.getAttribute('kind') === 'adoption')!;
    await until(() => (adoption.shadowRoot!.textContent ?? '').includes('中西部'));
    expect(adoption.shadowRoot!.textContent).not.toContain('在运行 · 东部');

    // Tooltip: the state's name and its detail from the run (the origin mark).
    const surface = map.shadowRoot!.querySelector('.surface') as HTMLElement;
    const r = surface.getBoundingClientRect();
    surface.dispatchEvent(new PointerEvent('pointermove', { clientX: r.left + at.x, clientY: r.top + at.y, bubbles: true, composed: true }));
    await until(() => !!map.shadowRoot!.querySelector('.tooltip'));
    const tip = map.shadowRoot!.querySelector('.tooltip')!.textContent!.replace(/\s+/g, ' ');
    expect(tip).toContain('加利福尼亚州');
    expect(tip).toContain('首创地');
    expect(tip).toContain(CATALOGUE['zh-CN'][`stage.${stage}` as MessageKey]); // its stage, from the run's locality detail
    expect(tip).not.toContain('省份');

    // The table view lists the states by name, without a province column repeating them.
    ($('button.table-toggle') as HTMLButtonElement).click();
    await until(() => !!app.tableData);
    await app.updateComplete;
    const table = $('idl-map-table')!;
    await (table as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(table.shadowRoot!.textContent).toContain('加利福尼亚州');
    expect([...table.shadowRoot!.querySelectorAll('thead th')].map((th) => th.textContent)).not.toContain('省份');
    expect(table.shadowRoot!.querySelectorAll('tbody tr')).toHaveLength(50);
    expect(table.shadowRoot!.querySelector('tbody tr')!.children).toHaveLength(3);

    // The map PNG export.
    $('idl-export-dialog')!.dispatchEvent(new CustomEvent('idl-export', { detail: { kind: 'map' }, bubbles: true, composed: true }));
    await until(() => !app.busy && app.exportStatus !== '');
    expect(app.exportStatus).toMatch(/map.*\.png/);

    // Keyboard zoom and projector mode.
    surface.dispatchEvent(new KeyboardEvent('keydown', { key: '+', bubbles: true }));
    await map.updateComplete;
    expect(map.transform.k).toBeCloseTo(1.5);
    app.projector = true;
    await app.updateComplete;
    expect(map.borderScale).toBeGreaterThan(1);

    setLocale('en');
    await app.updateComplete;
    expect($('.notice')!.textContent).toContain('The 50 US states in the Albers USA projection');
    expect($('section.map')!.getAttribute('aria-label')).toBe('Map of the US states coloured by stage');
    expect($('header .brand p')!.textContent).toBe('How policy innovations spread among the US states');

    // Back to a China preset: the same element draws China again, with its South China Sea inset.
    const picker = $('select.preset') as HTMLSelectElement;
    picker.value = 'fengqiao';
    picker.dispatchEvent(new Event('change'));
    await until(() => app.sim.status === 'ready' && app.sim.info?.worldKind === 'china');
    await app.updateComplete;
    const china = $('idl-map') as IdlMap;
    await until(() => china.world === 'china' && !!china.layout && china.layout.index.world === 'china');
    await china.updateComplete;
    expect(china.layout!.insetRect.width).toBeGreaterThan(0);
    expect(china.shadowRoot!.querySelector('.inset-label')!.textContent).toContain('South China Sea islands');
    expect(china.layout!.index.featureOfLocality).toHaveLength(2828);
  });
});
