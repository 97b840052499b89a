/**
 * The history match of the China case presets (npm run history-match): every shipped case preset is
 * non-implausible against its milestones, each varies 2–4 parameters whose shipped values lie in
 * their search ranges, a small match is deterministic and confined to wave 1's box in wave 2, and the
 * committed page reports every preset non-implausible. The full match is not run here (it takes
 * minutes); docs/validation/history-matching.md is its record.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../docs/repoFiles.ts';
import { IMPLAUSIBILITY_CUTOFF } from '../../src/calibration/implausibility.ts';
import { currentTargets } from '../../scripts/validation/validation.ts';
import { historyMatchPreset, presetTargets, shippedFit, type HistoryMatchOptions } from '../../scripts/calibration/history-match.ts';
import { historyMatchDoc, historyMatchSvg, HM_DOC_PATH } from '../../scripts/calibration/historyMatchDoc.ts';
import { PRESET_MATCHES, toUnit } from '../../scripts/calibration/historyMatchPresets.ts';
import { resolveScenario } from '../../src/model/scenario/resolve.ts';
import { loadPresetForExtends } from '../../src/cli/presets.ts';

const targets = currentTargets();
const CASES = ['grid', 'three-governance', 'fengqiao', 'chengdu', 'bottom-up'];

describe('history matching of the China case presets', () => {
  it('matches the five case presets, each on 2–4 parameters with its shipped values inside the ranges searched', () => {
    expect(PRESET_MATCHES.map((m) => m.preset)).toEqual(CASES);
    for (const match of PRESET_MATCHES) {
      expect(match.params.length, match.preset).toBeGreaterThanOrEqual(2);
      expect(match.params.length, match.preset).toBeLessThanOrEqual(4);
      expect(presetTargets(match, targets).length, match.preset).toBeGreaterThan(0);
      const scenario = resolveScenario({ extends: match.preset }, { loadPreset: loadPresetForExtends });
      for (const param of match.params) {
        const v = param.shipped(scenario);
        expect(v, `${match.preset} ${param.symbol}`).toBeGreaterThanOrEqual(param.range[0]);
        expect(v, `${match.preset} ${param.symbol}`).toBeLessThanOrEqual(param.range[1]);
      }
    }
  });

  it('every shipped case preset is non-implausible against its milestones (I ≤ 3 over seeds 1–20)', () => {
    for (const match of PRESET_MATCHES) {
      const fit = shippedFit(match, presetTargets(match, targets), 20);
      for (const t of fit) expect(t.implausibility, `${match.preset}: ${t.target.id}`).toBeLessThanOrEqual(IMPLAUSIBILITY_CUTOFF);
    }
  });

  it('a small match is deterministic, and wave 2 samples inside the box of wave 1’s kept points', () => {
    const match = PRESET_MATCHES.find((m) => m.preset === 'chengdu')!;
    const options: HistoryMatchOptions = { points: 8, seeds: 2, waves: 2, shippedSeeds: 2, presets: ['chengdu'] };
    const a = historyMatchPreset(match, targets, options);
    const b = historyMatchPreset(match, targets, options);
    expect(historyMatchDoc([a], options)).toBe(historyMatchDoc([b], options));
    expect(historyMatchSvg(a)).toBe(historyMatchSvg(b));
    const wave1 = a.points.filter((pt) => pt.wave === 1);
    expect(wave1).toHaveLength(8);
    const kept = wave1.filter((pt) => pt.implausibility <= IMPLAUSIBILITY_CUTOFF);
    expect(kept.length).toBeGreaterThan(0);
    const wave2 = a.points.filter((pt) => pt.wave === 2);
    expect(wave2).toHaveLength(8);
    match.params.forEach((param, i) => {
      const lo = Math.min(...kept.map((pt) => pt.u[i])) - 0.5 / 8;
      const hi = Math.max(...kept.map((pt) => pt.u[i])) + 0.5 / 8;
      for (const pt of wave2) {
        expect(pt.u[i]).toBeGreaterThanOrEqual(lo - 1e-12);
        expect(pt.u[i]).toBeLessThanOrEqual(hi + 1e-12);
        expect(toUnit(param, pt.values[i])).toBeCloseTo(pt.u[i], 6);
      }
    });
  });

  it('the committed page reports every case preset non-implausible (regenerate with npm run history-match)', () => {
    const doc = readFileSync(join(REPO_ROOT, HM_DOC_PATH), 'utf8');
    const rows = doc.split('\n').filter((l) => l.startsWith('| [') && l.includes('](#'));
    expect(rows.map((l) => l.slice(3, l.indexOf(']')))).toEqual(CASES);
    for (const row of rows) expect(row.endsWith('(≤ 3) |'), row).toBe(true);
  });
});
