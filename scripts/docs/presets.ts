/**
 * The preset scenarios in public/scenarios/ and their index (index.json), which the UI and
 * `idlab presets` list. The index is derived from each preset's meta, so it cannot drift.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Preset ids in display order. */
export const PRESET_IDS = [
  'bass',
  'fengqiao',
  'three-governance',
  'grid',
  'chengdu',
  'bottom-up',
  'digital-trap',
  'multi',
  'pressure-lapse',
] as const;

export const PRESETS_DIR = 'public/scenarios';

export interface PresetIndexEntry {
  id: string;
  title: { en: string; zh: string };
  description: { en: string; zh: string };
  world: string;
  illustrative: boolean;
}

interface PresetFile {
  meta: { title: { en: string; zh: string }; description: { en: string; zh: string }; illustrative?: boolean };
  world: { kind: string };
}

/** Reads a preset's JSON from the repository. */
export function readPreset(root: string, id: string): unknown {
  return JSON.parse(readFileSync(join(root, PRESETS_DIR, `${id}.json`), 'utf8'));
}

/** First sentence after the "Illustrative, not a forecast:" lead, as the one-line description. */
function oneLine(text: string, lead: RegExp): string {
  const body = text.replace(lead, '').trim();
  // English sentences end with ". "; Chinese ones with "。" (no space follows).
  const end = body.search(/\.(\s|$)|。/);
  return end === -1 ? body : body.slice(0, end + 1).trim();
}

export function presetIndex(root: string): PresetIndexEntry[] {
  return PRESET_IDS.map((id) => {
    const preset = readPreset(root, id) as PresetFile;
    const illustrative = preset.meta.illustrative ?? false;
    return {
      id,
      title: preset.meta.title,
      description: {
        en: (illustrative ? 'Illustrative, not a forecast: ' : '') + oneLine(preset.meta.description.en, /^Illustrative, not a forecast:\s*/),
        zh: (illustrative ? '示意性情景，非预测：' : '') + oneLine(preset.meta.description.zh, /^示意性情景，非预测：/),
      },
      world: preset.world.kind,
      illustrative,
    };
  });
}

export function presetIndexJson(root: string): string {
  return `${JSON.stringify(presetIndex(root), null, 2)}\n`;
}
