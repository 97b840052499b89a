import { LitElement, css, html, nothing } from 'lit';
import type { ComparisonResult } from '../../compare/types.ts';
import { adoptionProbability } from '../../compare/adoptionProbability.ts';
import type { MapGeometryInput } from '../map/map-geometry.ts';
import type { MapWorld } from '../map/map-projection.ts';
import '../map/idl-map.ts';
import { LocaleController } from '../controllers/LocaleController.ts';
import { formatPercent, formatYear, getLocale, t } from '../i18n/i18n.ts';
import { signedPoints } from './compareFormat.ts';
import { baseStyles } from '../styles.ts';
import { differenceClasses, probabilityClasses, type ValueClasses } from './mapClasses.ts';

/**
 * The small maps thicken their borders at most this much in projector mode: the main map's 2.5 would
 * cover the colours of small units at a third of its width.
 */
const MAX_BORDER_SCALE = 1.5;

/** One map: its classes and each locality's value in words (the tooltip). */
interface ValueMap {
  classes: ValueClasses;
  text: (locality: number) => string;
}

/** The three maps of one year: each arm's probability of having adopted, and their difference. */
interface YearMaps {
  baseline: ValueMap;
  scenario: ValueMap;
  difference: ValueMap;
}

/**
 * The probability maps of compare mode: for a chosen year (a slider over the run's years), the share
 * of simulated worlds in which each locality had adopted — baseline, scenario (sequential scale) —
 * and scenario − baseline (diverging scale), each an `<idl-map>` coloured by value with its legend.
 * The year is the panel's (`yearIndex`, years after the start); moving the slider fires
 * `idl-compare-year` {index}.
 */
export class IdlCompareMaps extends LitElement {
  static override styles = [
    baseStyles,
    css`
      :host { display: block; }
      h3 { font-size: 1em; margin: 0.6rem 0 0.3rem; }
      .year { display: flex; flex-wrap: wrap; align-items: center; gap: 0.3rem 0.8rem; margin-bottom: 0.4rem; }
      .year input { width: min(24rem, 100%); accent-color: var(--idl-accent, #0b5cad); }
      .maps { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 22rem), 1fr)); gap: 0.8rem; }
      figure { margin: 0; }
      figcaption { font-weight: 600; font-size: 0.9em; margin-bottom: 0.2rem; }
      idl-map { --idl-map-font-size: 12px; }
    `,
  ];

  static override properties = {
    result: { attribute: false },
    innovation: { type: Number },
    yearIndex: { type: Number },
    world: { type: String },
    geometry: { attribute: false },
    codes: { attribute: false },
    borderScale: { attribute: false },
  };

  declare result: ComparisonResult | null;
  /** index into result.innovations */
  declare innovation: number;
  /** the maps' year: years after the start (an index of result.years) */
  declare yearIndex: number;
  declare world: MapWorld;
  declare geometry: MapGeometryInput | null;
  /** the world's locality codes, in locality order (the maps' join keys) */
  declare codes: readonly string[] | null;
  declare borderScale: number;

  private readonly locale = new LocaleController(this);
  private cache: { result: ComparisonResult; key: string; maps: YearMaps } | null = null;

  constructor() {
    super();
    this.result = null;
    this.innovation = 0;
    this.yearIndex = 0;
    this.world = 'china';
    this.geometry = null;
    this.codes = null;
    this.borderScale = 1;
  }

  override render() {
    const r = this.result;
    if (!r || !r.innovations[this.innovation]) return nothing;
    const last = r.years.length - 1;
    const index = Math.max(0, Math.min(last, this.yearIndex));
    const year = formatYear(r.years[index]);
    const maps = this.maps(r, index);
    return html`<h3>${t('compare.maps', { year })}</h3>
      <label class="year">
        <span>${t('compare.mapYear')}</span>
        <input type="range" min="0" max=${last} step="1" .value=${String(index)} aria-valuetext=${year} @input=${this.onYear} />
        <output>${year}</output>
      </label>
      <div class="maps">
        ${this.renderMap('baseline', t('compare.line.baseline'), maps.baseline)}
        ${this.renderMap('scenario', t('compare.line.scenario'), maps.scenario)}
        ${this.renderMap('difference', t('compare.line.difference'), maps.difference)}
      </div>`;
  }

  private renderMap(key: keyof YearMaps, caption: string, { classes: c, text }: ValueMap) {
    return html`<figure class=${key}>
      <figcaption>${caption}</figcaption>
      <idl-map
        world=${this.world}
        .geometry=${this.geometry}
        .codes=${this.codes}
        .stages=${c.codes}
        .palette=${c.palette}
        .valueLegend=${c.legend}
        .valueText=${text}
        .lang=${getLocale()}
        .borderScale=${Math.min(this.borderScale, MAX_BORDER_SCALE)}
      ></idl-map>
    </figure>`;
  }

  /** The three maps of a year (kept while result, innovation, year and language stay the same). */
  private maps(r: ComparisonResult, index: number): YearMaps {
    const id = r.innovations[this.innovation].id;
    const key = `${id}|${index}|${getLocale()}`;
    if (this.cache?.result === r && this.cache.key === key) return this.cache.maps;
    const b = adoptionProbability(r, 'baseline', id, index);
    const s = adoptionProbability(r, 'scenario', id, index);
    const d = new Float64Array(s.length);
    for (let i = 0; i < d.length; i++) d[i] = s[i] - b[i];
    const year = formatYear(r.years[index]);
    const chance = (p: Float64Array): ValueMap => ({
      classes: probabilityClasses(p, t('compare.legendProbability')),
      text: (i) => t('compare.tooltipProbability', { p: formatPercent(p[i], 0), year }),
    });
    const maps = {
      baseline: chance(b),
      scenario: chance(s),
      difference: { classes: differenceClasses(d, t('compare.legendDifference')), text: (i: number) => t('compare.tooltipDifference', { d: signedPoints(d[i], 0) }) },
    };
    this.cache = { result: r, key, maps };
    return maps;
  }

  private onYear = (e: Event) => {
    const index = Number((e.target as HTMLInputElement).value);
    this.dispatchEvent(new CustomEvent('idl-compare-year', { detail: { index }, bubbles: true, composed: true }));
  };
}

customElements.define('idl-compare-maps', IdlCompareMaps);

declare global {
  interface HTMLElementTagNameMap {
    'idl-compare-maps': IdlCompareMaps;
  }
}
