import { afterEach, describe, expect, it } from 'vitest';
import '../../../src/ui/table/idl-map-table.ts';
import type { IdlMapTable, MapTableData } from '../../../src/ui/table/idl-map-table.ts';
import { setLocale } from '../../../src/ui/i18n/i18n.ts';
import { mount, shadow } from '../fixture.ts';
import { mountApp, until } from '../mountApp.ts';

// The table view of the map: searched by Chinese name, pinyin (tones, spaces and case optional) or
// province, sorted by any column with aria-sort on the sorted header, both names of each locality
// in either language, and at most 3,000 rows drawn in a world of 20,000.

afterEach(() => {
  setLocale('en');
  document.body.replaceChildren();
});

/** Five localities of three provinces (Zhejiang, Sichuan, Yunnan), stages and since ticks chosen to sort apart. */
const FIVE: MapTableData = {
  names: ['诸暨市', '安吉县', '成都市', '绿春县', '北川县'],
  namesEn: ['Zhūjì Shì', 'Ānjí Xiàn', 'Chéngdū Shì', 'Lǜchūn Xiàn', 'Běichuān Xiàn'],
  province: Int32Array.from([0, 0, 1, 2, 1]),
  provinces: [
    { name: '浙江省', nameEn: 'Zhejiang' },
    { name: '四川省', nameEn: 'Sichuan' },
    { name: '云南省', nameEn: 'Yunnan' },
  ],
  stage: Uint8Array.from([3, 1, 0, 2, 3]),
  since: Int32Array.from([10, 30, 0, 20, 5]),
  startYear: 1963,
  dt: 1 / 12,
  tick: 40,
  innovation: '枫桥经验',
};

const rowNames = (el: IdlMapTable) => [...shadow(el).querySelectorAll('tbody th')].map((th) => th.textContent!.replace(/\s+/g, ' ').trim());
const chineseNames = (el: IdlMapTable) => rowNames(el).map((n) => /\p{Script=Han}+/u.exec(n)?.[0] ?? n);
const count = (el: IdlMapTable) => shadow(el).querySelector('.count')!.textContent!.replace(/\s+/g, ' ').trim();

async function typeSearch(el: IdlMapTable, text: string): Promise<void> {
  const input = shadow(el).querySelector<HTMLInputElement>('input[type=search]')!;
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  await el.updateComplete;
}

async function clickHeader(el: IdlMapTable, column: string): Promise<void> {
  shadow(el).querySelector<HTMLButtonElement>(`th button[data-column=${column}]`)!.click();
  await el.updateComplete;
}

/** aria-sort of each column header, in column order (null: not sorted by it). */
const ariaSort = (el: IdlMapTable) => [...shadow(el).querySelectorAll('thead th')].map((th) => th.getAttribute('aria-sort'));

describe('<idl-map-table> search', () => {
  it('finds a locality by pinyin without tones, spaces or case, by its characters, and ü typed as v', async () => {
    const el = await mount<IdlMapTable>('idl-map-table', { data: FIVE });
    for (const query of ['zhuji', 'ZHU JI', 'Zhūjì', '诸暨', 'zhujishi']) {
      await typeSearch(el, query);
      expect(chineseNames(el), query).toEqual(['诸暨市']);
    }
    for (const query of ['lvchun', 'luchun', 'Lǜchūn']) {
      await typeSearch(el, query);
      expect(chineseNames(el), query).toEqual(['绿春县']);
    }
    await typeSearch(el, 'xyz');
    expect(rowNames(el)).toEqual([]);
    expect(count(el)).toBe('0 of 5 localities');
  });

  it('finds the localities of a province by its Chinese or English name', async () => {
    const el = await mount<IdlMapTable>('idl-map-table', { data: FIVE });
    for (const query of ['浙江', 'zhejiang', 'Zhejiang']) {
      await typeSearch(el, query);
      expect(chineseNames(el), query).toEqual(['诸暨市', '安吉县']);
      expect(count(el)).toBe('2 of 5 localities');
    }
  });

  it('shows each locality by its Chinese name and its pinyin, in both languages', async () => {
    setLocale('zh-CN');
    const el = await mount<IdlMapTable>('idl-map-table', { data: FIVE });
    expect(rowNames(el)[0]).toBe('诸暨市 Zhūjì Shì');
    setLocale('en');
    await el.updateComplete;
    expect(rowNames(el)[0]).toBe('Zhūjì Shì 诸暨市');
  });

  it('searches China’s 2,828 county-level units in the app: "zhuji" finds 诸暨市', async () => {
    setLocale('zh-CN');
    const app = await mountApp();
    app.shadowRoot!.querySelector<HTMLButtonElement>('button.table-toggle')!.click();
    await until(() => !!app.shadowRoot!.querySelector('idl-map-table')?.shadowRoot?.querySelector('tbody tr'));
    const table = app.shadowRoot!.querySelector('idl-map-table')!;
    expect(shadow(table).querySelectorAll('tbody tr')).toHaveLength(2828);
    await typeSearch(table, 'zhuji');
    expect(rowNames(table)).toContain('诸暨市 Zhūjì Shì');
    expect(rowNames(table).length).toBeLessThan(5);
    await typeSearch(table, '浙江');
    const zhejiang = shadow(table).querySelectorAll('tbody tr');
    expect(zhejiang.length).toBeGreaterThan(80);
    expect([...zhejiang].every((tr) => tr.children[1]!.textContent === '浙江省')).toBe(true);
  });
});

describe('<idl-map-table> sorting', () => {
  it('sorts by each column, ascending then descending, and says so with aria-sort', async () => {
    setLocale('zh-CN');
    const el = await mount<IdlMapTable>('idl-map-table', { data: FIVE });
    expect(chineseNames(el)).toEqual(['诸暨市', '安吉县', '成都市', '绿春县', '北川县']); // the run's order
    expect(ariaSort(el)).toEqual([null, null, null, null]);

    await clickHeader(el, 'name'); // pinyin order: an, bei, cheng, lü, zhu
    expect(chineseNames(el)).toEqual(['安吉县', '北川县', '成都市', '绿春县', '诸暨市']);
    expect(ariaSort(el)).toEqual(['ascending', null, null, null]);
    await clickHeader(el, 'name');
    expect(chineseNames(el)).toEqual(['诸暨市', '绿春县', '成都市', '北川县', '安吉县']);
    expect(ariaSort(el)).toEqual(['descending', null, null, null]);

    await clickHeader(el, 'province'); // 四川 (si), 云南 (yun), 浙江 (zhe); by name within one
    expect(chineseNames(el)).toEqual(['北川县', '成都市', '绿春县', '安吉县', '诸暨市']);
    expect(ariaSort(el)).toEqual([null, 'ascending', null, null]);

    await clickHeader(el, 'stage'); // legend order, the earlier first within a stage
    expect(chineseNames(el)).toEqual(['成都市', '安吉县', '绿春县', '北川县', '诸暨市']);
    expect(ariaSort(el)).toEqual([null, null, 'ascending', null]);

    await clickHeader(el, 'since');
    expect(chineseNames(el)).toEqual(['成都市', '北川县', '诸暨市', '绿春县', '安吉县']);
    await clickHeader(el, 'since');
    expect(chineseNames(el)).toEqual(['安吉县', '绿春县', '诸暨市', '北川县', '成都市']);
    expect(ariaSort(el)).toEqual([null, null, null, 'descending']);

    // in English, names sort by their pinyin spelling (the same order here), and a search keeps the sort
    setLocale('en');
    await clickHeader(el, 'name');
    expect(chineseNames(el)).toEqual(['安吉县', '北川县', '成都市', '绿春县', '诸暨市']);
    await typeSearch(el, 'xian');
    expect(chineseNames(el)).toEqual(['安吉县', '北川县', '绿春县']);
    expect(ariaSort(el)).toEqual(['ascending', null, null, null]);
  });
});

describe('<idl-map-table> in a world of 20,000 localities', () => {
  const N = 20_000;
  const big: MapTableData = {
    names: Array.from({ length: N }, (_, i) => `单位 ${i + 1}`),
    namesEn: Array.from({ length: N }, (_, i) => `Unit ${i + 1}`),
    province: new Int32Array(N),
    provinces: [{ name: '全部', nameEn: 'All' }],
    stage: Uint8Array.from({ length: N }, (_, i) => (i % 7 === 0 ? 1 : 0)),
    since: Int32Array.from({ length: N }, (_, i) => i % 100),
    startYear: 0,
    dt: 0.1,
    tick: 100,
    innovation: 'Bass',
    wording: 'abstract',
  };

  it('draws at most 3,000 rows, says how many match and asks for a search; a search reaches any of them', async () => {
    const el = await mount<IdlMapTable>('idl-map-table', { data: big });
    expect(shadow(el).querySelectorAll('tbody tr')).toHaveLength(3000);
    expect(count(el)).toBe('20,000 of 20,000 localities · showing the first 3,000; refine the search to see the others');
    await clickHeader(el, 'since');
    await clickHeader(el, 'since'); // the latest first: sorting chooses which 3,000 are drawn
    expect(rowNames(el)[0]).toBe('Unit 100 单位 100');
    await typeSearch(el, 'unit 19999');
    expect(rowNames(el)).toEqual(['Unit 19999 单位 19999']);
    expect(count(el)).toBe('1 of 20,000 localities');
  });
});
