import { LitElement, css, html } from 'lit';
import { cssProps } from '../map/css-props.ts';
import type { TimelineEvent } from '../../service/types.ts';
import { LocaleController } from '../controllers/LocaleController.ts';
import { WidthController } from '../controllers/WidthController.ts';
import { formatPercent, formatYear, pick, t } from '../i18n/i18n.ts';
import { unitKey } from '../i18n/unitKey.ts';
import { STAGE_COLORS } from '../palette.ts';
import { baseStyles } from '../styles.ts';
import type { ChartData, ChartText } from './chartData.ts';
import { adoptionLines, drawAdoptionChart } from './drawAdoptionChart.ts';
import { STACK_ORDER, drawStageChart } from './drawStageChart.ts';

export type ChartKind = 'stages' | 'adoption';

/**
 * One time-series chart (D3 into SVG): `kind="stages"` stacks the stages over time;
 * `kind="adoption"` draws the ever-adopted and active shares with the active share per region.
 * Scenario events sit on the time axis. The data comes in as one `data` object (ChartData); the
 * chart redraws when a new object is assigned and when the language or its width changes.
 */
export class IdlChart extends LitElement {
  static override styles = [
    baseStyles,
    css`
      :host { display: block; }
      figure { margin: 0; }
      h3 { margin: 0 0 0.2rem; font-size: 1em; }
      h3 .unit { font-weight: 400; font-size: 0.8em; color: var(--idl-muted, #444); }
      svg { display: block; width: 100%; height: auto; font-size: var(--idl-chart-font-size, 13px); }
      /* d3's axes set font-size="10" on their group; a CSS rule outranks that attribute (projector mode enlarges it) */
      svg g.x-axis, svg g.y-axis { font-size: var(--idl-chart-axis-font-size, 10px); }
      svg text { font-family: inherit; }
      ul { list-style: none; display: flex; flex-wrap: wrap; gap: 0.2rem 0.9rem; margin: 0.2rem 0 0; padding: 0; font-size: 0.8em; }
      li { display: inline-flex; align-items: center; gap: 0.3rem; }
      .swatch { display: inline-block; width: 0.9em; height: 0.9em; border-radius: 2px; }
      .line { display: inline-block; width: 1.4em; height: 0; border-top-width: 3px; border-top-style: solid; }
      .line.dashed { border-top-style: dashed; }
    `,
  ];

  static override properties = {
    kind: { type: String },
    data: { attribute: false },
  };

  declare kind: ChartKind;
  declare data: ChartData | null;

  constructor() {
    super();
    this.kind = 'stages';
    this.data = null;
  }

  private readonly locale = new LocaleController(this);
  private readonly size = new WidthController(this, 480);
  private readonly height = 220;

  override render() {
    const title = this.kind === 'stages' ? t('chart.stages') : t('chart.adoption');
    return html`
      <figure>
        <h3>${title} <span class="unit">(${t(unitKey('chart.share', this.data?.wording ?? 'county'))})</span></h3>
        <svg role="img" aria-label=${title}></svg>
        ${this.renderLegend()}
      </figure>
    `;
  }

  override updated(): void {
    const el = this.renderRoot.querySelector('svg');
    if (!el || !this.data) return;
    const draw = this.kind === 'stages' ? drawStageChart : drawAdoptionChart;
    draw(el, this.data, this.chartText(), this.size.width, this.height);
  }

  private renderLegend() {
    if (this.kind === 'stages') {
      return html`<ul>
        ${STACK_ORDER.map(
          (s) => html`<li><span class="swatch" style=${cssProps({ background: STAGE_COLORS[s] })}></span>${t(`stage.${s}` as 'stage.1')}</li>`,
        )}
      </ul>`;
    }
    const lines = this.data ? adoptionLines(this.data) : [];
    const series = this.chartText().series;
    return html`<ul>
      ${lines.map(
        (l) => html`<li><span class="line ${l.dash ? 'dashed' : ''}" style=${cssProps({ 'border-top-color': l.color })}></span>${series[l.key]}</li>`,
      )}
    </ul>`;
  }

  private chartText(): ChartText {
    const series: Record<string, string> = {
      ever: t('chart.ever'),
      active: t('chart.active'),
    };
    for (let s = 0; s < STAGE_COLORS.length; s++) series[String(s)] = t(`stage.${s}` as 'stage.0');
    const regionKey = this.data?.usRegions ? 'region.us' : 'region';
    for (let r = 0; r < 4; r++) series[`region.${r}`] = `${t('chart.active')} · ${t(`${regionKey}.${r}` as 'region.0')}`;
    return {
      series,
      eventLabel: (e: TimelineEvent) => {
        // an era's end is exclusive: one that ends at the start of 1977 is shown as "1966–1976"
        const last = e.untilYear === undefined ? 0 : Number.isInteger(e.untilYear) ? e.untilYear - 1 : e.untilYear;
        const year = e.untilYear === undefined ? formatYear(e.year) : t('event.era', { from: formatYear(e.year), to: formatYear(last) });
        const text = t('event.marker', { year, level: t(`level.${e.level}`), type: t(`event.${e.type}`) });
        return e.label ? `${text} — ${pick(e.label)}` : text;
      },
      formatYear: (y) => formatYear(y),
      formatShare: (s) => formatPercent(s, 0),
    };
  }
}

customElements.define('idl-chart', IdlChart);

declare global {
  interface HTMLElementTagNameMap {
    'idl-chart': IdlChart;
  }
}
