import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { IdlApp } from '../../src/ui/app/idl-app.ts';
import { connectInline } from '../../src/ui/controllers/serviceConnection.ts';
import { createSimulationService } from '../../src/service/index.ts';
import { mountApp, until } from './mountApp.ts';
import { setLocale } from '../../src/ui/i18n/i18n.ts';

const $ = <T extends Element>(app: IdlApp, sel: string) => app.shadowRoot!.querySelector(sel) as T;

describe('<idl-app>', () => {
  afterEach(() => setLocale('en'));

  it('opens on 枫桥经验 with the map, the KPI strip, the charts and the preset picker', async () => {
    setLocale('zh-CN');
    const app = await mountApp();
    expect($(app, 'h1').textContent).toBe('创新扩散实验室');
    const preset = $<HTMLSelectElement>(app, 'header select');
    expect(preset.value).toBe('fengqiao');
    expect(preset.selectedOptions[0].textContent).toMatch(/枫桥经验/);
    expect(app.sim.info?.n).toBe(2828);
    expect(app.shadowRoot!.querySelectorAll('idl-chart')).toHaveLength(2);
    expect($(app, 'idl-kpis')).not.toBeNull();
    // one innovation: no innovation picker
    expect(app.shadowRoot!.querySelectorAll('header select')).toHaveLength(2);
  });

  it('plays, and the map, transport and KPIs follow the run', async () => {
    const app = await mountApp();
    app.sim.setSpeed(10);
    const play = $<HTMLElement>(app, 'idl-transport').shadowRoot!.querySelector('button.play') as HTMLButtonElement;
    await userEvent.click(play);
    await until(() => (app.sim.frame?.tick ?? 0) >= 24);
    await userEvent.click(play);
    await app.updateComplete;
    const map = $<HTMLElement & { stages: Uint8Array }>(app, 'idl-map');
    expect(map.stages.buffer).toBe(app.sim.frame!.stage.buffer);
    expect($<HTMLElement & { tick: number }>(app, 'idl-transport').tick).toBe(app.sim.frame!.tick);
    expect($<HTMLElement & { kpis: unknown }>(app, 'idl-kpis').kpis).toEqual(app.sim.frame!.kpis[0]);
  });

  it('a lever change restarts the run at tick 0 and keeps only the changed values', async () => {
    const app = await mountApp();
    await app.sim.seek(30);
    const levers = $<HTMLElement>(app, 'idl-levers');
    levers.dispatchEvent(new CustomEvent('idl-param-change', { detail: { kind: 'lever', key: 'media', value: 2 }, bubbles: true, composed: true }));
    await until(() => app.sim.status === 'ready' && app.sim.info?.levers.media === 2);
    expect(app.sim.frame?.tick).toBe(0);
    expect(app.state.levers).toEqual({ media: 2 });
    // setting it back to the preset's value drops the override
    levers.dispatchEvent(new CustomEvent('idl-param-change', { detail: { kind: 'lever', key: 'media', value: 1 }, bubbles: true, composed: true }));
    await until(() => app.sim.status === 'ready' && app.sim.info?.levers.media === 1);
    expect(app.state.levers).toEqual({});
  });

  it('switches language at runtime from the picker', async () => {
    setLocale('en');
    const app = await mountApp();
    expect($(app, 'h1').textContent).toBe('Innovation Diffusion Lab');
    const language = app.shadowRoot!.querySelectorAll<HTMLSelectElement>('header select')[1];
    await userEvent.selectOptions(language, 'zh-CN');
    await app.updateComplete;
    expect($(app, 'h1').textContent).toBe('创新扩散实验室');
    expect(document.documentElement.lang).toBe('zh-CN');
    expect($<HTMLElement & { lang: string }>(app, 'idl-map').lang).toBe('zh-CN');
  });

  it('offers an innovation picker when the scenario has several, and shows the chosen one', async () => {
    setLocale('en');
    const app = await mountApp();
    await userEvent.selectOptions($<HTMLSelectElement>(app, 'header select'), 'multi');
    await until(() => app.sim.status === 'ready' && app.sim.info?.presetId === 'multi');
    await app.updateComplete;
    const selects = app.shadowRoot!.querySelectorAll<HTMLSelectElement>('header select');
    expect(selects).toHaveLength(3);
    expect(selects[1].options).toHaveLength(4);
    await userEvent.selectOptions(selects[1], '2');
    await app.updateComplete;
    const n = app.sim.info!.n;
    const map = $<HTMLElement & { stages: Uint8Array; innovation: number }>(app, 'idl-map');
    expect(map.innovation).toBe(2);
    expect(map.stages.byteOffset).toBe(2 * n);
  });

  it('shows a rejected lever change as a message, undoes it and keeps the run', async () => {
    setLocale('en');
    const app = await mountApp();
    await app.sim.seek(12);
    $<HTMLElement>(app, 'idl-levers').dispatchEvent(
      new CustomEvent('idl-param-change', { detail: { kind: 'lever', key: 'tolerance', value: 5 }, bubbles: true, composed: true }),
    );
    await until(() => app.sim.error !== '');
    await app.updateComplete;
    const alert = $<HTMLElement>(app, '.error[role=alert]');
    expect(alert.textContent).toMatch(/Change not applied/);
    expect(alert.textContent).toMatch(/levers\.tolerance: 5/);
    expect(app.sim.status).toBe('ready');
    expect(app.state.levers).toEqual({});
    expect(app.sim.frame?.tick).toBe(12);
    await app.sim.step(); // the run goes on
    expect(app.sim.frame?.tick).toBe(13);
  });

  it('shows a failed service as an error with a way to restart', async () => {
    setLocale('en');
    document.body.replaceChildren();
    const app = document.createElement('idl-app') as IdlApp;
    app.dataBaseUrl = location.origin + '/nowhere/';
    app.autoplay = false;
    app.connectService = () => connectInline(createSimulationService());
    document.body.append(app);
    await until(() => app.sim.status === 'errored');
    await app.updateComplete;
    const alert = $<HTMLElement>(app, '.error[role=alert]');
    expect(alert.textContent).toMatch(/The simulation stopped/);
    expect(alert.textContent).toMatch(/fengqiao/);
    expect(alert.querySelector('button')?.textContent).toMatch(/Restart the run/);
  });
});
