import { html } from 'lit';
import type { Topology } from 'topojson-specification';
import type { RunInfo } from '../../service/types.ts';
import { pick } from '../i18n/i18n.ts';
import { isMapWorld } from '../map/map-projection.ts';
import { yearOfTick } from '../timeline.ts';
import type { AppState } from './appState.ts';

/** What the shell hands compare mode: its run, its choices, the baseline's source and the map. */
export interface CompareSlot {
  open: boolean;
  info: RunInfo | null;
  tick: number;
  state: AppState;
  /** the imported scenario's file name and text, or null for the preset */
  imported: { name: string; text: string } | null;
  geometry: Topology | null;
  dataBaseUrl: string;
  borderScale: number;
  innovation: number;
  /** the representative pair's seed, to be loaded on the main map */
  onSeed: (e: CustomEvent<{ seed: number }>) => void;
}

/**
 * The `<idl-compare-panel>` of the shell (its module is loaded at the first opening; this template
 * only names the element). The baseline is the preset or imported file as it stands, the scenario
 * the shell's lever and assumption changes; the maps' default year is the whole year the shell shows.
 */
export function compareSlot(s: CompareSlot) {
  const info = s.info;
  const world = info && isMapWorld(info.worldKind) ? info.worldKind : null;
  return html`<idl-compare-panel
    id="compare"
    ?hidden=${!s.open}
    .dataBaseUrl=${s.dataBaseUrl}
    .presetId=${s.state.presetId}
    .importedText=${s.imported?.text ?? null}
    .sourceName=${s.imported ? s.imported.name : info ? pick(info.title) : s.state.presetId}
    .levers=${s.state.levers}
    .params=${s.state.params}
    .baseLevers=${info?.baseLevers ?? null}
    .baseParams=${info?.baseParams ?? null}
    .seed=${s.state.seed}
    .innovationId=${info?.innovations[s.innovation]?.id ?? ''}
    .world=${world}
    .geometry=${s.geometry}
    .codes=${info?.codes ?? null}
    .currentYear=${info ? Math.floor(yearOfTick(s.tick, info.startYear, info.dt) + 1e-9) : null}
    .scenarioYears=${info ? Math.round(info.totalTicks * info.dt) : null}
    .usRegions=${info?.worldKind === 'us-states'}
    .borderScale=${s.borderScale}
    @idl-compare-seed=${s.onSeed}
  ></idl-compare-panel>`;
}
