import { html } from 'lit';
import type { Topology } from 'topojson-specification';
import type { RunInfo } from '../../service/types.ts';
import { t, getLocale } from '../i18n/i18n.ts';
import { exportFileName } from '../export/fileNames.ts';
import type { LandscapeController } from './LandscapeController.ts';

/**
 * The landscape view under the map (its element's module, with three.js, is loaded when the view
 * is first opened; this template only names the element): the same world, map and innovation as
 * the map, the run's data from the controller, compare mode's probabilities when there are any.
 */
export function landscapeSlot(c: LandscapeController, info: RunInfo, tick: number, geometry: Topology | null) {
  return html`<section id="landscape" class="landscape" aria-label=${t('landscape.title')}>
    <h2>${t('landscape.title')}</h2>
    <idl-landscape
      world=${info.worldKind === 'us-states' ? 'us-states' : 'china'}
      .geometry=${geometry}
      .codes=${info.codes}
      .data=${c.currentData()}
      .run=${info}
      .probability=${c.currentProbability()}
      .lang=${getLocale()}
      .fileName=${exportFileName(info, tick, 'landscape', 'png')}
      @idl-landscape-mode=${() => c.refreshProbability()}
    ></idl-landscape>
  </section>`;
}
