/**
 * Compare mode in the app shell (in-page simulation service): the toggle loads the panel on first
 * opening and hands it the run's baseline and the user's changes; in compare mode a lever change
 * keeps the year shown on the main map; the representative pair's seed is loaded on the main map
 * with the same levers.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { IdlApp } from '../../../src/ui/app/idl-app.ts';
import type { IdlComparePanel } from '../../../src/ui/compare/idl-compare-panel.ts';
import { setLocale } from '../../../src/ui/i18n/i18n.ts';
import { mountApp, until } from '../mountApp.ts';

const $ = <T extends Element>(app: IdlApp, sel: string) => app.shadowRoot!.querySelector(sel) as T;

function moveLever(app: IdlApp, key: string, value: number) {
  $<HTMLElement>(app, 'idl-levers').dispatchEvent(new CustomEvent('idl-param-change', { detail: { kind: 'lever', key, value }, bubbles: true, composed: true }));
}

describe('compare mode in <idl-app>', () => {
  afterEach(() => {
    setLocale('en');
    document.body.replaceChildren();
  });

  it('opens the panel with the baseline and the changes, keeps the year on a lever change, and loads the representative seed', async () => {
    setLocale('en');
    const app = await mountApp();
    expect($(app, 'idl-compare-panel')).toBeNull(); // not loaded before the first opening
    $<HTMLButtonElement>(app, 'nav.tools button.compare-toggle').click();
    await app.updateComplete;
    const panel = $<IdlComparePanel>(app, 'idl-compare-panel');
    await until(() => customElements.get('idl-compare-panel') !== undefined);
    expect(panel.hidden).toBe(false);
    expect($(app, 'button.compare-toggle').getAttribute('aria-expanded')).toBe('true');
    expect(panel.presetId).toBe('fengqiao');
    expect(panel.importedText).toBeNull();

    await app.sim.seek(30);
    moveLever(app, 'reward', 3);
    await until(() => app.sim.status === 'ready' && app.sim.info?.levers.reward === 3 && app.sim.frame?.tick === 30);
    await app.updateComplete;
    expect(panel.levers).toEqual({ reward: 3 });
    await panel.updateComplete;
    expect(panel.shadowRoot!.querySelector('.scenario-is')!.textContent).toMatch(/1 → 3/);

    panel.dispatchEvent(new CustomEvent('idl-compare-seed', { detail: { seed: 123456789 }, bubbles: true, composed: true }));
    await until(() => app.sim.status === 'ready' && app.sim.info?.seed === 123456789);
    expect(app.state.seed).toBe(123456789);
    expect(app.sim.info!.levers.reward).toBe(3);
    // another world: restarted from its start (not the year 30 the user was on) and, asked for with a
    // click, played — so the tick may already have moved a frame or two
    expect(app.sim.frame!.tick).toBeLessThan(30);
    expect(panel.seed).toBe(123456789);

    // an imported scenario is the baseline as it stands, by its file name; choosing a preset again forgets it
    const text = JSON.stringify({ extends: 'three-governance', params: { q: 0.5 } });
    $<HTMLElement>(app, 'idl-export-dialog').dispatchEvent(new CustomEvent('idl-import', { detail: { file: new File([text], 'my-case.json') }, bubbles: true, composed: true }));
    await until(() => app.sim.status === 'ready' && app.sim.info?.presetId === null);
    await app.updateComplete;
    expect(panel.importedText).toBe(text);
    expect(panel.sourceName).toBe('my-case.json');
    expect(panel.levers).toEqual({});
    const picker = $<HTMLSelectElement>(app, 'header select.preset');
    picker.value = 'grid';
    picker.dispatchEvent(new Event('change'));
    await until(() => app.sim.status === 'ready' && app.sim.info?.presetId === 'grid');
    await app.updateComplete;
    expect(panel.importedText).toBeNull();
    expect(panel.presetId).toBe('grid');

    // closed again: the panel stays mounted (its result outlives closing), hidden
    $<HTMLButtonElement>(app, 'nav.tools button.compare-toggle').click();
    await app.updateComplete;
    expect(panel.hidden).toBe(true);
  });
});
