import { LitElement, css, html, nothing } from 'lit';
import type { PresetInfo } from '../../service/types.ts';
import { pointCount } from '../../sweep/design/pointCount.ts';
import { resultsParquet, resultsText, sweepFileName, sweepFileText, type PanelChoice, type SweepWorker } from '../../sweep/browser/index.ts';
import { LocaleController } from '../controllers/LocaleController.ts';
import { formatInteger, formatNumber, t } from '../i18n/i18n.ts';
import { baseStyles } from '../styles.ts';
import { toolPanelStyles } from '../panelStyles.ts';
import { saveFile, type SaveFile } from './download.ts';
import { MAX_PANEL_RUNS, SweepController } from './SweepController.ts';
import { connectSweepWorker, poolSize } from './sweepWorkers.ts';
import { initialChoice } from './sweepChoice.ts';
import './idl-sweep-form.ts';
import './idl-sweep-chart.ts';

/**
 * The Sweep panel: a small parameter sweep of a preset run in a pool of web workers (one
 * per core), its results plotted as they arrive, stoppable, and exported as the files `idlab sweep`
 * writes — the results table (CSV, Parquet, JSON Lines) and the sweep file that `idlab sweep plan`
 * turns back into the same plan. State lives in SweepController; the form and the chart are children.
 */
export class IdlSweepPanel extends LitElement {
  static override styles = [
    baseStyles,
    toolPanelStyles,
    css`
      h3 { font-size: 1em; margin: 0.6rem 0 0.3rem; color: var(--idl-heading, #0b3d6e); }
      .summary { font-size: 0.9em; margin: 0.5rem 0 0.2rem; font-variant-numeric: tabular-nums; }
      .problems { color: var(--idl-error, #a8321e); font-size: 0.85em; margin: 0.3rem 0; padding-left: 1.2rem; }
      p.problems { padding-left: 0; }
      .notes { color: var(--idl-note, #8a4b00); font-size: 0.8em; margin: 0.3rem 0; padding-left: 1.2rem; }
      .actions, .exports { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: center; }
      .results { display: grid; grid-template-columns: minmax(0, 1fr); gap: 0.3rem; }
      .export-note { font-size: 0.75em; color: var(--idl-muted, #444); margin: 0.3rem 0 0; }
    `,
  ];

  static override properties = {
    presets: { attribute: false },
    presetId: { type: String },
    seed: { type: Number },
    choice: { state: true },
  };

  /** presets to pick the base from (the shell's list) */
  declare presets: readonly PresetInfo[];
  /** the preset and seed the panel opens on (the shell's current run) */
  declare presetId: string;
  declare seed: number;
  declare choice: PanelChoice | null;

  /** where the app's public files live; defaults to the page's directory */
  dataBaseUrl = new URL('./', document.baseURI).href;
  /** how to start a sweep worker; tests may replace it */
  connect: () => SweepWorker = connectSweepWorker;
  /** the pool size: navigator.hardwareConcurrency */
  poolSize: () => number = poolSize;
  /** how exports are saved; tests capture them */
  save: SaveFile = saveFile;

  readonly sweep = new SweepController(this, () => this.connect(), () => this.dataBaseUrl, () => this.poolSize());
  private readonly locale = new LocaleController(this);

  constructor() {
    super();
    this.presets = [];
    this.presetId = 'fengqiao';
    this.seed = 1;
    this.choice = null;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.choice) this.setChoice(initialChoice(this.presetId, this.seed));
  }

  override render() {
    const s = this.sweep;
    const running = s.status === 'running';
    return html`
      <section aria-labelledby="sweep-title">
        <h2 id="sweep-title">${t('sweep.title')}</h2>
        <p class="hint">${t('sweep.hint', { workers: this.poolSize() })}</p>
        <form @submit=${this.onRun}>
          <idl-sweep-form .choice=${this.choice} .presets=${this.presets} .presetYears=${s.presetYears()} ?disabled=${running} @idl-sweep-choice=${this.onChoice}></idl-sweep-form>
          ${this.renderCheck()}
          <div class="actions">
            <button class="run" type="submit" ?disabled=${running || !s.checked || s.tooLarge || s.checking}>${t('sweep.run')}</button>
            <button class="stop" type="button" ?disabled=${!running} @click=${() => s.stop()}>${t('sweep.stop')}</button>
            ${s.resumable ? html`<button class="resume" type="button" @click=${() => void s.resume()}>${t('sweep.resume')}</button>` : nothing}
            <button class="save-sweep" type="button" ?disabled=${!s.checked} @click=${this.saveChoice}>${t('sweep.saveChoice')}</button>
          </div>
        </form>
        ${this.renderProgress()}
        ${s.sweep
          ? html`<div class="results">
              <h3>${t('sweep.results')}</h3>
              <idl-sweep-chart .plan=${s.sweep.plan} .records=${s.records} .revision=${s.revision}></idl-sweep-chart>
              ${this.renderExports()}
            </div>`
          : nothing}
      </section>
    `;
  }

  private renderCheck() {
    const s = this.sweep;
    if (s.problems.length > 0) {
      return html`<p class="summary">${t('sweep.problems')}</p>
        <ul class="problems" role="alert">${s.problems.map((p) => html`<li>${p}</li>`)}</ul>`;
    }
    if (!s.checked) return html`<p class="summary">${t('sweep.checking')}</p>`;
    const plan = s.checked.plan;
    const points = pointCount(plan.sweep);
    return html`<p class="summary count">
        ${t('sweep.count', { runs: formatInteger(plan.runCount), points: formatInteger(points), replicates: formatInteger(plan.sweep.replicates), workers: Math.min(this.poolSize(), plan.runCount) })}
      </p>
      ${s.tooLarge ? html`<p class="problems too-large" role="alert">${t('sweep.tooLarge', { max: formatInteger(MAX_PANEL_RUNS) })}</p>` : nothing}
      ${s.checked.notes.length ? html`<ul class="notes">${s.checked.notes.map((n) => html`<li>${n}</li>`)}</ul>` : nothing}`;
  }

  private renderProgress() {
    const s = this.sweep;
    if (!s.sweep) return nothing;
    const seconds = formatNumber(s.elapsedNow() / 1000, 1);
    const n = { done: formatInteger(s.done), total: formatInteger(s.total), workers: s.workers, seconds };
    const text =
      s.status === 'running'
        ? t('sweep.running', n)
        : s.status === 'stopped'
          ? t('sweep.stopped', n)
          : s.status === 'done'
            ? t('sweep.finished', n)
            : s.status === 'errored'
              ? t('sweep.failed', n)
              : '';
    return html`<div class="progress">
      <progress max=${s.total} .value=${s.done} aria-label=${t('sweep.progress')}></progress>
      <span class="status" role="status">${text}</span>
      ${s.status === 'errored' ? html`<span class="error" role="alert">${s.error}${s.resumable ? ` ${t('sweep.canResume')}` : ''}</span>` : nothing}
      ${s.lastRestart
        ? html`<p class="restarted" role="status">
            ${t(s.lastRestart.reason === 'timeout' ? 'sweep.restartedTimeout' : 'sweep.restartedFailure', {
              n: formatInteger(s.restarts),
              run: s.lastRestart.run ?? '–',
              message: s.lastRestart.message,
            })}
          </p>`
        : nothing}
    </div>`;
  }

  private renderExports() {
    const s = this.sweep;
    const none = s.records.length === 0;
    return html`<div class="exports" role="group" aria-label=${t('sweep.export')}>
        <strong>${t('sweep.export')}:</strong>
        <button class="export-csv" type="button" ?disabled=${none} @click=${() => this.exportResults('csv')}>${t('sweep.exportCsv')}</button>
        <button class="export-parquet" type="button" ?disabled=${none} @click=${() => void this.exportResults('parquet')}>${t('sweep.exportParquet')}</button>
        <button class="export-jsonl" type="button" ?disabled=${none} @click=${() => this.exportResults('jsonl')}>${t('sweep.exportJsonl')}</button>
        <button class="export-sweep" type="button" @click=${this.exportSweep}>${t('sweep.exportSweep')}</button>
      </div>
      <p class="export-note">${t('sweep.exportNote')}</p>`;
  }

  // ── handlers ──────────────────────────────────────────────────────────────────────────────────

  private setChoice(choice: PanelChoice) {
    this.choice = choice;
    void this.sweep.check(choice);
  }

  private onChoice = (e: CustomEvent<{ choice: PanelChoice }>) => this.setChoice(e.detail.choice);

  private onRun = (e: Event) => {
    e.preventDefault();
    void this.sweep.start();
  };

  private async exportResults(format: 'csv' | 'jsonl' | 'parquet') {
    const s = this.sweep;
    if (!s.sweep) return;
    const plan = s.sweep.plan;
    const complete = s.records.length === plan.runCount;
    const name = sweepFileName(plan, 'results', format, complete);
    if (format === 'parquet') this.save(name, await resultsParquet(plan, s.records), 'application/vnd.apache.parquet');
    else this.save(name, resultsText(plan, s.records, format), format === 'csv' ? 'text/csv' : 'application/jsonl');
  }

  private saveChoice = () => {
    const checked = this.sweep.checked;
    if (checked) this.save(sweepFileName(checked.plan, 'sweep', 'json'), sweepFileText(checked.file), 'application/json');
  };

  private exportSweep = () => {
    const planned = this.sweep.sweep;
    if (planned) this.save(sweepFileName(planned.plan, 'sweep', 'json'), sweepFileText(planned.file), 'application/json');
  };
}

customElements.define('idl-sweep-panel', IdlSweepPanel);

declare global {
  interface HTMLElementTagNameMap {
    'idl-sweep-panel': IdlSweepPanel;
  }
}
