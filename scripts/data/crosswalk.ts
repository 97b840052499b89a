/**
 * Joins the 2016 geometry to the NBS-2023 areas (docs/map-data.md, defect 5: never by code alone) and forms
 * the simulation units: each unit is a set of geometry features dissolved together plus the NBS
 * areas whose townships and villages it carries, keyed by one NBS-2023 code.
 */
import { BACKGROUND, CROSSWALK_GROUPS, UNPLACED_NBS, type CrosswalkKind } from './crosswalk-table.ts';
import { isDevelopmentZone, type Area, type Divisions } from './load-divisions.ts';
import type { SourceFeature } from './load-geometry.ts';

export interface Unit {
  code: string;
  name: string;
  /** explicit English name from the crosswalk table, else derived from the pinyin */
  nameEn?: string;
  kind: CrosswalkKind;
  /** 2016 geometry codes, sorted */
  geometryCodes: string[];
  /** NBS-2023 areas carried, sorted by code */
  areas: Area[];
  /** drawn grey and not simulated (金门县) */
  background: boolean;
}

export interface Crosswalk {
  units: Unit[];
  /** geometry feature index → unit code or background code */
  featureUnit: string[];
  /** background code → name, for the grey features */
  backgroundNames: Map<string, string>;
  counts: Record<CrosswalkKind, number>;
  unplaced: Area[];
}

const SUFFIXES = ['自治县', '自治旗', '县', '市', '区', '旗'];
function stem(name: string): string {
  for (const s of SUFFIXES) if (name.endsWith(s) && name.length > s.length + 1) return name.slice(0, -s.length);
  return name;
}
function sameStem(a: string, b: string): boolean {
  const sa = stem(a);
  const sb = stem(b);
  return sa === sb || stem(sa) === sb || sa === stem(sb);
}

export function buildCrosswalk(features: SourceFeature[], div: Divisions): Crosswalk {
  const featureUnit: string[] = new Array(features.length).fill('');
  const backgroundNames = new Map<string, string>();
  const consumed = new Set<string>();
  const units: Unit[] = [];
  const counts: Record<CrosswalkKind, number> = { exact: 0, recoded: 0, upgraded: 0, renamed: 0, merged: 0, split: 0, cluster: 0 };
  const byGeomCode = new Map<string, number[]>();
  features.forEach((f, i) => {
    if (f.kind !== 'mainland') {
      const bg = BACKGROUND[f.kind];
      featureUnit[i] = bg.code;
      backgroundNames.set(bg.code, bg.name);
      return;
    }
    if (f.code === BACKGROUND.dongsha.code) {
      featureUnit[i] = f.code;
      backgroundNames.set(f.code, BACKGROUND.dongsha.name);
      return;
    }
    const list = byGeomCode.get(f.code) ?? [];
    list.push(i);
    byGeomCode.set(f.code, list);
  });
  for (const [code, list] of byGeomCode) if (list.length > 1) throw new Error(`geometry code ${code} appears ${list.length} times`);

  const area = (code: string): Area => {
    const a = div.byCode.get(code);
    if (!a) throw new Error(`crosswalk: NBS code ${code} does not exist`);
    if (consumed.has(code)) throw new Error(`crosswalk: NBS area ${code} ${a.name} assigned twice`);
    consumed.add(code);
    return a;
  };
  const addUnit = (kind: CrosswalkKind, geometry: string[], nbs: Area[], key: string, name?: string, nameEn?: string) => {
    for (const g of geometry) {
      const idx = byGeomCode.get(g);
      if (!idx) throw new Error(`crosswalk: geometry code ${g} does not exist or is already used`);
      featureUnit[idx[0]] = key;
      byGeomCode.delete(g);
    }
    nbs.sort((a, b) => (a.code < b.code ? -1 : 1));
    units.push({
      code: key,
      name: name ?? nbs.map((a) => a.name).join('、'),
      ...(nameEn ? { nameEn } : {}),
      kind,
      geometryCodes: [...geometry].sort(),
      areas: nbs,
      background: key === BACKGROUND.jinmen.code,
    });
    counts[kind] += geometry.length;
  };

  for (const g of CROSSWALK_GROUPS) {
    if (!g.nbs.includes(g.key)) throw new Error(`crosswalk group ${g.note}: key ${g.key} not among its NBS areas`);
    addUnit(g.kind, g.geometry, g.nbs.map(area), g.key, g.name, g.nameEn);
  }

  const open = () => div.areas.filter((a) => !consumed.has(a.code) && !isDevelopmentZone(a.code));
  const remaining = () => [...byGeomCode.keys()].sort().map((c) => features[byGeomCode.get(c)![0]]);
  // exact code + name
  for (const f of remaining()) {
    const a = div.byCode.get(f.code);
    if (a && a.name === f.name && !consumed.has(a.code)) addUnit('exact', [f.code], [area(a.code)], a.code);
  }
  // same name, new code, same province (e.g. 郫都区 510124 → 510117; 公主岭 moved to 长春)
  for (const f of remaining()) {
    const hits = open().filter((a) => a.name === f.name && a.province === f.code.slice(0, 2));
    if (hits.length === 1) addUnit('recoded', [f.code], [area(hits[0].code)], hits[0].code);
  }
  // county upgraded to a city or district: same name stem, same province (潜山县 → 潜山市)
  for (const f of remaining()) {
    const hits = open().filter((a) => a.province === f.code.slice(0, 2) && sameStem(a.name, f.name));
    if (hits.length === 1) addUnit('upgraded', [f.code], [area(hits[0].code)], hits[0].code);
  }
  const left = remaining();
  if (left.length) throw new Error(`crosswalk: unmatched geometry: ${left.map((f) => `${f.code} ${f.name}`).join(', ')}`);
  const unplaced = open().filter((a) => UNPLACED_NBS.includes(a.code));
  const orphan = open().filter((a) => !UNPLACED_NBS.includes(a.code));
  if (orphan.length) throw new Error(`crosswalk: NBS areas without a unit: ${orphan.map((a) => `${a.code} ${a.name}`).join(', ')}`);
  units.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  return { units, featureUnit, backgroundNames, counts, unplaced };
}
