import { LitElement, css, html, nothing } from 'lit';
import type { ScopedLeverDef } from '../../model/params/table/levers.ts';
import type { Scope } from '../../model/scenario/types.ts';
import { REGIONS } from '../../model/world.ts';
import type { RunInfo } from '../../service/types.ts';
import { LocaleController } from '../controllers/LocaleController.ts';
import { localityName, pick, t } from '../i18n/i18n.ts';
import { baseStyles } from '../styles.ts';
import type { ParamChange } from './idl-levers.ts';
import {
  hasOtherFields,
  namedSite,
  parseTargetValue,
  scopeTargets,
  targetValue,
  targetedLeverProblem,
  withTarget,
  withoutTarget,
  type NamedSite,
  type Target,
} from './leverTargets.ts';

/** What the editor needs to know of the run: the places to pick from, the years, the innovations. */
export type TargetWorld = Pick<RunInfo, 'worldKind' | 'provinces' | 'regionSizes' | 'startYear' | 'dt' | 'totalTicks' | 'innovations'>;

/**
 * The editor of one targeted lever (src/model/params SCOPED_LEVER_DEFS): the regions and provinces
 * where the reward applies or that receive transfers, or the named demonstration sites with the year
 * they are named. Add a region or province from the picker, remove one with its button. A change is
 * checked with the scenario file's schema and announced as `idl-param-change` with the lever's whole
 * new value (undefined = the lever's default), like any other lever.
 */
export class IdlLeverTargets extends LitElement {
  static override styles = [
    baseStyles,
    css`
      :host { display: block; margin: 0.35rem 0 0.8rem; }
      .name { font-weight: 600; font-size: 0.92em; margin: 0; }
      .help, .none, .other { font-size: 0.75em; color: var(--idl-muted, #444); margin: 0.1rem 0; }
      ul { list-style: none; padding: 0; margin: 0.2rem 0; display: flex; flex-wrap: wrap; gap: 0.3rem; }
      li { display: flex; align-items: center; gap: 0.2rem; font-size: 0.8em; border: var(--idl-border-width, 1px) solid var(--idl-rule, #d4dde6); border-radius: 6px; padding-left: 0.5em; }
      li button { min-height: 32px; min-width: 32px; padding: 0 0.4em; border: none; }
      .add { display: flex; flex-wrap: wrap; gap: 0.3rem; align-items: end; margin-top: 0.2rem; }
      .add label { display: flex; flex-direction: column; font-size: 0.75em; gap: 0.1rem; }
      .add select { font-size: 0.85em; max-width: 14em; }
      .add input { width: 5.5em; min-height: 44px; padding: 0 0.3em; font-size: 0.85em; font-variant-numeric: tabular-nums; }
      .error { color: var(--idl-error, #a8321e); font-size: 0.8em; margin: 0.1rem 0; }
      details.adv { font-size: 0.75em; color: var(--idl-muted, #444); }
      details.adv summary { min-height: 32px; cursor: pointer; }
      details.adv p { margin: 0.1rem 0 0.3rem; }
    `,
  ];

  static override properties = {
    def: { attribute: false },
    value: { attribute: false },
    world: { attribute: false },
    disabled: { type: Boolean },
    problem: { state: true },
  };

  declare def: ScopedLeverDef | null;
  /** a Scope (rewardScope, transferScope), the list of named sites, or undefined (the default) */
  declare value: Scope | NamedSite[] | undefined;
  declare world: TargetWorld | null;
  declare disabled: boolean;
  declare problem: string;

  constructor() {
    super();
    this.def = null;
    this.value = undefined;
    this.world = null;
    this.disabled = false;
    this.problem = '';
  }

  private readonly locale = new LocaleController(this);

  override render() {
    const def = this.def;
    const world = this.world;
    if (!def || !world) return nothing;
    const id = `t-${def.key}`;
    const key = def.key;
    const sites = key === 'namedSites';
    return html`<div role="group" aria-labelledby=${`${id}-name`}>
      <p class="name" id=${`${id}-name`}>${pick(def.label)}</p>
      <p class="help">${pick(def.help)}</p>
      ${key === 'namedSites' ? this.renderSites(world) : this.renderScope(key)}
      <div class="add">
        <label>${t('targets.place')}
          <select id=${`${id}-place`} ?disabled=${this.disabled}>${this.placeOptions(world)}</select>
        </label>
        ${sites ? this.renderSiteInputs(world, id) : nothing}
        <button id=${`${id}-add`} ?disabled=${this.disabled} @click=${this.onAdd}>${t('targets.add')}</button>
      </div>
      ${this.problem ? html`<p class="error" role="alert">${this.problem}</p>` : nothing}
      <details class="adv"><summary>${t('levers.advancedNote')}</summary><p>${pick(def.advanced)}</p></details>
    </div>`;
  }

  private renderScope(key: 'rewardScope' | 'transferScope') {
    const scope = this.value as Scope | undefined;
    const targets = scopeTargets(scope);
    if (targets.length === 0 && !hasOtherFields(scope)) {
      return html`<p class="none">${t(key === 'rewardScope' ? 'targets.everywhere' : 'targets.belowMedian')}</p>`;
    }
    return html`<ul>
        ${targets.map((target) => {
          const name = this.targetName(target);
          return html`<li>${name}<button aria-label=${t('targets.remove', { name })} ?disabled=${this.disabled}
            @click=${() => this.announce(withoutTarget(scope, target))}>×</button></li>`;
        })}
      </ul>
      ${hasOtherFields(scope) ? html`<p class="other">${t('targets.otherScope')}</p>` : nothing}`;
  }

  private renderSites(world: TargetWorld) {
    const sites = (this.value as NamedSite[] | undefined) ?? [];
    if (sites.length === 0) return html`<p class="none">${t('targets.noSites')}</p>`;
    return html`<ul>
      ${sites.map((site, j) => {
        const places = scopeTargets(site.scope).map((target) => this.targetName(target));
        const place = hasOtherFields(site.scope) || places.length === 0 ? [...places, t('targets.otherScope')].join(', ') : places.join(', ');
        const innovation = site.innovation ? world.innovations.find((k) => k.id === site.innovation) : undefined;
        const name = t('targets.siteEntry', { place, year: site.year }) + (innovation ? ` · ${pick(innovation.name)}` : '');
        return html`<li>${name}<button aria-label=${t('targets.remove', { name })} ?disabled=${this.disabled}
          @click=${() => this.announce(sites.filter((_, i) => i !== j))}>×</button></li>`;
      })}
    </ul>`;
  }

  private renderSiteInputs(world: TargetWorld, id: string) {
    const [first, last] = this.yearRange(world);
    return html`<label>${t('targets.year')}
        <input id=${`${id}-year`} type="number" inputmode="numeric" min=${first} max=${last} step="1" .value=${String(first)} ?disabled=${this.disabled} />
      </label>
      ${world.innovations.length > 1
        ? html`<label>${t('targets.innovation')}
            <select id=${`${id}-innovation`} ?disabled=${this.disabled}>
              <option value="">${t('targets.allInnovations')}</option>
              ${world.innovations.map((k) => html`<option value=${k.id}>${pick(k.name)}</option>`)}
            </select>
          </label>`
        : nothing}`;
  }

  private placeOptions(world: TargetWorld) {
    const regions = REGIONS.map((id, i) => ({ id, i })).filter(({ i }) => (world.regionSizes[i] ?? 0) > 0);
    const provinces = [...world.provinces].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
    return html`${regions.length > 0
        ? html`<optgroup label=${t('targets.regions')}>
            ${regions.map(({ id }) => html`<option value=${targetValue({ kind: 'region', id })}>${this.targetName({ kind: 'region', id })}</option>`)}
          </optgroup>`
        : nothing}
      <optgroup label=${t(world.worldKind === 'us-states' ? 'targets.states' : 'targets.provinces')}>
        ${provinces.map((p) => html`<option value=${targetValue({ kind: 'province', code: p.code })}>${localityName(p)}</option>`)}
      </optgroup>`;
  }

  /** The first and last year of the run: a site named outside them would never act. */
  private yearRange(world: TargetWorld): [number, number] {
    return [world.startYear, Math.floor(world.startYear + world.totalTicks * world.dt)];
  }

  private targetName(target: Target): string {
    const world = this.world;
    if (target.kind === 'region') {
      const i = REGIONS.indexOf(target.id);
      return t(world?.worldKind === 'us-states' ? (`region.us.${i}` as 'region.us.0') : (`region.${i}` as 'region.0'));
    }
    const p = world?.provinces.find((x) => x.code === target.code);
    return p ? localityName(p) : target.code;
  }

  private onAdd = () => {
    const def = this.def;
    const world = this.world;
    const root = this.renderRoot as ShadowRoot;
    if (!def || !world) return;
    const id = `t-${def.key}`;
    const target = parseTargetValue((root.getElementById(`${id}-place`) as HTMLSelectElement).value);
    if (!target) return;
    if (def.key !== 'namedSites') {
      this.announce(withTarget(this.value as Scope | undefined, target));
      return;
    }
    const text = (root.getElementById(`${id}-year`) as HTMLInputElement).value.trim();
    const year = Number(text);
    const [first, last] = this.yearRange(world);
    if (text === '' || !Number.isInteger(year) || year < first || year > last) {
      this.problem = t('targets.yearInvalid', { value: text === '' ? '""' : text, first, last });
      return;
    }
    const innovation = (root.getElementById(`${id}-innovation`) as HTMLSelectElement | null)?.value || undefined;
    this.announce([...((this.value as NamedSite[] | undefined) ?? []), namedSite(target, year, innovation)]);
  };

  /** Checks the lever's new value with the scenario schema; announces it only when it passes. */
  private announce(value: Scope | NamedSite[] | undefined) {
    const def = this.def;
    if (!def) return;
    const problem = targetedLeverProblem(def.key, value);
    if (problem) {
      this.problem = t('targets.rejected', { problem });
      return;
    }
    this.problem = '';
    const detail: ParamChange = { kind: 'lever', key: def.key, value };
    this.dispatchEvent(new CustomEvent('idl-param-change', { detail, bubbles: true, composed: true }));
  }
}

customElements.define('idl-lever-targets', IdlLeverTargets);

declare global {
  interface HTMLElementTagNameMap {
    'idl-lever-targets': IdlLeverTargets;
  }
}
