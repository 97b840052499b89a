/** world.unit: the China world at county level (default) or prefecture level. */
import { describe, expect, it } from 'vitest';
import { K, presetMap, problems } from './helpers.ts';
import { resolveScenario } from '../../../src/model/scenario/resolve.ts';
import { scenarioDigest } from '../../../src/model/scenario/digest.ts';
import { scenarioWorldIssues } from '../../../src/model/scenario/worldChecks.ts';
import { buildChinaWorld } from '../../../src/geo/index.ts';
import { adjacency, units } from '../../geo/committed-data.ts';

const OPTIONS = { loadPreset: presetMap({}) };

describe('world.unit', () => {
  it('accepts "prefecture" and keeps it in the resolved scenario', () => {
    const s = resolveScenario({ world: { kind: 'china', unit: 'prefecture' }, innovations: [{ ...K, origins: ['510100'] }] }, OPTIONS);
    expect(s.world).toEqual({ kind: 'china', seaEdges: true, attributeSeed: 1, unit: 'prefecture', attributes: [] });
  });

  it('"county" is the default: a scenario that says so is the same run as one that does not', () => {
    const implicit = resolveScenario({ world: { kind: 'china' }, innovations: [K] }, OPTIONS);
    const explicit = resolveScenario({ world: { kind: 'china', unit: 'county' }, innovations: [K] }, OPTIONS);
    expect(explicit.world).toEqual(implicit.world);
    expect(scenarioDigest(explicit)).toBe(scenarioDigest(implicit));
    const prefecture = resolveScenario({ world: { kind: 'china', unit: 'prefecture' }, innovations: [K] }, OPTIONS);
    expect(scenarioDigest(prefecture)).not.toBe(scenarioDigest(implicit));
  });

  it('rejects other levels, and a unit on a synthetic world, naming what is allowed', () => {
    expect(problems({ world: { kind: 'china', unit: 'township' }, innovations: [K] })).toEqual([
      'invalid world.unit: "township" (allowed "county" or "prefecture")',
    ]);
    expect(problems({ world: { kind: 'lattice', width: 3, height: 3, unit: 'prefecture' }, innovations: [K] })[0]).toMatch(/world\.unit/);
  });

  it('a county code is not a locality of the prefecture world, and the checks say so', () => {
    const world = buildChinaWorld(units, adjacency, { unit: 'prefecture' });
    const s = resolveScenario({ world: { kind: 'china', unit: 'prefecture' }, innovations: [{ ...K, origins: ['510104', '510100'] }] }, OPTIONS);
    expect(scenarioWorldIssues(s, world).map((i) => i.message)).toEqual([
      'invalid innovations[0].origins[0]: "510104" (no locality has this code in the china world)',
    ]);
    // attribute overrides name unit codes too; scopes by prefecture keep their NBS prefecture codes
    const overridden = resolveScenario(
      {
        world: { kind: 'china', unit: 'prefecture', attributes: [{ code: '510100', attribute: 'digital', value: 0.9 }] },
        innovations: [{ ...K, origins: ['510100'], events: [{ year: 2026, type: 'endorse', level: 'province', scope: { prefectures: ['5101', '4690'] } }] }],
      },
      OPTIONS,
    );
    expect(scenarioWorldIssues(overridden, world)).toEqual([]);
  });
});
