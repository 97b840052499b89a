/**
 * Compare mode's "Export report": the comparison on screen as the self-contained HTML report
 * (src/compare/report) — the arms resolved as the comparison ran them (the preset or imported file,
 * with the user's changes and the years override), their digests, the maps' year the panel shows
 * and the world's shapes the app already holds — downloaded as compare-report.html. Loaded on the
 * first export only (the report's builder and map projection stay out of the app's first load).
 */
import type { Topology } from 'topojson-specification';
import { resolveArm } from '../../compare/browser/resolveArms.ts';
import { buildCompareReport } from '../../compare/report/compareReport.ts';
import { reportMapShapes } from '../../compare/report/reportMapShapes.ts';
import type { ComparisonResult } from '../../compare/types.ts';
import { scenarioDigest } from '../../model/scenario/digest.ts';
import { APP_VERSION } from '../../model/version.ts';
import { fetchTextLoader } from '../../service/loader.ts';
import { PresetStore } from '../../service/presetStore.ts';
import type { MapGeometryInput } from '../map/map-geometry.ts';
import type { MapWorld } from '../map/map-projection.ts';
import type { CompareRequest } from './CompareController.ts';

/** The file name the report downloads as. */
export const COMPARE_REPORT_FILE = 'compare-report.html';

/** What the panel shows: the result, the request that made it, and the map. */
export interface CompareReportSource {
  result: ComparisonResult;
  request: CompareRequest;
  /** the imported file's name (a preset is named by its id) */
  sourceName: string;
  /** the maps' year, an index of result.years */
  mapYearIndex: number;
  world: MapWorld | null;
  geometry: MapGeometryInput | null;
  codes: readonly string[] | null;
  dataBaseUrl: string;
}

function isTopology(g: MapGeometryInput | null): g is Topology {
  return !!g && !Array.isArray(g) && (g as Topology).type === 'Topology';
}

/** The report's HTML for what the panel shows. */
export async function compareReportHtml(s: CompareReportSource, now = new Date()): Promise<string> {
  const presets = new PresetStore(() => fetchTextLoader(s.dataBaseUrl));
  const years = s.request.years ?? undefined;
  const baseline = await resolveArm('baseline', s.request.source, presets, years);
  const scenario = await resolveArm('scenario', { ...s.request.source, changes: s.request.changes }, presets, years);
  const changed = Object.keys(s.request.changes.levers).length + Object.keys(s.request.changes.params).length;
  const name = 'presetId' in s.request.source ? s.request.source.presetId : s.sourceName;
  return buildCompareReport({
    result: s.result,
    baseline: { source: name, digest: scenarioDigest(baseline), scenario: baseline },
    scenario: { source: `${name} + ${changed} change${changed === 1 ? '' : 's'}`, digest: scenarioDigest(scenario), scenario },
    seed: s.request.seed,
    version: APP_VERSION,
    date: now.toISOString(),
    madeBy: { en: 'the Innovation Diffusion Lab app, compare mode', zh: '创新扩散实验室应用，对比模式' },
    mapYearIndex: s.mapYearIndex,
    map: s.world && s.codes && isTopology(s.geometry) ? reportMapShapes(s.geometry, s.world, s.codes) : null,
  });
}

/** Builds the report and downloads it as compare-report.html; returns its text. */
export async function exportCompareReport(s: CompareReportSource): Promise<string> {
  const html = await compareReportHtml(s);
  const url = URL.createObjectURL(new Blob([html], { type: 'text/html;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = COMPARE_REPORT_FILE;
  document.body.append(a);
  a.click();
  a.remove();
  // revoked after the click's download has started
  setTimeout(() => URL.revokeObjectURL(url), 1000);
  return html;
}
