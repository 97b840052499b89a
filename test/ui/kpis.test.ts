import { afterEach, describe, expect, it } from 'vitest';
import '../../src/ui/kpi/idl-kpis.ts';
import type { IdlKpis } from '../../src/ui/kpi/idl-kpis.ts';
import { setLocale } from '../../src/ui/i18n/i18n.ts';
import { mount, shadow } from './fixture.ts';

const values = (el: IdlKpis) => [...shadow(el).querySelectorAll('dd')].map((d) => d.textContent?.trim());

describe('<idl-kpis>', () => {
  afterEach(() => setLocale('en'));

  it('shows the five outcome figures, formatted in the current language', async () => {
    setLocale('en');
    const el = await mount<IdlKpis>('idl-kpis', {
      kpis: { timeTo50: 12.25, activeShare: 0.4213, persistence5: 0.8, formalShare: 0.05, showShare: 0.2, showMechanism: true, eastWestGap: 0.123 },
    });
    expect([...shadow(el).querySelectorAll('dt')].map((d) => d.textContent)).toEqual([
      'Time to 50 %',
      'Active share',
      '5-year persistence',
      'Formalism share',
      'Show share',
      'East–west gap',
    ]);
    expect(values(el)).toEqual(['12.3 years', '42.1%', '80.0%', '5.0%', '20.0%', '12.3 pp']);
    setLocale('zh-CN');
    await el.updateComplete;
    expect(shadow(el).querySelector('dt')?.textContent).toBe('过半用时');
    expect(values(el)).toEqual(['12.3 年', '42.1%', '80.0%', '5.0%', '20.0%', '12.3 百分点']);
  });

  it('says when 50 % is not reached and shows a dash for undefined shares', async () => {
    setLocale('en');
    const el = await mount<IdlKpis>('idl-kpis', {
      kpis: { timeTo50: null, activeShare: 0, persistence5: null, formalShare: null, showShare: null, showMechanism: true, eastWestGap: 0 },
    });
    expect(values(el)).toEqual(['not reached', '0.0%', '—', '—', '—', '0 pp']);
  });

  it('with the show mechanism off, the show share reads "—" and its help says the mechanism is off, in both languages', async () => {
    setLocale('en');
    const el = await mount<IdlKpis>('idl-kpis', {
      kpis: { timeTo50: 6.7, activeShare: 1, persistence5: 1, formalShare: 0, showShare: null, showMechanism: false, eastWestGap: null },
    });
    const cell = () => shadow(el).querySelector('[data-kpi="kpi.show"]')!;
    expect(cell().textContent?.trim()).toBe('—');
    expect(cell().parentElement!.getAttribute('title')).toBe('The show mechanism is off in this scenario: no adoption is for show, so the share is undefined.');
    setLocale('zh-CN');
    await el.updateComplete;
    expect(cell().parentElement!.getAttribute('title')).toBe('本情景未启用亮点打造机制：没有采纳属于亮点打造，该比例无定义。');
    // with the mechanism on and nobody adopted yet, the dash has the ordinary help
    el.kpis = { ...el.kpis!, showMechanism: true };
    await el.updateComplete;
    expect(cell().parentElement!.getAttribute('title')).toBe('采纳者中为打造亮点而非实际使用而采纳的比例。');
  });
});
