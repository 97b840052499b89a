import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../src/ui/levers/idl-levers.ts';
import type { IdlLevers, ParamChange } from '../../src/ui/levers/idl-levers.ts';
import type { IdlLeverTargets, TargetWorld } from '../../src/ui/levers/idl-lever-targets.ts';
import { setLocale } from '../../src/ui/i18n/i18n.ts';
import { defaultAssumptions, defaultLevers, LEVER_DEFS } from '../../src/model/params/schema.ts';
import { collect, mount, shadow } from './fixture.ts';
import { mountApp, until } from './mountApp.ts';

const WORLD: TargetWorld = {
  worldKind: 'china',
  provinces: [
    { code: '33', name: '浙江省', nameEn: 'Zhejiang', region: 0 },
    { code: '51', name: '四川省', nameEn: 'Sichuan', region: 2 },
  ],
  regionSizes: [1, 0, 1, 0],
  startYear: 2000,
  dt: 1 / 12,
  totalTicks: 120,
  innovations: [{ id: 'a', name: { en: 'A', zh: '甲' }, origins: [] }],
};

function targets(el: IdlLevers, key: string): IdlLeverTargets {
  const found = [...shadow(el).querySelectorAll('idl-lever-targets')].find((t) => t.def?.key === key);
  if (!found) throw new Error(`no editor for ${key}`);
  return found;
}

async function pickAndAdd(editor: IdlLeverTargets, value: string) {
  const root = shadow(editor);
  const key = editor.def?.key;
  await userEvent.selectOptions(root.querySelector(`#t-${key}-place`) as HTMLSelectElement, value);
  await userEvent.click(root.querySelector(`#t-${key}-add`) as HTMLButtonElement);
}

describe('<idl-levers> targeted levers', () => {
  afterEach(() => setLocale('en'));

  it('every lever row has an "advanced" disclosure, closed, holding its symbol; the label has none', async () => {
    setLocale('zh-CN');
    const el = await mount<IdlLevers>('idl-levers', { levers: defaultLevers(), params: defaultAssumptions(), seed: 1 });
    const rows = [...shadow(el).querySelectorAll('.drivers .row')];
    expect(rows).toHaveLength(LEVER_DEFS.length);
    for (const row of rows) {
      const adv = row.querySelector('details.adv') as HTMLDetailsElement;
      expect(adv.open).toBe(false);
      expect(adv.querySelector('summary')?.textContent).toBe('高级：符号与公式');
    }
    const tolerance = shadow(el).querySelector('#p-tolerance')?.closest('.row') as HTMLElement;
    expect(tolerance.querySelector('label')?.textContent).not.toContain('τ');
    expect(tolerance.querySelector('details.adv p')?.textContent).toContain('τ');
  });

  it('shows no targeted editor until the run\'s places are known, then one per targeted lever in its driver', async () => {
    const el = await mount<IdlLevers>('idl-levers', { levers: defaultLevers(), params: defaultAssumptions(), seed: 1 });
    expect(shadow(el).querySelectorAll('idl-lever-targets')).toHaveLength(0);
    el.world = WORLD;
    await el.updateComplete;
    const groups = [...shadow(el).querySelectorAll('.drivers > section')].map((s) =>
      [...s.querySelectorAll('idl-lever-targets')].map((t) => t.def?.key),
    );
    expect(groups).toEqual([['rewardScope'], ['namedSites'], [], ['transferScope']]);
  });

  it('adds and removes a province or region where the reward applies, named in the user\'s language', async () => {
    setLocale('zh-CN');
    const el = await mount<IdlLevers>('idl-levers', { levers: defaultLevers(), params: defaultAssumptions(), seed: 1, world: WORLD });
    const changes = collect<ParamChange>(el, 'idl-param-change');
    const editor = targets(el, 'rewardScope');
    await editor.updateComplete;
    expect(shadow(editor).textContent).toContain('全部地区（未指定）');
    const options = [...shadow(editor).querySelectorAll('option')].map((o) => o.textContent?.trim());
    expect(options).toEqual(['东部', '西部', '浙江省', '四川省']); // regions without localities are not offered
    await pickAndAdd(editor, 'province:33');
    expect(changes).toEqual([{ kind: 'lever', key: 'rewardScope', value: { provinces: ['33'] } }]);
    // the app feeds the run's value back
    el.levers = { ...defaultLevers(), rewardScope: { provinces: ['33'], regions: ['west'] } };
    await el.updateComplete;
    await editor.updateComplete;
    setLocale('en');
    await editor.updateComplete;
    const chips = [...shadow(editor).querySelectorAll('li')].map((li) => li.textContent?.replace('×', '').trim());
    expect(chips).toEqual(['West', 'Zhejiang']);
    await userEvent.click(shadow(editor).querySelector('li button[aria-label="Remove West"]') as HTMLButtonElement);
    expect(changes.at(-1)).toEqual({ kind: 'lever', key: 'rewardScope', value: { provinces: ['33'] } });
  });

  it('removing the last target returns the lever to its default (undefined), not to an empty scope', async () => {
    const el = await mount<IdlLevers>('idl-levers', {
      levers: { ...defaultLevers(), transferScope: { regions: ['west'] } }, params: defaultAssumptions(), seed: 1, world: WORLD,
    });
    const changes = collect<ParamChange>(el, 'idl-param-change');
    const editor = targets(el, 'transferScope');
    await editor.updateComplete;
    await userEvent.click(shadow(editor).querySelector('li button') as HTMLButtonElement);
    expect(changes).toEqual([{ kind: 'lever', key: 'transferScope', value: undefined }]);
  });

  it('names a demonstration site from a year within the run, and refuses a year outside it with the range', async () => {
    const el = await mount<IdlLevers>('idl-levers', { levers: { ...defaultLevers(), namedSites: [] }, params: defaultAssumptions(), seed: 1, world: WORLD });
    const changes = collect<ParamChange>(el, 'idl-param-change');
    const editor = targets(el, 'namedSites');
    await editor.updateComplete;
    const year = shadow(editor).querySelector('#t-namedSites-year') as HTMLInputElement;
    await userEvent.fill(year, '2030');
    await pickAndAdd(editor, 'region:west');
    expect(changes).toEqual([]);
    expect(shadow(editor).querySelector('[role="alert"]')?.textContent).toBe('Year: 2030 (allowed whole years 2000–2010, within the run)');
    await userEvent.fill(year, '2004');
    await userEvent.click(shadow(editor).querySelector('#t-namedSites-add') as HTMLButtonElement);
    expect(changes).toEqual([{ kind: 'lever', key: 'namedSites', value: [{ year: 2004, scope: { regions: ['west'] } }] }]);
    expect(shadow(editor).querySelector('[role="alert"]')).toBeNull();
  });
});

describe('targeted levers in the app', () => {
  afterEach(() => setLocale('en'));

  it('a province added in the panel reaches the run and its exported scenario; removing it restores the preset', async () => {
    const app = await mountApp();
    const toggle = app.shadowRoot?.querySelector('.levers-toggle') as HTMLButtonElement;
    if (toggle.getAttribute('aria-expanded') !== 'true') toggle.click();
    await app.updateComplete;
    const levers = app.shadowRoot?.querySelector('idl-levers') as IdlLevers;
    await until(() => !!levers.world);
    await levers.updateComplete;
    const editor = targets(levers, 'rewardScope');
    await editor.updateComplete;
    await pickAndAdd(editor, 'province:33');
    await until(() => app.sim.status === 'ready' && JSON.stringify(app.sim.info?.levers.rewardScope) === '{"provinces":["33"]}');
    expect(app.state.levers).toEqual({ rewardScope: { provinces: ['33'] } });
    const exported = await app.sim.exportScenario();
    expect(exported && 'text' in exported ? JSON.parse(exported.text).levers.rewardScope : null).toEqual({ provinces: ['33'] });
    await editor.updateComplete;
    await userEvent.click(shadow(editor).querySelector('li button') as HTMLButtonElement);
    await until(() => app.sim.status === 'ready' && app.sim.info?.levers.rewardScope === undefined);
    expect(app.state.levers).toEqual({});
  });
});
