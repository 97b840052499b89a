import { LitElement, css, html, nothing } from 'lit';
import { cssProps } from '../map/css-props.ts';
import type { Bilingual, TimelineEvent } from '../../service/types.ts';
import { baseStyles } from '../styles.ts';
import { LocaleController } from '../controllers/LocaleController.ts';
import { formatNumber, formatYear, formatYearMonth, pick, t } from '../i18n/i18n.ts';
import { yearOfTick } from '../timeline.ts';
import './idl-event-marks.ts';

/** A dated milestone of the record (the "model vs record" panel) marked under the scrubber. */
export interface MilestoneMark {
  /** the calendar year the target's figure reads (the state at its start) */
  year: number;
  label: Bilingual;
}

/** Space kept between a milestone's year and the texts beside it (px). */
const MARK_LABEL_GAP_PX = 6;
/** The properties that change what the scrubber's axis writes, or where (the ticks and years under it). */
const AXIS_TEXT_PROPS: readonly PropertyKey[] = ['milestones', 'startYear', 'totalTicks', 'dt', 'done'];

/**
 * Speeds offered, in simulated years per second of wall time: from one simulated month per second
 * (a class can watch each step of a spread) up to ten years per second. Below a year per second the
 * list writes months per second (1, 3, 6 mo/s).
 */
export const SPEEDS: readonly number[] = [1 / 12, 0.25, 0.5, 1, 2, 5, 10];
/** The speed a run starts at (years per second): a 60-year preset plays in half a minute. */
export const DEFAULT_SPEED = 2;

/** A speed in words: months per second below a year per second, otherwise years per second. */
export function speedText(yearsPerSecond: number): string {
  return yearsPerSecond < 1
    ? t('transport.speedMonths', { v: formatNumber(yearsPerSecond * 12, 0) })
    : t('transport.speedValue', { v: formatNumber(yearsPerSecond, 1) });
}

/**
 * Transport controls: a large play/pause, step one tick, speed, reset, "pause at each milestone", and
 * the year scrubber with the record's milestones ticked under it and the scenario's events as a
 * labelled timeline below (idl-event-marks.ts). Holds no simulation state: it shows its properties and
 * announces intentions as events (`idl-play`, `idl-pause`, `idl-step`, `idl-step-back`, `idl-reset`,
 * `idl-seek` {tick}, `idl-speed` {speed}, `idl-milestone-pause` {on}); the app acts on them.
 */
export class IdlTransport extends LitElement {
  static override styles = [
    baseStyles,
    css`
      :host { display: block; }
      .bar { display: flex; align-items: center; gap: 0.5rem; flex-wrap: wrap; }
      .play { min-width: 7em; min-height: 52px; font-size: 1.2em; font-weight: 700; background: var(--idl-accent, #0b5cad); color: var(--idl-on-accent, #fff); border-color: var(--idl-accent, #0b5cad); }
      .play:hover:not(:disabled) { background: var(--idl-accent-hover, #094a8c); }
      .time { font-variant-numeric: tabular-nums; font-size: 1.5em; font-weight: 700; min-width: 6.5em; }
      /* the symbol is drawn, not written, so the button is named by its word alone: a triangle, or two bars */
      .play::before {
        content: ''; display: inline-block; width: 0.75em; height: 0.85em; margin-right: 0.45em; vertical-align: -0.05em;
        background: currentColor; clip-path: polygon(0 0, 100% 50%, 0 100%);
      }
      .play[aria-pressed='true']::before { background: none; clip-path: none; border-left: 0.26em solid currentColor; border-right: 0.26em solid currentColor; }
      label.speed, label.stops { display: inline-flex; align-items: center; gap: 0.35rem; }
      label.stops { min-height: 44px; cursor: pointer; }
      label.stops input { width: 1.2em; height: 1.2em; margin: 0; accent-color: var(--idl-accent, #0b5cad); }
      /* the scrubber has a row of its own: the whole width for scrubbing and for the milestones' labels */
      .scrub { position: relative; flex: 1 1 100%; min-width: 14rem; }
      input[type='range'] { width: 100%; margin: 0; height: 44px; accent-color: var(--idl-accent, #0b5cad); cursor: pointer; }
      .ends { position: relative; display: flex; justify-content: space-between; font-size: 0.8em; color: var(--idl-muted, #444); }
      /* milestone ticks share the row of the end years (no extra height: the map below never moves) */
      .milestone { position: absolute; top: 0; transform: translateX(-50%); line-height: inherit; white-space: nowrap; }
      .milestone.crowded { visibility: hidden; }
      .milestone.crowded::before { visibility: visible; }
      /* the tick itself stands in the empty band between the slider's track and the years */
      .milestone::before { content: ''; position: absolute; bottom: 100%; left: 50%; width: 2px; height: 0.5em; margin-left: -1px; background: var(--idl-fg, #1a1a1a); }
    `,
  ];

  static override properties = {
    tick: { type: Number },
    totalTicks: { type: Number },
    startYear: { type: Number },
    dt: { type: Number },
    playing: { type: Boolean },
    done: { type: Boolean },
    speed: { type: Number },
    events: { attribute: false },
    milestones: { attribute: false },
    pauseAtMilestones: { type: Boolean },
    disabled: { type: Boolean },
  };

  declare tick: number;
  declare totalTicks: number;
  declare startYear: number;
  declare dt: number;
  declare playing: boolean;
  declare done: boolean;
  declare speed: number;
  declare events: readonly TimelineEvent[];
  /** the running preset's dated milestones of the record (none: no marks) */
  declare milestones: readonly MilestoneMark[];
  /** play pauses at each of the scenario's dated events (the checkbox) */
  declare pauseAtMilestones: boolean;
  declare disabled: boolean;

  constructor() {
    super();
    this.tick = 0;
    this.totalTicks = 0;
    this.startYear = 0;
    this.dt = 1 / 12;
    this.playing = false;
    this.done = false;
    this.speed = DEFAULT_SPEED;
    this.events = [];
    this.milestones = [];
    this.pauseAtMilestones = false;
    this.disabled = false;
  }

  /** Puts the focus on Play (the app does so when a run opens, paused, so Enter or Space starts it). */
  async focusPlay(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLButtonElement>('button.play')?.focus({ preventScroll: true });
  }

  private readonly locale = new LocaleController(this);
  /**
   * Where the user moved the scrubber, until the run gets there: keyboard or drag input arrives
   * faster than seeks are answered, and showing each older answer would pull the thumb back under
   * the user's hand (each key press would then start from a stale value).
   */
  private scrubTarget: number | null = null;
  private scrubTimer: ReturnType<typeof setTimeout> | undefined;

  override willUpdate(): void {
    if (this.scrubTarget !== null && (this.tick === this.scrubTarget || this.playing)) this.scrubTarget = null;
  }

  override render() {
    const time = yearOfTick(this.tick, this.startYear, this.dt);
    const endYear = yearOfTick(this.totalTicks, this.startYear, this.dt);
    const thumb = 16; // px: Chromium's default range thumb; ticks line up with the thumb's centre
    return html`
      <div class="bar">
        <button
          class="play"
          ?disabled=${this.disabled || (this.done && !this.playing)}
          aria-pressed=${this.playing ? 'true' : 'false'}
          @click=${this.onPlay}
        >
          ${this.playing ? t('transport.pause') : t('transport.play')}
        </button>
        <button class="back" ?disabled=${this.disabled || this.playing || this.tick <= 0} @click=${this.onStepBack}>${t('transport.stepBack')}</button>
        <button class="step" ?disabled=${this.disabled || this.playing || this.done} @click=${this.onStep}>${t('transport.step')}</button>
        <button class="reset" ?disabled=${this.disabled} @click=${this.onReset}>${t('transport.reset')}</button>
        <label class="speed">
          ${t('transport.speed')}
          <select ?disabled=${this.disabled} @change=${this.onSpeed} aria-label=${t('transport.speed')}>
            ${SPEEDS.map((s) => html`<option value=${s} ?selected=${s === this.speed}>${speedText(s)}</option>`)}
          </select>
        </label>
        <label class="stops">
          <input type="checkbox" .checked=${this.pauseAtMilestones} ?disabled=${this.disabled} @change=${this.onMilestonePause} />
          ${t('transport.pauseAtMilestones')}
        </label>
        <output class="time" aria-live="off" title=${t('transport.tickOf', { tick: this.tick, total: this.totalTicks })}
          >${formatYearMonth(time)}</output
        >
        <div class="scrub">
          <input
            type="range"
            min="0"
            max=${this.totalTicks}
            step="1"
            .value=${String(this.scrubTarget ?? this.tick)}
            ?disabled=${this.disabled}
            aria-label=${t('transport.scrubber')}
            aria-valuetext=${formatYearMonth(yearOfTick(this.scrubTarget ?? this.tick, this.startYear, this.dt))}
            @input=${this.onScrub}
          />
          <div class="ends">
            <span>${formatYear(this.startYear)}</span>${this.done ? html`<span>${t('transport.done')}</span>` : nothing}<span>${formatYear(endYear)}</span>
            ${this.renderMilestones(thumb)}
          </div>
          <idl-event-marks .events=${this.events} .totalTicks=${this.totalTicks} .startYear=${this.startYear} .dt=${this.dt} ?disabled=${this.disabled}></idl-event-marks>
        </div>
      </div>
    `;
  }

  /**
   * A thin tick under the scrubber at each milestone's year, with the year under it where it has
   * room (unclutter()); decorative for screen readers (the panel lists the milestones), named in its tooltip.
   */
  private renderMilestones(thumb: number) {
    const span = this.totalTicks * this.dt;
    if (!(span > 0) || this.milestones.length === 0) return nothing;
    const marks = [...this.milestones]
      .map((m) => ({ m, f: (m.year - this.startYear) / span }))
      .filter(({ f }) => f >= 0 && f <= 1)
      .sort((a, b) => a.f - b.f);
    return marks.map(
      ({ m, f }) =>
        html`<span
          class="milestone"
          aria-hidden="true"
          title=${t('milestones.mark', { label: pick(m.label) })}
          style=${cssProps({ left: `calc(${thumb / 2}px + (100% - ${thumb}px) * ${f})` })}
          >${formatYear(m.year)}</span
        >`,
    );
  }

  override updated(changed: Map<PropertyKey, unknown>): void {
    // measured again only when what the axis writes may have moved: not on each tick of a playing run
    // (a forced layout per frame); a bare requestUpdate (the language changed) may have resized the years
    if (changed.size === 0 || AXIS_TEXT_PROPS.some((p) => changed.has(p))) this.unclutter();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.endsObserver?.disconnect();
    this.endsObserver = undefined;
  }

  private endsObserver: ResizeObserver | undefined;

  /**
   * Milestone years are laid out in the browser's font and the axis's width, so which ones fit is
   * measured: in time order, a year that would touch the end years, "end of the run" or the last
   * year written is hidden (its tick stays). Again whenever the axis is resized.
   */
  private unclutter() {
    const ends = this.renderRoot.querySelector<HTMLElement>('.ends');
    if (!ends) return;
    if (!this.endsObserver) {
      this.endsObserver = new ResizeObserver(() => this.unclutter());
      this.endsObserver.observe(ends);
    }
    const texts = [...ends.querySelectorAll(':scope > span:not(.milestone)')].map((e) => e.getBoundingClientRect());
    const clash = (a: DOMRect, b: DOMRect) => a.left < b.right + MARK_LABEL_GAP_PX && b.left < a.right + MARK_LABEL_GAP_PX;
    let last: DOMRect | null = null;
    for (const mark of ends.querySelectorAll<HTMLElement>('.milestone')) {
      const r = mark.getBoundingClientRect();
      const crowded = texts.some((x) => clash(r, x)) || (last !== null && clash(r, last));
      mark.classList.toggle('crowded', crowded);
      if (!crowded) last = r;
    }
  }

  private onPlay = () => this.emit(this.playing ? 'idl-pause' : 'idl-play');
  private onStep = () => this.emit('idl-step');
  private onStepBack = () => this.emit('idl-step-back');
  private onReset = () => this.emit('idl-reset');
  private onSpeed = (e: Event) => this.emit('idl-speed', { speed: Number((e.target as HTMLSelectElement).value) });
  private onMilestonePause = (e: Event) => this.emit('idl-milestone-pause', { on: (e.target as HTMLInputElement).checked });
  private onScrub = (e: Event) => {
    const tick = Number((e.target as HTMLInputElement).value);
    this.scrubTarget = tick;
    // a seek that never lands (an error) must not freeze the thumb: give the run's tick back after 3 s
    clearTimeout(this.scrubTimer);
    this.scrubTimer = setTimeout(() => {
      this.scrubTarget = null;
      this.requestUpdate();
    }, 3000);
    this.seek(tick);
  };

  private seek(tick: number) {
    this.emit('idl-seek', { tick });
  }

  private emit(type: string, detail?: unknown) {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }
}

customElements.define('idl-transport', IdlTransport);

declare global {
  interface HTMLElementTagNameMap {
    'idl-transport': IdlTransport;
  }
}
