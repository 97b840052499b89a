import { LitElement, css, html, nothing } from 'lit';
import type { MilestoneValue } from '../../service/types.ts';
import type { RecordedTarget, ValidationRecord } from '../../service/milestones/ValidationRecord.ts';
import { LocaleController } from '../controllers/LocaleController.ts';
import { formatInteger, formatNumber, formatYearMonth, pick, t } from '../i18n/i18n.ts';
import { baseStyles } from '../styles.ts';
import { loadValidationRecord } from './loadValidationRecord.ts';
import { inBand } from '../../service/milestones/band.ts';
import type { MilestoneMark } from '../controls/idl-transport.ts';

/**
 * "Model vs record": for a preset with dated milestones of its case, each target with the record it
 * rests on, the preset's median and 80 % interval over the validation's seeds with pass or fail (word
 * and icon), and the current run's own figure, read against the same target, once the run has
 * reached the date that fixes it (measured in the service). Hidden for a preset without targets and for an imported scenario. Collapsible;
 * it sits below the charts, so opening it never moves the map. Announces the dated targets as
 * `idl-milestone-marks` {marks} whenever they change, for the scrubber's ticks.
 */
export class IdlMilestones extends LitElement {
  static override styles = [
    baseStyles,
    css`
      :host { display: block; }
      :host([hidden]) { display: none; }
      details { border: var(--idl-border-width, 1px) solid var(--idl-rule, #d4dde6); border-radius: 8px; background: var(--idl-surface, #fff); padding: 0.3rem 0.7rem; }
      summary { cursor: pointer; font-weight: 700; min-height: 44px; display: flex; align-items: center; gap: 0.4em; list-style: none; }
      summary::-webkit-details-marker { display: none; }
      /* the disclosure triangle (display: flex hides the native marker) */
      summary::before { content: '▸'; display: inline-block; width: 1em; }
      details[open] > summary::before { content: '▾'; }
      .intro { margin: 0 0 0.4rem; font-size: 0.8em; color: var(--idl-muted, #444); }
      .changed { margin: 0 0 0.4rem; font-size: 0.8em; color: var(--idl-note, #8a4b00); }
      ul { list-style: none; margin: 0; padding: 0; display: grid; gap: 0.5rem; }
      li { border-top: 1px solid var(--idl-rule, #d4dde6); padding-top: 0.4rem; font-size: 0.85em; }
      .label { font-weight: 600; }
      /* the verdicts in body text colour, after the muted figures they judge */
      .verdict, .run-verdict { white-space: nowrap; font-weight: 700; color: var(--idl-fg, #1a1a1a); margin-left: 0.3em; }
      .icon { display: inline-block; width: 1.2em; text-align: center; }
      .pass .icon { color: var(--idl-accent, #0b5cad); }
      .fail .icon { color: var(--idl-error, #a8321e); }
      p { margin: 0.1rem 0 0; }
      .record, .model { color: var(--idl-muted, #444); }
      .run { font-weight: 600; font-variant-numeric: tabular-nums; }
      .run.pending { font-weight: 400; color: var(--idl-muted, #444); }
    `,
  ];

  static override properties = {
    dataBaseUrl: { type: String },
    presetId: { type: String },
    values: { attribute: false },
    changed: { type: Boolean },
    record: { attribute: false },
  };

  /** the app's public root: the validation record is read from there (tests may set `record` instead) */
  declare dataBaseUrl: string;
  /** the running preset; null for an imported scenario (no targets) */
  declare presetId: string | null;
  /** the current run's figures the service has measured so far (Frame.milestones) */
  declare values: readonly MilestoneValue[] | null;
  /** the run's levers or assumptions differ from the preset's */
  declare changed: boolean;
  /** the validation record (loaded from `dataBaseUrl`) */
  declare record: ValidationRecord | null;

  private readonly locale = new LocaleController(this);
  private requested = '';
  private announced: readonly RecordedTarget[] | null = null;

  constructor() {
    super();
    this.dataBaseUrl = '';
    this.presetId = null;
    this.values = null;
    this.changed = false;
    this.record = null;
  }

  /** The targets of the running preset (none: hidden). */
  get targets(): readonly RecordedTarget[] {
    return (this.presetId && this.record?.presets[this.presetId]) || [];
  }

  override willUpdate(): void {
    if (this.dataBaseUrl && this.dataBaseUrl !== this.requested) {
      this.requested = this.dataBaseUrl;
      void loadValidationRecord(this.dataBaseUrl).then((record) => {
        if (record) this.record = record;
      });
    }
    this.hidden = this.targets.length === 0;
  }

  override updated(): void {
    const targets = this.targets;
    if (targets === this.announced || (targets.length === 0 && this.announced?.length === 0)) return;
    this.announced = targets;
    const marks: MilestoneMark[] = targets.flatMap((x) => (x.year === null ? [] : [{ year: x.year, label: x.label }]));
    this.dispatchEvent(new CustomEvent('idl-milestone-marks', { detail: { marks }, bubbles: true, composed: true }));
  }

  override render() {
    const targets = this.targets;
    if (targets.length === 0) return nothing;
    return html`<details>
      <summary>${t('milestones.title')}</summary>
      <p class="intro">${t('milestones.intro', { seeds: formatInteger(this.record!.seeds) })}</p>
      ${this.changed ? html`<p class="changed">${t('milestones.changed')}</p>` : nothing}
      <ul>
        ${targets.map((target) => this.renderTarget(target))}
      </ul>
    </details>`;
  }

  /** Pass or fail in words, with an icon (never colour alone). */
  private renderVerdict(pass: boolean, kind: 'verdict' | 'run-verdict') {
    return html`<span class="${kind} ${pass ? 'pass' : 'fail'}"
      ><span class="icon" aria-hidden="true">${pass ? '✓' : '✗'}</span>${t(pass ? 'milestones.pass' : 'milestones.fail')}</span
    >`;
  }

  private renderTarget(target: RecordedTarget) {
    const fmt = (x: number | null) => (x === null ? '—' : formatNumber(x, target.digits));
    const run = this.values?.find((v) => v.id === target.id);
    return html`<li data-target=${target.id}>
      <p class="label">${pick(target.label)}</p>
      <p class="record">${t('milestones.target', { target: target.target })} · ${t('milestones.record', { record: pick(target.record) })}</p>
      <p class="model">
        ${t(target.wholeInterval ? 'milestones.model' : 'milestones.modelPartly', { median: fmt(target.median), lo: fmt(target.p10), hi: fmt(target.p90) })}
        ${this.renderVerdict(target.pass, 'verdict')}
      </p>
      ${run
        ? html`<p class="run">
            ${t('milestones.thisRun', { value: run.value === null ? t('milestones.undefined') : fmt(run.value) })}
            ${run.value === null ? nothing : this.renderVerdict(inBand(run.value, target.band), 'run-verdict')}
          </p>`
        : html`<p class="run pending">
            ${target.year === null ? t('milestones.pendingEnd') : t('milestones.pendingYear', { date: formatYearMonth(target.year) })}
          </p>`}
    </li>`;
  }
}

customElements.define('idl-milestones', IdlMilestones);

declare global {
  interface HTMLElementTagNameMap {
    'idl-milestones': IdlMilestones;
  }
}
