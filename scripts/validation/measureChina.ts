/**
 * Runs every preset a target needs once per seed (through the public model API on the world
 * `idlab run` builds) and measures each target on it: values[target][seed index]. Values are kept to
 * 10 significant digits, so the committed record and a re-measurement compare exactly.
 */
import { runScenario } from '../audit/runScenario.ts';
import { EndorsementWatch } from '../../src/service/milestones/EndorsementWatch.ts';
import type { ChinaTarget, PresetRun } from '../../src/service/milestones/chinaTargets.ts';

/** x to 10 significant digits (NaN stays NaN). */
export function keep(x: number): number {
  return Number.isFinite(x) ? Number(x.toPrecision(10)) : x;
}

/**
 * One run of `preset` (or of `file`, a variant of it) with what `targets` measure on it: the
 * endorsement field watched after every tick when one of the preset's targets reads it.
 */
export function presetRun(preset: string, targets: readonly ChinaTarget[], seed: number, file: unknown = { extends: preset }): PresetRun {
  if (!targets.some((t) => t.preset === preset && t.watchesEndorsement)) return { sim: runScenario(file, seed) };
  const endorsement = new EndorsementWatch();
  return { sim: runScenario(file, seed, (s) => endorsement.observe(s)), endorsement };
}

export function measureChina(targets: readonly ChinaTarget[], seeds: readonly number[]): number[][] {
  const values = targets.map(() => [] as number[]);
  const presets = [...new Set(targets.map((t) => t.preset))];
  for (const seed of seeds) {
    for (const preset of presets) {
      const run = presetRun(preset, targets, seed);
      targets.forEach((t, j) => {
        if (t.preset === preset) values[j].push(keep(t.measure(run)));
      });
    }
  }
  return values;
}
