/**
 * A fully mixed world (docs/model.md §1, §10): n localities with global mixing only — no neighbour
 * list is built (`adjOffsets` is null). The hierarchy is one synthetic province and prefecture in
 * the `central` region; every locality is a `county`. Codes are "0" … "n−1".
 */
import { REGIONS, URBAN_TYPES, type World } from '../world.ts';
import { syntheticAttributes } from './syntheticAttributes.ts';

export interface MixedOptions {
  n: number;
  attributeSeed?: number;
  heterogeneity?: number;
}

export function createMixedWorld(options: MixedOptions): World {
  const { n } = options;
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`invalid world.n: ${n} (allowed integer ≥ 1)`);
  const codes = Array.from({ length: n }, (_, i) => String(i));
  return {
    kind: 'mixed',
    n,
    codes,
    names: codes,
    namesEn: codes,
    adjOffsets: null,
    adjIndices: null,
    adjSea: null,
    province: new Int32Array(n),
    prefecture: new Int32Array(n),
    region: new Uint8Array(n).fill(REGIONS.indexOf('central')),
    urbanType: new Uint8Array(n).fill(URBAN_TYPES.indexOf('county')),
    provinces: [{ code: 'P0', name: 'P0', nameEn: 'Province 0', region: REGIONS.indexOf('central') }],
    prefectures: [{ code: 'F0', name: 'F0', nameEn: 'Prefecture 0', province: 0 }],
    townships: new Int32Array(n),
    villages: new Int32Array(n),
    lon: new Float64Array(n),
    lat: new Float64Array(n),
    attributes: syntheticAttributes(n, options.attributeSeed ?? 1, options.heterogeneity ?? 0),
  };
}
