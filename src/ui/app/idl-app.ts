import { LitElement, html, nothing } from 'lit';
import type { Topology } from 'topojson-specification';
import type { LocalityDetail, RunInfo } from '../../service/types.ts';
import { prefectureTopology } from '../../geo/prefecture-topology.ts';
import { usStatesMap } from '../../geo/topo-features.ts';
import { US_STATES_PATH } from '../../service/worldLoader.ts';
import { LocaleController } from '../controllers/LocaleController.ts';
import { SimulationController } from '../controllers/SimulationController.ts';
import { connectWorker, type ServiceConnection } from '../controllers/serviceConnection.ts';
import { rowsOf, type ChartData } from '../charts/chartData.ts';
import '../charts/idl-chart.ts';
import '../map/idl-map.ts';
import '../map/idl-cell-grid.ts';
import { localityWording, unitKey } from '../i18n/unitKey.ts';
import { mapNotice } from './mapNotice.ts';
import type { MapMarks } from '../map/idl-map.ts';
import { isMapWorld } from '../map/map-projection.ts';
import '../controls/idl-transport.ts';
import '../kpi/idl-kpis.ts';
import '../milestones/idl-milestones.ts';
import type { MilestoneMark } from '../controls/idl-transport.ts';
import '../levers/idl-levers.ts';
import type { ParamChange } from '../levers/idl-levers.ts';
import { LOCALES, formatInteger, formatYearMonth, getLocale, pick, setLocale, t, type Locale } from '../i18n/i18n.ts';
import { APP_VERSION } from '../../model/version.ts';
import { MAX_SCENARIO_BYTES, utf8Length } from '../../service/scenarioText.ts';
import '../share/idl-share-dialog.ts';
import type { IdlShareDialog } from '../share/idl-share-dialog.ts';
import '../export/idl-export-dialog.ts';
import { formatBytes, type ExportKind, type IdlExportDialog } from '../export/idl-export-dialog.ts';
import '../help/idl-help-dialog.ts';
import type { IdlHelpDialog } from '../help/idl-help-dialog.ts';
import { shortcutFor } from '../help/shortcuts.ts';
import '../table/idl-map-table.ts';
import type { MapTableData } from '../table/idl-map-table.ts';
import { parseUrlState, serializeUrlState, type UrlState } from '../url/urlState.ts';
import { DEFAULT_PRESET, DEFAULT_SEED, initialAppState, withParam, type AppState } from './appState.ts';
import { appStyles } from './appStyles.ts';
import { renderLinkNotices, renderSessionNotice, type LinkNotice, type SessionNotice } from './appNotices.ts';
import { clearImportedScenario, loadImportedScenario, saveImportedScenario } from './importedScenarioStore.ts';
import { runExport } from './appExports.ts';
import { LiveRegionController } from './LiveRegionController.ts';
import { MilestoneCaptionController } from './MilestoneCaptionController.ts';
import { jsonProblemText } from './jsonProblemText.ts';
import { memoryProblemText } from './memoryProblemText.ts';
import { yearOfTick } from '../timeline.ts';
import { compareSlot } from './compareSlot.ts';
import { LessonController } from '../lessons/LessonController.ts';
import { LandscapeController } from './LandscapeController.ts';
import { landscapeSlot } from './landscapeSlot.ts';

/** While playing, the table view refreshes at most this often (ms): a table moving under a reader is unusable. */
const TABLE_REFRESH_PLAYING_MS = 3000;
/** Map border widths are multiplied by this in projector mode (thin borders vanish on a projector). */
const PROJECTOR_BORDER_SCALE = 2.5;

/** Languages offered by the switch, each named in its own language. */
const LANGUAGE_NAMES: Record<Locale, string> = { 'zh-CN': '中文', en: 'English' };

/** marks of an innovation without origins (a constant, so unchanged marks stay the same object) */
const NO_ORIGINS: readonly number[] = [];

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
    leversDrawerOpen: { state: true },
    mapError: { state: true },
    usGeometry: { state: true },
    usMapError: { state: true },
    showLinks: { state: true },
    projector: { type: Boolean, reflect: true },
    tableOpen: { state: true },
    tableData: { state: true },
    notices: { state: true },
    imported: { state: true },
    exportStatus: { state: true },
    importProblems: { state: true },
    busy: { state: true },
    recoveryShown: { state: true },
    sweepOpen: { state: true },
    compareOpen: { state: true },
    sessionNotice: { state: true },
  };

  /** where the app's public files live (`data/`, `scenarios/`); defaults to the page's directory */
  dataBaseUrl = new URL('./', document.baseURI).href;
  /** how to reach the simulation service; tests replace it with an inline service */
  connectService: () => ServiceConnection = connectWorker;
  /**
   * The app opens, and changes presets, paused — with Play focused — so a class can predict before it
   * watches; a link with `play=1` starts playing. Users who prefer reduced motion also get no smooth scrolling.
   */
  private readonly reducedMotion = matchMedia('(prefers-reduced-motion: reduce)').matches;

  declare state: AppState;
  declare geometry: Topology | null;
  declare leversOpen: boolean;
  /** projector mode's levers sheet is open */
  declare leversDrawerOpen: boolean;
  declare mapError: string;
  /** the US states' map with USPS codes as ids (src/geo's usStatesMap), fetched when a us-states run first shows */
  declare usGeometry: Topology | null;
  declare usMapError: string;
  /** draw this year's learning links on the map (the map's legend toggles it) */
  declare showLinks: boolean;
  /** projector mode: high contrast, large type, thick borders (a button and `projector=1` in the link) */
  declare projector: boolean;
  /** the table view of the map is shown */
  declare tableOpen: boolean;
  declare tableData: MapTableData | null;
  /** problems with the link the page was opened with */
  declare notices: LinkNotice[];
  /** file name of the imported scenario the run uses, or null for a preset */
  declare imported: string | null;
  declare exportStatus: string;
  declare importProblems: string[];
  declare busy: boolean;
  /** the watchdog restart being told to the user (dismissed → null) */
  declare recoveryShown: SimulationController['recovery'];
  /** the Sweep panel is shown (mounted at the first opening and then kept, so its results outlive closing) */
  declare sweepOpen: boolean;
  /** what became of the imported scenario across a reload of this tab (dismissed → null) */
  declare sessionNotice: SessionNotice | null;
  private sweepMounted = false;
  /** the running preset's dated milestones, ticked under the scrubber (announced by <idl-milestones>) */
  private milestoneMarks: readonly MilestoneMark[] = [];
  /** compare mode's panel is shown (mounted at the first opening and then kept, like the Sweep panel) */
  declare compareOpen: boolean;
  private compareMounted = false;
  /** the imported scenario's text (the baseline of compare mode), or null for a preset */
  private importedText: string | null = null;
  /** the imported scenario could not be kept for a reload: leaving the page asks first */
  private importUnsaved = false;

  /** read the link's state at boot and keep the URL in step with the app (off in component tests) */
  useUrl = true;

  readonly sim = new SimulationController(this, () => this.connectService(), () => this.dataBaseUrl);
  private readonly locale = new LocaleController(this);
  private readonly live = new LiveRegionController(this);
  /** a guided lesson opened by `?lesson=<id>` (its player loads only then) */
  private readonly lesson = new LessonController(this, this.sim, {
    state: () => this.state,
    setState: (state) => (this.state = state),
    dataBaseUrl: () => this.dataBaseUrl,
    share: () => this.onShare(),
  });
  /** milestones firing during play: the caption, the places on the map, pause at each milestone */
  readonly milestoneCaption = new MilestoneCaptionController(this, this.sim, () => this.innovationIndex());
  /** the landscape view (3D): open or not, its data; its module loads at the first opening */
  private readonly landscape = new LandscapeController(this, this.sim, () => this.innovationIndex(), () => this.renderRoot?.querySelector('idl-compare-panel')?.compare.result ?? null);
  private started = false;
  /** the URL is written only once the link's own state has been applied */
  private urlReady = false;
  /** the tick written into the URL (kept while playing, so the address bar is not rewritten every frame) */
  private urlTick = 0;
  private tableAt = 0;
  private tableTimer: ReturnType<typeof setTimeout> | undefined;
  private seenRecovery: SimulationController['recovery'] = null;

  constructor() {
    super();
    this.state = initialAppState();
    this.geometry = null;
    this.leversOpen = window.innerWidth >= 1500;
    this.leversDrawerOpen = false;
    this.mapError = '';
    this.usGeometry = null;
    this.usMapError = '';
    this.showLinks = false;
    this.projector = false;
    this.tableOpen = false;
    this.tableData = null;
    this.notices = [];
    this.imported = null;
    this.exportStatus = '';
    this.importProblems = [];
    this.busy = false;
    this.recoveryShown = null;
    this.sweepOpen = false;
    this.compareOpen = false;
    this.sessionNotice = null;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.documentElement.lang = getLocale();
    window.addEventListener('keydown', this.onKeyDown);
    window.addEventListener('beforeunload', this.onBeforeUnload);
    if (!this.started) {
      this.started = true;
      void this.boot();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('keydown', this.onKeyDown);
    window.removeEventListener('beforeunload', this.onBeforeUnload);
    clearTimeout(this.tableTimer);
  }

  /**
   * Opens the run the link describes (or the default one): language and projector mode first, then
   * the preset (checked against the list), the seed and the changes, then the innovation and the
   * tick once the run knows its horizon. Whatever the link gets wrong becomes a notice naming the
   * value, and the default is used instead.
   */
  private async boot() {
    void this.loadGeometry();
    const { state: link, warnings, repeats } = this.useUrl ? parseUrlState(location.search) : parseUrlState('');
    const notices: LinkNotice[] = [
      ...repeats.map((repeat): LinkNotice => ({ kind: 'repeated', repeat })),
      ...warnings.map((warning): LinkNotice => ({ kind: 'invalid', warning })),
    ];
    if (link.lang) setLocale(link.lang);
    if (link.projector) this.projector = true;
    if (link.milestonePause) this.milestoneCaption.pauseAtMilestones = true;
    if (link.version && link.version !== APP_VERSION) notices.push({ kind: 'version', link: link.version, app: APP_VERSION });
    await this.sim.loadPresets();
    let presetId = link.presetId ?? DEFAULT_PRESET;
    if (link.presetId && this.sim.presets.length > 0 && !this.sim.presets.some((p) => p.id === link.presetId)) {
      const fallback = this.sim.presets.find((p) => p.id === DEFAULT_PRESET);
      notices.push({
        kind: 'unknownPreset',
        value: link.presetId,
        allowed: this.sim.presets.map((p) => p.id).join(', '),
        preset: fallback ? pick(fallback.title) : DEFAULT_PRESET,
      });
      presetId = DEFAULT_PRESET;
    }
    const seed = link.seed ?? DEFAULT_SEED;
    this.state = { presetId, seed, innovation: 0, levers: link.levers, params: link.params };
    this.notices = notices;
    if (!(await this.restoreImported(link.presetId !== undefined, seed))) await this.sim.start({ presetId, seed });
    const changed = Object.keys(link.levers).length > 0 || Object.keys(link.params).length > 0;
    if (changed && this.sim.status === 'ready') {
      // a combination the schema rejects (cross-field rules) is shown as a rejected change
      const taken = await this.sim.update({ levers: link.levers, params: link.params, seed });
      if (!taken) this.state = { ...this.state, levers: {}, params: {} };
    }
    const info = this.sim.info;
    if (info && link.innovation !== undefined) {
      if (link.innovation < info.innovations.length) this.state = { ...this.state, innovation: link.innovation };
      else this.notices = [...this.notices, { kind: 'innovationBeyond', value: String(link.innovation), max: info.innovations.length - 1 }];
    }
    if (info && link.tick !== undefined && link.tick > 0) {
      if (link.tick <= info.totalTicks) await this.sim.seek(link.tick);
      else this.notices = [...this.notices, { kind: 'tickBeyond', value: String(link.tick), max: info.totalTicks }];
    }
    this.urlTick = this.sim.frame?.tick ?? 0;
    this.urlReady = true;
    this.requestUpdate(); // writes the URL in its canonical form
    if (link.compare && this.sim.status === 'ready') void this.openLinkedComparison(link.pairs, link.compareYears);
    if (link.lesson) void this.lesson.begin({ lesson: link.lesson, chapter: link.chapter ?? 1, guess: link.guess });
    // paused, Play focused (Enter or Space starts it), unless the link asks to play
    if (link.play && this.sim.status === 'ready') this.sim.play();
    else void this.focusPlay();
  }

  /** Focus on Play (a run opens paused); at boot only if the user has not put the focus somewhere yet. */
  private async focusPlay(always = false) {
    await this.updateComplete;
    if (!always && document.activeElement && document.activeElement !== document.body) return;
    await this.renderRoot.querySelector('idl-transport')?.focusPlay();
  }

  /**
   * A reload of a tab that had imported a scenario reopens it (the URL, without a preset, still
   * holds its seed, changes and tick); a link naming a preset means that preset, and the kept file
   * is forgotten. Returns whether the imported scenario is running.
   */
  private async restoreImported(linkNamesPreset: boolean, seed: number): Promise<boolean> {
    if (!this.useUrl) return false;
    const kept = linkNamesPreset ? null : loadImportedScenario();
    if (!kept) {
      clearImportedScenario();
      return false;
    }
    const outcome = await this.sim.importScenario(kept.text, seed);
    if (!outcome.ok) {
      clearImportedScenario();
      this.sessionNotice = { kind: 'restoreFailed', name: kept.name, message: outcome.error.message };
      return false;
    }
    this.imported = kept.name;
    this.importedText = kept.text;
    this.sessionNotice = { kind: 'restored', name: kept.name };
    return true;
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

  private usMapRequested = false;

  /** Fetches the US states' map once, the first time a us-states run is shown. */
  private async loadUsStatesMap() {
    this.usMapRequested = true;
    try {
      const res = await fetch(new URL(US_STATES_PATH, this.dataBaseUrl));
      if (!res.ok) throw new Error(`${US_STATES_PATH}: HTTP ${res.status}`);
      this.usGeometry = usStatesMap(await res.json());
    } catch (e) {
      this.usMapError = e instanceof Error ? e.message : String(e);
    }
  }

  override willUpdate(): void {
    document.title = t('app.title');
    if (this.sim.info?.worldKind === 'us-states' && !this.usMapRequested) void this.loadUsStatesMap();
    // a new watchdog restart is shown until dismissed
    if (this.sim.recovery !== this.seenRecovery) {
      this.seenRecovery = this.sim.recovery;
      this.recoveryShown = this.sim.recovery;
    }
  }

  override updated(): void {
    document.documentElement.classList.toggle('projector', this.projector);
    // projector mode's one-screen layout gives way to a scrolling page while a panel is open
    this.toggleAttribute('panels', this.tableOpen || this.sweepOpen || this.compareOpen || this.landscape.shown || this.lesson.link !== null);
    this.writeUrl();
    this.offerLiveStatus();
    this.scheduleTable();
  }

  override render() {
    const sim = this.sim;
    const info = sim.info;
    const frame = sim.frame;
    const k = this.innovationIndex();
    const ready = sim.status === 'ready';
    // built once per render: the transport and both charts show the same events, the charts the same rows
    const events = info ? info.events.filter((e) => e.innovation === k) : [];
    const chart = this.chartData(k, events);
    // a lattice or mixed world: squares instead of a map; localities named 县级单位, 地级单位 or 单位
    const abstract = !!info && !isMapWorld(info.worldKind);
    const wording = info ? localityWording(info) : 'county';
    const kpis = html`<idl-kpis .kpis=${frame?.kpis[k] ?? null} .wording=${wording} .usRegions=${info?.worldKind === 'us-states'}></idl-kpis>`;
    const levers = html`<idl-levers
      .levers=${info?.levers ?? null}
      .params=${info?.params ?? null}
      .world=${info}
      .seed=${this.state.seed}
      .open=${this.lesson.open}
      ?disabled=${sim.status === 'loading'}
      @idl-param-change=${this.onParam}
      @idl-seed=${this.onSeed}
      @idl-params-reset=${this.onParamsReset}
    ></idl-levers>`;
    return html`
      <header>
        <div class="brand">
          <h1>${t('app.title')}</h1>
          <p>${t(info?.worldKind === 'us-states' ? 'app.subtitle.usStates' : 'app.subtitle')}</p>
        </div>
        <div class="pickers">
          <label>
            <span>${t('picker.preset')}</span>
            <select class="preset" @change=${this.onPreset} ?disabled=${sim.status === 'loading'}>
              ${sim.presets.length === 0 && !this.imported ? html`<option>${this.state.presetId}</option>` : nothing}
              ${this.imported
                ? html`<option value="" selected disabled>${t('import.scenario')}: ${this.imported}</option>`
                : nothing}
              ${sim.presets.map(
                (p) => html`<option value=${p.id} ?selected=${!this.imported && p.id === this.state.presetId}>${pick(p.title)}</option>`,
              )}
            </select>
          </label>
          ${info && info.innovations.length > 1
            ? html`<label>
                <span>${t('picker.innovation')}</span>
                <select class="innovation" @change=${this.onInnovation}>
                  ${info.innovations.map((inn, i) => html`<option value=${i} ?selected=${i === k}>${pick(inn.name)}</option>`)}
                </select>
              </label>`
            : nothing}
          <label>
            <span>${t('picker.language')}</span>
            <select class="language" @change=${this.onLanguage}>
              ${LOCALES.map((l) => html`<option value=${l} lang=${l} ?selected=${l === getLocale()}>${LANGUAGE_NAMES[l]}</option>`)}
            </select>
          </label>
          <button class="levers-toggle" aria-expanded=${(this.projector ? this.leversDrawerOpen : this.leversOpen) ? 'true' : 'false'} aria-controls="levers" @click=${this.onToggleLevers}>
            ${t('levers.title')}
          </button>
        </div>
      </header>

      <nav class="tools" aria-label=${t('tools.label')}>
        <button class="share" ?disabled=${!info} @click=${this.onShare}>${t('tools.share')}</button>
        <button class="export" ?disabled=${!info} @click=${this.onOpenExport}>${t('tools.export')}</button>
        <button class="table-toggle" aria-pressed=${this.tableOpen ? 'true' : 'false'} aria-controls="map-table" @click=${this.onToggleTable}>
          ${t('tools.table')}
        </button>
        <button
          class="landscape-toggle"
          aria-pressed=${this.landscape.open && !abstract ? 'true' : 'false'}
          aria-controls="landscape"
          ?disabled=${abstract}
          title=${abstract ? t('tools.landscapeMapOnly') : nothing}
          @click=${() => this.landscape.toggle()}
        >
          ${t('tools.landscape')}
        </button>
        <button class="lesson-toggle" aria-pressed=${this.lesson.link ? 'true' : 'false'} aria-controls="lesson" @click=${() => this.lesson.toggle()}>${t('tools.lesson')}</button>
        <button class="projector-toggle" aria-pressed=${this.projector ? 'true' : 'false'} @click=${this.onToggleProjector}>
          ${t('tools.projector')}
        </button>
        <button class="sweep-toggle" aria-expanded=${this.sweepOpen ? 'true' : 'false'} aria-controls="sweep" @click=${this.onToggleSweep}>${t('sweep.open')}</button>
        <button class="compare-toggle" aria-expanded=${this.compareOpen ? 'true' : 'false'} aria-controls="compare" @click=${this.onToggleCompare}>${t('compare.open')}</button>
        <button class="help" aria-keyshortcuts="?" @click=${this.onHelp}>${t('tools.help')}</button>
      </nav>

      ${renderLinkNotices(this.notices, () => (this.notices = []))}
      ${renderSessionNotice(this.sessionNotice, () => (this.sessionNotice = null))}
      ${this.recoveryShown
        ? html`<div class="error warning recovery" role="alert">
            <span class="message">${this.recoveryShown.failed
              ? t('recovery.failed')
              : t('recovery.restarted', { date: info ? formatYearMonth(yearOfTick(this.recoveryShown.tick, info.startYear, info.dt)) : '' })}</span>
            <button @click=${() => (this.recoveryShown = null)}>${t('url.dismiss')}</button>
          </div>`
        : nothing}
      ${sim.error
        ? html`<div class="error" role="alert">
            <strong>${sim.status === 'errored' ? t('app.errorTitle') : t('app.changeRejected')}:</strong>
            <span class="message">${sim.error}</span>
            ${sim.status === 'errored' ? html`<button @click=${() => this.sim.retry()}>${t('app.retry')}</button>` : nothing}
          </div>`
        : sim.warning
          ? html`<div class="error warning" role="status"><strong>${t('app.warning')}:</strong> <span class="message">${sim.warning}</span></div>`
          : nothing}
      ${this.sweepMounted
        ? html`<idl-sweep-panel
            id="sweep"
            ?hidden=${!this.sweepOpen}
            .presets=${sim.presets}
            .presetId=${this.state.presetId}
            .seed=${this.state.seed}
            .dataBaseUrl=${this.dataBaseUrl}
          ></idl-sweep-panel>`
        : nothing}
      ${this.compareMounted ? this.renderCompare(k) : nothing}
      ${this.lesson.render()}

      <idl-transport
        .tick=${frame?.tick ?? 0}
        .totalTicks=${info?.totalTicks ?? 0}
        .startYear=${info?.startYear ?? 0}
        .dt=${info?.dt ?? 1 / 12}
        .playing=${sim.playing}
        .done=${sim.done}
        .speed=${sim.speed}
        .events=${events}
        .milestones=${this.milestoneMarks}
        ?pauseAtMilestones=${this.milestoneCaption.pauseAtMilestones}
        ?disabled=${!ready}
        @idl-play=${() => sim.play()}
        @idl-pause=${() => sim.pause()}
        @idl-step=${() => sim.step()}
        @idl-step-back=${() => sim.stepBack()}
        @idl-reset=${() => sim.reset()}
        @idl-seek=${(e: CustomEvent<{ tick: number }>) => sim.seek(e.detail.tick)}
        @idl-speed=${(e: CustomEvent<{ speed: number }>) => sim.setSpeed(e.detail.speed)}
        @idl-milestone-pause=${this.onMilestonePause}
      ></idl-transport>

      ${this.projector ? nothing : kpis}

      <main class=${this.leversOpen ? 'with-levers' : ''}>
        <section class="map" aria-label=${abstract ? t('map.abstractLabel', { n: formatInteger(info?.n ?? 0) }) : info?.worldKind === 'us-states' ? t('map.label.usStates') : t(unitKey('map.label', wording))}>
          ${info
            ? html`<div class="map-head"><p class="run-title">
                <strong>${pick(info.innovations[k]?.name ?? info.title)}</strong>
                · ${t(unitKey('app.localities', wording), { n: formatInteger(info.n) })}
                ${info.illustrative ? html`· <em>${t('app.illustrative')}</em>` : nothing}
              </p>
              <details class="about">
                <summary>${t('app.about')}: ${pick(info.title)}</summary>
                <p>${pick(info.description)}</p>
              </details></div>`
            : nothing}
          <p class="milestone-caption" ?hidden=${!this.milestoneCaption.caption}>${this.milestoneCaption.text()}</p>
          ${this.renderMap(k)}
          <p class="notice">${mapNotice(info?.worldKind ?? 'china')}</p>
        </section>
        <section class="charts">
          ${this.projector ? kpis : nothing}
          <idl-chart kind="stages" .data=${chart}></idl-chart>
          <idl-chart kind="adoption" .data=${chart}></idl-chart>
          <idl-milestones
            .dataBaseUrl=${this.dataBaseUrl}
            .presetId=${this.imported ? null : this.state.presetId}
            .values=${frame?.milestones ?? null}
            ?changed=${Object.keys(this.state.levers).length + Object.keys(this.state.params).length > 0}
            @idl-milestone-marks=${this.onMilestoneMarks}
          ></idl-milestones>
        </section>
        ${this.projector
          ? html`<dialog id="levers" class="levers-drawer" aria-label=${t('levers.title')} @close=${this.onLeversDrawerClosed}>
              <div class="drawer-close"><button class="close" @click=${this.closeLeversDrawer}>${t('dialog.close')}</button></div>
              ${levers}
            </dialog>`
          : html`<aside id="levers" class="levers" ?hidden=${!this.leversOpen}>${levers}</aside>`}
      </main>
      ${this.tableOpen
        ? html`<section id="map-table" class="map-table" aria-label=${t('table.title')}>
            <h2>${t('table.title')}</h2>
            <idl-map-table .data=${this.tableData}></idl-map-table>
          </section>`
        : nothing}
      ${this.landscape.shown && info ? landscapeSlot(this.landscape, info, frame?.tick ?? 0, this.runGeometry(info)) : nothing}

      <div class="visually-hidden live" role="status" aria-live="polite" aria-atomic="true">${this.live.message}</div>
      <div class="visually-hidden milestone-live" role="status" aria-live="polite" aria-atomic="true">${this.milestoneCaption.text()}</div>

      <idl-share-dialog
        .link=${this.shareLink(true)}
        .linkAtStart=${this.shareLink(false)}
        .date=${frame && info ? formatYearMonth(yearOfTick(frame.tick, info.startYear, info.dt)) : ''}
        .imported=${this.imported !== null}
        .seed=${this.state.seed}
      ></idl-share-dialog>
      <idl-export-dialog
        .busy=${this.busy || !ready}
        .status=${this.exportStatus}
        .problems=${this.importProblems}
        .maxBytes=${MAX_SCENARIO_BYTES}
        @idl-export=${this.onExport}
        @idl-import=${this.onImport}
      ></idl-export-dialog>
      <idl-help-dialog></idl-help-dialog>
    `;
  }

  private renderMap(k: number) {
    const sim = this.sim;
    const info = sim.info;
    // an abstract world has no geography: one square per locality, and no wait for a map
    if (info && sim.frame && !isMapWorld(info.worldKind)) {
      return html`<idl-cell-grid
        .worldKind=${info.worldKind}
        .codes=${info.codes}
        .stages=${sim.frame.stage.subarray(k * info.n, (k + 1) * info.n)}
        .lang=${getLocale()}
      ></idl-cell-grid>`;
    }
    const usStates = info?.worldKind === 'us-states';
    const error = usStates ? this.usMapError : this.mapError;
    if (error) return html`<div class="map-placeholder" role="alert">${error}</div>`;
    const geometry = this.runGeometry(info);
    if (!sim.info || !sim.frame || !geometry) {
      return html`<div class="map-placeholder">${sim.status === 'errored' ? '' : t('app.loading')}</div>`;
    }
    const n = sim.info.n;
    const frame = sim.frame;
    return html`<idl-map
      world=${usStates ? 'us-states' : 'china'}
      .geometry=${geometry}
      .codes=${sim.info.codes}
      .stages=${frame.stage.subarray(k * n, (k + 1) * n)}
      .innovation=${k}
      .marks=${this.marks(k)}
      .places=${this.milestoneCaption.caption?.places ?? null}
      .links=${frame.links}
      .showLinks=${this.showLinks}
      .lang=${getLocale()}
      .startYear=${sim.info.startYear}
      .dt=${sim.info.dt}
      .detailProvider=${this.detailProvider}
      .borderScale=${this.projector ? PROJECTOR_BORDER_SCALE : 1}
      @idl-map-links=${(e: CustomEvent<{ show: boolean }>) => (this.showLinks = e.detail.show)}
    ></idl-map>`;
  }

  private readonly detailProvider = (i: number): Promise<LocalityDetail | null> => this.sim.detail(i);

  private renderCompare(k: number) {
    const info = this.sim.info;
    return compareSlot({
      open: this.compareOpen,
      info,
      tick: this.sim.frame?.tick ?? 0,
      state: this.state,
      imported: this.imported && this.importedText !== null ? { name: this.imported, text: this.importedText } : null,
      geometry: this.runGeometry(info),
      dataBaseUrl: this.dataBaseUrl,
      borderScale: this.projector ? PROJECTOR_BORDER_SCALE : 1,
      innovation: k,
      onSeed: this.onCompareSeed,
    });
  }

  /** The map a run is drawn on (map, compare mode, landscape): the US states', or China's at the run's unit; null until loaded. */
  private runGeometry(info: RunInfo | null): Topology | null {
    if (!info) return null;
    if (info.worldKind === 'us-states') return this.usGeometry;
    return this.geometry ? this.mapGeometry(info.unit) : null;
  }

  /** The county map, or its counties merged into prefecture-level units (once per loaded map). */
  private mapGeometry(unit: RunInfo['unit']): Topology {
    const county = this.geometry!;
    if (unit === 'county') return county;
    if (this.prefectureMap?.county !== county) this.prefectureMap = { county, merged: prefectureTopology(county) };
    return this.prefectureMap.merged;
  }

  private prefectureMap: { county: Topology; merged: Topology } | null = null;

  /**
   * Origins and current demonstration sites of innovation k (the frame's demo flags, N×K). The same
   * object as last time while they are unchanged, so the map keeps its placed markers instead of
   * placing them again every frame.
   */
  private marks(k: number): MapMarks {
    const info = this.sim.info!;
    const demo = this.sim.frame!.demo;
    const demos: number[] = [];
    for (let i = 0, o = k * info.n; i < info.n; i++) if (demo[o + i]) demos.push(i);
    const origins = info.innovations[k]?.origins ?? NO_ORIGINS;
    const last = this.lastMarks;
    if (last && last.origins === origins && last.demos.length === demos.length && last.demos.every((d, j) => d === demos[j])) return last;
    return (this.lastMarks = { origins, demos });
  }

  private lastMarks: MapMarks | null = null;

  private chartData(k: number, events: ChartData['events']): ChartData | null {
    const info = this.sim.info;
    const frame = this.sim.frame;
    if (!info || !frame) return null;
    const K = info.innovations.length;
    return {
      rows: rowsOf(this.sim.rows, k, K, frame.tick),
      n: info.n,
      regionSizes: info.regionSizes,
      wording: localityWording(info),
      usRegions: info.worldKind === 'us-states',
      startYear: info.startYear,
      dt: info.dt,
      totalTicks: info.totalTicks,
      tick: frame.tick,
      events,
    };
  }

  // ── handlers ──────────────────────────────────────────────────────────────────────────────────

  private innovationIndex(): number {
    return Math.min(this.state.innovation, Math.max(0, (this.sim.info?.innovations.length ?? 1) - 1));
  }

  // ── URL, live region, table view ───────────────────────────────────────────────────────────────

  /** The link's query for the current state; `withTime` adds the current tick. */
  private urlQuery(tick: number | undefined): string {
    return serializeUrlState({
      version: APP_VERSION,
      // an imported scenario cannot travel in a link (the share dialog says so)
      presetId: this.imported ? undefined : this.state.presetId,
      seed: this.state.seed,
      lang: getLocale(),
      tick: tick && tick > 0 ? tick : undefined,
      innovation: this.state.innovation > 0 ? this.state.innovation : undefined,
      projector: this.projector || undefined,
      milestonePause: this.milestoneCaption.pauseAtMilestones || undefined,
      ...this.compareLink(),
      ...this.lesson.linkFields(),
      levers: this.state.levers,
      params: this.state.params,
    });
  }

  private shareLink(withTime: boolean): string {
    return `${location.origin}${location.pathname}?${this.urlQuery(withTime ? this.sim.frame?.tick : undefined)}`;
  }

  /** Keeps the address bar's query in step (replaceState: no history entry per change; tick only when not playing). */
  private writeUrl() {
    if (!this.useUrl || !this.urlReady) return;
    if (!this.sim.playing && this.sim.status === 'ready') this.urlTick = this.sim.frame?.tick ?? 0;
    const query = `?${this.urlQuery(this.urlTick)}`;
    if (query !== location.search) history.replaceState(history.state, '', `${location.pathname}${query}${location.hash}`);
  }

  /** Year and adoption count for the live region (throttled by LiveRegionController). */
  private offerLiveStatus() {
    const info = this.sim.info;
    const frame = this.sim.frame;
    if (!info || !frame || this.sim.status !== 'ready') return;
    const K = info.innovations.length;
    const row = this.sim.rows[frame.tick * K + this.innovationIndex()];
    if (!row) return;
    const text = t(unitKey('live.status', localityWording(info)), {
      date: formatYearMonth(yearOfTick(frame.tick, info.startYear, info.dt)),
      ever: formatInteger(row.everAdopted),
      n: formatInteger(info.n),
      active: formatInteger(row.active),
    });
    this.live.offer(text, this.sim.playing);
  }

  /** Refreshes the table view when it shows an older tick (at most every few seconds while playing). */
  private scheduleTable() {
    const info = this.sim.info;
    const frame = this.sim.frame;
    if (!this.tableOpen || !info || !frame || this.sim.status !== 'ready') return;
    const k = this.innovationIndex();
    const current = this.tableData;
    if (current && current.tick === frame.tick && current.innovation === pick(info.innovations[k]?.name ?? info.title) && current.names === info.names) return;
    if (this.tableTimer !== undefined) return;
    const wait = this.sim.playing ? Math.max(0, this.tableAt + TABLE_REFRESH_PLAYING_MS - performance.now()) : 0;
    this.tableTimer = setTimeout(() => void this.refreshTable(), wait);
  }

  private async refreshTable() {
    const info = this.sim.info;
    const k = this.innovationIndex();
    const r = info ? await this.sim.stageTable(k) : null;
    this.tableTimer = undefined;
    this.tableAt = performance.now();
    if (!r || r.status === 'errored' || !info || this.sim.info !== info) {
      this.requestUpdate();
      return;
    }
    this.tableData = {
      names: info.names,
      namesEn: info.namesEn,
      province: info.province,
      provinces: info.provinces,
      stage: r.stage,
      since: r.since,
      startYear: info.startYear,
      dt: info.dt,
      tick: r.tick,
      innovation: pick(info.innovations[k]?.name ?? info.title),
      wording: localityWording(info),
    };
  }

  // ── handlers ──────────────────────────────────────────────────────────────────────────────────

  /**
   * Space: play/pause — also on a focused button, which is then not pressed (preventDefault); →: step;
   * ←: step back; ?: help (src/ui/help/shortcuts.ts decides when a key is ours).
   */
  private onKeyDown = (e: KeyboardEvent) => {
    const action = shortcutFor(e);
    if (!action) return;
    e.preventDefault();
    if (action === 'help') return this.onHelp();
    if (this.sim.status !== 'ready') return;
    if (action === 'toggle') this.sim.toggle();
    else if (action === 'step') void this.sim.step();
    else void this.sim.stepBack();
  };

  private dialog<T extends Element>(tag: string): T | null {
    return this.renderRoot.querySelector(tag) as T | null;
  }

  private onShare = () => this.dialog<IdlShareDialog>('idl-share-dialog')?.show();

  private onHelp = () => this.dialog<IdlHelpDialog>('idl-help-dialog')?.show();

  private onOpenExport = () => {
    this.exportStatus = '';
    this.importProblems = [];
    this.dialog<IdlExportDialog>('idl-export-dialog')?.show();
  };

  private onToggleTable = () => {
    this.tableOpen = !this.tableOpen;
    if (!this.tableOpen) this.tableData = null;
  };

  private onToggleProjector = () => {
    this.projector = !this.projector;
  };

  private onExport = async (e: CustomEvent<{ kind: ExportKind }>) => {
    const info = this.sim.info;
    const frame = this.sim.frame;
    if (!info || !frame || this.busy) return;
    this.busy = true;
    this.exportStatus = '';
    try {
      const charts = this.renderRoot.querySelectorAll<HTMLElement>('idl-chart');
      const name = await runExport(e.detail.kind, {
        sim: this.sim,
        info,
        tick: frame.tick,
        innovation: this.innovationIndex(),
        map: this.renderRoot.querySelector<HTMLElement>('idl-map, idl-cell-grid'),
        stagesChart: charts[0] ?? null,
        adoptionChart: charts[1] ?? null,
      });
      this.exportStatus = t('export.saved', { name });
    } catch (err) {
      this.exportStatus = t('export.failed', { message: err instanceof Error ? err.message : String(err) });
    } finally {
      this.busy = false;
    }
  };

  /**
   * Imports a scenario file: its size is checked here before it is read; the worker parses and
   * validates it. A rejected file changes nothing (run, levers, seed stay) and its problems are listed.
   */
  private onImport = async (e: CustomEvent<{ file: File }>) => {
    const file = e.detail.file;
    this.exportStatus = '';
    this.importProblems = [];
    const tooLarge = (bytes: number) => {
      this.exportStatus = t('import.rejected', { name: file.name });
      // the exact byte counts too: 1,048,600 and 1,048,576 bytes both round to "1.0 MB"
      this.importProblems = [
        t('import.tooLarge', {
          name: file.name,
          size: formatBytes(bytes),
          bytes: formatInteger(bytes),
          max: formatBytes(MAX_SCENARIO_BYTES),
          maxBytes: formatInteger(MAX_SCENARIO_BYTES),
        }),
      ];
    };
    if (file.size > MAX_SCENARIO_BYTES) return tooLarge(file.size);
    this.busy = true;
    try {
      const text = await file.text();
      // bytes that are not UTF-8 decode to U+FFFD (3 bytes each), so the text can outgrow the file
      const textBytes = utf8Length(text);
      if (textBytes > MAX_SCENARIO_BYTES) return tooLarge(textBytes);
      const outcome = await this.sim.importScenario(text, this.state.seed);
      if (!outcome.ok) {
        this.exportStatus = t('import.rejected', { name: file.name });
        const { json, memory, issues, message } = outcome.error;
        this.importProblems = json ? json.map(jsonProblemText) : memory ? [memoryProblemText(memory)] : (issues ?? message.split('\n'));
        return;
      }
      this.imported = file.name;
      this.importedText = text;
      this.state = { ...this.state, innovation: 0, levers: {}, params: {} };
      this.exportStatus = t('import.done', { name: file.name });
      this.keepImported(file.name, text);
    } finally {
      this.busy = false;
    }
  };

  /** Keeps the imported file for a reload of this tab; when the browser refuses, says so and guards leaving. */
  private keepImported(name: string, text: string) {
    if (!this.useUrl) return;
    this.importUnsaved = !saveImportedScenario({ name, text });
    this.sessionNotice = this.importUnsaved ? { kind: 'notKept', name } : null;
  }

  /** Leaving (reload, close) would lose an imported scenario that could not be kept: the browser asks first. */
  private onBeforeUnload = (e: BeforeUnloadEvent) => {
    if (!this.importUnsaved || !this.imported) return;
    e.preventDefault();
    e.returnValue = ''; // older Chromium shows the prompt only with returnValue set
  };

  private onPreset = async (e: Event) => {
    const presetId = (e.target as HTMLSelectElement).value;
    this.imported = null;
    this.importedText = null;
    this.importUnsaved = false;
    this.sessionNotice = null;
    if (this.useUrl) clearImportedScenario();
    this.state = { ...this.state, presetId, innovation: 0, levers: {}, params: {} };
    await this.sim.start({ presetId, seed: this.state.seed });
    // a new preset opens paused, with Play focused: Space or Enter starts it (Space on the list would reopen it)
    void this.focusPlay(true);
  };

  private onMilestonePause = (e: CustomEvent<{ on: boolean }>) => {
    this.milestoneCaption.pauseAtMilestones = e.detail.on;
    this.requestUpdate();
  };

  private onMilestoneMarks = (e: CustomEvent<{ marks: MilestoneMark[] }>) => {
    this.milestoneMarks = e.detail.marks;
    this.requestUpdate();
  };

  private onInnovation = (e: Event) => {
    this.state = { ...this.state, innovation: Number((e.target as HTMLSelectElement).value) };
  };

  private onLanguage = (e: Event) => setLocale((e.target as HTMLSelectElement).value as Locale);

  /** The Sweep panel's module is loaded at the first opening (the app does not pay for it before). */
  private onToggleSweep = () => {
    this.sweepMounted = true;
    this.sweepOpen = !this.sweepOpen;
    void import('../sweep/idl-sweep-panel.ts');
  };

  /** Compare mode's module is loaded at the first opening, like the Sweep panel's. */
  private onToggleCompare = () => {
    this.compareMounted = true;
    this.compareOpen = !this.compareOpen;
    void import('../compare/idl-compare-panel.ts');
  };

  /**
   * A link with compare=1: compare mode opens and runs the link's comparison — its levers and
   * assumptions against the preset, from its seed, with its pairs and years — the same seeds, so
   * the same figures as where the link was made.
   */
  private async openLinkedComparison(pairs: number | undefined, years: number | undefined) {
    this.compareMounted = true;
    this.compareOpen = true;
    await import('../compare/idl-compare-panel.ts');
    await this.updateComplete;
    const panel = this.renderRoot.querySelector('idl-compare-panel');
    if (!panel) return;
    if (pairs !== undefined) panel.pairs = pairs;
    if (years !== undefined) panel.years = years;
    await panel.updateComplete;
    panel.start();
    this.requestUpdate(); // the address bar now says the panel's pairs and years (the panel was not there when it was last written)
  }

  /** What the link says of compare mode: open, with the panel's pairs and years per run. */
  private compareLink(): Pick<UrlState, 'compare' | 'pairs' | 'compareYears'> {
    const panel = this.compareOpen ? this.renderRoot.querySelector('idl-compare-panel') : null;
    if (!panel) return {};
    return { compare: true, pairs: panel.pairs, compareYears: panel.years ?? undefined };
  }

  /** Compare mode's representative pair: its seed on the main map (same levers), played from the start. */
  private onCompareSeed = async (e: CustomEvent<{ seed: number }>) => {
    const previous = this.state;
    this.state = { ...this.state, seed: e.detail.seed };
    await this.restart(previous);
    this.renderRoot.querySelector('section.map')?.scrollIntoView({ block: 'start', behavior: this.reducedMotion ? 'auto' : 'smooth' });
    // asked for with a click ("play this world"), so it plays — unless the user prefers reduced motion
    if (!this.reducedMotion && this.sim.status === 'ready') this.sim.play();
  };

  /** Levers: a column beside the charts (shown or hidden); in projector mode a side sheet over the page. */
  private onToggleLevers = () => {
    if (!this.projector) {
      this.leversOpen = !this.leversOpen;
      return;
    }
    const drawer = this.renderRoot.querySelector<HTMLDialogElement>('dialog.levers-drawer');
    if (!drawer || drawer.open) return;
    drawer.showModal(); // modal: focus stays in the sheet; Escape closes it
    this.leversDrawerOpen = true;
  };

  private closeLeversDrawer = () => this.renderRoot.querySelector<HTMLDialogElement>('dialog.levers-drawer')?.close();

  /** The sheet closed (its button, Escape): focus goes back to the button that opened it. */
  private onLeversDrawerClosed = () => {
    this.leversDrawerOpen = false;
    this.renderRoot.querySelector<HTMLButtonElement>('.levers-toggle')?.focus();
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

  /**
   * Restart with the current choices; a rejected change is undone (the message says why). In
   * compare mode a lever change keeps the year shown (the new run is moved to it).
   */
  private async restart(previous: AppState, keepTime = this.compareOpen && previous.seed === this.state.seed) {
    const tick = keepTime ? (this.sim.frame?.tick ?? 0) : 0;
    const taken = await this.sim.update({ levers: this.state.levers, params: this.state.params, seed: this.state.seed });
    if (!taken && this.sim.status === 'ready') this.state = previous;
    else if (taken && tick > 0 && this.sim.status === 'ready') await this.sim.seek(tick);
  }
}

customElements.define('idl-app', IdlApp);

declare global {
  interface HTMLElementTagNameMap {
    'idl-app': IdlApp;
  }
}
