import { LitElement, css, html, nothing } from 'lit';
import type { NumericDef } from '../../model/params/def.ts';
import { findParamDef } from '../../model/params/schema.ts';
import type { PresetInfo } from '../../service/types.ts';
import { defaultFactor, numericParameters, type PanelChoice } from '../../sweep/browser/index.ts';
import type { DesignType } from '../../sweep/types.ts';
import { LocaleController } from '../controllers/LocaleController.ts';
import { pick, t } from '../i18n/i18n.ts';
import { plausibleText } from '../levers/paramFormat.ts';
import { baseStyles } from '../styles.ts';
import { DEFAULT_SIZE, PANEL_DESIGNS } from './sweepChoice.ts';
import { factorLabel } from './metricLabels.ts';

/**
 * The sweep's choices as a form: base preset, one or two factors from the parameter table with their
 * range (the plausible range by default), the design and its size, replicates, seed and years. It
 * shows the `choice` it is given and announces every committed change as `idl-sweep-choice`
 * {choice} (number fields on change, not on each keystroke).
 */
export class IdlSweepForm extends LitElement {
  static override styles = [
    baseStyles,
    css`
      :host { display: block; }
      .fields { display: flex; flex-wrap: wrap; gap: 0.5rem 1rem; align-items: start; }
      fieldset { border: 1px solid var(--idl-rule, #d4dde6); border-radius: 6px; margin: 0; padding: 0.2rem 0.6rem 0.5rem; display: grid; grid-auto-flow: column; gap: 0.3rem 0.6rem; align-items: end; }
      fieldset.factor { grid-template-columns: auto auto auto; grid-auto-flow: row; }
      legend { font-weight: 700; font-size: 0.85em; padding: 0 0.3rem; }
      label { display: flex; flex-direction: column; font-size: 0.8em; gap: 0.1rem; }
      select { font-size: 1rem; max-width: 19rem; }
      select.preset { max-width: 24rem; }
      input { width: 6em; min-height: 44px; padding: 0 0.4em; font-size: 1rem; font-variant-numeric: tabular-nums; border: var(--idl-border-width, 1px) solid var(--idl-control-border, #767676); background: var(--idl-surface, #fff); border-radius: 6px; }
      .hint { grid-column: 1 / -1; font-size: 0.75em; color: var(--idl-muted, #444); margin: 0; }
      /* a phone: the fields stack in two columns instead of one long row (no sideways scrolling) */
      @media (max-width: 600px) {
        .fields > * { min-width: 0; max-width: 100%; }
        fieldset, fieldset.factor { grid-auto-flow: row; grid-template-columns: repeat(2, minmax(0, 1fr)); }
        select, select.preset, input { max-width: 100%; }
      }
    `,
  ];

  static override properties = {
    choice: { attribute: false },
    presets: { attribute: false },
    presetYears: { attribute: false },
    disabled: { type: Boolean },
  };

  declare choice: PanelChoice;
  declare presets: readonly PresetInfo[];
  /** the preset's own years (the years field's placeholder) */
  declare presetYears: number | null;
  declare disabled: boolean;

  private readonly locale = new LocaleController(this);

  constructor() {
    super();
    this.presets = [];
    this.presetYears = null;
    this.disabled = false;
  }

  override render() {
    const c = this.choice;
    if (!c) return nothing;
    const presets = this.presets.some((p) => p.id === c.presetId) ? this.presets : [{ id: c.presetId, title: { en: c.presetId, zh: c.presetId } }, ...this.presets];
    return html`<div class="fields">
      <label>
        <span>${t('sweep.base')}</span>
        <select class="preset" ?disabled=${this.disabled} @change=${(e: Event) => this.commit({ presetId: value(e) })}>
          ${presets.map((p) => html`<option value=${p.id} ?selected=${p.id === c.presetId}>${pick(p.title)}</option>`)}
        </select>
      </label>
      <fieldset class="design">
        <legend>${t('sweep.design')}</legend>
        <label>
          <span>${t('sweep.designType')}</span>
          <select class="design-type" ?disabled=${this.disabled} @change=${this.onDesign}>
            ${PANEL_DESIGNS.map((d) => html`<option value=${d} ?selected=${d === c.design}>${t(`sweep.design.${d}`)}</option>`)}
          </select>
        </label>
        <label>
          <span>${t(`sweep.size.${c.design}`)}</span>
          <input class="size" type="number" min="1" step="1" .value=${String(c.size)} ?disabled=${this.disabled} @change=${(e: Event) => this.commit({ size: num(e) })} />
        </label>
        <label>
          <span>${t('sweep.replicates')}</span>
          <input class="replicates" type="number" min="1" step="1" .value=${String(c.replicates)} ?disabled=${this.disabled} @change=${(e: Event) => this.commit({ replicates: num(e) })} />
        </label>
      </fieldset>
      <fieldset class="run">
        <legend>${t('sweep.runs')}</legend>
        <label>
          <span>${t('levers.seed')}</span>
          <input class="seed" type="number" min="0" step="1" .value=${String(c.seed)} ?disabled=${this.disabled} @change=${(e: Event) => this.commit({ seed: num(e) })} />
        </label>
        <label>
          <span>${t('sweep.years')}</span>
          <input
            class="years"
            type="number"
            min="0"
            step="any"
            .value=${c.years === null ? '' : String(c.years)}
            placeholder=${this.presetYears === null ? '' : String(this.presetYears)}
            ?disabled=${this.disabled}
            @change=${(e: Event) => this.commit({ years: value(e).trim() === '' ? null : num(e) })}
          />
        </label>
      </fieldset>
      ${this.renderFactor(0)} ${this.renderFactor(1)}
    </div>`;
  }

  private renderFactor(j: number) {
    const factor = this.choice.factors[j];
    const def = factor ? (findParamDef(factor.key) as NumericDef | undefined) : undefined;
    const params = numericParameters();
    const levers = params.filter((d) => d.kind === 'lever');
    const assumptions = params.filter((d) => d.kind === 'assumption');
    const option = (d: NumericDef) => html`<option value=${d.key} ?selected=${d.key === factor?.key}>${factorLabel(d)}</option>`;
    const [lo, hi] = def ? plausibleText(def) : ['', ''];
    return html`<fieldset class="factor factor-${j + 1}">
      <legend>${t(j === 0 ? 'sweep.factor1' : 'sweep.factor2')}</legend>
      <label>
        <span>${t('sweep.parameter')}</span>
        <select class="param" ?disabled=${this.disabled} @change=${(e: Event) => this.onFactor(j, value(e))}>
          ${j > 0 ? html`<option value="" ?selected=${!factor}>${t('sweep.none')}</option>` : nothing}
          <optgroup label=${t('levers.title')}>${levers.map(option)}</optgroup>
          <optgroup label=${t('sweep.assumptions')}>${assumptions.map(option)}</optgroup>
        </select>
      </label>
      ${factor
        ? html`<label>
              <span>${t('sweep.from')}</span>
              <input class="min" type="number" step="any" .value=${String(factor.min)} ?disabled=${this.disabled} @change=${(e: Event) => this.onBound(j, 'min', num(e))} />
            </label>
            <label>
              <span>${t('sweep.to')}</span>
              <input class="max" type="number" step="any" .value=${String(factor.max)} ?disabled=${this.disabled} @change=${(e: Event) => this.onBound(j, 'max', num(e))} />
            </label>
            ${def ? html`<p class="hint">${t('sweep.plausible', { lo, hi, unit: pick(def.unit) })}</p>` : nothing}`
        : nothing}
    </fieldset>`;
  }

  // ── handlers ──────────────────────────────────────────────────────────────────────────────────

  private onDesign = (e: Event) => {
    const design = value(e) as DesignType;
    this.commit({ design, size: DEFAULT_SIZE[design] });
  };

  private onFactor(j: number, key: string) {
    const factors = [...this.choice.factors];
    if (key === '') factors.splice(j, 1);
    else factors[j] = defaultFactor(key);
    this.commit({ factors });
  }

  private onBound(j: number, bound: 'min' | 'max', x: number) {
    const factors = this.choice.factors.map((f, i) => (i === j ? { ...f, [bound]: x } : f));
    this.commit({ factors });
  }

  private commit(change: Partial<PanelChoice>) {
    this.dispatchEvent(new CustomEvent('idl-sweep-choice', { detail: { choice: { ...this.choice, ...change } }, bubbles: true, composed: true }));
  }
}

function value(e: Event): string {
  return (e.target as HTMLInputElement | HTMLSelectElement).value;
}

/** A number field's value; an empty or unreadable field is NaN, which the sweep schema names. */
function num(e: Event): number {
  const text = value(e).trim();
  return text === '' ? Number.NaN : Number(text);
}

customElements.define('idl-sweep-form', IdlSweepForm);

declare global {
  interface HTMLElementTagNameMap {
    'idl-sweep-form': IdlSweepForm;
  }
}
