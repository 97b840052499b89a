import type { RunInfo } from '../../service/types.ts';
import type { SimulationController } from '../controllers/SimulationController.ts';
import { chartSvgFile } from '../export/chartSvg.ts';
import { MIME, saveBlob } from '../export/download.ts';
import { exportFileName } from '../export/fileNames.ts';
import type { ExportKind } from '../export/idl-export-dialog.ts';
import { mapPng } from '../export/mapPng.ts';
import { formatYearMonth, getLocale, pick, t } from '../i18n/i18n.ts';
import { localityWording, unitKey } from '../i18n/unitKey.ts';
import { mapNotice } from './mapNotice.ts';
import { isMapWorld } from '../map/map-projection.ts';
import type { MessageKey } from '../i18n/catalogue.ts';
import { DEFAULT_PALETTE, STAGE_COUNT } from '../palette.ts';
import { yearOfTick } from '../timeline.ts';

/** Where the exports come from: the run, and the shell's map and charts as they are drawn. */
export interface ExportSources {
  sim: SimulationController;
  info: RunInfo;
  tick: number;
  /** index of the innovation shown */
  innovation: number;
  map: HTMLElement | null;
  stagesChart: HTMLElement | null;
  adoptionChart: HTMLElement | null;
}

/** The provenance line of image exports: app, version, digest, seed and the simulated date. */
export function provenanceLine(info: RunInfo, tick: number): string {
  return t('export.footer', {
    app: t('app.title'),
    version: info.version,
    digest: info.digest.slice(0, 16),
    seed: info.seed,
    date: formatYearMonth(yearOfTick(tick, info.startYear, info.dt)),
  });
}

/**
 * Makes one export and saves it; returns the file name. Throws (with a message for the user) when
 * the map or chart is not drawn yet or the worker answered with an error.
 */
export async function runExport(kind: ExportKind, s: ExportSources): Promise<string> {
  const { info, tick } = s;
  const date = formatYearMonth(yearOfTick(tick, info.startYear, info.dt));
  const innovation = pick(info.innovations[s.innovation]?.name ?? info.title);
  const footer = provenanceLine(info, tick);
  const name = (what: string, ext: string) => exportFileName(info, tick, what, ext);
  switch (kind) {
    case 'map': {
      if (!s.map) throw new Error(t('app.loading'));
      const blob = await mapPng(s.map, DEFAULT_PALETTE, {
        title: `${innovation} · ${date}`,
        footer,
        notice: mapNotice(info.worldKind),
        inset: t('map.inset'),
        stages: Array.from({ length: STAGE_COUNT }, (_, i) => t(`stage.${i}` as MessageKey)),
        background: t('legend.background'),
        origin: t('tooltip.origin'),
        demo: t('tooltip.demo'),
      }, { stagesOnly: !isMapWorld(info.worldKind) });
      const file = name('map', 'png');
      saveBlob(blob, file);
      return file;
    }
    case 'chartStages':
    case 'chartAdoption': {
      const chart = kind === 'chartStages' ? s.stagesChart : s.adoptionChart;
      if (!chart) throw new Error(t('app.loading'));
      const title = `${innovation} · ${t(kind === 'chartStages' ? 'chart.stages' : 'chart.adoption')} (${t(unitKey('chart.share', localityWording(info)))})`;
      const text = chartSvgFile(chart, { title, footer, lang: getLocale() });
      const file = name(kind === 'chartStages' ? 'stages' : 'adoption', 'svg');
      saveBlob(new Blob([text], { type: MIME.svg }), file);
      return file;
    }
    case 'rows':
    case 'events': {
      const r = await s.sim.exportCsv(kind);
      if (!r) throw new Error(s.sim.error || 'no answer');
      if (r.status === 'errored') throw new Error(r.error.message);
      const file = name(kind, 'csv');
      saveBlob(new Blob([r.text], { type: MIME.csv }), file);
      return file;
    }
    case 'scenario': {
      const r = await s.sim.exportScenario();
      if (!r) throw new Error(s.sim.error || 'no answer');
      if (r.status === 'errored') throw new Error(r.error.message);
      const file = exportFileName(info, 0, 'scenario', 'json');
      saveBlob(new Blob([r.text], { type: MIME.json }), file);
      return file;
    }
  }
}
