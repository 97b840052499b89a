import type { RunMemory } from '../../model/simulation/runMemory.ts';
import { formatInteger, formatNumber, t } from '../i18n/i18n.ts';
import { formatBytes } from '../export/idl-export-dialog.ts';

/** A memory size for people: "3.4 GB" from a gibibyte up, else formatBytes ("512 MB"). */
function memorySize(bytes: number): string {
  return bytes >= 2 ** 30 ? `${formatNumber(bytes / 2 ** 30, 1)} GB` : formatBytes(bytes);
}

/**
 * A run refused for its estimated memory, in the current language: its sizes, the estimate and the
 * app's limit, and what to do (a smaller scenario, or the command line, which allows more).
 */
export function memoryProblemText(m: RunMemory & { limit: number }): string {
  return t('import.runTooLarge', {
    localities: formatInteger(m.localities),
    innovations: formatInteger(m.innovations),
    ticks: formatInteger(m.ticks),
    size: memorySize(m.total),
    max: memorySize(m.limit),
  });
}
