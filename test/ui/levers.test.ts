import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../src/ui/levers/idl-levers.ts';
import type { IdlLevers, ParamChange } from '../../src/ui/levers/idl-levers.ts';
import { setLocale } from '../../src/ui/i18n/i18n.ts';
import { defaultAssumptions, defaultLevers, LEVER_DEFS, ASSUMPTION_DEFS } from '../../src/model/params/schema.ts';
import { collect, mount, shadow } from './fixture.ts';

function props(): Partial<IdlLevers> {
  return { levers: defaultLevers(), params: defaultAssumptions(), seed: 7 };
}

describe('<idl-levers>', () => {
  afterEach(() => setLocale('en'));

  it('groups the levers by the four drivers, in Chinese and in English', async () => {
    setLocale('zh-CN');
    const el = await mount<IdlLevers>('idl-levers', props());
    const headings = () => [...shadow(el).querySelectorAll('.drivers > section > h3')].map((h) => h.textContent?.trim());
    expect(headings()).toEqual(['制度激励', '互动互鉴', '社会支持', '资源保障']);
    setLocale('en');
    await el.updateComplete;
    expect(headings()).toEqual(['Institutional incentives', 'Interaction and mutual learning', 'Social support', 'Resource guarantee']);
  });

  it('shows one control per lever with its bilingual label and help', async () => {
    setLocale('zh-CN');
    const el = await mount<IdlLevers>('idl-levers', props());
    const rows = shadow(el).querySelectorAll('.drivers .row');
    expect(rows).toHaveLength(LEVER_DEFS.length);
    const media = shadow(el).querySelector('#p-media') as HTMLInputElement;
    expect(media.labels?.[0].textContent).toContain('媒体宣传');
    expect(shadow(el).textContent).toContain('每年因看到、听到而自行采纳的地区增加一倍');
  });

  it('keeps the assumptions under "advanced", closed by default', async () => {
    const el = await mount<IdlLevers>('idl-levers', props());
    const details = shadow(el).querySelector('details.assumptions') as HTMLDetailsElement;
    expect(details.open).toBe(false);
    expect(details.querySelectorAll('.row')).toHaveLength(ASSUMPTION_DEFS.length);
    expect(details.querySelectorAll('details.adv')).toHaveLength(ASSUMPTION_DEFS.length);
    expect(details.querySelector('#p-q')).not.toBeNull();
  });

  it('announces a lever change on commit, not while dragging', async () => {
    const el = await mount<IdlLevers>('idl-levers', props());
    const changes = collect<ParamChange>(el, 'idl-param-change');
    const media = shadow(el).querySelector('#p-media') as HTMLInputElement;
    media.value = '2';
    media.dispatchEvent(new Event('input', { bubbles: true }));
    await el.updateComplete;
    expect(changes).toHaveLength(0);
    expect(media.closest('.row')?.querySelector('.value')?.textContent).toBe('2');
    media.dispatchEvent(new Event('change', { bubbles: true }));
    expect(changes).toEqual([{ kind: 'lever', key: 'media', value: 2 }]);
  });

  it('toggles a boolean lever', async () => {
    const el = await mount<IdlLevers>('idl-levers', props());
    const changes = collect<ParamChange>(el, 'idl-param-change');
    await userEvent.click(shadow(el).querySelector('#p-pairing') as HTMLInputElement);
    expect(changes).toEqual([{ kind: 'lever', key: 'pairing', value: true }]);
  });

  it('notes a value outside the plausible range', async () => {
    setLocale('en');
    const levers = { ...defaultLevers(), reward: 6 }; // plausible 1–3, allowed 1–10
    const el = await mount<IdlLevers>('idl-levers', { ...props(), levers });
    const note = shadow(el).querySelector('#p-reward')?.closest('.row')?.querySelector('.note');
    expect(note?.textContent).toBe('outside the plausible range 1–3');
    const slider = shadow(el).querySelector('#p-reward') as HTMLInputElement;
    expect(Number(slider.max)).toBe(6); // the slider widens to show the scenario's value
  });

  it('accepts a valid seed and rejects an invalid one with a message naming the value and the range', async () => {
    setLocale('en');
    const el = await mount<IdlLevers>('idl-levers', props());
    const seeds = collect<{ seed: number }>(el, 'idl-seed');
    const input = shadow(el).querySelector('#seed') as HTMLInputElement;
    await userEvent.fill(input, '-3');
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await el.updateComplete;
    expect(seeds).toHaveLength(0);
    expect(shadow(el).querySelector('[role=alert]')?.textContent).toBe('Seed: -3 (0–9007199254740991)');
    await userEvent.fill(input, '42');
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await el.updateComplete;
    expect(seeds).toEqual([{ seed: 42 }]);
    expect(shadow(el).querySelector('[role=alert]')).toBeNull();
  });

  it('takes and shows seeds up to 2⁵³ − 1 exactly (a sweep run\'s 52-bit seed), and refuses one more', async () => {
    setLocale('en');
    const el = await mount<IdlLevers>('idl-levers', { ...props(), seed: 9007199254740991 });
    const input = shadow(el).querySelector('#seed') as HTMLInputElement;
    expect(input.value).toBe('9007199254740991');
    const seeds = collect<{ seed: number }>(el, 'idl-seed');
    for (const text of ['4294967296', '3719861227389251', '9007199254740991', '9007199254740992', '1e3']) {
      await userEvent.fill(input, text);
      input.dispatchEvent(new Event('change', { bubbles: true }));
      await el.updateComplete;
    }
    expect(seeds).toEqual([{ seed: 4294967296 }, { seed: 3719861227389251 }, { seed: 9007199254740991 }]);
    expect(shadow(el).querySelector('[role=alert]')?.textContent).toBe('Seed: 1e3 (0–9007199254740991)');
  });

  it('offers to return to the scenario values', async () => {
    setLocale('en');
    const el = await mount<IdlLevers>('idl-levers', props());
    const resets = collect(el, 'idl-params-reset');
    const button = [...shadow(el).querySelectorAll('button')].find((b) => b.textContent?.includes('Back to')) as HTMLButtonElement;
    await userEvent.click(button);
    expect(resets).toHaveLength(1);
  });
});
