import { LitElement, css, html } from 'lit';
import type { ComparisonResult } from '../../compare/types.ts';
import { LocaleController } from '../controllers/LocaleController.ts';
import { formatYear, t } from '../i18n/i18n.ts';
import { baseStyles } from '../styles.ts';
import { bandText, directionText, kpiDifference, kpiLabel, kpiValue, verdictText } from './compareFormat.ts';

/**
 * The KPI table of compare mode: for each KPI at the end of the run, the baseline's and the
 * scenario's median with their 10–90 % range over the simulated worlds, the paired difference
 * (scenario − baseline) likewise, which way is better, and in words in how many of the worlds the
 * scenario came out better. An undefined figure is "—".
 */
export class IdlCompareKpis extends LitElement {
  static override styles = [
    baseStyles,
    css`
      :host { display: block; overflow-x: auto; }
      table { border-collapse: collapse; font-size: 0.85em; font-variant-numeric: tabular-nums; min-width: 100%; }
      caption { text-align: left; font-weight: 700; margin-bottom: 0.3rem; }
      /* columns keep a readable width; on a phone the table scrolls sideways instead of wrapping every word */
      th, td { padding: 0.3rem 0.6rem; border-bottom: 1px solid var(--idl-rule, #d4dde6); text-align: left; vertical-align: top; min-width: 7em; }
      thead th { font-weight: 600; color: var(--idl-muted, #444); border-bottom-width: 2px; }
      tbody th { font-weight: 600; }
      .direction { display: block; font-weight: 400; font-size: 0.85em; color: var(--idl-muted, #444); }
      td.verdict { min-width: 12em; }
    `,
  ];

  static override properties = {
    result: { attribute: false },
    innovation: { type: Number },
    usRegions: { type: Boolean },
  };

  declare result: ComparisonResult | null;
  /** index into result.innovations */
  declare innovation: number;
  /** a us-states world: the gap is the South's minus the West's */
  declare usRegions: boolean;

  private readonly locale = new LocaleController(this);

  constructor() {
    super();
    this.result = null;
    this.innovation = 0;
    this.usRegions = false;
  }

  override render() {
    const r = this.result;
    const inn = r?.innovations[this.innovation];
    if (!r || !inn) return html``;
    const end = r.years[r.years.length - 1];
    return html`<table>
      <caption>${t('compare.kpis', { year: end === undefined ? '' : formatYear(end) })}</caption>
      <thead>
        <tr>
          <th scope="col">${t('compare.kpi')}</th>
          <th scope="col">${t('compare.line.baseline')}</th>
          <th scope="col">${t('compare.line.scenario')}</th>
          <th scope="col">${t('compare.line.difference')}</th>
          <th scope="col">${t('compare.verdict')}</th>
        </tr>
      </thead>
      <tbody>
        ${Object.values(inn.kpis).map(
          (k) => html`<tr data-kpi=${k.id}>
            <th scope="row">${kpiLabel(k.id, this.usRegions)}<span class="direction">${directionText(k)}</span></th>
            <td class="baseline">${bandText(k.baseline, (v) => kpiValue(k.id, v))}</td>
            <td class="scenario">${bandText(k.scenario, (v) => kpiValue(k.id, v))}</td>
            <td class="difference">${bandText(k.difference, (v) => kpiDifference(k.id, v))}</td>
            <td class="verdict">${verdictText(k, r.pairs)}</td>
          </tr>`,
        )}
      </tbody>
    </table>`;
  }
}

customElements.define('idl-compare-kpis', IdlCompareKpis);

declare global {
  interface HTMLElementTagNameMap {
    'idl-compare-kpis': IdlCompareKpis;
  }
}
