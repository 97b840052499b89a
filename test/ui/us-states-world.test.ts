import { afterEach, describe, expect, it } from 'vitest';
import type { IdlApp } from '../../src/ui/app/idl-app.ts';
import { setLocale } from '../../src/ui/i18n/i18n.ts';
import { mountApp, until } from './mountApp.ts';

// The US states have no map in the app yet: a us-states scenario runs on the abstract squares, one
// per state, and the notice under them says so in both languages (no China map, no crash).

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

describe('the app on a us-states scenario', () => {
  it('runs it on 50 squares with a notice that the states have no map yet, in Chinese and English', async () => {
    setLocale('zh-CN');
    const app = await mountApp();
    await importScenario(app, 'states.json', JSON.stringify(SCENARIO));
    expect(app.imported).toBe('states.json');
    await until(() => app.sim.status === 'ready' && app.sim.info?.worldKind === 'us-states');
    await app.sim.seek(40);
    await app.updateComplete;
    const $ = (sel: string) => app.shadowRoot!.querySelector(sel);
    expect($('.error[role=alert]')).toBeNull();
    expect($('idl-map')).toBeNull();
    const grid = $('idl-cell-grid') as HTMLElement & { layout: { cols: number; rows: number } | null; stages: Uint8Array; codes: string[] };
    await until(() => !!grid.layout);
    expect(grid.stages.length).toBe(50);
    expect(grid.codes[grid.codes.indexOf('CA')]).toBe('CA');
    expect(grid.stages[grid.codes.indexOf('CA')]).toBeGreaterThan(0);
    expect($('.notice')!.textContent).toContain('美国各州地图尚未绘制');
    expect($('.notice')!.textContent).not.toContain('完全混合');
    setLocale('en');
    await app.updateComplete;
    expect($('.notice')!.textContent).toContain('The map of the US states is not drawn yet: each square is one state');
  });
});
