/**
 * A lattice world (DESIGN.md §2.2): width × height localities, von Neumann (4) or Moore (8)
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
  const nbr: number[] = [];
  const steps = moore
    ? [[-1, -1], [0, -1], [1, -1], [-1, 0], [1, 0], [-1, 1], [0, 1], [1, 1]]
    : [[0, -1], [-1, 0], [1, 0], [0, 1]];
  for (let i = 0; i < n; i++) {
    const x = i % width;
    const y = (i - x) / width;
    for (const [dx, dy] of steps) {
      const nx = x + dx;
      const ny = y + dy;
      if (nx >= 0 && nx < width && ny >= 0 && ny < height) nbr.push(ny * width + nx);
    }
    adjOffsets[i + 1] = nbr.length;
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
  const prefIndex = new Map<string, number>();
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
    const key = `${b}:${Math.floor((x % side) / half)}:${Math.floor((y % side) / half)}`;
    let f = prefIndex.get(key);
    if (f === undefined) {
      f = prefectures.length;
      prefIndex.set(key, f);
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
    adjIndices: Int32Array.from(nbr),
    adjSea: new Uint8Array(nbr.length),
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
