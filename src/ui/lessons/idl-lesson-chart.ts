import { LitElement, css, html, nothing, svg } from 'lit';
import { LocaleController } from '../controllers/LocaleController.ts';
import { WidthController } from '../controllers/WidthController.ts';
import { formatInteger, formatPercent, formatYear, t } from '../i18n/i18n.ts';
import { baseStyles } from '../styles.ts';
import { curvePoints } from './lessonLink.ts';
import { curveBands, type CurveBands } from './curveBands.ts';
import type { LessonOutcome } from './lessonOutcome.ts';
import type { CurveSeries } from '../../model/lessons/lessonSchema.ts';

/** A keyboard step of the predicted share (5 points), and Page Up / Page Down's (20 points). */
const STEP = 0.05;
const PAGE = 0.2;
const MARGIN = { top: 10, right: 30, bottom: 30, left: 46 };
const HEIGHT = 240;

/**
 * The lesson's adoption chart: the student draws the expected curve on it (drag with mouse, pen or
 * finger; or the keyboard: ← → choose a year, ↑ ↓ change it, Page Up / Page Down faster, Home / End
 * to 0 % / 100 %), and after the run it shows the outcome under the prediction — the run's line, or
 * an ensemble's median with its 10–90 % band. Fires `idl-curve-change` with the new values.
 */
export class IdlLessonChart extends LitElement {
  static override styles = [
    baseStyles,
    css`
      :host { display: block; }
      svg { display: block; width: 100%; height: auto; touch-action: none; font-size: var(--idl-chart-font-size, 13px); }
      svg.editable { cursor: crosshair; }
      svg:focus-visible { outline: 3px solid var(--idl-focus, #0b5cad); outline-offset: 2px; }
      text { fill: var(--idl-text, #1a1a1a); font-family: inherit; }
      .grid { stroke: var(--idl-rule, #d4dde6); }
      .axis { stroke: var(--idl-muted, #444); }
      .you { fill: none; stroke: var(--idl-accent, #0b5cad); stroke-width: 3; }
      .you-point { fill: var(--idl-surface, #fff); stroke: var(--idl-accent, #0b5cad); stroke-width: 2; }
      .you-year { stroke: var(--idl-accent, #0b5cad); stroke-width: 3; }
      .half { stroke: var(--idl-muted, #444); stroke-dasharray: 2 3; }
      .you-point.selected { fill: var(--idl-accent, #0b5cad); }
      .band { fill: #e08a2c; fill-opacity: 0.3; }
      .outcome { fill: none; stroke: #b35806; stroke-width: 2.5; stroke-dasharray: 6 3; }
      ul { list-style: none; display: flex; flex-wrap: wrap; gap: 0.2rem 0.9rem; margin: 0.2rem 0 0; padding: 0; font-size: 0.85em; }
      li { display: inline-flex; align-items: center; gap: 0.3rem; }
      .key { display: inline-block; width: 1.4em; height: 0; border-top: 3px solid var(--idl-accent, #0b5cad); }
      .key.outcome { border-top: 3px dashed #b35806; }
      .key.band { height: 0.8em; border: none; background: rgba(224, 138, 44, 0.3); }
    `,
  ];

  static override properties = {
    startYear: { type: Number },
    years: { type: Number },
    everyYears: { type: Number },
    series: { type: String },
    values: { attribute: false },
    editable: { type: Boolean },
    outcome: { attribute: false },
    markYear: { type: Number },
    selected: { state: true },
  };

  declare startYear: number;
  /** the run's length in years */
  declare years: number;
  declare everyYears: number;
  declare series: CurveSeries;
  /** predicted shares (0–1) at years 0, everyYears, …; null: nothing drawn yet */
  declare values: readonly number[] | null;
  declare editable: boolean;
  declare outcome: LessonOutcome | null;
  /** a predicted year (calendar), drawn as a vertical line with the 50 % line it is about; null: none */
  declare markYear: number | null;
  /** the point the keyboard moves */
  declare selected: number;

  private readonly locale = new LocaleController(this);
  private readonly size = new WidthController(this, 520);
  private dragging = false;

  constructor() {
    super();
    this.startYear = 0;
    this.years = 10;
    this.everyYears = 1;
    this.series = 'ever';
    this.values = null;
    this.editable = false;
    this.outcome = null;
    this.markYear = null;
    this.selected = 0;
  }

  private get points(): number {
    return curvePoints(this.everyYears, this.years);
  }

  private x(yearsFromStart: number): number {
    return MARGIN.left + (yearsFromStart / this.years) * (this.size.width - MARGIN.left - MARGIN.right);
  }

  private y(share: number): number {
    return MARGIN.top + (1 - share) * (HEIGHT - MARGIN.top - MARGIN.bottom);
  }

  override render() {
    const width = this.size.width;
    const seriesText = t(this.series === 'ever' ? 'lesson.series.ever' : 'lesson.series.active');
    const values = this.values;
    const selected = Math.min(this.selected, this.points - 1);
    const bands = this.outcome ? curveBands(this.outcome, this.series) : null;
    const valueText = values ? t('lesson.curveValue', { year: formatYear(this.startYear + selected * this.everyYears), value: formatPercent(values[selected]!, 0) }) : '';
    return html`
      <svg
        class=${this.editable ? 'editable' : ''}
        viewBox="0 0 ${width} ${HEIGHT}"
        role=${this.editable ? 'slider' : 'img'}
        tabindex=${this.editable ? '0' : nothing}
        aria-label=${this.editable ? t('lesson.curveSlider', { series: seriesText }) : t('lesson.chart.label', { series: seriesText })}
        aria-valuemin=${this.editable ? 0 : nothing}
        aria-valuemax=${this.editable ? 100 : nothing}
        aria-valuenow=${this.editable && values ? Math.round(values[selected]! * 100) : nothing}
        aria-valuetext=${this.editable && values ? valueText : nothing}
        @keydown=${this.onKey}
        @pointerdown=${this.onPointerDown}
        @pointermove=${this.onPointerMove}
        @pointerup=${this.onPointerUp}
        @pointercancel=${this.onPointerUp}
      >
        ${this.renderAxes()} ${bands ? this.renderOutcome(bands) : nothing} ${values ? this.renderPrediction(values, selected) : nothing}
        ${this.markYear !== null ? this.renderYear(this.markYear) : nothing}
      </svg>
      <ul>
        <li><span class="key"></span>${this.markYear !== null ? t('lesson.chart.youYear') : t('lesson.chart.you')}</li>
        ${bands && bands.runs > 1
          ? html`<li><span class="key outcome"></span>${t('lesson.chart.median', { runs: formatInteger(bands.runs) })}</li>
              <li><span class="key band"></span>${t('lesson.chart.band')}</li>`
          : bands
            ? html`<li><span class="key outcome"></span>${t('lesson.chart.run')}</li>`
            : nothing}
      </ul>
    `;
  }

  private renderAxes() {
    const ticks = [0, 0.25, 0.5, 0.75, 1];
    const step = Math.max(1, Math.ceil(this.points / 8)) * this.everyYears;
    const years: number[] = [];
    for (let y = 0; y <= this.years + 1e-9; y += step) years.push(y);
    return svg`
      ${ticks.map(
        (s) => svg`<line class="grid" x1=${MARGIN.left} x2=${this.size.width - MARGIN.right} y1=${this.y(s)} y2=${this.y(s)}></line>
          <text x=${MARGIN.left - 6} y=${this.y(s) + 4} text-anchor="end">${formatPercent(s, 0)}</text>`,
      )}
      <line class="axis" x1=${MARGIN.left} x2=${this.size.width - MARGIN.right} y1=${this.y(0)} y2=${this.y(0)}></line>
      ${years.map((y) => svg`<text x=${this.x(y)} y=${HEIGHT - 10} text-anchor="middle">${formatYear(this.startYear + y)}</text>`)}
    `;
  }

  private renderOutcome(b: CurveBands) {
    const points = (ys: ArrayLike<number>) => b.at.map((yr, i) => `${this.x(yr)},${this.y(ys[i]!)}`);
    // the band: along the 90th percentile, back along the 10th
    const band = b.runs > 1 ? svg`<polygon class="band" points=${[...points(b.p90), ...points(b.p10).reverse()].join(' ')}></polygon>` : nothing;
    return svg`${band}<polyline class="outcome" points=${points(b.median).join(' ')}></polyline>`;
  }

  private renderPrediction(values: readonly number[], selected: number) {
    const at = (j: number) => [this.x(j * this.everyYears), this.y(values[j]!)] as const;
    return svg`<polyline class="you" points=${values.map((_, j) => at(j).join(',')).join(' ')}></polyline>
      ${values.map((_, j) => svg`<circle class="you-point ${this.editable && j === selected ? 'selected' : ''}" cx=${at(j)[0]} cy=${at(j)[1]} r=${this.editable && j === selected ? 6 : 4}></circle>`)}`;
  }

  /** The predicted year: a vertical line across the plot, and the 50 % level it predicts. */
  private renderYear(year: number) {
    const x = this.x(year - this.startYear);
    return svg`<line class="half" x1=${MARGIN.left} x2=${this.size.width - MARGIN.right} y1=${this.y(0.5)} y2=${this.y(0.5)}></line>
      <line class="you-year" x1=${x} x2=${x} y1=${this.y(1)} y2=${this.y(0)}></line>`;
  }

  /** Sets point j to a share (rounded to whole percents, kept in 0–1) and tells the lesson. */
  private set(j: number, share: number) {
    const values = this.values ? [...this.values] : new Array<number>(this.points).fill(0);
    values[j] = Math.round(Math.min(1, Math.max(0, share)) * 100) / 100;
    this.values = values;
    this.selected = j;
    this.dispatchEvent(new CustomEvent('idl-curve-change', { detail: { values }, bubbles: true, composed: true }));
  }

  private onKey = (e: KeyboardEvent) => {
    if (!this.editable) return;
    const j = Math.min(this.selected, this.points - 1);
    const now = this.values?.[j] ?? 0;
    const moves: Partial<Record<string, () => void>> = {
      ArrowLeft: () => (this.selected = Math.max(0, j - 1)),
      ArrowRight: () => (this.selected = Math.min(this.points - 1, j + 1)),
      ArrowUp: () => this.set(j, now + STEP),
      ArrowDown: () => this.set(j, now - STEP),
      PageUp: () => this.set(j, now + PAGE),
      PageDown: () => this.set(j, now - PAGE),
      Home: () => this.set(j, 0),
      End: () => this.set(j, 1),
    };
    const move = moves[e.key];
    // the app's shortcuts (← → step the run, Space plays) must not act while a student draws: that would show the answer
    if (move || e.key === ' ') {
      e.preventDefault();
      e.stopPropagation();
    }
    move?.();
  };

  /** The point and share under a pointer (client coordinates → the SVG's own). */
  private pick(e: PointerEvent): [number, number] {
    const el = e.currentTarget as SVGSVGElement;
    const box = el.getBoundingClientRect();
    const scale = this.size.width / box.width;
    const px = (e.clientX - box.left) * scale;
    const py = (e.clientY - box.top) * scale;
    const yearsFromStart = ((px - MARGIN.left) / (this.size.width - MARGIN.left - MARGIN.right)) * this.years;
    const j = Math.min(this.points - 1, Math.max(0, Math.round(yearsFromStart / this.everyYears)));
    return [j, 1 - (py - MARGIN.top) / (HEIGHT - MARGIN.top - MARGIN.bottom)];
  }

  private onPointerDown = (e: PointerEvent) => {
    if (!this.editable) return;
    this.dragging = true;
    (e.currentTarget as Element).setPointerCapture?.(e.pointerId);
    this.set(...this.pick(e));
  };

  private onPointerMove = (e: PointerEvent) => {
    if (this.dragging) this.set(...this.pick(e));
  };

  private onPointerUp = () => {
    this.dragging = false;
  };
}

customElements.define('idl-lesson-chart', IdlLessonChart);

declare global {
  interface HTMLElementTagNameMap {
    'idl-lesson-chart': IdlLessonChart;
  }
}
