import { LitElement, css, html, nothing } from 'lit';
import type { RunChanges, RunInfo } from '../../service/types.ts';
import { findParamDef } from '../../model/params/schema.ts';
import { parseLesson } from '../../model/lessons/parseLesson.ts';
import type { LessonChapter, LessonFile } from '../../model/lessons/lessonSchema.ts';
import { LocaleController } from '../controllers/LocaleController.ts';
import { formatInteger, formatYear, getLocale, localityName, pick, t } from '../i18n/i18n.ts';
import { baseStyles } from '../styles.ts';
import { toolPanelStyles } from '../panelStyles.ts';
import { curveFeedback, originProvinces, reachOrder, whereFeedback, yearFeedback, type ProvinceTable } from './lessonFeedback.ts';
import { curvePoints, decodePrediction, encodePrediction, type Prediction, type PredictionFrame } from './lessonLink.ts';
import type { LessonOutcome } from './lessonOutcome.ts';
import { browserLessonRunner, chapterMapSeed, chapterRuns, type LessonRunner } from './lessonRunner.ts';
import './idl-lesson-chart.ts';

export type LessonStep = 'predict' | 'run' | 'explain';

/** What the app sets up for a chapter: the run the main map shows and which levers stay open. */
export interface LessonChapterSetup {
  presetId: string;
  seed: number;
  levers: NonNullable<LessonChapter['levers']>;
  params: NonNullable<LessonChapter['params']>;
  open: readonly string[];
}

/**
 * The lesson player (`?lesson=<id>&chapter=N`, loaded only then): a lesson file's chapters, each
 * predict → run → explain. It asks the app for the chapter's run (`idl-lesson-chapter`: preset, seed,
 * lever settings, open levers) and to play it (`idl-lesson-play`); it runs the chapter's runs itself
 * in the compare workers for the explain step's feedback; the chapter and the prediction go into the
 * page's link (`idl-lesson-state`), which the share dialog turns into a QR code (`idl-lesson-share`).
 */
export class IdlLessonPlayer extends LitElement {
  static override styles = [
    baseStyles,
    toolPanelStyles,
    css`
      header { display: flex; flex-wrap: wrap; gap: 0.4rem 1rem; align-items: center; justify-content: space-between; }
      nav, .actions { display: flex; flex-wrap: wrap; gap: 0.4rem; align-items: center; }
      nav label { display: flex; flex: 1 1 14rem; min-width: 0; max-width: 100%; }
      select.chapter { width: 100%; min-width: 0; }
      h3 { font-size: 1.05em; margin: 0.5rem 0 0.2rem; color: var(--idl-heading, #0b3d6e); }
      .minutes { font-weight: 400; color: var(--idl-muted, #444); font-size: 0.85em; }
      ol.steps { display: flex; gap: 0.3rem; list-style: none; padding: 0; margin: 0.4rem 0; counter-reset: step; }
      ol.steps li { counter-increment: step; padding: 0.15rem 0.6rem; border-radius: 999px; border: 1px solid var(--idl-rule, #d4dde6); font-size: 0.85em; }
      ol.steps li::before { content: counter(step) '. '; }
      ol.steps li[aria-current='step'] { background: var(--idl-accent, #0b5cad); color: var(--idl-on-accent, #fff); border-color: var(--idl-accent, #0b5cad); font-weight: 600; }
      .prompt { font-size: 1.05em; margin: 0.3rem 0; max-width: 70rem; }
      .goal { margin: 0.2rem 0; max-width: 70rem; }
      .feedback { font-size: 1.05em; font-weight: 600; margin: 0.4rem 0; max-width: 70rem; }
      label.field { display: inline-flex; gap: 0.5rem; align-items: center; margin: 0.3rem 0; }
      input[type='number'] { width: 7em; }
      .columns { display: grid; grid-template-columns: minmax(0, 1fr); gap: 0.5rem; }
      @media (min-width: 1100px) { .columns.two { grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); } }
      details { margin: 0.3rem 0; }
      .reached ol { margin: 0.2rem 0; padding-left: 1.6rem; }
      .reached li.picked { font-weight: 700; }
      details p, .theory p { margin: 0.2rem 0; max-width: 70rem; }
    `,
  ];

  static override properties = {
    lessonId: { type: String },
    chapterNumber: { type: Number },
    guess: { type: String },
    info: { attribute: false },
    levers: { attribute: false },
    params: { attribute: false },
    ready: { type: Boolean },
    dataBaseUrl: { type: String },
    lesson: { state: true },
    error: { state: true },
    step: { state: true },
    prediction: { state: true },
    outcome: { state: true },
    progress: { state: true },
    runError: { state: true },
  };

  declare lessonId: string;
  /** the chapter shown, from 1 (the link's `chapter`) */
  declare chapterNumber: number;
  /** the link's prediction, used once the chapter's run is known */
  declare guess: string | undefined;
  /** the app's run (its years and provinces frame the predictions) */
  declare info: RunInfo | null;
  /** the levers and assumptions changed from the preset on the main map (the chapter's, and open levers students moved) */
  declare levers: NonNullable<RunChanges['levers']>;
  declare params: NonNullable<RunChanges['params']>;
  declare ready: boolean;
  declare dataBaseUrl: string;
  declare lesson: LessonFile | null;
  declare error: string;
  declare step: LessonStep;
  declare prediction: Prediction | null;
  declare outcome: LessonOutcome | null;
  declare progress: { done: number; total: number } | null;
  /** why the run step's runs stopped (shown in the run step; Predict again retries) */
  declare runError: string;

  /** how the run step's runs are made (tests inject a quicker one) */
  runner: LessonRunner = browserLessonRunner(() => this.dataBaseUrl);

  private readonly locale = new LocaleController(this);
  private running: AbortController | null = null;

  constructor() {
    super();
    this.lessonId = '';
    this.chapterNumber = 1;
    this.guess = undefined;
    this.info = null;
    this.levers = {};
    this.params = {};
    this.ready = false;
    this.dataBaseUrl = new URL('./', document.baseURI).href;
    this.lesson = null;
    this.error = '';
    this.step = 'predict';
    this.prediction = null;
    this.outcome = null;
    this.progress = null;
    this.runError = '';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.lesson && !this.error) void this.load();
    window.addEventListener('idl-map-select', this.onMapSelect);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.running?.abort();
    window.removeEventListener('idl-map-select', this.onMapSelect);
  }

  /** A where step: a click on the map (its event bubbles out of the app) picks that locality's province. */
  private onMapSelect = (e: Event) => {
    const info = this.chapterInfo;
    const index = (e as CustomEvent<{ index: number }>).detail?.index;
    if (this.step !== 'predict' || this.chapter?.predict.kind !== 'where' || !info || !(index >= 0 && index < info.n)) return;
    const province = info.province[index]!;
    if (!originProvinces(provinceTable(info)).has(province)) this.setPrediction({ kind: 'where', province });
  };

  private async load() {
    try {
      const res = await fetch(new URL(`lessons/${this.lessonId}.json`, this.dataBaseUrl));
      if (!res.ok) throw new Error(`lessons/${this.lessonId}.json: HTTP ${res.status}`);
      const parsed = parseLesson(await res.json());
      if (!parsed.ok) throw new Error(parsed.issues.map((i) => i.message).join('; '));
      this.lesson = parsed.lesson;
      this.openChapter(Math.min(Math.max(1, this.chapterNumber), parsed.lesson.chapters.length), this.guess);
    } catch (e) {
      this.error = t('lesson.loadFailed', { id: this.lessonId, message: e instanceof Error ? e.message : String(e) });
    }
  }

  private get chapter(): LessonChapter | null {
    return this.lesson?.chapters[this.chapterNumber - 1] ?? null;
  }

  /** The app's run, once it is this chapter's (the run step and the predictions' frame need it). */
  private get chapterInfo(): RunInfo | null {
    const c = this.chapter;
    const info = this.info;
    return c && info && this.ready && info.presetId === c.preset && info.seed === chapterMapSeed(c) ? info : null;
  }

  private frame(info: RunInfo): PredictionFrame {
    return { startYear: info.startYear, years: Math.round(info.totalTicks * info.dt * 1e6) / 1e6, provinceCodes: info.provinces.map((p) => p.code) };
  }

  /** Opens chapter n (from 1), with a prediction from a link (decoded once the chapter's run is known). */
  private openChapter(n: number, guess?: string) {
    const c = this.lesson!.chapters[n - 1]!;
    this.running?.abort();
    this.running = null;
    this.chapterNumber = n;
    this.guess = guess;
    this.step = 'predict';
    this.prediction = null;
    this.outcome = null;
    this.progress = null;
    this.runError = '';
    const setup: LessonChapterSetup = { presetId: c.preset, seed: chapterMapSeed(c), levers: c.levers ?? {}, params: c.params ?? {}, open: c.open };
    this.emit('idl-lesson-chapter', setup);
    this.emitState();
  }

  override willUpdate(): void {
    const info = this.chapterInfo;
    const c = this.chapter;
    if (info && c && this.guess !== undefined) {
      this.prediction = decodePrediction(this.guess, c.predict, this.frame(info));
      this.guess = undefined;
    }
  }

  private emit(name: string, detail?: unknown) {
    this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
  }

  private emitState() {
    // the prediction once the chapter's run frames it; until then the link's, still undecoded
    this.emit('idl-lesson-state', { lesson: this.lessonId, chapter: this.chapterNumber, guess: this.guessText() ?? this.guess });
  }

  private setPrediction(p: Prediction | null) {
    this.prediction = p;
    this.emitState();
  }

  override render() {
    if (this.error) return html`<p class="error" role="alert">${this.error}</p>`;
    const lesson = this.lesson;
    const c = this.chapter;
    if (!lesson || !c) return html`<p>${t('app.loading')}</p>`;
    const n = this.chapterNumber;
    const total = lesson.chapters.length;
    return html`
      <header>
        <h2>${labelled(t('lesson.label'), pick(lesson.title))}</h2>
        <nav aria-label=${t('lesson.chapterPicker')}>
          <button class="previous" ?disabled=${n <= 1} @click=${() => this.openChapter(n - 1)}>${t('lesson.previous')}</button>
          <label>
            <span class="visually-hidden">${t('lesson.chapterPicker')}</span>
            <select class="chapter" @change=${(e: Event) => this.openChapter(Number((e.target as HTMLSelectElement).value))}>
              ${lesson.chapters.map((ch, i) => html`<option value=${i + 1} ?selected=${i + 1 === n}>${i + 1}. ${pick(ch.title)}</option>`)}
            </select>
          </label>
          <button class="next" ?disabled=${n >= total} @click=${() => this.openChapter(n + 1)}>${t('lesson.next')}</button>
          <button class="share" @click=${() => this.emit('idl-lesson-share')}>${t('lesson.share')}</button>
          <button class="close" @click=${() => this.emit('idl-lesson-close')}>${t('lesson.close')}</button>
        </nav>
      </header>
      <h3>${labelled(t('lesson.chapterOf', { n: formatInteger(n), total: formatInteger(total) }), pick(c.title))}
        <span class="minutes">· ${t('lesson.minutes', { n: formatInteger(c.minutes) })}</span></h3>
      <p class="goal"><strong>${labelled(t('lesson.goal'), '')}</strong>${pick(c.goal)}</p>
      <ol class="steps" aria-label=${t('lesson.steps')}>
        ${(['predict', 'run', 'explain'] as const).map((s) => html`<li aria-current=${s === this.step ? 'step' : nothing}>${t(`lesson.step.${s}`)}</li>`)}
      </ol>
      ${this.step === 'predict' ? this.renderPredict(c) : this.step === 'run' ? this.renderRun(c) : this.renderExplain(c)}
    `;
  }

  private renderPredict(c: LessonChapter) {
    const info = this.chapterInfo;
    if (!info) return this.renderWaiting();
    const frame = this.frame(info);
    const p = this.prediction;
    let input;
    if (c.predict.kind === 'curve') {
      input = html`<p class="hint">${t('lesson.curveHelp')}</p>${this.renderChart(c, info, true)}`;
    } else if (c.predict.kind === 'year') {
      const from = Math.ceil(frame.startYear);
      const to = Math.floor(frame.startYear + frame.years);
      input = html`<label class="field">
        <span>${t('lesson.yearLabel', { from: String(from), to: String(to) })}</span>
        <input class="year" type="number" min=${from} max=${to} step="1" .value=${p?.kind === 'year' ? String(p.year) : ''}
          @input=${(e: Event) => this.onYear(e, from, to)} />
      </label>`;
    } else {
      const origins = originProvinces(provinceTable(info));
      const choices = info.provinces.map((prov, i) => ({ i, name: localityName(prov) })).filter((x) => !origins.has(x.i));
      input = html`<label class="field">
        <span>${t('lesson.whereLabel')}</span>
        <select class="where" @change=${(e: Event) => this.onWhere(e)}>
          <option value="" ?selected=${p?.kind !== 'where'}>${t('lesson.wherePlaceholder')}</option>
          ${choices.map((x) => html`<option value=${x.i} ?selected=${p?.kind === 'where' && p.province === x.i}>${x.name}</option>`)}
        </select>
      </label>`;
    }
    return html`<p class="prompt">${pick(c.predict.prompt)}</p>
      ${input}
      <div class="actions"><button class="run lock-in" ?disabled=${!p} @click=${this.onLockIn}>${t('lesson.lockIn')}</button></div>`;
  }

  /** Until the chapter's run is on the map; after another scenario was picked, a way back to the chapter. */
  private renderWaiting() {
    if (!this.ready || !this.info || this.running) return html`<p>${t('app.loading')}</p>`;
    return html`<p class="hint" role="status">${t('lesson.offChapter')}</p>
      <div class="actions"><button class="run back" @click=${() => this.openChapter(this.chapterNumber, this.guessText())}>${t('lesson.backToChapter')}</button></div>`;
  }

  /** The curve step's chart (to draw on; then under the outcome); a year step's outcome with the year marked. */
  private renderChart(c: LessonChapter, info: RunInfo, editable: boolean) {
    if (c.predict.kind === 'where') return nothing;
    const years = this.frame(info).years;
    const p = this.prediction;
    return html`<idl-lesson-chart
      .startYear=${info.startYear}
      .years=${years}
      .everyYears=${c.predict.kind === 'curve' ? c.predict.everyYears : 1}
      .series=${c.predict.kind === 'curve' ? c.predict.series : 'ever'}
      .values=${p?.kind === 'curve' ? p.values : null}
      .markYear=${p?.kind === 'year' ? p.year : null}
      ?editable=${editable}
      .outcome=${editable ? null : this.outcome}
      @idl-curve-change=${(e: CustomEvent<{ values: number[] }>) => this.setPrediction({ kind: 'curve', values: e.detail.values })}
    ></idl-lesson-chart>`;
  }

  private leversText(c: LessonChapter): string {
    if (c.open.length === 0) return t('lesson.leversLocked');
    return t('lesson.leversOpen', { list: c.open.map((k) => { const d = findParamDef(k); return d ? pick(d.label) : k; }).join(getLocale() === 'en' ? ', ' : '、') });
  }

  private renderRun(c: LessonChapter) {
    const runs = chapterRuns(c);
    const pr = this.progress;
    return html`<p class="prompt">${c.run.kind === 'single' ? t('lesson.runSingle') : this.outcome ? t('lesson.runEnsemble', { runs: formatInteger(runs) }) : ''}</p>
      ${!this.outcome && pr
        ? html`<div class="progress" role="status">
            <progress max=${pr.total} .value=${pr.done}></progress>
            <span>${t('lesson.running', { runs: formatInteger(runs), done: formatInteger(pr.done), total: formatInteger(pr.total) })}</span>
          </div>`
        : nothing}
      ${this.runError ? html`<p class="error" role="alert">${this.runError}</p>` : nothing}
      <p class="hint">${this.leversText(c)}</p>
      <div class="actions">
        ${this.runError ? html`<button class="again" @click=${() => this.openChapter(this.chapterNumber, this.guessText())}>${t('lesson.again')}</button>` : nothing}
        <button class="run explain" ?disabled=${!this.outcome} @click=${() => (this.step = 'explain')}>${t('lesson.explainButton')}</button>
      </div>`;
  }

  private renderExplain(c: LessonChapter) {
    const info = this.chapterInfo;
    const outcome = this.outcome;
    const p = this.prediction;
    if (!info || !outcome || !p) return this.renderWaiting();
    let text = '';
    if (p.kind === 'curve' && c.predict.kind === 'curve') text = curveFeedback({ everyYears: c.predict.everyYears, values: p.values }, outcome, c.predict.series).text;
    else if (p.kind === 'year') text = yearFeedback(p.year, outcome).text;
    else if (p.kind === 'where') {
      text = whereFeedback(p.province, outcome, provinceTable(info), info.startYear).text;
    }
    const n = this.chapterNumber;
    const last = n >= (this.lesson?.chapters.length ?? 0);
    return html`<h3>${t('lesson.feedbackTitle')}</h3>
      <div class="columns two">
        <div>
          <p class="feedback" role="status">${text}</p>
          <p><strong>${labelled(t('lesson.discuss'), '')}</strong>${pick(c.explain)}</p>
          <div class="theory"><h3>${t('lesson.theory')}</h3><p>${pick(c.theory)}</p></div>
          <details class="tip"><summary>${t('lesson.tip')}</summary><p>${pick(c.tip)}</p></details>
        </div>
        ${c.predict.kind === 'where' && outcome.runs.length === 1 ? this.renderReached(info, outcome) : this.renderChart(c, info, false)}
      </div>
      <div class="actions">
        <button class="again" @click=${() => this.openChapter(n, this.guessText())}>${t('lesson.again')}</button>
        ${last ? nothing : html`<button class="run next-chapter" @click=${() => this.openChapter(n + 1)}>${t('lesson.next')}</button>`}
      </div>`;
  }

  /** A where step's run: the first provinces it reached after the origin's, with the year (the one picked in bold). */
  private renderReached(info: RunInfo, outcome: LessonOutcome) {
    const table = provinceTable(info);
    const picked = this.prediction?.kind === 'where' ? this.prediction.province : -1;
    const name = (p: number) => localityName(info.provinces[p]!);
    return html`<div class="reached">
      <h3>${t('lesson.reachedFirst')}</h3>
      <ol>
        ${reachOrder(outcome.runs[0]!.firstAdoption, table)
          .slice(0, 8)
          .map((x) => html`<li class=${x.province === picked ? 'picked' : ''}>${name(x.province)} · ${formatYear(info.startYear + x.years)}</li>`)}
      </ol>
    </div>`;
  }

  private guessText(): string | undefined {
    const info = this.chapterInfo;
    return this.prediction && info ? encodePrediction(this.prediction, this.frame(info)) : undefined;
  }

  private onYear(e: Event, from: number, to: number) {
    const year = Number((e.target as HTMLInputElement).value);
    this.setPrediction(Number.isInteger(year) && year >= from && year <= to ? { kind: 'year', year } : null);
  }

  private onWhere(e: Event) {
    const value = (e.target as HTMLSelectElement).value;
    this.setPrediction(value === '' ? null : { kind: 'where', province: Number(value) });
  }

  /** The prediction is kept; the main map plays the chapter's run and the chapter's runs start. */
  private onLockIn = async () => {
    const c = this.chapter;
    if (!c || !this.prediction) return;
    this.step = 'run';
    if (c.run.kind === 'single') this.emit('idl-lesson-play');
    const controller = new AbortController();
    this.running = controller;
    this.progress = { done: 0, total: 2 * chapterRuns(c) };
    try {
      const outcome = await this.runner(c, { changes: { levers: this.levers, params: this.params }, signal: controller.signal, onProgress: (done, total) => (this.progress = { done, total }) });
      if (this.running === controller && outcome) this.outcome = outcome;
    } catch (e) {
      if (this.running === controller) this.runError = t('lesson.runFailed', { message: e instanceof Error ? e.message : String(e) });
    } finally {
      if (this.running === controller) this.running = null;
    }
  };
}

/** The run's provinces as the where step ranks them; the innovation's origins (lessons use one-innovation presets). */
function provinceTable(info: RunInfo): ProvinceTable {
  return { provinces: info.provinces, province: info.province, origins: info.innovations[0]?.origins ?? [] };
}

/** "Label: text" — a full-width colon and no space in Chinese. */
function labelled(label: string, text: string): string {
  return getLocale() === 'en' ? `${label}: ${text}` : `${label}：${text}`;
}

customElements.define('idl-lesson-player', IdlLessonPlayer);

declare global {
  interface HTMLElementTagNameMap {
    'idl-lesson-player': IdlLessonPlayer;
  }
}
