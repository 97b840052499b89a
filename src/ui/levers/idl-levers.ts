import { LitElement, css, html, nothing } from 'lit';
import type { NumericDef, ParamDef } from '../../model/params/def.ts';
import { ASSUMPTION_GROUPS, LEVER_GROUPS } from '../../model/params/groups.ts';
import type { Assumptions, Levers } from '../../model/params/keys.ts';
import { ASSUMPTION_DEFS, LEVER_DEFS } from '../../model/params/schema.ts';
import { SCOPED_LEVER_DEFS } from '../../model/params/table/levers.ts';
import type { LeverScopes, Scope } from '../../model/scenario/types.ts';
import { MAX_SEED, parseSeedText } from '../../model/scenario/seedSchema.ts';
import { LocaleController } from '../controllers/LocaleController.ts';
import { pick, t } from '../i18n/i18n.ts';
import { baseStyles } from '../styles.ts';
import { formatParamValue, outsidePlausible, plausibleText, sliderBounds, sliderStep } from './paramFormat.ts';
import './idl-lever-targets.ts';
import type { TargetWorld } from './idl-lever-targets.ts';
import type { NamedSite } from './leverTargets.ts';

/**
 * Detail of `idl-param-change`: one lever or assumption set to a new value — a targeted lever's
 * whole scope or list of named sites, undefined for its default.
 */
export interface ParamChange {
  kind: 'lever' | 'assumption';
  key: string;
  value: number | boolean | string | Scope | NamedSite[] | undefined;
}


/**
 * The levers panel, generated from the parameter table (src/model/params): levers grouped by the four
 * drivers (制度激励, 互动互鉴, 社会支持, 资源保障) with their bilingual help; the assumptions under
 * "advanced"; the targeted levers (where the reward applies, who receives transfers, named sites)
 * in their drivers when the run's places are known (`world`); the seed. It shows the values it is given and announces changes — `idl-param-change`
 * (ParamChange), `idl-seed` {seed}, `idl-params-reset` — on commit (slider release, Enter), so a drag
 * does not restart the run at every pixel.
 */
export class IdlLevers extends LitElement {
  static override styles = [
    baseStyles,
    css`
      :host { display: block; }
      h2 { font-size: 1.15em; margin: 0 0 0.2rem; }
      h3 { font-size: 1em; margin: 0.9rem 0 0.3rem; color: var(--idl-heading, #0b3d6e); border-bottom: 2px solid var(--idl-rule, #d4dde6); }
      p.hint { font-size: 0.8em; color: var(--idl-muted, #444); margin: 0 0 0.4rem; }
      .row { margin: 0.35rem 0 0.6rem; }
      .row label { display: flex; justify-content: space-between; gap: 0.5rem; font-weight: 600; font-size: 0.92em; }
      .value { font-variant-numeric: tabular-nums; font-weight: 400; white-space: nowrap; }
      .help { font-size: 0.75em; color: var(--idl-muted, #444); margin: 0.1rem 0 0; }
      .note { font-size: 0.75em; color: var(--idl-note, #8a4b00); margin: 0.1rem 0 0; }
      input[type='range'] { width: 100%; height: 32px; margin: 0; accent-color: var(--idl-accent, #0b5cad); }
      input[type='checkbox'] { width: 1.4em; height: 1.4em; accent-color: var(--idl-accent, #0b5cad); }
      select { width: 100%; }
      details.assumptions { margin-top: 0.8rem; }
      summary { cursor: pointer; font-weight: 700; min-height: 44px; display: flex; align-items: center; }
      .seed { display: flex; gap: 0.5rem; align-items: center; margin-top: 0.8rem; flex-wrap: wrap; }
      .seed input { width: 9em; min-height: 40px; padding: 0 0.4em; font-variant-numeric: tabular-nums; }
      .error { color: var(--idl-error, #a8321e); font-size: 0.8em; }
      .reset { margin-top: 0.6rem; }
      details.adv { margin: 0.1rem 0 0; font-size: 0.75em; color: var(--idl-muted, #444); }
      details.adv summary { min-height: 32px; font-weight: 400; display: list-item; }
      details.adv p { margin: 0.1rem 0 0.3rem; }
    `,
  ];

  static override properties = {
    levers: { attribute: false },
    params: { attribute: false },
    world: { attribute: false },
    seed: { type: Number },
    disabled: { type: Boolean },
    open: { attribute: false },
    seedError: { state: true },
  };

  declare levers: (Levers & LeverScopes) | null;
  declare params: Assumptions | null;
  /** the run's places, years and innovations, for the targeted levers; null hides them */
  declare world: TargetWorld | null;
  declare seed: number;
  declare disabled: boolean;
  /** a lesson chapter's open levers and assumptions (keys); the others, the seed and Reset are locked; null: all open */
  declare open: ReadonlySet<string> | null;
  declare seedError: string;

  constructor() {
    super();
    this.levers = null;
    this.params = null;
    this.world = null;
    this.seed = 1;
    this.disabled = false;
    this.open = null;
    this.seedError = '';
  }

  private readonly locale = new LocaleController(this);
  /** values being dragged, shown before they are committed */
  private readonly drafts = new Map<string, number>();

  override render() {
    if (!this.levers || !this.params) return nothing;
    const levers = this.levers as unknown as Record<string, unknown>;
    const params = this.params as unknown as Record<string, unknown>;
    return html`
      <h2>${t('levers.title')}</h2>
      <p class="hint">${t('levers.hint')}</p>
      <div class="drivers">
        ${LEVER_GROUPS.map(
          (g) => html`<section aria-label=${pick(g.label)}>
            <h3>${pick(g.label)}</h3>
            ${LEVER_DEFS.filter((d) => d.group === g.id).map((d) => this.renderRow(d, levers[d.key], true))}
            ${this.world
              ? SCOPED_LEVER_DEFS.filter((d) => d.group === g.id).map(
                  (d) => html`<idl-lever-targets .def=${d} .value=${levers[d.key]} .world=${this.world} ?disabled=${this.locked(d.key)}></idl-lever-targets>`,
                )
              : nothing}
          </section>`,
        )}
      </div>
      <div class="seed">
        <label for="seed">${t('levers.seed')}</label>
        <!-- text, not type=number: a number input rounds digits beyond 2⁵³ and steps by doubles -->
        <input
          id="seed"
          type="text"
          inputmode="numeric"
          pattern="[0-9]*"
          autocomplete="off"
          spellcheck="false"
          .value=${String(this.seed)}
          ?disabled=${this.disabled || this.open !== null}
          @change=${this.onSeed}
          aria-invalid=${this.seedError ? 'true' : 'false'}
        />
        ${this.seedError ? html`<span class="error" role="alert">${this.seedError}</span>` : nothing}
      </div>
      <button class="reset" ?disabled=${this.disabled || this.open !== null} @click=${this.onReset}>${t('levers.resetDefaults')}</button>
      <details class="assumptions">
        <summary>${t('levers.advanced')}</summary>
        <p class="hint">${t('levers.advancedHint')}</p>
        ${ASSUMPTION_GROUPS.map(
          (g) => html`<section aria-label=${pick(g.label)}>
            <h3>${pick(g.label)}</h3>
            ${ASSUMPTION_DEFS.filter((d) => d.group === g.id).map((d) => this.renderRow(d, params[d.key], false))}
          </section>`,
        )}
      </details>
    `;
  }

  private renderRow(def: ParamDef, current: unknown, showHelp: boolean) {
    const id = `p-${def.key}`;
    const kind = def.kind;
    const help = pick(def.help);
    const off = this.locked(def.key);
    if (def.type === 'boolean') {
      return html`<div class="row">
        <label for=${id}>
          <span>${pick(def.label)}</span>
          <input id=${id} type="checkbox" .checked=${Boolean(current)} ?disabled=${off} title=${help}
            @change=${(e: Event) => this.commit(kind, def.key, (e.target as HTMLInputElement).checked)} />
        </label>
        ${this.renderHelp(def, showHelp ? help : null)}
      </div>`;
    }
    if (def.type === 'enum') {
      return html`<div class="row">
        <label for=${id}><span>${pick(def.label)}</span></label>
        <select id=${id} ?disabled=${off} title=${help}
          @change=${(e: Event) => this.commit(kind, def.key, (e.target as HTMLSelectElement).value)}>
          ${def.values.map((v) => html`<option value=${v} ?selected=${v === current}>${v}</option>`)}
        </select>
        ${this.renderHelp(def, showHelp ? help : null)}
      </div>`;
    }
    const value = this.drafts.get(def.key) ?? Number(current);
    const [lo, hi] = sliderBounds(def, value);
    const unit = pick(def.unit);
    return html`<div class="row">
      <label for=${id}>
        <span>${pick(def.label)}</span>
        <span class="value">${formatParamValue(def, value)}</span>
      </label>
      <input
        id=${id}
        type="range"
        min=${lo}
        max=${hi}
        step=${sliderStep(def)}
        .value=${String(value)}
        ?disabled=${off}
        title=${help}
        aria-valuetext=${`${formatParamValue(def, value)} ${unit}`}
        @input=${(e: Event) => this.onDrag(def, e)}
        @change=${(e: Event) => this.onCommitNumber(def, e)}
      />
      ${this.renderHelp(def, showHelp ? `${help} (${unit})` : null)}
      ${outsidePlausible(def, value) ? html`<p class="note">${this.plausibleNote(def)}</p>` : nothing}
    </div>`;
  }

  /** A control is locked while the panel is disabled or a lesson chapter leaves its key closed. */
  private locked(key: string): boolean {
    return this.disabled || (this.open !== null && !this.open.has(key));
  }

  /** The plain help (levers), then the symbols and formula behind an "advanced" disclosure (every row). */
  private renderHelp(def: ParamDef, help: string | null) {
    return html`${help === null ? nothing : html`<p class="help">${help}</p>`}
      <details class="adv"><summary>${t('levers.advancedNote')}</summary><p>${pick(def.advanced)}</p></details>`;
  }

  private plausibleNote(def: NumericDef): string {
    const [lo, hi] = plausibleText(def);
    return t('levers.outsidePlausible', { lo, hi });
  }

  private onDrag(def: NumericDef, e: Event) {
    this.drafts.set(def.key, Number((e.target as HTMLInputElement).value));
    this.requestUpdate();
  }

  private onCommitNumber(def: NumericDef, e: Event) {
    this.drafts.delete(def.key);
    let v = Number((e.target as HTMLInputElement).value);
    if (def.type === 'integer') v = Math.round(v);
    this.commit(def.kind, def.key, v);
  }

  private commit(kind: 'lever' | 'assumption', key: string, value: number | boolean | string) {
    const detail: ParamChange = { kind, key, value };
    this.emit('idl-param-change', detail);
  }

  private onSeed = (e: Event) => {
    const input = e.target as HTMLInputElement;
    const text = input.value.trim();
    const seed = parseSeedText(text);
    if (seed === undefined) {
      this.seedError = `${t('levers.seed')}: ${text === '' ? '""' : text} (0–${MAX_SEED})`;
      return;
    }
    this.seedError = '';
    this.emit('idl-seed', { seed });
  };

  private onReset = () => this.emit('idl-params-reset');

  private emit(type: string, detail?: unknown) {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }
}

customElements.define('idl-levers', IdlLevers);

declare global {
  interface HTMLElementTagNameMap {
    'idl-levers': IdlLevers;
  }
}
