import { html, nothing, svg, type TemplateResult } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import { cssProps } from './css-props.ts';
import type { LocalityDetail } from '../../service/types.ts';
import type { Locale } from '../i18n/i18n.ts';
import type { MessageKey } from '../i18n/catalogue.ts';
import type { Palette } from '../palette.ts';
import { channelKey, mapQuality, mapText, mapYearMonth } from './map-text.ts';
import { yearOfTick } from '../timeline.ts';

/** The feature under the pointer (or tapped), in CSS px of the map. */
export interface HoverTarget {
  readonly feature: number;
  /** locality index, or −1 for a background feature */
  readonly locality: number;
  readonly x: number;
  readonly y: number;
  /** names carried by the feature itself (used for background features) */
  readonly featureName: string;
  readonly featureNameEn: string;
}

export interface TooltipState {
  readonly lang: Locale;
  readonly palette: Palette;
  readonly innovation: number;
  readonly startYear: number;
  /** years per tick */
  readonly dt: number;
  readonly width: number;
  readonly height: number;
  /** a map coloured by a value: the hovered locality's value in words, instead of its details */
  readonly valueText?: ((locality: number) => string) | null;
}

const name = (lang: Locale, zh: string, en: string) => (lang === 'en' && en ? en : zh);
const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function body(d: LocalityDetail, s: TooltipState): TemplateResult {
  const tr = (key: MessageKey, p?: Record<string, string | number>) => mapText(s.lang, key, p);
  const when = (tick: number) => mapYearMonth(s.lang, yearOfTick(tick, s.startYear, s.dt));
  const k = d.innovations[s.innovation] ?? d.innovations[0];
  if (!k) return html``;
  const learned = k.learned;
  // An origin did not learn from anyone: say "origin · Jan 1963" rather than "learned via origin".
  const learnedLine = !learned
    ? tr('tooltip.neverLearned')
    : learned.channel === 'origin'
      ? `${capitalize(tr('tooltip.origin'))} · ${when(learned.tick)}`
      : learned.source
      ? tr('tooltip.learnedFrom', {
          source: name(s.lang, learned.source.name, learned.source.nameEn),
          channel: tr(channelKey(learned.channel)),
          date: when(learned.tick),
        })
      : tr('tooltip.learnedVia', { channel: tr(channelKey(learned.channel)), date: when(learned.tick) });
  const originSaid = learned?.channel === 'origin';
  // A US state is its own province: naming it twice says nothing.
  const ownProvince = d.province.name === d.name;
  const badges = [k.origin && !originSaid ? tr('tooltip.origin') : '', k.demo ? tr('tooltip.demo') : '', k.unfit ? tr('tooltip.unfit') : ''].filter(Boolean);
  return html`
    <div class="tt-title">${name(s.lang, d.name, d.nameEn)}</div>
    <dl>
      ${ownProvince ? nothing : html`<dt>${tr('tooltip.province')}</dt><dd>${name(s.lang, d.province.name, d.province.nameEn)}</dd>`}
      <dt>${tr('tooltip.stage')}</dt>
      <dd>
        <svg class="swatch" width="12" height="12" aria-hidden="true">${svg`<rect width="12" height="12" rx="2"
          fill=${s.palette.stages[k.stage] ?? s.palette.background}></rect>`}</svg>
        ${tr(`stage.${k.stage}` as MessageKey)}${k.stage > 0 ? html` <span class="muted">${tr('tooltip.since', { date: when(k.since) })}</span>` : nothing}
      </dd>
      ${k.stage > 0 ? html`<dt>${tr('tooltip.quality')}</dt><dd>${mapQuality(s.lang, k.quality)}</dd>` : nothing}
    </dl>
    <div class="tt-learned">${learnedLine}</div>
    ${badges.length ? html`<div class="tt-badges">${badges.join(' · ')}</div>` : nothing}`;
}

/**
 * The tooltip of the hovered or tapped unit: name (Chinese, or pinyin in English), province (unless
 * the unit is one, as a US state is), stage
 * and since when, quality, when and from whom it learned and through which channel. Background
 * features show their name and "not simulated". Placed beside the pointer, flipped near the edges.
 */
export function renderTooltip(target: HoverTarget | null, detail: LocalityDetail | null, s: TooltipState): TemplateResult | typeof nothing {
  if (!target) return nothing;
  let content: TemplateResult;
  if (target.locality < 0) {
    content = html`<div class="tt-title">${name(s.lang, target.featureName, target.featureNameEn)}</div>
      <div class="muted">${mapText(s.lang, 'legend.background')}</div>`;
  } else if (s.valueText) {
    content = html`<div class="tt-title">${name(s.lang, target.featureName, target.featureNameEn)}</div>
      <div class="tt-value">${s.valueText(target.locality)}</div>`;
  } else if (detail && detail.index === target.locality) {
    content = body(detail, s);
  } else {
    return nothing; // details are on their way; a flash of partial content reads as flicker
  }
  const flipX = target.x > s.width * 0.6;
  const flipY = target.y > s.height * 0.6;
  return html`<div
    class=${classMap({ tooltip: true, 'flip-x': flipX, 'flip-y': flipY })}
    role="tooltip"
    style=${cssProps({ left: `${target.x}px`, top: `${target.y}px` })}
  >${content}</div>`;
}
