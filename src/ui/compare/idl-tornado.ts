import { LitElement, css, html, nothing } from 'lit';
import { COMPARE_KPIS } from '../../compare/compareKpis.ts';
import { summarizeTornado } from '../../compare/tornado/summarizeTornado.ts';
import type { TornadoData, TornadoResult } from '../../compare/tornado/types.ts';
import type { CompareKpiId } from '../../compare/types.ts';
import { LocaleController } from '../controllers/LocaleController.ts';
import { formatInteger, formatNumber, t } from '../i18n/i18n.ts';
import { baseStyles } from '../styles.ts';
import { browserTornadoRunner, type TornadoRequest, type TornadoRunner } from './browserTornadoRunner.ts';
import { sameRequest, type CompareChanges, type CompareSource } from './CompareController.ts';
import { kpiLabel } from './compareFormat.ts';
import { TornadoController } from './TornadoController.ts';
import './idl-tornado-chart.ts';

/** Pairs per variant: with 20 the 6th and 15th sorted paired differences bound their median with 95.9 % confidence. */
export const TORNADO_PAIRS = 20;

/**
 * "Which lever matters most", in compare mode: on demand every lever of the current scenario (the
 * baseline with the user's changes) is moved alone to the ends of its plausible range and compared
 * pair by pair with it; the tornado chart ranks the effects on the chosen KPI. Progress, cancel;
 * choosing another KPI or innovation re-ranks the same runs without running again.
 */
export class IdlTornado extends LitElement {
  static override styles = [
    baseStyles,
    css`
      :host { display: block; margin-top: 1rem; }
      h3 { margin: 0 0 0.2rem; font-size: 1em; }
      .hint { font-size: 0.85em; margin: 0.2rem 0; }
      .note { color: var(--idl-note, #8a4b00); font-size: 0.85em; }
      .actions { display: flex; flex-wrap: wrap; gap: 0.5rem 0.8rem; align-items: end; margin: 0.4rem 0; }
      .actions label { display: flex; flex-direction: column; font-size: 0.8em; gap: 0.1rem; }
      .actions select, .actions button { min-height: 44px; }
      .progress { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: center; font-size: 0.85em; }
    `,
  ];

  static override properties = {
    source: { attribute: false },
    changes: { attribute: false },
    seed: { type: Number },
    years: { attribute: false },
    innovationId: { type: String },
    usRegions: { type: Boolean },
    kpi: { state: true },
  };

  /** the current scenario: the baseline's source with the user's changes (null: the app has none yet) */
  declare source: CompareSource | null;
  declare changes: CompareChanges;
  declare seed: number;
  /** years per run; null: the scenario's own */
  declare years: number | null;
  /** the innovation shown (the app's picker); the first of the run when it has no such innovation */
  declare innovationId: string;
  declare usRegions: boolean;
  /** the KPI the levers are ranked by */
  declare kpi: CompareKpiId;

  /** where the app's public files live; defaults to the page's directory */
  dataBaseUrl = new URL('./', document.baseURI).href;
  /** how tornadoes run (tests replace it) */
  runner: TornadoRunner = browserTornadoRunner(() => this.dataBaseUrl);

  readonly tornado = new TornadoController(this, () => this.runner);
  private readonly locale = new LocaleController(this);
  private summary: { data: TornadoData; key: string; result: TornadoResult } | null = null;

  constructor() {
    super();
    this.source = null;
    this.changes = { levers: {}, params: {} };
    this.seed = 1;
    this.years = null;
    this.innovationId = '';
    this.usRegions = false;
    this.kpi = 'timeTo50';
  }

  /** The tornado the current inputs ask for (null without a scenario). */
  request(): TornadoRequest | null {
    return this.source ? { source: this.source, changes: this.changes, pairs: TORNADO_PAIRS, seed: this.seed, years: this.years } : null;
  }

  /** Runs the tornado of the current inputs. */
  start(): void {
    const request = this.request();
    if (request) void this.tornado.run(request);
  }

  override render() {
    const running = this.tornado.status === 'running';
    return html`<section aria-labelledby="tornado-title">
      <h3 id="tornado-title">${t('tornado.title')}</h3>
      <p class="hint">${t('tornado.hint', { pairs: TORNADO_PAIRS })}</p>
      <div class="actions">
        <label>
          <span>${t('tornado.kpi')}</span>
          <select class="kpi" @change=${this.onKpi}>
            ${COMPARE_KPIS.map(({ id }) => html`<option value=${id} ?selected=${id === this.kpi}>${kpiLabel(id, this.usRegions)}</option>`)}
          </select>
        </label>
        <button class="tornado-run" type="button" ?disabled=${running || !this.source} @click=${() => this.start()}>${t('tornado.run')}</button>
        <button class="tornado-cancel" type="button" ?disabled=${!running} @click=${() => this.tornado.cancel()}>${t('tornado.cancel')}</button>
      </div>
      ${this.renderProgress()} ${this.renderResult()}
    </section>`;
  }

  private renderProgress() {
    const c = this.tornado;
    if (c.status === 'idle') return nothing;
    const seconds = formatNumber(c.elapsedMs() / 1000, 1);
    const text =
      c.status === 'running'
        ? t('tornado.running', { done: formatInteger(c.done), total: formatInteger(c.total), seconds })
        : c.status === 'done'
          ? t('tornado.finished', { levers: c.data?.levers.length ?? 0, runs: formatInteger(c.total), seconds })
          : c.status === 'cancelled'
            ? t('tornado.cancelled')
            : '';
    return html`<div class="progress">
      ${c.status === 'running' ? html`<progress max=${c.total || 1} .value=${c.done} aria-label=${t('tornado.progress')}></progress>` : nothing}
      <span class="status" role="status">${text}</span>
      ${c.status === 'errored' ? html`<span class="error" role="alert">${t('tornado.failed', { message: c.error })}</span>` : nothing}
    </div>`;
  }

  private renderResult() {
    const result = this.result();
    if (!result) return nothing;
    const shown = this.tornado.dataRequest;
    const now = this.request();
    const outdated = !!shown && !!now && !sameRequest(shown, now);
    return html`${outdated ? html`<p class="note outdated" role="status">${t('tornado.outdated')}</p>` : nothing}
      <idl-tornado-chart .result=${result} .usRegions=${this.usRegions}></idl-tornado-chart>`;
  }

  /** The ranking of the shown data on the chosen KPI and innovation, the same object while they stay the same. */
  private result(): TornadoResult | null {
    const data = this.tornado.data;
    if (!data || data.innovations.length === 0) return null;
    const innovation = data.innovations.includes(this.innovationId) ? this.innovationId : data.innovations[0];
    const key = `${this.kpi}|${innovation}`;
    if (this.summary?.data !== data || this.summary.key !== key) this.summary = { data, key, result: summarizeTornado(data, this.kpi, innovation) };
    return this.summary.result;
  }

  private onKpi = (e: Event) => {
    this.kpi = (e.target as HTMLSelectElement).value as CompareKpiId;
  };
}

customElements.define('idl-tornado', IdlTornado);

declare global {
  interface HTMLElementTagNameMap {
    'idl-tornado': IdlTornado;
  }
}
