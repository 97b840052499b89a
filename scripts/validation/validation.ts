/**
 * `npm run validation [-- --seeds 40]`: runs the shipped presets (as they are now) on seeds 1…n,
 * measures every China milestone target, reads the US patterns, and writes docs/validation.md, its
 * figures docs/validation/<target>.svg, the per-seed record docs/validation/china-seeds.json and the
 * app's "model vs record" data public/validation/china.json.
 * Deterministic: fixed seeds and formatting, so a test can compare the committed files.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { resolveScenario } from '../../src/model/scenario/resolve.ts';
import { loadPresetForExtends, presetIds } from '../../src/cli/presets.ts';
import { chinaTargets, type ChinaTarget } from '../../src/service/milestones/chinaTargets.ts';
import { measureChina } from './measureChina.ts';
import { usPatterns } from './usPatterns.ts';
import { APP_RECORD_PATH, appRecord, appRecordJson } from './appRecord.ts';
import { DOC_PATH, FIGURES_DIR, RECORD_PATH, summarizeTargets, validationDoc, validationFigures, type ChinaRecord } from './validationDoc.ts';

export const DEFAULT_SEEDS = 40;

/** The China targets for the presets shipped now (each mandate event of each preset adds one). */
export function currentTargets(): ChinaTarget[] {
  const presets = presetIds().map((id) => ({ id, scenario: resolveScenario({ extends: id }, { loadPreset: loadPresetForExtends }) }));
  return chinaTargets(presets);
}

export function chinaRecord(targets: readonly ChinaTarget[], seeds: readonly number[]): ChinaRecord {
  const values = measureChina(targets, seeds);
  return { seeds: [...seeds], targets: targets.map((t, j) => ({ id: t.id, values: values[j].map((v) => (Number.isNaN(v) ? null : v)) })) };
}

/** The record as committed: one target per line, so a change of presets shows as a readable diff. */
export function recordJson(record: ChinaRecord): string {
  const targets = record.targets.map((t) => `    ${JSON.stringify(t)}`).join(',\n');
  return `{\n  "seeds": ${JSON.stringify(record.seeds)},\n  "targets": [\n${targets}\n  ]\n}\n`;
}

/** Every file the command writes (repository path → text), from a record and the repository at `root`. */
export function validationFiles(root: string, targets: readonly ChinaTarget[], record: ChinaRecord): Map<string, string> {
  const summaries = summarizeTargets(targets, record);
  const files = new Map<string, string>([
    [DOC_PATH, validationDoc(summaries, record.seeds, usPatterns(root))],
    [RECORD_PATH, recordJson(record)],
    [APP_RECORD_PATH, appRecordJson(appRecord(summaries, record.seeds.length))],
  ]);
  for (const [path, text] of validationFigures(summaries)) files.set(path, text);
  return files;
}

function parseSeeds(argv: readonly string[]): number {
  const at = argv.indexOf('--seeds');
  if (at < 0) return DEFAULT_SEEDS;
  const n = Number(argv[at + 1]);
  if (!Number.isInteger(n) || n < 20) {
    process.stderr.write(`--seeds: ${JSON.stringify(argv[at + 1] ?? null)} is not a whole number ≥ 20\n`);
    process.exit(2);
  }
  return n;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
  const n = parseSeeds(process.argv.slice(2));
  const started = performance.now();
  const targets = currentTargets();
  const record = chinaRecord(targets, Array.from({ length: n }, (_, j) => j + 1));
  const files = validationFiles(root, targets, record);
  // Figures of targets that no longer exist (a preset lost its mandate) must not linger.
  const dir = join(root, FIGURES_DIR);
  mkdirSync(dir, { recursive: true });
  mkdirSync(dirname(join(root, APP_RECORD_PATH)), { recursive: true });
  for (const name of readdirSync(dir)) if (name.endsWith('.svg') && !files.has(`${FIGURES_DIR}/${name}`)) rmSync(join(dir, name));
  for (const [path, text] of files) writeFileSync(join(root, path), text);
  process.stdout.write(`wrote ${DOC_PATH}, ${RECORD_PATH}, ${APP_RECORD_PATH} and ${files.size - 3} figures in ${FIGURES_DIR} (${n} seeds, ${((performance.now() - started) / 1000).toFixed(1)} s)\n`);
}
