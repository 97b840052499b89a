import { LitElement, css, html } from 'lit';
import { cssProps } from '../map/css-props.ts';
import { LocaleController } from '../controllers/LocaleController.ts';
import { WidthController } from '../controllers/WidthController.ts';
import { formatPercent, formatYear, t } from '../i18n/i18n.ts';
import { signedPoints } from './compareFormat.ts';
import { baseStyles } from '../styles.ts';
import { chartFigureStyles } from './chartFigureStyles.ts';
import { BAND_OPACITY, ZERO_COLOR } from './comparePalette.ts';
import type { BandLine, CompareChartData } from './compareChartData.ts';
import { drawCompareChart, type CompareChartText } from './drawCompareChart.ts';

/**
 * One chart of compare mode (D3 into SVG): `data.kind = 'arms'` draws the baseline's and the
 * scenario's median over the years, each with its pointwise 10–90 % band; `'difference'` draws the
 * paired difference scenario − baseline with its band around a zero line. `heading` names the series.
 * Redraws when a new `data` object is assigned, and when the language or its width changes.
 */
export class IdlCompareChart extends LitElement {
  static override styles = [
    baseStyles,
    chartFigureStyles,
    css`
      svg g.y-axis { font-size: var(--idl-chart-axis-font-size, 10px); }
      .line { display: inline-block; width: 1.4em; height: 0; border-top: 3px solid; }
      .band { display: inline-block; width: 1.4em; height: 0.9em; border-top: 1px dashed; border-bottom: 1px dashed; }
    `,
  ];

  static override properties = {
    data: { attribute: false },
    heading: { type: String },
  };

  declare data: CompareChartData | null;
  /** the chart's title (the series and what is compared), in the current language */
  declare heading: string;

  private readonly locale = new LocaleController(this);
  private readonly size = new WidthController(this, 480);
  private readonly height = 220;

  constructor() {
    super();
    this.data = null;
    this.heading = '';
  }

  override render() {
    return html`<figure>
      <h4>${this.heading}</h4>
      <svg role="img" aria-label=${this.heading}></svg>
      ${this.renderLegend()}
    </figure>`;
  }

  override updated(): void {
    const el = this.renderRoot.querySelector('svg');
    if (el && this.data) drawCompareChart(el, this.data, this.chartText(), this.size.width, this.height);
  }

  private renderLegend() {
    const lines = this.data?.lines ?? [];
    const text = this.chartText();
    return html`<ul>
      ${lines.map((l) => html`<li class="legend-${l.key}"><span class="line" style=${cssProps({ 'border-top-color': l.color })}></span>${text.lineTitle(l.key)}</li>`)}
      <li class="legend-band">
        ${lines.map((l) => html`<span class="band" style=${cssProps({ background: fade(l.color), 'border-color': l.color })}></span>`)}
        ${t('compare.band')}
      </li>
      ${this.data?.kind === 'difference'
        ? html`<li><span class="line" style=${cssProps({ 'border-top-color': ZERO_COLOR, 'border-top-width': '1.5px' })}></span>${t('compare.zero')}</li>`
        : ''}
    </ul>`;
  }

  private chartText(): CompareChartText {
    const difference = this.data?.kind === 'difference';
    return {
      formatYear: (y) => formatYear(y),
      formatValue: difference ? (v) => signedPoints(v) : (v) => formatPercent(v, 0),
      lineTitle: (key: BandLine['key']) => t(`compare.line.${key}`),
    };
  }
}

/** A band swatch's fill: the line colour at the chart's band opacity. */
function fade(hex: string): string {
  const n = parseInt(hex.slice(1), 16);
  return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${BAND_OPACITY})`;
}

customElements.define('idl-compare-chart', IdlCompareChart);

declare global {
  interface HTMLElementTagNameMap {
    'idl-compare-chart': IdlCompareChart;
  }
}
