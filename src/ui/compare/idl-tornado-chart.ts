import { LitElement, css, html, nothing } from 'lit';
import type { TornadoResult, TornadoRow } from '../../compare/tornado/types.ts';
import { LEVER_DEFS } from '../../model/params/schema.ts';
import type { ParamValue } from '../../model/params/def.ts';
import { LocaleController } from '../controllers/LocaleController.ts';
import { WidthController } from '../controllers/WidthController.ts';
import { pick, t } from '../i18n/i18n.ts';
import { formatParamValue } from '../levers/paramFormat.ts';
import { cssProps } from '../map/css-props.ts';
import { baseStyles } from '../styles.ts';
import { chartFigureStyles } from './chartFigureStyles.ts';
import { bandText, directionText, kpiDifference, kpiLabel } from './compareFormat.ts';
import { ZERO_COLOR } from './comparePalette.ts';
import { drawTornadoChart, tornadoHeight, TORNADO_COLORS, type TornadoChartText } from './drawTornadoChart.ts';

/**
 * The tornado chart (D3 into SVG): per lever, in rank order, a bar from 0 to the median paired
 * difference of the KPI with the lever at the low end of its plausible range and one with it at the
 * high end, each with a 10–90 % whisker. Lever names are the parameter table's plain-language labels.
 * The same ranking is a table (rank, lever, its ends, both differences and the swing with the 95 %
 * interval of its median) behind a disclosure: the text alternative, reachable by keyboard. Redraws
 * on a new `result`, a language change or a new width.
 */
export class IdlTornadoChart extends LitElement {
  static override styles = [
    baseStyles,
    chartFigureStyles,
    css`
      .swatch { display: inline-block; width: 1.2em; height: 0.8em; }
      .whisker { display: inline-block; width: 1.4em; height: 0.6em; border: 1.5px solid; border-top: none; border-bottom: none; background: linear-gradient(currentColor, currentColor) center / 100% 1.5px no-repeat; }
      details { margin-top: 0.4rem; font-size: 0.85em; }
      summary { cursor: pointer; padding-block: 0.7rem; }
      .table-wrap { overflow-x: auto; }
      table { border-collapse: collapse; }
      th, td { text-align: start; padding: 0.2rem 0.5rem; border-bottom: 1px solid var(--idl-rule, #ccc); vertical-align: top; white-space: nowrap; }
    `,
  ];

  static override properties = {
    result: { attribute: false },
    usRegions: { type: Boolean },
  };

  declare result: TornadoResult | null;
  /** the gap KPI's regions are the US's */
  declare usRegions: boolean;

  private readonly locale = new LocaleController(this);
  private readonly size = new WidthController(this, 480);

  constructor() {
    super();
    this.result = null;
    this.usRegions = false;
  }

  override render() {
    const r = this.result;
    if (!r) return nothing;
    const heading = t('tornado.chart', { kpi: kpiLabel(r.kpi, this.usRegions), direction: directionText(r) });
    return html`<figure>
      <h4>${heading}</h4>
      <svg role="img" aria-label=${this.summaryText(r)} style=${cssProps({ 'aspect-ratio': `${this.size.width} / ${tornadoHeight(r.rows.length)}` })}></svg>
      <ul>
        <li class="legend-low"><span class="swatch" style=${cssProps({ background: TORNADO_COLORS.low })}></span>${t('tornado.low')}</li>
        <li class="legend-high"><span class="swatch" style=${cssProps({ background: TORNADO_COLORS.high })}></span>${t('tornado.high')}</li>
        <li class="legend-whisker"><span class="whisker" style=${cssProps({ color: ZERO_COLOR })}></span>${t('tornado.whisker')}</li>
      </ul>
      <details>
        <summary>${t('tornado.table')}</summary>
        <div class="table-wrap">${this.renderTable(r)}</div>
      </details>
    </figure>`;
  }

  override updated(): void {
    const el = this.renderRoot.querySelector('svg');
    if (el && this.result) drawTornadoChart(el, this.result, this.chartText(this.result), this.size.width);
  }

  private renderTable(r: TornadoResult) {
    const diff = (v: number) => kpiDifference(r.kpi, v);
    return html`<table>
      <thead>
        <tr>
          <th scope="col">${t('tornado.col.rank')}</th>
          <th scope="col">${t('tornado.col.lever')}</th>
          <th scope="col">${t('tornado.col.range')}</th>
          <th scope="col">${t('tornado.col.low')}</th>
          <th scope="col">${t('tornado.col.high')}</th>
          <th scope="col">${t('tornado.col.swing')}</th>
        </tr>
      </thead>
      <tbody>
        ${r.rows.map(
          (row, i) => html`<tr class=${row.key}>
            <td>${i + 1}</td>
            <th scope="row">${pick(row.label)}</th>
            <td>${t('tornado.range', { low: value(row, row.low), high: value(row, row.high), current: value(row, row.current) })}</td>
            <td class="num">${bandText(row.lowDifference, diff)}</td>
            <td class="num">${bandText(row.highDifference, diff)}</td>
            <td class="num">${swingText(r.kpi, row)}</td>
          </tr>`,
        )}
      </tbody>
    </table>`;
  }

  /** The chart's text alternative in one sentence: the levers in rank order with their swings. */
  private summaryText(r: TornadoResult): string {
    const list = r.rows.map((row, i) => t('tornado.summaryItem', { rank: i + 1, name: pick(row.label), swing: kpiDifference(r.kpi, row.swingDifference.median) }));
    return t('tornado.summary', { kpi: kpiLabel(r.kpi, this.usRegions), list: list.join(t('compare.separator')) });
  }

  private chartText(r: TornadoResult): TornadoChartText {
    const diff = (v: number) => kpiDifference(r.kpi, v);
    return {
      name: (row) => pick(row.label),
      formatValue: diff,
      barTitle: (row, side) =>
        t('tornado.barTitle', { name: pick(row.label), value: value(row, row[side]), difference: bandText(side === 'low' ? row.lowDifference : row.highDifference, diff) }),
    };
  }
}

/** A lever's value as the lever panel shows it: a switch on or off, a number plainly. */
function value(row: TornadoRow, v: ParamValue): string {
  if (typeof v === 'boolean') return t(v ? 'levers.on' : 'levers.off');
  const def = LEVER_DEFS.find((d) => d.key === row.key);
  return def ? formatParamValue(def, v) : String(v);
}

/** The signed median of high − low with the 95 % interval of that median. */
function swingText(kpi: TornadoResult['kpi'], row: TornadoRow): string {
  const diff = (v: number) => kpiDifference(kpi, v);
  return bandText({ median: row.swingDifference.median, p10: row.swingInterval[0], p90: row.swingInterval[1] }, diff);
}

customElements.define('idl-tornado-chart', IdlTornadoChart);

declare global {
  interface HTMLElementTagNameMap {
    'idl-tornado-chart': IdlTornadoChart;
  }
}
