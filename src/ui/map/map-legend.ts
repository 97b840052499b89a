import { html, svg, type TemplateResult } from 'lit';
import type { Locale } from '../i18n/i18n.ts';
import { DEMO_COLOR, ORIGIN_COLOR, STAGE_ORDER, type Palette } from '../palette.ts';
import type { MessageKey } from '../i18n/catalogue.ts';
import { mapText } from './map-text.ts';

/** What the legend shows and offers. */
export interface LegendState {
  readonly lang: Locale;
  readonly palette: Palette;
  readonly showLinks: boolean;
  readonly zoomed: boolean;
  /** the legend of the cell view of an abstract world: stage colours only (no grey, marks or links) */
  readonly cellsOnly?: boolean;
  /** a map coloured by a value (classes in `palette.stages`): this legend instead of the stages, marks and links */
  readonly value?: ValueLegend | null;
}

/** The legend of a map coloured by a value: its title and one labelled swatch per class. */
export interface ValueLegend {
  readonly title: string;
  readonly items: readonly { readonly colour: string; readonly label: string }[];
}

export interface LegendHandlers {
  readonly onToggleLinks: (event: Event) => void;
  readonly onResetZoom: () => void;
}

const swatch = (fill: string) =>
  svg`<svg class="swatch" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true"><rect x="0.5" y="0.5" width="15" height="15" rx="2" fill=${fill} stroke="#777777"></rect></svg>`;

/** The legend: stage colours, the grey of background features, the two marks, the links toggle. */
export function renderLegend(s: LegendState, on: LegendHandlers): TemplateResult {
  const tr = (key: MessageKey) => mapText(s.lang, key);
  if (s.value) return renderValueLegend(s, s.value, on);
  return html`<div class="legend" role="group" aria-label=${tr('legend.title')}>
    <div class="legend-title">${tr('legend.title')}</div>
    <ul>
      ${STAGE_ORDER.map(
        (stage) => html`<li>${swatch(s.palette.stages[stage])}<span>${tr(`stage.${stage}` as MessageKey)}</span></li>`,
      )}
    </ul>
    ${s.cellsOnly ? '' : renderMapExtras(s, on)}
  </div>`;
}

/** The map's own part of the legend: background grey, origin and demonstration marks, links toggle, reset zoom. */
function renderMapExtras(s: LegendState, on: LegendHandlers): TemplateResult {
  const tr = (key: MessageKey) => mapText(s.lang, key);
  return html`<ul>
      <li>${swatch(s.palette.background)}<span>${tr('legend.background')}</span></li>
      <li>
        <svg class="swatch" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
          <circle cx="8" cy="8" r="5.5" fill="none" stroke=${ORIGIN_COLOR} stroke-width="2.5"></circle>
          <circle cx="8" cy="8" r="1.8" fill=${ORIGIN_COLOR}></circle>
        </svg><span>${tr('tooltip.origin')}</span>
      </li>
      <li>
        <svg class="swatch" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
          <rect x="4.5" y="4.5" width="7" height="7" transform="rotate(45 8 8)" fill=${DEMO_COLOR}></rect>
        </svg><span>${tr('tooltip.demo')}</span>
      </li>
    </ul>
    <label class="links-toggle">
      <input type="checkbox" .checked=${s.showLinks} @change=${on.onToggleLinks} />
      <span>${tr('map.links')}</span>
    </label>
    ${s.zoomed ? html`<button class="reset-zoom" @click=${on.onResetZoom}>${tr('map.resetZoom')}</button>` : ''}`;
}

/** The legend of a value map: its classes, the grey of features not simulated, reset zoom. */
function renderValueLegend(s: LegendState, value: ValueLegend, on: LegendHandlers): TemplateResult {
  return html`<div class="legend" role="group" aria-label=${value.title}>
    <div class="legend-title">${value.title}</div>
    <ul>
      ${value.items.map((item) => html`<li>${swatch(item.colour)}<span>${item.label}</span></li>`)}
      <li>${swatch(s.palette.background)}<span>${mapText(s.lang, 'legend.background')}</span></li>
    </ul>
    ${s.zoomed ? html`<button class="reset-zoom" @click=${on.onResetZoom}>${mapText(s.lang, 'map.resetZoom')}</button>` : ''}
  </div>`;
}
