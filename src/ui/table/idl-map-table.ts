import { LitElement, css, html, nothing } from 'lit';
import { LocaleController } from '../controllers/LocaleController.ts';
import { formatInteger, formatYearMonth, getLocale, localityName, t } from '../i18n/i18n.ts';
import type { MessageKey } from '../i18n/catalogue.ts';
import { STAGE_ORDER } from '../palette.ts';
import { baseStyles } from '../styles.ts';
import { yearOfTick } from '../timeline.ts';
import { unitKey, type LocalityWording } from '../i18n/unitKey.ts';

/** What the table shows: the run's localities and, for one innovation, each one's stage and since when. */
export interface MapTableData {
  names: readonly string[];
  namesEn: readonly string[];
  /** province index per locality */
  province: Int32Array;
  provinces: readonly { name: string; nameEn: string }[];
  /** stage code per locality */
  stage: Uint8Array;
  /** tick each locality entered its stage */
  since: Int32Array;
  startYear: number;
  dt: number;
  /** the tick the table shows, and the innovation's name (caption) */
  tick: number;
  innovation: string;
  /** how the localities are named: county-level units (default), prefecture-level units, or an abstract world's units */
  wording?: LocalityWording;
}

/**
 * A table view of the map for screen readers and for looking things up: locality, province (unless
 * each locality is one), stage
 * and since when, for every simulated locality, filterable by stage. A real `<table>` with a caption
 * and column headers, so screen readers announce row and column; the app refreshes it when the run
 * settles, not at every frame (a table that changes under the reader is unusable).
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
    `,
  ];

  static override properties = {
    data: { attribute: false },
    filter: { state: true },
  };

  declare data: MapTableData | null;
  /** a stage code, or -1 for all */
  declare filter: number;

  private readonly locale = new LocaleController(this);

  constructor() {
    super();
    this.data = null;
    this.filter = -1;
  }

  override render() {
    const d = this.data;
    if (!d) return html``;
    const rows: number[] = [];
    for (let i = 0; i < d.stage.length; i++) if (this.filter < 0 || d.stage[i] === this.filter) rows.push(i);
    const date = (tick: number) => formatYearMonth(yearOfTick(tick, d.startYear, d.dt));
    const en = getLocale() === 'en';
    const wording = d.wording ?? 'county';
    // Where every locality is its own province (the US states), the province column would repeat the name.
    const provinceColumn = !d.names.every((name, i) => d.provinces[d.province[i]]?.name === name);
    return html`
      <div class="bar">
        <label>${t('table.filter')}
          <select @change=${this.onFilter}>
            <option value="-1" ?selected=${this.filter < 0}>${t('table.all')}</option>
            ${STAGE_ORDER.map((s) => html`<option value=${s} ?selected=${s === this.filter}>${t(`stage.${s}` as MessageKey)}</option>`)}
          </select>
        </label>
        <span class="count" role="status">${t(unitKey('table.count', wording), { shown: formatInteger(rows.length), n: formatInteger(d.stage.length) })}</span>
      </div>
      <div class="scroll" tabindex="0" role="region" aria-label=${t('table.title')}>
        <table>
          <caption>${t(unitKey('table.caption', wording), { innovation: d.innovation, date: date(d.tick) })}</caption>
          <thead>
            <tr>
              <th scope="col">${t(unitKey('table.locality', wording))}</th>
              ${provinceColumn ? html`<th scope="col">${t('table.province')}</th>` : nothing}
              <th scope="col">${t('table.stage')}</th>
              <th scope="col">${t('table.since')}</th>
            </tr>
          </thead>
          <tbody>
            ${rows.map((i) => {
              const p = d.provinces[d.province[i]];
              return html`<tr>
                <th scope="row">${localityName({ name: d.names[i], nameEn: d.namesEn[i] })}</th>
                ${provinceColumn ? html`<td>${p ? (en && p.nameEn ? p.nameEn : p.name) : ''}</td>` : nothing}
                <td>${t(`stage.${d.stage[i]}` as MessageKey)}</td>
                <td>${date(d.since[i])}</td>
              </tr>`;
            })}
          </tbody>
        </table>
      </div>
    `;
  }

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
