import { LitElement, css, html, nothing } from 'lit';
import { LocaleController } from '../controllers/LocaleController.ts';
import { formatInteger, formatYearMonth, getLocale, localityName, t } from '../i18n/i18n.ts';
import type { MessageKey } from '../i18n/catalogue.ts';
import { STAGE_ORDER } from '../palette.ts';
import { baseStyles } from '../styles.ts';
import { yearOfTick } from '../timeline.ts';
import { unitKey, type LocalityWording } from '../i18n/unitKey.ts';
import { searchIndex, tableRows, type SortColumn, type TableSort, type TableSource } from './tableRows.ts';

/** What the table shows: the run's localities and, for one innovation, each one's stage and since when. */
export interface MapTableData extends TableSource {
  startYear: number;
  dt: number;
  /** the tick the table shows, and the innovation's name (caption) */
  tick: number;
  innovation: string;
  /** how the localities are named: county-level units (default), prefecture-level units, or an abstract world's units */
  wording?: LocalityWording;
}

/**
 * A table view of the map for screen readers and for looking things up: locality (its Chinese name
 * and its pinyin, in both languages), province (unless each locality is one), stage and since when,
 * for every simulated locality. It is searched by Chinese name, pinyin (tones and spaces optional)
 * or province, filtered by stage and sorted by any column (the header's button; `aria-sort` says
 * which); at most MAX_TABLE_ROWS rows are drawn, and the count says when a search would show the
 * rest. A real `<table>` with a caption and column headers, so screen readers announce row and
 * column; the app refreshes it when the run settles, not at every frame (a table that changes under
 * the reader is unusable).
 */
export class IdlMapTable extends LitElement {
  static override styles = [
    baseStyles,
    css`
      :host { display: block; }
      .bar { display: flex; gap: 0.8rem; align-items: center; flex-wrap: wrap; margin-bottom: 0.4rem; }
      .scroll { max-height: 28rem; overflow: auto; border: var(--idl-border-width, 1px) solid var(--idl-rule, #d4dde6); border-radius: 6px; }
      table { border-collapse: collapse; width: 100%; font-size: 0.85em; }
      caption { text-align: left; font-weight: 700; padding: 0.3rem 0.5rem; }
      th, td { text-align: left; padding: 0.2rem 0.5rem; border-bottom: 1px solid var(--idl-rule, #d4dde6); }
      thead th { position: sticky; top: 0; background: var(--idl-surface, #fff); }
      .count { color: var(--idl-muted, #444); font-size: 0.9em; }
      input[type='search'] { min-height: 44px; width: 16em; max-width: 100%; padding: 0.2em 0.5em; border: var(--idl-border-width, 1px) solid var(--idl-control-border, #767676); border-radius: 6px; background: var(--idl-surface, #fff); }
      th .sort { min-height: 36px; width: 100%; padding: 0.1rem 0; border: none; background: none; font-weight: 700; text-align: left; white-space: nowrap; }
      /* every header sorts: ↕ until it does, then the direction */
      th .sort::after { content: ' ↕'; color: var(--idl-muted, #444); }
      th[aria-sort='ascending'] .sort::after { content: ' ▲'; color: inherit; }
      th[aria-sort='descending'] .sort::after { content: ' ▼'; color: inherit; }
      td.since { white-space: nowrap; }
      .alt { font-weight: 400; color: var(--idl-muted, #444); }
    `,
  ];

  static override properties = {
    data: { attribute: false },
    filter: { state: true },
    search: { state: true },
    sort: { state: true },
  };

  declare data: MapTableData | null;
  /** a stage code, or -1 for all */
  declare filter: number;
  /** what is typed in the search box */
  declare search: string;
  /** the sorted column, or null for the run's order */
  declare sort: TableSort | null;
  /** the search keys of the shown world's localities (built once per world) */
  private index: { names: readonly string[]; keys: string[] } | null = null;

  private readonly locale = new LocaleController(this);

  constructor() {
    super();
    this.data = null;
    this.filter = -1;
    this.search = '';
    this.sort = null;
  }

  override render() {
    const d = this.data;
    if (!d) return html``;
    if (this.index?.names !== d.names) this.index = { names: d.names, keys: searchIndex(d) };
    const { rows, matching } = tableRows(d, this.index.keys, { search: this.search, stage: this.filter, sort: this.sort, locale: getLocale() });
    const date = (tick: number) => formatYearMonth(yearOfTick(tick, d.startYear, d.dt));
    const en = getLocale() === 'en';
    const wording = d.wording ?? 'county';
    // Where every locality is its own province (the US states), the province column would repeat the name.
    const provinceColumn = !d.names.every((name, i) => d.provinces[d.province[i]]?.name === name);
    return html`
      <div class="bar">
        <label>${t('table.search')}
          <input type="search" .value=${this.search} placeholder=${t('table.searchHint')} @input=${this.onSearch} />
        </label>
        <label>${t('table.filter')}
          <select @change=${this.onFilter}>
            <option value="-1" ?selected=${this.filter < 0}>${t('table.all')}</option>
            ${STAGE_ORDER.map((s) => html`<option value=${s} ?selected=${s === this.filter}>${t(`stage.${s}` as MessageKey)}</option>`)}
          </select>
        </label>
        <span class="count" role="status"
          >${t(unitKey('table.count', wording), { shown: formatInteger(matching), n: formatInteger(d.stage.length) })}${rows.length < matching
            ? html` · ${t('table.capped', { shown: formatInteger(rows.length) })}`
            : nothing}</span
        >
      </div>
      <div class="scroll" tabindex="0" role="region" aria-label=${t('table.title')}>
        <table>
          <caption>${t(unitKey('table.caption', wording), { innovation: d.innovation, date: date(d.tick) })}</caption>
          <thead>
            <tr>
              ${this.header('name', t(unitKey('table.locality', wording)))}
              ${provinceColumn ? this.header('province', t('table.province')) : nothing}
              ${this.header('stage', t('table.stage'))}
              ${this.header('since', t('table.since'))}
            </tr>
          </thead>
          <tbody>
            ${rows.map((i) => {
              const p = d.provinces[d.province[i]];
              return html`<tr>
                <th scope="row">${this.name(d.names[i], d.namesEn[i], en)}</th>
                ${provinceColumn ? html`<td>${p ? localityName(p) : ''}</td>` : nothing}
                <td>${t(`stage.${d.stage[i]}` as MessageKey)}</td>
                <td class="since">${date(d.since[i])}</td>
              </tr>`;
            })}
          </tbody>
        </table>
      </div>
    `;
  }

  /** A column header: a button that sorts by the column (ascending, then descending), `aria-sort` on the cell. */
  private header(column: SortColumn, label: string) {
    const sorted = this.sort?.column === column ? (this.sort.descending ? 'descending' : 'ascending') : null;
    return html`<th scope="col" aria-sort=${sorted ?? nothing}><button class="sort" data-column=${column} @click=${() => this.onSort(column)}>${label}</button></th>`;
  }

  /** The locality's name in the interface's language, and beside it its other name (pinyin or Chinese). */
  private name(name: string, nameEn: string, en: boolean) {
    const shown = localityName({ name, nameEn });
    const other = en ? name : nameEn;
    // the Chinese name is marked as such for a screen reader's English voice; the Latin one needs no mark in Chinese
    return other && other !== shown ? html`${shown} <span class="alt" lang=${en ? 'zh-CN' : nothing}>${other}</span>` : shown;
  }

  private onSort(column: SortColumn) {
    this.sort = { column, descending: this.sort?.column === column && !this.sort.descending };
  }

  private onSearch = (e: Event) => {
    this.search = (e.target as HTMLInputElement).value;
  };

  private onFilter = (e: Event) => {
    this.filter = Number((e.target as HTMLSelectElement).value);
  };
}

customElements.define('idl-map-table', IdlMapTable);

declare global {
  interface HTMLElementTagNameMap {
    'idl-map-table': IdlMapTable;
  }
}
