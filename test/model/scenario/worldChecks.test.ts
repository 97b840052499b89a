import { describe, expect, it } from 'vitest';
import type { World } from '../../../src/model/world.ts';
import { scenarioWorldIssues } from '../../../src/model/scenario/worldChecks.ts';
import { resolveScenario } from '../../../src/model/scenario/resolve.ts';
import { presetMap } from './helpers.ts';

// A three-locality China-like world: two prefectures in one province.
function tinyWorld(): World {
  const n = 3;
  const attr = () => new Float64Array(n).fill(0.5);
  return {
    kind: 'china',
    n,
    codes: ['330681', '330682', '330102'],
    names: ['诸暨市', '上虞', '上城区'],
    namesEn: ['Zhuji', 'Shangyu', 'Shangcheng'],
    adjOffsets: null,
    adjIndices: null,
    adjSea: null,
    province: new Int32Array([0, 0, 0]),
    prefecture: new Int32Array([0, 0, 1]),
    region: new Uint8Array(n),
    urbanType: new Uint8Array([1, 1, 0]),
    provinces: [{ code: '33', name: '浙江省', nameEn: 'Zhejiang', region: 0 }],
    prefectures: [
      { code: '3306', name: '绍兴市', nameEn: 'Shaoxing', province: 0 },
      { code: '3301', name: '杭州市', nameEn: 'Hangzhou', province: 0 },
    ],
    townships: new Int32Array(n),
    villages: new Int32Array(n),
    lon: new Float64Array(n),
    lat: new Float64Array(n),
    attributes: { resources: attr(), support: attr(), digital: attr(), pressure: attr() },
  };
}

const resolve = (file: unknown) => resolveScenario(file, { loadPreset: presetMap({}) });

describe('scenarioWorldIssues', () => {
  it('accepts codes, prefectures and provinces that exist', () => {
    const s = resolve({
      innovations: [
        {
          id: 'k', complexity: 0.2, digital: 0.1, origins: ['330681'],
          events: [{ year: 2026, type: 'pilot', level: 'province', scope: { prefectures: ['3301'], provinces: ['33'], top: { n: 2, by: 'resources', unit: 'prefecture' } } }],
        },
      ],
    });
    expect(scenarioWorldIssues(s, tinyWorld())).toEqual([]);
  });

  it('names every code the world does not have and selectors asking for too many units', () => {
    const s = resolve({
      world: { kind: 'china', attributes: [{ code: '999999', attribute: 'digital', value: 0.3 }] },
      levers: { rewardScope: { provinces: ['44'] }, namedSites: [{ year: 2026, scope: { codes: ['110101'] } }] },
      innovations: [
        {
          id: 'k', complexity: 0.2, digital: 0.1, origins: ['330681', '330683'],
          events: [{ year: 2026, type: 'pilot', level: 'province', scope: { prefectures: ['3302'], top: { n: 5, by: 'resources', unit: 'prefecture' } } }],
        },
      ],
    });
    expect(scenarioWorldIssues(s, tinyWorld()).map((i) => i.message)).toEqual([
      'invalid innovations[0].origins[1]: "330683" (no locality has this code in the china world)',
      'invalid innovations[0].events[0].scope.prefectures[0]: "3302" (no prefecture has this code in the china world)',
      'invalid innovations[0].events[0].scope.top.n: 5 (allowed at most 2: the china world has 2 prefecture units)',
      'invalid levers.rewardScope.provinces[0]: "44" (no province has this code in the china world)',
      'invalid levers.namedSites[0].scope.codes[0]: "110101" (no locality has this code in the china world)',
      'invalid world.attributes[0].code: "999999" (no locality has this code in the china world)',
    ]);
  });

  it('refuses a world of another kind', () => {
    const s = resolve({ world: { kind: 'mixed', n: 3 }, innovations: [{ id: 'k', complexity: 0, digital: 0 }] });
    expect(scenarioWorldIssues(s, tinyWorld()).map((i) => i.message)).toEqual([
      'invalid world.kind: "mixed" (the world built for this run is "china")',
    ]);
  });
});
