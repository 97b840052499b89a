import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { IdlApp } from '../../src/ui/app/idl-app.ts';
import type { IdlComparePanel } from '../../src/ui/compare/idl-compare-panel.ts';
import { createApp, mountApp, until } from './mountApp.ts';
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
    const app = createApp('/nowhere/', true);
    await until(() => app.sim.status === 'errored');
    await app.updateComplete;
    const alert = $<HTMLElement>(app, '.error[role=alert]');
    expect(alert.textContent).toMatch(/The simulation stopped/);
    expect(alert.textContent).toMatch(/fengqiao/);
    expect(alert.querySelector('button')?.textContent).toMatch(/Restart the run/);
  });
});

/** The shell as the page runs it: it reads the link and keeps the URL and this tab's session (restored after). */
async function mountPage(search: string): Promise<IdlApp> {
  history.replaceState(history.state, '', `${location.pathname}${search}`);
  const app = createApp('/', true);
  await until(() => app.sim.status !== 'loading' && app.sim.status !== 'idle' && !!app.shadowRoot?.querySelector('idl-map'));
  await app.updateComplete;
  return app;
}

/** Imports a scenario file the way the export dialog's file picker does. */
async function importFile(app: IdlApp, name: string, text: string) {
  $<HTMLElement>(app, 'idl-export-dialog').dispatchEvent(new CustomEvent('idl-import', { detail: { file: new File([text], name) }, bubbles: true, composed: true }));
  await until(() => !app.busy && app.exportStatus !== '');
  await app.updateComplete;
}

describe('<idl-app> in a page (link and tab session)', () => {
  const page = location.pathname + location.search;
  afterEach(() => {
    sessionStorage.clear();
    document.body.replaceChildren();
    history.replaceState(history.state, '', page);
    setLocale('en');
  });

  it("opens a link whose keys name Object.prototype's members, names them, and says which value of a repeated key is used", async () => {
    setLocale('en');
    const app = await mountPage('?constructor=1&toString=2&__proto__=3&valueOf=4&hasOwnProperty=5&seed=6&seed=7');
    expect(app.sim.status).toBe('ready');
    expect(app.state.seed).toBe(7);
    expect(app.sim.info!.seed).toBe(7);
    const text = $<HTMLElement>(app, '.link-notices').textContent!;
    expect(text).toContain('seed is given 2 times; the last value, “7”, is used.');
    for (const key of ['constructor', 'toString', '__proto__', 'valueOf', 'hasOwnProperty']) expect(text).toContain(`unknown parameter ${key} =`);
    setLocale('zh-CN');
    await app.updateComplete;
    expect($<HTMLElement>(app, '.link-notices').textContent).toContain('seed 出现了 2 次，采用最后一个值“7”。');
  });

  it('a reload reopens the scenario imported in this tab, at the same tick with its changes, and says so', async () => {
    setLocale('en');
    const app = await mountPage('?seed=4');
    await importFile(app, 'my-multi.json', JSON.stringify({ extends: 'multi', params: { q: 0.5 } }));
    expect(app.imported).toBe('my-multi.json');
    const levers = $<HTMLElement>(app, 'idl-levers');
    levers.dispatchEvent(new CustomEvent('idl-param-change', { detail: { kind: 'lever', key: 'media', value: 2 }, bubbles: true, composed: true }));
    await until(() => app.sim.status === 'ready' && app.sim.info?.levers.media === 2);
    await app.sim.seek(30);
    await app.updateComplete;
    const before = { digest: app.sim.info!.digest, tick: app.sim.frame!.tick, stage: Array.from(app.sim.frame!.stage) };
    expect(location.search).not.toContain('preset=');

    // the reload: a new page on the URL the app wrote, in the same tab
    const again = await mountPage(location.search);
    await until(() => again.sim.status === 'ready' && again.sim.frame?.tick === 30);
    await again.updateComplete;
    expect(again.imported).toBe('my-multi.json');
    expect(again.sim.info!.digest).toBe(before.digest);
    expect(Array.from(again.sim.frame!.stage)).toEqual(before.stage);
    expect($<HTMLSelectElement>(again, 'header select').selectedOptions[0].textContent).toContain('my-multi.json');
    expect($<HTMLElement>(again, '.session-notice').textContent).toContain('Reopened the scenario imported in this tab, my-multi.json');

    // choosing a preset leaves it: the next reload opens the preset
    const select = $<HTMLSelectElement>(again, 'header select');
    select.value = 'fengqiao';
    select.dispatchEvent(new Event('change'));
    await until(() => again.sim.status === 'ready' && again.sim.info?.presetId === 'fengqiao');
    await again.updateComplete;
    const third = await mountPage(location.search);
    await until(() => third.sim.status === 'ready');
    expect(third.imported).toBeNull();
    expect(third.sim.info!.presetId).toBe('fengqiao');
    expect(third.shadowRoot!.querySelector('.session-notice')).toBeNull();
  });

  it('when the browser cannot keep the imported scenario, the user is told and leaving the page asks first', async () => {
    setLocale('en');
    const app = await mountPage('?seed=2');
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('quota', 'QuotaExceededError');
    };
    try {
      await importFile(app, 'big.json', JSON.stringify({ extends: 'grid' }));
    } finally {
      Storage.prototype.setItem = setItem;
    }
    expect(app.imported).toBe('big.json');
    expect($<HTMLElement>(app, '.session-notice').textContent).toContain('could not keep big.json');
    const leave = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(leave);
    expect(leave.defaultPrevented).toBe(true);
  });

  it('a file over the upload limit is rejected with its exact size in both languages', async () => {
    setLocale('en');
    const app = await mountPage('?seed=2');
    const head = '{"extends": "fengqiao", "notes": "';
    const text = head + 'x'.repeat(1_048_600 - head.length - 2) + '"}';
    await importFile(app, 'huge.json', text);
    expect(app.importProblems).toEqual(['huge.json is 1 MB (1,048,600 bytes); at most 1 MB (1,048,576 bytes) is allowed.']);
    expect(app.imported).toBeNull();
    setLocale('zh-CN');
    await importFile(app, 'huge.json', text);
    expect(app.importProblems[0]).toContain('1,048,600 字节');
  });

  it('a file nested 5,000 levels deep is rejected with one clear message in the user\'s language; the run stays', async () => {
    setLocale('zh-CN');
    const app = await mountPage('?seed=3');
    await app.sim.seek(10);
    const digest = app.sim.info!.digest;
    const deep = '{"a":'.repeat(5000) + '1' + '}'.repeat(5000);
    await importFile(app, 'deep.json', deep);
    expect(app.importProblems).toEqual(['文件嵌套过深：第 1 行第 321 列（a.a.a.a….a.a.a.a）超过了 64 层对象与数组，这是情景文件允许的上限。']);
    expect(app.sim.status).toBe('ready');
    expect(app.sim.info!.digest).toBe(digest);
    expect(app.sim.frame!.tick).toBe(10);
    setLocale('en');
    await importFile(app, 'deep.json', '[' + '['.repeat(4999) + ']'.repeat(5000));
    expect(app.importProblems).toHaveLength(1);
    expect(app.importProblems[0]).toMatch(/^the file is nested too deeply: at line 1, column 65 \(.+\) it goes past 64 levels of objects and arrays/);
  });

  it('a link with compare=1 opens compare mode and reruns the same comparison; the link the app writes does it again', async () => {
    setLocale('en');
    /** The page opened on `search`, once its comparison is done. */
    const compared = async (search: string) => {
      const app = await mountPage(search);
      const panel = () => app.shadowRoot!.querySelector('idl-compare-panel') as IdlComparePanel | null;
      await until(() => customElements.get('idl-compare-panel') !== undefined && !!panel()?.compare && ['done', 'errored'].includes(panel()!.compare.status), 90_000);
      expect(panel()!.compare.error).toBe('');
      expect(panel()!.hidden).toBe(false);
      await app.updateComplete;
      await panel()!.updateComplete;
      // the link's number of pairs is the one shown, not the default 50
      expect(panel()!.shadowRoot!.querySelector<HTMLSelectElement>('select.pairs')!.selectedOptions[0].textContent).toBe('3');
      return panel()!.compare;
    };
    const first = await compared('?preset=fengqiao&seed=4&lever.reward=3&compare=1&pairs=3&years=3');
    const r = first.result!;
    expect([r.pairs, r.years.length]).toEqual([3, 4]);
    expect(first.resultRequest).toMatchObject({ source: { presetId: 'fengqiao' }, changes: { levers: { reward: 3 } }, pairs: 3, seed: 4, years: 3 });
    const written = new URLSearchParams(location.search);
    expect(['compare', 'pairs', 'years', 'lever.reward', 'seed'].map((k) => written.get(k))).toEqual(['1', '3', '3', '3', '4']);

    const s = (await compared(location.search)).result!;
    expect(s.seeds).toEqual(r.seeds);
    const figures = (x: typeof r) => x.innovations.map((inn) => Object.values(inn.kpis).map((k) => [k.id, k.baseline, k.scenario, k.difference, k.betterShare]));
    expect(figures(s)).toEqual(figures(r));
    expect(Array.from(s.innovations[0].firstAdoption.scenario)).toEqual(Array.from(r.innovations[0].firstAdoption.scenario));
  }, 200_000);
});
