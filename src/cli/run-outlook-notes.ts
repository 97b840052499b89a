/**
 * What `idlab run` says before a run that will take long or write much: the expected size of a
 * large --panel (written only when the run ends, so a 200-year national panel of hundreds of MB
 * would otherwise arrive unannounced), and a note on a horizon far beyond the documented cases.
 */
import type { RunOutlook } from './execute-run.ts';

/**
 * Bytes per panel row on the national map (2,828 localities, 6-digit codes), measured: 165 per CSV
 * row and 393 per JSON Lines row for fengqiao over 3 years, 176 per CSV row for multi over 200 years
 * (398 MB); rounded up so that the estimate is not low.
 */
export const PANEL_ROW_BYTES = { csv: 180, jsonl: 420 } as const;
/** Outputs larger than this many bytes are announced before the run (100 MB). */
export const LARGE_OUTPUT_BYTES = 100e6;
/** Horizons longer than this many years get a note (the longest preset spans 61 years). */
export const PLAUSIBLE_YEARS = 100;

const count = (n: number) => n.toLocaleString('en-US');

/** "398 MB", "1.2 GB" (decimal units, as file managers show sizes). */
export function sizeText(bytes: number): string {
  return bytes >= 1e9 ? `${(bytes / 1e9).toFixed(1)} GB` : `${Math.round(bytes / 1e6)} MB`;
}

export function runOutlookNotes(outlook: RunOutlook, panel: { path: string; format: 'csv' | 'jsonl' } | null, yearsFlag: boolean): string[] {
  const notes: string[] = [];
  const years = outlook.scenario.time.years;
  if (years > PLAUSIBLE_YEARS) {
    notes.push(
      `note: ${yearsFlag ? '--years' : 'time.years'} ${years} is far beyond the cases the model describes (the presets span at most 61 years): read the later years as the mechanisms' long-run tendency, not as a forecast`,
    );
  }
  if (panel && outlook.panelRows > 0) {
    const bytes = outlook.panelRows * PANEL_ROW_BYTES[panel.format];
    if (bytes > LARGE_OUTPUT_BYTES) {
      const panelYears = outlook.panelRows / (outlook.innovations * outlook.localities);
      notes.push(
        `--panel ${panel.path} will be about ${sizeText(bytes)} (at most ${count(outlook.panelRows)} rows: ${outlook.innovations} innovation${outlook.innovations === 1 ? '' : 's'} × ${count(outlook.localities)} localities × ${count(panelYears)} years), written when the run ends`,
      );
    }
  }
  return notes;
}
