import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import type { CompareSeriesId, ComparisonResult } from '../../compare/types.ts';
import type { ParamDef } from '../../model/params/def.ts';
import { ASSUMPTION_DEFS, LEVER_DEFS } from '../../model/params/schema.ts';
import type { MapGeometryInput } from '../map/map-geometry.ts';
import type { MapWorld } from '../map/map-projection.ts';
import { LocaleController } from '../controllers/LocaleController.ts';
import { formatInteger, formatNumber, pick, t } from '../i18n/i18n.ts';
import { formatParamValue } from '../levers/paramFormat.ts';
import { baseStyles } from '../styles.ts';
import { toolPanelStyles } from '../panelStyles.ts';
import { poolSize } from '../sweep/sweepWorkers.ts';
import { CompareController, sameRequest, type CompareChanges, type CompareRequest, type CompareRunner, type CompareSource } from './CompareController.ts';
import { compareChartData, type CompareChartData } from './compareChartData.ts';
import { browserCompareRunner } from './browserCompareRunner.ts';
import './idl-compare-chart.ts';
import './idl-compare-kpis.ts';
import './idl-compare-maps.ts';
import './idl-tornado.ts';

/** The ensemble sizes offered: quick (the default) and more runs. */
export const COMPARE_PAIRS = { quick: 50, more: 200 } as const;

/** The series the charts can show. */
const SERIES: readonly CompareSeriesId[] = ['ever', 'active', 'formal'];

/**
 * Compare mode: the baseline (the preset or imported scenario as it stands) against the scenario
 * (the same with the user's lever and assumption changes), run as an ensemble of paired simulated
 * worlds in web workers — progress, cancel, more runs on demand. It shows both arms' median curves
 * with their pointwise 10–90 % bands, the paired difference around zero, the KPI table with each
 * KPI's verdict in words, the probability-of-adoption maps of a chosen year, and the representative
 * pair, whose seed the app can load on its main map (`idl-compare-seed` {seed}). When the changes
 * change while a comparison is shown, it runs again (the scenario arm only when the baseline is the
 * same), keeping the previous result and the chosen year on screen meanwhile.
 */
export class IdlComparePanel extends LitElement {
  static override styles = [
    baseStyles,
    toolPanelStyles,
    css`
      .arms { font-size: 0.9em; margin: 0.2rem 0; }
      .arms p { margin: 0.15rem 0; }
      .note { color: var(--idl-note, #8a4b00); font-size: 0.85em; }
      .actions { display: flex; flex-wrap: wrap; gap: 0.5rem 0.8rem; align-items: end; margin: 0.4rem 0; }
      .actions label { display: flex; flex-direction: column; font-size: 0.8em; gap: 0.1rem; }
      .actions input { width: 6.5em; min-height: 44px; padding: 0.25em 0.5em; border: 1px solid var(--idl-control-border, #767676); border-radius: 6px; }
      .charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 26rem), 1fr)); gap: 0.8rem; margin: 0.4rem 0; }
      .series { font-size: 0.85em; display: inline-flex; gap: 0.4rem; align-items: center; }
      .representative { display: flex; flex-wrap: wrap; gap: 0.4rem 0.8rem; align-items: center; font-size: 0.9em; margin: 0.6rem 0; }
    `,
  ];

  static override properties = {
    presetId: { attribute: false },
    importedText: { attribute: false },
    sourceName: { type: String },
    levers: { attribute: false },
    params: { attribute: false },
    baseLevers: { attribute: false },
    baseParams: { attribute: false },
    seed: { type: Number },
    innovationId: { type: String },
    world: { attribute: false },
    geometry: { attribute: false },
    codes: { attribute: false },
    currentYear: { attribute: false },
    scenarioYears: { attribute: false },
    usRegions: { type: Boolean },
    borderScale: { attribute: false },
    pairs: { state: true },
    years: { state: true },
    series: { state: true },
    yearIndex: { state: true },
  };

  /** the baseline: the app's preset, or (when set) the imported scenario file's text */
  declare presetId: string | null;
  declare importedText: string | null;
  /** the baseline's name for the user (the preset's title or the file's name) */
  declare sourceName: string;
  /** the scenario: the user's changes to the baseline's levers and assumptions (the app's state) */
  declare levers: CompareChanges['levers'];
  declare params: CompareChanges['params'];
  /** the baseline's own lever and assumption values (to say what was changed, from what) */
  declare baseLevers: Record<string, unknown> | null;
  declare baseParams: Record<string, unknown> | null;
  declare seed: number;
  /** the innovation shown (the app's picker) */
  declare innovationId: string;
  /** the map world, or null for an abstract world (no maps then) */
  declare world: MapWorld | null;
  declare geometry: MapGeometryInput | null;
  declare codes: readonly string[] | null;
  /** the calendar year the app shows: the maps' year until the user picks one */
  declare currentYear: number | null;
  /** the scenario's own years per run (the years field's placeholder), null until known */
  declare scenarioYears: number | null;
  declare usRegions: boolean;
  declare borderScale: number;
  declare pairs: number;
  /** years per run; null: the scenario's own */
  declare years: number | null;
  declare series: CompareSeriesId;
  /** the maps' year, years after the start; null until a result (then the app's year) or the user's choice */
  declare yearIndex: number | null;

  /** where the app's public files live; defaults to the page's directory */
  dataBaseUrl = new URL('./', document.baseURI).href;
  /** how comparisons run (tests replace it with one on inline services) */
  runner: CompareRunner = browserCompareRunner(() => this.dataBaseUrl);
  /** workers of the pool, for the hint */
  poolSize: () => number = poolSize;

  readonly compare = new CompareController(this, () => this.runner);
  private readonly locale = new LocaleController(this);

  constructor() {
    super();
    this.presetId = null;
    this.importedText = null;
    this.sourceName = '';
    this.levers = {};
    this.params = {};
    this.baseLevers = null;
    this.baseParams = null;
    this.seed = 1;
    this.innovationId = '';
    this.world = 'china';
    this.geometry = null;
    this.codes = null;
    this.currentYear = null;
    this.scenarioYears = null;
    this.usRegions = false;
    this.borderScale = 1;
    this.pairs = COMPARE_PAIRS.quick;
    this.years = null;
    this.series = 'ever';
    this.yearIndex = null;
  }

  /** The baseline as a runner takes it (null while the app has none). */
  get source(): CompareSource | null {
    return this.importedText !== null ? { text: this.importedText } : this.presetId !== null ? { presetId: this.presetId } : null;
  }

  get changes(): CompareChanges {
    return { levers: this.levers, params: this.params };
  }

  /** The comparison the current inputs ask for (null without a baseline). */
  request(): CompareRequest | null {
    const source = this.source;
    if (!source) return null;
    return { source, changes: this.changes, pairs: this.pairs, seed: this.seed, years: this.years };
  }

  /** Whether the user changed anything (otherwise both arms are the same scenario). */
  hasChanges(): boolean {
    return Object.keys(this.levers).length + Object.keys(this.params).length > 0;
  }

  /** Runs the comparison of the current inputs. */
  start(): void {
    const request = this.request();
    if (request) void this.compare.run(request);
  }

  /**
   * A comparison on screen follows the user's changes: when they (or the baseline) change, it runs
   * again with the same pairs, seed and years — the scenario arm only when the baseline is the same.
   * A new app seed (e.g. the representative pair's, loaded on the main map) does not start one.
   * Started before rendering, so this update already shows it running (no second update).
   */
  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!['levers', 'params', 'presetId', 'importedText'].some((key) => changed.has(key as keyof IdlComparePanel))) return;
    const c = this.compare;
    const shown = c.running ?? c.resultRequest;
    const source = this.source;
    if (!source || !shown || c.status === 'cancelled') return;
    const request: CompareRequest = { ...shown, source, changes: this.changes };
    if (!sameRequest(shown, request)) void c.run(request);
  }

  override render() {
    const c = this.compare;
    const running = c.status === 'running';
    return html`<section aria-labelledby="compare-title">
      <h2 id="compare-title">${t('compare.title')}</h2>
      <p class="hint">${t('compare.hint', { workers: this.poolSize() })}</p>
      ${this.renderArms()}
      <form class="actions" @submit=${this.onRun}>
        <label>
          <span>${t('compare.pairs')}</span>
          <select class="pairs" @change=${this.onPairs} ?disabled=${running}>
            <option value=${COMPARE_PAIRS.quick} ?selected=${this.pairs === COMPARE_PAIRS.quick}>${t('compare.pairsQuick', { n: COMPARE_PAIRS.quick })}</option>
            <option value=${COMPARE_PAIRS.more} ?selected=${this.pairs === COMPARE_PAIRS.more}>${t('compare.pairsMore', { n: COMPARE_PAIRS.more })}</option>
            ${this.pairs === COMPARE_PAIRS.quick || this.pairs === COMPARE_PAIRS.more ? nothing : html`<option value=${this.pairs} selected>${formatInteger(this.pairs)}</option>`}
          </select>
        </label>
        <label>
          <span>${t('compare.years')}</span>
          <input class="years" type="number" min="1" max="200" step="1" .value=${this.years === null ? '' : String(this.years)} placeholder=${this.scenarioYears ?? ''} ?disabled=${running} @change=${this.onYears} />
        </label>
        <button class="run" type="submit" ?disabled=${running || !this.source || !this.hasChanges()}>${t('compare.run')}</button>
        <button class="cancel" type="button" ?disabled=${!running} @click=${() => c.cancel()}>${t('compare.cancel')}</button>
      </form>
      ${this.renderProgress()} ${this.renderResult()}
      <idl-tornado
        .source=${this.source}
        .changes=${this.changes}
        .seed=${this.seed}
        .years=${this.years}
        .innovationId=${this.innovationId}
        .usRegions=${this.usRegions}
        .dataBaseUrl=${this.dataBaseUrl}
      ></idl-tornado>
    </section>`;
  }

  private renderArms() {
    const changes = this.changeTexts();
    return html`<div class="arms">
      <p class="baseline-is">${t('compare.baselineIs', { name: this.sourceName })}</p>
      ${changes.length
        ? html`<p class="scenario-is">${t('compare.scenarioIs', { changes: changes.join(t('compare.separator')) })}</p>`
        : html`<p class="note no-changes">${t('compare.noChanges')}</p>`}
    </div>`;
  }

  /** "name from → to" for each changed lever and assumption. */
  private changeTexts(): string[] {
    const out: string[] = [];
    const describe = (defs: readonly ParamDef[], values: Record<string, unknown>, base: Record<string, unknown> | null) => {
      for (const [key, value] of Object.entries(values)) {
        const def = defs.find((d) => d.key === key);
        const fmt = (v: unknown) => (def && (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'string') ? formatParamValue(def, v) : JSON.stringify(v));
        out.push(t('compare.change', { name: def ? pick(def.label) : key, from: base ? fmt(base[key]) : '?', to: fmt(value) }));
      }
    };
    describe(LEVER_DEFS, this.changes.levers as Record<string, unknown>, this.baseLevers);
    describe(ASSUMPTION_DEFS, this.changes.params as Record<string, unknown>, this.baseParams);
    return out;
  }

  private renderProgress() {
    const c = this.compare;
    if (c.status === 'idle') return nothing;
    const seconds = formatNumber(c.elapsedMs() / 1000, 1);
    const n = { done: formatInteger(c.done), total: formatInteger(c.total), workers: Math.min(this.poolSize(), c.total), seconds };
    const text =
      c.status === 'running'
        ? t(c.scenarioOnly ? 'compare.runningScenario' : 'compare.running', n)
        : c.status === 'done'
          ? c.scenarioOnly
            ? t('compare.finishedScenario', { pairs: formatInteger(c.result?.pairs ?? 0), runs: formatInteger(c.result?.pairs ?? 0), seconds })
            : t('compare.finished', { pairs: formatInteger(c.result?.pairs ?? 0), runs: formatInteger(c.total), seconds })
          : c.status === 'cancelled'
            ? t('compare.cancelled')
            : '';
    return html`<div class="progress">
      ${c.status === 'running' ? html`<progress max=${c.total} .value=${c.done} aria-label=${t('compare.progress')}></progress>` : nothing}
      <span class="status" role="status">${text}</span>
      ${c.status === 'errored' ? html`<span class="error" role="alert">${t('compare.failed', { message: c.error })}</span>` : nothing}
    </div>`;
  }

  private renderResult() {
    const c = this.compare;
    const r = c.result;
    if (!r) return nothing;
    const k = Math.max(0, r.innovations.findIndex((x) => x.id === this.innovationId));
    const inn = r.innovations[k];
    const shown = c.resultRequest!;
    const outdated = !!this.source && !sameRequest(shown, { ...shown, source: this.source, changes: this.changes });
    const yearIndex = this.mapYearIndex();
    const seriesName = t(`compare.series.${this.series}` as 'compare.series.ever');
    const pair = inn.representativePair;
    return html`<div class="results">
      ${outdated ? html`<p class="note outdated" role="status">${t('compare.outdated')}</p>` : nothing}
      <label class="series">
        <span>${t('compare.series')}</span>
        <select class="series" @change=${this.onSeries}>
          ${SERIES.map((s) => html`<option value=${s} ?selected=${s === this.series}>${t(`compare.series.${s}` as 'compare.series.ever')}</option>`)}
        </select>
      </label>
      <div class="charts">
        <idl-compare-chart
          class="arms"
          .heading=${t('compare.chartArms', { series: seriesName })}
          .data=${this.chartData(r, k, 'arms', yearIndex)}
        ></idl-compare-chart>
        <idl-compare-chart
          class="difference"
          .heading=${t('compare.chartDifference', { series: seriesName })}
          .data=${this.chartData(r, k, 'difference', yearIndex)}
        ></idl-compare-chart>
      </div>
      <idl-compare-kpis .result=${r} .innovation=${k} .usRegions=${this.usRegions}></idl-compare-kpis>
      <p class="seed-note">${t('compare.seedNote', { seed: shown.seed })}</p>
      <p class="representative">
        <span>${t('compare.representative', { pair: pair + 1, pairs: r.pairs, seed: r.seeds[pair] })}</span>
        <button class="play-representative" type="button" @click=${() => this.loadSeed(r.seeds[pair])}>${t('compare.playRepresentative')}</button>
        <button class="export-report" type="button" ?disabled=${this.exporting} @click=${this.onExport}>${t('compare.exportReport')}</button>
        ${this.exportError ? html`<span class="error" role="alert">${t('compare.exportFailed', { message: this.exportError })}</span>` : nothing}
      </p>
      ${this.world
        ? html`<idl-compare-maps
            .result=${r}
            .innovation=${k}
            .yearIndex=${yearIndex}
            .world=${this.world}
            .geometry=${this.geometry}
            .codes=${this.codes}
            .borderScale=${this.borderScale}
            @idl-compare-year=${this.onYear}
          ></idl-compare-maps>`
        : html`<p class="note">${t('compare.mapsAbstract')}</p>`}
    </div>`;
  }

  /** A chart's data, the same object while its inputs stay the same (the chart redraws on a new one only). */
  private chartData(r: ComparisonResult, k: number, kind: CompareChartData['kind'], yearIndex: number): CompareChartData | null {
    const key = `${k}|${this.series}|${yearIndex}`;
    const hit = this.charts.get(kind);
    if (hit && hit.result === r && hit.key === key) return hit.data;
    const data = compareChartData(r, k, this.series, kind, r.years[yearIndex] ?? null);
    this.charts.set(kind, { result: r, key, data });
    return data;
  }

  private readonly charts = new Map<CompareChartData['kind'], { result: ComparisonResult; key: string; data: CompareChartData | null }>();

  /** The maps' year: the user's choice, else the app's current year, within the run. */
  mapYearIndex(): number {
    const years = this.compare.result?.years ?? [];
    const last = Math.max(0, years.length - 1);
    if (this.yearIndex !== null) return Math.min(last, this.yearIndex);
    const now = this.currentYear ?? years[last] ?? 0;
    const i = years.findIndex((y) => y > now + 1e-9);
    return i < 0 ? last : Math.max(0, i - 1);
  }

  /** an export is being written (the button waits) */
  private exporting = false;
  private exportError = '';
  /** the last exported report's text (tests read it) */
  lastReport: string | null = null;

  /** Downloads the comparison on screen as the self-contained report (compare-report.html). */
  private onExport = async () => {
    const c = this.compare;
    if (!c.result || !c.resultRequest) return;
    this.exporting = true;
    this.exportError = '';
    this.requestUpdate();
    try {
      const { exportCompareReport } = await import('./exportCompareReport.ts');
      this.lastReport = await exportCompareReport({
        result: c.result,
        request: c.resultRequest,
        sourceName: this.sourceName,
        mapYearIndex: this.mapYearIndex(),
        world: this.world,
        geometry: this.geometry,
        codes: this.codes,
        dataBaseUrl: this.dataBaseUrl,
      });
    } catch (e) {
      this.exportError = e instanceof Error ? e.message : String(e);
    } finally {
      this.exporting = false;
      this.requestUpdate();
    }
  };

  private loadSeed(seed: number) {
    this.dispatchEvent(new CustomEvent('idl-compare-seed', { detail: { seed }, bubbles: true, composed: true }));
  }

  private onRun = (e: Event) => {
    e.preventDefault();
    this.start();
  };

  private onPairs = (e: Event) => {
    this.pairs = Number((e.target as HTMLSelectElement).value);
  };

  private onYears = (e: Event) => {
    const v = Number((e.target as HTMLInputElement).value);
    this.years = (e.target as HTMLInputElement).value === '' || !Number.isInteger(v) || v < 1 ? null : v;
  };

  private onSeries = (e: Event) => {
    this.series = (e.target as HTMLSelectElement).value as CompareSeriesId;
  };

  private onYear = (e: CustomEvent<{ index: number }>) => {
    this.yearIndex = e.detail.index;
  };
}

customElements.define('idl-compare-panel', IdlComparePanel);

declare global {
  interface HTMLElementTagNameMap {
    'idl-compare-panel': IdlComparePanel;
  }
}
