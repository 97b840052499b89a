import { LitElement, html, nothing } from 'lit';
import type { Topology } from 'topojson-specification';
import type { LocalityDetail } from '../../service/types.ts';
import { LocaleController } from '../controllers/LocaleController.ts';
import { SimulationController } from '../controllers/SimulationController.ts';
import { connectWorker, type ServiceConnection } from '../controllers/serviceConnection.ts';
import { rowsOf, type ChartData } from '../charts/chartData.ts';
import '../charts/idl-chart.ts';
import '../map/idl-map.ts';
import type { MapMarks } from '../map/idl-map.ts';
import '../controls/idl-transport.ts';
import '../kpi/idl-kpis.ts';
import '../levers/idl-levers.ts';
import type { ParamChange } from '../levers/idl-levers.ts';
import { LOCALES, formatInteger, getLocale, pick, setLocale, t, type Locale } from '../i18n/i18n.ts';
import { initialAppState, withParam, type AppState } from './appState.ts';
import { appStyles } from './appStyles.ts';

/** Languages offered by the switch, each named in its own language. */
const LANGUAGE_NAMES: Record<Locale, string> = { 'zh-CN': '中文', en: 'English' };

/**
 * The app shell: title, preset and innovation pickers, language switch, transport controls, KPI
 * strip, map, charts and the levers panel. It owns the user's choices (AppState) and the
 * SimulationController; its children only display and announce intentions.
 */
export class IdlApp extends LitElement {
  static override styles = appStyles;

  static override properties = {
    state: { state: true },
    geometry: { state: true },
    leversOpen: { state: true },
    mapError: { state: true },
    showLinks: { state: true },
  };

  /** where the app's public files live (`data/`, `scenarios/`); defaults to the page's directory */
  dataBaseUrl = new URL('./', document.baseURI).href;
  /** how to reach the simulation service; tests replace it with an inline service */
  connectService: () => ServiceConnection = connectWorker;
  /** start playing as soon as the first run is ready (off for users who prefer reduced motion) */
  autoplay = !matchMedia('(prefers-reduced-motion: reduce)').matches;

  declare state: AppState;
  declare geometry: Topology | null;
  declare leversOpen: boolean;
  declare mapError: string;
  /** draw this year's learning links on the map (the map's legend toggles it) */
  declare showLinks: boolean;

  readonly sim = new SimulationController(this, () => this.connectService(), () => this.dataBaseUrl);
  private readonly locale = new LocaleController(this);
  private started = false;

  constructor() {
    super();
    this.state = initialAppState();
    this.geometry = null;
    this.leversOpen = window.innerWidth >= 1500;
    this.mapError = '';
    this.showLinks = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.documentElement.lang = getLocale();
    if (!this.started) {
      this.started = true;
      void this.boot();
    }
  }

  private async boot() {
    void this.loadGeometry();
    void this.sim.loadPresets();
    await this.sim.start({ presetId: this.state.presetId, seed: this.state.seed });
    if (this.autoplay && this.sim.status === 'ready') this.sim.play();
  }

  private async loadGeometry() {
    try {
      const res = await fetch(new URL('data/china-units.topo.json', this.dataBaseUrl));
      if (!res.ok) throw new Error(`data/china-units.topo.json: HTTP ${res.status}`);
      this.geometry = (await res.json()) as Topology;
    } catch (e) {
      this.mapError = e instanceof Error ? e.message : String(e);
    }
  }

  override willUpdate(): void {
    document.title = t('app.title');
  }

  override render() {
    const sim = this.sim;
    const info = sim.info;
    const frame = sim.frame;
    const k = Math.min(this.state.innovation, Math.max(0, (info?.innovations.length ?? 1) - 1));
    const ready = sim.status === 'ready';
    return html`
      <header>
        <div class="brand">
          <h1>${t('app.title')}</h1>
          <p>${t('app.subtitle')}</p>
        </div>
        <div class="pickers">
          <label>
            <span>${t('picker.preset')}</span>
            <select @change=${this.onPreset} ?disabled=${sim.status === 'loading'}>
              ${sim.presets.length === 0 ? html`<option>${this.state.presetId}</option>` : nothing}
              ${sim.presets.map(
                (p) => html`<option value=${p.id} ?selected=${p.id === this.state.presetId}>${pick(p.title)}</option>`,
              )}
            </select>
          </label>
          ${info && info.innovations.length > 1
            ? html`<label>
                <span>${t('picker.innovation')}</span>
                <select @change=${this.onInnovation}>
                  ${info.innovations.map((inn, i) => html`<option value=${i} ?selected=${i === k}>${pick(inn.name)}</option>`)}
                </select>
              </label>`
            : nothing}
          <label>
            <span>${t('picker.language')}</span>
            <select @change=${this.onLanguage}>
              ${LOCALES.map((l) => html`<option value=${l} lang=${l} ?selected=${l === getLocale()}>${LANGUAGE_NAMES[l]}</option>`)}
            </select>
          </label>
          <button class="levers-toggle" aria-expanded=${this.leversOpen ? 'true' : 'false'} aria-controls="levers" @click=${this.onToggleLevers}>
            ${t('levers.title')}
          </button>
        </div>
      </header>

      ${sim.error
        ? html`<div class="error" role="alert">
            <strong>${sim.status === 'errored' ? t('app.errorTitle') : t('app.changeRejected')}:</strong>
            <span class="message">${sim.error}</span>
            ${sim.status === 'errored' ? html`<button @click=${() => this.sim.retry()}>${t('app.retry')}</button>` : nothing}
          </div>`
        : sim.warning
          ? html`<div class="error warning" role="status"><strong>${t('app.warning')}:</strong> <span class="message">${sim.warning}</span></div>`
          : nothing}

      <idl-transport
        .tick=${frame?.tick ?? 0}
        .totalTicks=${info?.totalTicks ?? 0}
        .startYear=${info?.startYear ?? 0}
        .dt=${info?.dt ?? 1 / 12}
        .playing=${sim.playing}
        .done=${sim.done}
        .speed=${sim.speed}
        .events=${info ? info.events.filter((e) => e.innovation === k) : []}
        ?disabled=${!ready}
        @idl-play=${() => sim.play()}
        @idl-pause=${() => sim.pause()}
        @idl-step=${() => sim.step()}
        @idl-reset=${() => sim.reset()}
        @idl-seek=${(e: CustomEvent<{ tick: number }>) => sim.seek(e.detail.tick)}
        @idl-speed=${(e: CustomEvent<{ speed: number }>) => sim.setSpeed(e.detail.speed)}
      ></idl-transport>

      <idl-kpis .kpis=${frame?.kpis[k] ?? null}></idl-kpis>

      <main class=${this.leversOpen ? 'with-levers' : ''}>
        <section class="map" aria-label=${t('map.label')}>
          ${info
            ? html`<p class="run-title">
                <strong>${pick(info.innovations[k]?.name ?? info.title)}</strong>
                · ${t('app.localities', { n: formatInteger(info.n) })}
                ${info.illustrative ? html`· <em>${t('app.illustrative')}</em>` : nothing}
              </p>
              <details class="about">
                <summary>${t('app.about')}: ${pick(info.title)}</summary>
                <p>${pick(info.description)}</p>
              </details>`
            : nothing}
          ${this.renderMap(k)}
          <p class="notice">${t('app.mapNotice')}</p>
        </section>
        <section class="charts">
          <idl-chart kind="stages" .data=${this.chartData(k)}></idl-chart>
          <idl-chart kind="adoption" .data=${this.chartData(k)}></idl-chart>
        </section>
        <aside id="levers" class="levers" ?hidden=${!this.leversOpen}>
          <idl-levers
            .levers=${info?.levers ?? null}
            .params=${info?.params ?? null}
            .seed=${this.state.seed}
            ?disabled=${sim.status === 'loading'}
            @idl-param-change=${this.onParam}
            @idl-seed=${this.onSeed}
            @idl-params-reset=${this.onParamsReset}
          ></idl-levers>
        </aside>
      </main>
    `;
  }

  private renderMap(k: number) {
    const sim = this.sim;
    if (this.mapError) return html`<div class="map-placeholder" role="alert">${this.mapError}</div>`;
    if (!sim.info || !sim.frame || !this.geometry) {
      return html`<div class="map-placeholder">${sim.status === 'errored' ? '' : t('app.loading')}</div>`;
    }
    const n = sim.info.n;
    const frame = sim.frame;
    return html`<idl-map
      .geometry=${this.geometry}
      .codes=${sim.info.codes}
      .stages=${frame.stage.subarray(k * n, (k + 1) * n)}
      .innovation=${k}
      .marks=${this.marks(k)}
      .links=${frame.links}
      .showLinks=${this.showLinks}
      .lang=${getLocale()}
      .startYear=${sim.info.startYear}
      .dt=${sim.info.dt}
      .detailProvider=${this.detailProvider}
      @idl-map-links=${(e: CustomEvent<{ show: boolean }>) => (this.showLinks = e.detail.show)}
    ></idl-map>`;
  }

  private readonly detailProvider = (i: number): Promise<LocalityDetail | null> => this.sim.detail(i);

  /** Origins and current demonstration sites of innovation k (the frame's demo flags, N×K). */
  private marks(k: number): MapMarks {
    const info = this.sim.info!;
    const demo = this.sim.frame!.demo;
    const demos: number[] = [];
    for (let i = 0, o = k * info.n; i < info.n; i++) if (demo[o + i]) demos.push(i);
    return { origins: info.innovations[k]?.origins ?? [], demos };
  }

  private chartData(k: number): ChartData | null {
    const info = this.sim.info;
    const frame = this.sim.frame;
    if (!info || !frame) return null;
    const K = info.innovations.length;
    return {
      rows: rowsOf(this.sim.rows, k, K, frame.tick),
      n: info.n,
      regionSizes: info.regionSizes,
      startYear: info.startYear,
      dt: info.dt,
      totalTicks: info.totalTicks,
      tick: frame.tick,
      events: info.events.filter((e) => e.innovation === k),
    };
  }

  // ── handlers ──────────────────────────────────────────────────────────────────────────────────

  private onPreset = async (e: Event) => {
    const presetId = (e.target as HTMLSelectElement).value;
    this.state = { ...this.state, presetId, innovation: 0, levers: {}, params: {} };
    await this.sim.start({ presetId, seed: this.state.seed });
    if (this.autoplay && this.sim.status === 'ready') this.sim.play();
  };

  private onInnovation = (e: Event) => {
    this.state = { ...this.state, innovation: Number((e.target as HTMLSelectElement).value) };
  };

  private onLanguage = (e: Event) => setLocale((e.target as HTMLSelectElement).value as Locale);

  private onToggleLevers = () => {
    this.leversOpen = !this.leversOpen;
  };

  private onParam = (e: CustomEvent<ParamChange>) => {
    const info = this.sim.info;
    if (!info) return;
    const { kind, key, value } = e.detail;
    const base = kind === 'lever' ? info.baseLevers : info.baseParams;
    const previous = this.state;
    this.state = withParam(this.state, kind, key, value, (base as unknown as Record<string, unknown>)[key]);
    void this.restart(previous);
  };

  private onSeed = (e: CustomEvent<{ seed: number }>) => {
    const previous = this.state;
    this.state = { ...this.state, seed: e.detail.seed };
    void this.restart(previous);
  };

  private onParamsReset = () => {
    const previous = this.state;
    this.state = { ...this.state, levers: {}, params: {} };
    void this.restart(previous);
  };

  /** Restart with the current choices; a rejected change is undone (the message says why). */
  private async restart(previous: AppState) {
    const taken = await this.sim.update({ levers: this.state.levers, params: this.state.params, seed: this.state.seed });
    if (!taken && this.sim.status === 'ready') this.state = previous;
  }
}

customElements.define('idl-app', IdlApp);

declare global {
  interface HTMLElementTagNameMap {
    'idl-app': IdlApp;
  }
}
