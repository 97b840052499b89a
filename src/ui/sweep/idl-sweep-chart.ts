import { WidthController } from '../controllers/WidthController.ts';
import { LitElement, css, html, nothing } from 'lit';
import type { Plan } from '../../sweep/plan.ts';
import type { RunRecord } from '../../sweep/runRecord.ts';
import { LocaleController } from '../controllers/LocaleController.ts';
import { formatInteger, formatNumber, pick, t } from '../i18n/i18n.ts';
import { cssProps } from '../map/css-props.ts';
import { baseStyles } from '../styles.ts';
import { continuousColor, drawSweepChart, seriesColor, type SweepChartText } from './drawSweepChart.ts';
import { factorLabel, metricLabel } from './metricLabels.ts';
import { sweepChartData, type SweepChartData } from './sweepChartData.ts';

/**
 * The sweep's results as they arrive: a metric (picked from the sweep's kept metrics) against a
 * factor, every replicate a point, the replicate mean and spread as a line and band (D3 into SVG),
 * with a legend and a table of the means for screen readers. Redraws when `revision` changes.
 */
export class IdlSweepChart extends LitElement {
  static override styles = [
    baseStyles,
    css`
      :host { display: block; }
      .pickers { display: flex; flex-wrap: wrap; gap: 0.4rem 1rem; align-items: end; }
      .pickers label { display: flex; flex-direction: column; font-size: 0.8em; gap: 0.1rem; }
      svg { display: block; width: 100%; height: auto; font-size: 13px; }
      svg text { font-family: inherit; }
      svg .tick text { font-size: 13px; }
      .legend { list-style: none; display: flex; flex-wrap: wrap; gap: 0.2rem 0.9rem; margin: 0.2rem 0 0; padding: 0; font-size: 0.8em; }
      .legend li { display: inline-flex; align-items: center; gap: 0.3rem; }
      .swatch { display: inline-block; width: 1.4em; height: 0.9em; border-radius: 2px; }
      .ramp { display: inline-block; width: 5em; height: 0.9em; border-radius: 2px; }
      .note { font-size: 0.8em; color: var(--idl-muted, #444); margin: 0.2rem 0 0; }
      details { font-size: 0.8em; margin-top: 0.3rem; }
      summary { cursor: pointer; min-height: 32px; display: list-item; padding-top: 0.3rem; }
      table { border-collapse: collapse; font-variant-numeric: tabular-nums; }
      th, td { padding: 0.1rem 0.6rem; text-align: right; border-bottom: 1px solid var(--idl-rule, #d4dde6); }
    `,
  ];

  static override properties = {
    plan: { attribute: false },
    records: { attribute: false },
    revision: { type: Number },
    metric: { state: true },
    innovation: { state: true },
    xFactor: { state: true },
  };

  declare plan: Plan | null;
  declare records: readonly RunRecord[];
  declare revision: number;
  declare metric: string;
  declare innovation: string;
  declare xFactor: number;

  private readonly locale = new LocaleController(this);
  private readonly size = new WidthController(this, 640);
  private readonly height = 300;
  private data: SweepChartData | null = null;

  constructor() {
    super();
    this.plan = null;
    this.records = [];
    this.revision = 0;
    this.metric = '';
    this.innovation = '';
    this.xFactor = 0;
  }

  override willUpdate(): void {
    const plan = this.plan;
    if (!plan) {
      this.data = null;
      return;
    }
    // keep the user's picks while they exist in this sweep; otherwise t50 (or the first kept metric)
    const { metrics, innovations } = plan.sweep.outputs;
    if (!metrics.includes(this.metric)) this.metric = metrics.includes('t50') ? 't50' : metrics[0];
    if (!innovations.includes(this.innovation)) this.innovation = innovations[0];
    if (this.xFactor >= plan.sweep.factors.length) this.xFactor = 0;
    this.data = sweepChartData(plan, this.records, this.metric, this.innovation, this.xFactor);
  }

  override render() {
    const plan = this.plan;
    if (!plan) return nothing;
    const { metrics, innovations } = plan.sweep.outputs;
    const factors = plan.sweep.factors;
    const data = this.data!;
    const title = t('sweep.chartTitle', { metric: metricLabel(this.metric), factor: factorLabel(factors[this.xFactor]) });
    return html`
      <div class="pickers">
        <label>
          <span>${t('sweep.metric')}</span>
          <select class="metric" @change=${(e: Event) => (this.metric = (e.target as HTMLSelectElement).value)}>
            ${metrics.map((m) => html`<option value=${m} ?selected=${m === this.metric}>${metricLabel(m)}</option>`)}
          </select>
        </label>
        ${factors.length > 1
          ? html`<label>
              <span>${t('sweep.xAxis')}</span>
              <select class="x-factor" @change=${(e: Event) => (this.xFactor = Number((e.target as HTMLSelectElement).value))}>
                ${factors.map((f, j) => html`<option value=${j} ?selected=${j === this.xFactor}>${factorLabel(f)}</option>`)}
              </select>
            </label>`
          : nothing}
        ${innovations.length > 1
          ? html`<label>
              <span>${t('picker.innovation')}</span>
              <select class="innovation" @change=${(e: Event) => (this.innovation = (e.target as HTMLSelectElement).value)}>
                ${innovations.map((id) => html`<option value=${id} ?selected=${id === this.innovation}>${this.innovationName(id)}</option>`)}
              </select>
            </label>`
          : nothing}
      </div>
      <figure>
        <svg role="img" aria-label=${`${title}: ${t('sweep.drawn', { n: formatInteger(data.drawn) })}`}></svg>
        ${this.renderLegend(data)}
        ${data.missing > 0 ? html`<p class="note missing">${t('sweep.missing', { n: formatInteger(data.missing), metric: metricLabel(this.metric) })}</p>` : nothing}
      </figure>
      ${this.renderTable(data)}
    `;
  }

  override updated(): void {
    const el = this.renderRoot.querySelector('svg');
    if (!el || !this.data || !this.plan) return;
    drawSweepChart(el, this.data, this.chartText(), this.size.width, this.height);
  }

  private renderLegend(data: SweepChartData) {
    const factors = this.plan!.sweep.factors;
    const spread = html`<li>${t(data.lines ? 'sweep.legendLines' : 'sweep.legendBars')}</li>`;
    if (data.otherFactor === null) return html`<ul class="legend">${spread}</ul>`;
    const other = factorLabel(factors[data.otherFactor]);
    if (!data.lines) {
      const [lo, hi] = data.otherDomain!;
      const ramp = `linear-gradient(to right, ${[0, 0.25, 0.5, 0.75, 1].map((f) => continuousColor(data, lo + f * (hi - lo))).join(', ')})`;
      return html`<ul class="legend">
        <li>${other}: ${this.formatValue(lo)} <span class="ramp" style=${cssProps({ background: ramp })}></span> ${this.formatValue(hi)}</li>
        ${spread}
      </ul>`;
    }
    return html`<ul class="legend">
      <li>${other}:</li>
      ${data.series.map((s, i) => html`<li><span class="swatch" style=${cssProps({ background: seriesColor(data, i) })}></span>${this.formatValue(s.value ?? 0)}</li>`)}
      ${spread}
    </ul>`;
  }

  private renderTable(data: SweepChartData) {
    const factors = this.plan!.sweep.factors;
    const rows = data.series.flatMap((s) => s.stats.map((st) => ({ value: s.value, st })));
    return html`<details>
      <summary>${t('sweep.table')}</summary>
      <table>
        <thead>
          <tr>
            <th scope="col">${factorLabel(factors[data.xFactor])}</th>
            ${data.otherFactor !== null ? html`<th scope="col">${factorLabel(factors[data.otherFactor])}</th>` : nothing}
            <th scope="col">${t('sweep.replicates')}</th>
            <th scope="col">${t('sweep.mean')}</th>
            <th scope="col">${t('sweep.sd')}</th>
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            (r) => html`<tr>
              <td>${this.formatValue(r.st.x)}</td>
              ${data.otherFactor !== null ? html`<td>${this.formatValue(r.value ?? 0)}</td>` : nothing}
              <td>${r.st.values.length}</td>
              <td>${formatNumber(r.st.mean, 3)}</td>
              <td>${formatNumber(r.st.sd, 3)}</td>
            </tr>`,
          )}
        </tbody>
      </table>
    </details>`;
  }

  /** An innovation's name in the current language (from the sweep's base scenario), else its id. */
  private innovationName(id: string): string {
    const inn = this.plan!.sweep.scenario.innovations.find((k) => k.id === id);
    return inn ? pick(inn.name) : id;
  }

  private formatValue(v: number): string {
    return formatNumber(v, 3);
  }

  private chartText(): SweepChartText {
    const factors = this.plan!.sweep.factors;
    const xLabel = factorLabel(factors[this.xFactor]);
    const yLabel = metricLabel(this.metric);
    return {
      xLabel,
      yLabel,
      formatX: (x) => formatNumber(x, 3),
      formatY: (y) => formatNumber(y, 3),
      pointTitle: (p) => t('sweep.pointTitle', { run: p.run, x: formatNumber(p.x, 4), y: formatNumber(p.y, 4) }),
    };
  }
}

customElements.define('idl-sweep-chart', IdlSweepChart);

declare global {
  interface HTMLElementTagNameMap {
    'idl-sweep-chart': IdlSweepChart;
  }
}
