/**
 * A lattice world (docs/model.md §1): width × height localities, von Neumann (4) or Moore (8)
 * neighbourhood without wrap-around. Synthetic hierarchy: provinces are square blocks of
 * `provinceSide` × `provinceSide` localities, prefectures their quadrants (blocks of
 * ceil(provinceSide/2)); regions by the block column's position — the western third of the lattice is
 * `west`, the middle third `central`, the eastern third `east` (the lattice has no `northeast`).
 * The first locality of each prefecture (its north-west corner) is a `district`, the others `county`.
 * Locality i is at x = i mod width, y = floor(i / width); its code is "x,y".
 */
import { REGIONS, URBAN_TYPES, type Prefecture, type Province, type World } from '../world.ts';
import { syntheticAttributes } from './syntheticAttributes.ts';

export interface LatticeOptions {
  width: number;
  height: number;
  neighbourhood?: 'von-neumann' | 'moore';
  /** localities per province block side (default 10) */
  provinceSide?: number;
  /** seed of the attribute noise (default 1) */
  attributeSeed?: number;
  /** SD of the attribute noise around 0.5 (default 0: identical localities) */
  heterogeneity?: number;
}

function positiveInteger(name: string, value: number): number {
  if (!Number.isInteger(value) || value < 1) throw new RangeError(`invalid world.${name}: ${value} (allowed integer ≥ 1)`);
  return value;
}

export function createLatticeWorld(options: LatticeOptions): World {
  const width = positiveInteger('width', options.width);
  const height = positiveInteger('height', options.height);
  const side = positiveInteger('provinceSide', options.provinceSide ?? 10);
  const moore = (options.neighbourhood ?? 'von-neumann') === 'moore';
  const n = width * height;

  const adjOffsets = new Int32Array(n + 1);
  const steps = moore
    ? [[-1, -1], [0, -1], [1, -1], [-1, 0], [1, 0], [-1, 1], [0, 1], [1, 1]]
    : [[0, -1], [-1, 0], [1, 0], [0, 1]];
  const stepX = Int32Array.from(steps, (s) => s[0]);
  const stepY = Int32Array.from(steps, (s) => s[1]);
  const adjIndices = new Int32Array(n * steps.length); // trimmed below
  let edges = 0;
  for (let i = 0; i < n; i++) {
    const x = i % width;
    const y = (i - x) / width;
    for (let d = 0; d < stepX.length; d++) {
      const nx = x + stepX[d];
      const ny = y + stepY[d];
      if (nx >= 0 && nx < width && ny >= 0 && ny < height) adjIndices[edges++] = ny * width + nx;
    }
    adjOffsets[i + 1] = edges;
  }

  const bx = Math.ceil(width / side);
  const by = Math.ceil(height / side);
  const half = Math.ceil(side / 2);
  const provinces: Province[] = [];
  for (let b = 0; b < bx * by; b++) {
    const col = b % bx;
    const third = Math.min(2, Math.floor((3 * (col + 0.5)) / bx));
    const region = REGIONS.indexOf(third === 0 ? 'west' : third === 1 ? 'central' : 'east');
    provinces.push({ code: `P${b}`, name: `P${b}`, nameEn: `Province ${b}`, region });
  }
  const prefectures: Prefecture[] = [];
  // prefecture of (block, quadrant column, quadrant row), −1 until first seen: numbered in order of
  // first appearance over ascending locality index
  const prefIndex = new Int32Array(bx * by * 4).fill(-1);
  const province = new Int32Array(n);
  const prefecture = new Int32Array(n);
  const region = new Uint8Array(n);
  const urbanType = new Uint8Array(n);
  const lon = new Float64Array(n);
  const lat = new Float64Array(n);
  const codes: string[] = [];
  const county = URBAN_TYPES.indexOf('county');
  const district = URBAN_TYPES.indexOf('district');
  for (let i = 0; i < n; i++) {
    const x = i % width;
    const y = (i - x) / width;
    const b = Math.floor(y / side) * bx + Math.floor(x / side);
    province[i] = b;
    region[i] = provinces[b].region;
    const key = b * 4 + Math.floor((x % side) / half) * 2 + Math.floor((y % side) / half);
    let f = prefIndex[key];
    if (f < 0) {
      f = prefectures.length;
      prefIndex[key] = f;
      prefectures.push({ code: `F${f}`, name: `F${f}`, nameEn: `Prefecture ${f}`, province: b });
      urbanType[i] = district;
    } else urbanType[i] = county;
    prefecture[i] = f;
    lon[i] = x;
    lat[i] = y;
    codes.push(`${x},${y}`);
  }

  return {
    kind: 'lattice',
    n,
    codes,
    names: codes,
    namesEn: codes,
    adjOffsets,
    adjIndices: adjIndices.slice(0, edges),
    adjSea: new Uint8Array(edges),
    province,
    prefecture,
    region,
    urbanType,
    provinces,
    prefectures,
    townships: new Int32Array(n),
    villages: new Int32Array(n),
    lon,
    lat,
    attributes: syntheticAttributes(n, options.attributeSeed ?? 1, options.heterogeneity ?? 0),
  };
}
