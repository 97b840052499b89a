/**
 * Scope → the sorted indices of the localities it covers (src/model/scenario/types.ts `Scope`):
 * the union of codes, prefectures, provinces, regions and a `top` selector, then filtered by
 * `urbanTypes`; a scope with no set (`{}` or only `urbanTypes`) covers every locality. Prefectures
 * and provinces are matched by code, Chinese name or English name. `top` ranks units by their
 * baseline attribute (the mean over a unit's localities), ties broken by code. Unknown names are
 * configuration errors naming the field path.
 */
import { REGIONS, URBAN_TYPES, type AttributeId, type World } from '../world.ts';
import { codeLookup, type CodeLookup } from '../worlds/codeLookup.ts';
import type { Scope } from '../scenario/types.ts';

export function resolveScope(
  world: World,
  scope: Scope,
  baseline: Readonly<Record<AttributeId, Float64Array>>,
  path: string,
  codes: CodeLookup = codeLookup(world),
): Int32Array {
  const n = world.n;
  const inScope = new Uint8Array(n);
  let anySet = false;

  if (scope.codes) {
    anySet = true;
    scope.codes.forEach((code, j) => {
      const i = codes.get(code);
      if (i === undefined) throw new Error(`invalid ${path}.codes[${j}]: "${code}" (no locality with this code)`);
      inScope[i] = 1;
    });
  }
  if (scope.prefectures) {
    anySet = true;
    const wanted = new Uint8Array(world.prefectures.length);
    scope.prefectures.forEach((name, j) => {
      const f = world.prefectures.findIndex((p) => p.code === name || p.name === name || p.nameEn === name);
      if (f < 0) throw new Error(`invalid ${path}.prefectures[${j}]: "${name}" (no prefecture with this code or name)`);
      wanted[f] = 1;
    });
    for (let i = 0; i < n; i++) if (wanted[world.prefecture[i]]) inScope[i] = 1;
  }
  if (scope.provinces) {
    anySet = true;
    const wanted = new Uint8Array(world.provinces.length);
    scope.provinces.forEach((name, j) => {
      const p = world.provinces.findIndex((x) => x.code === name || x.name === name || x.nameEn === name);
      if (p < 0) throw new Error(`invalid ${path}.provinces[${j}]: "${name}" (no province with this code or name)`);
      wanted[p] = 1;
    });
    for (let i = 0; i < n; i++) if (wanted[world.province[i]]) inScope[i] = 1;
  }
  if (scope.regions) {
    anySet = true;
    const wanted = new Uint8Array(REGIONS.length);
    scope.regions.forEach((name, j) => {
      const r = (REGIONS as readonly string[]).indexOf(name);
      if (r < 0) throw new Error(`invalid ${path}.regions[${j}]: "${name}" (allowed ${REGIONS.join(', ')})`);
      wanted[r] = 1;
    });
    for (let i = 0; i < n; i++) if (wanted[world.region[i]]) inScope[i] = 1;
  }
  if (scope.top) {
    anySet = true;
    const { n: count, by, unit } = scope.top;
    const values = baseline[by];
    if (!values) throw new Error(`invalid ${path}.top.by: "${by}" (allowed resources, support, digital, pressure)`);
    if (!Number.isInteger(count) || count < 0) throw new Error(`invalid ${path}.top.n: ${count} (allowed integer ≥ 0)`);
    const unitOf = unit === 'locality' ? null : unit === 'prefecture' ? world.prefecture : unit === 'province' ? world.province : undefined;
    if (unitOf === undefined) throw new Error(`invalid ${path}.top.unit: "${unit}" (allowed locality, prefecture, province)`);
    const units = unitOf === null ? n : unit === 'prefecture' ? world.prefectures.length : world.provinces.length;
    const unitCode = (u: number): string =>
      unitOf === null ? world.codes[u] : unit === 'prefecture' ? world.prefectures[u].code : world.provinces[u].code;
    const sum = new Float64Array(units);
    const size = new Float64Array(units);
    for (let i = 0; i < n; i++) {
      const u = unitOf === null ? i : unitOf[i];
      sum[u] += values[i];
      size[u]++;
    }
    const order: number[] = [];
    for (let u = 0; u < units; u++) if (size[u] > 0) order.push(u);
    const mean = (u: number): number => sum[u] / size[u];
    order.sort((a, b) => mean(b) - mean(a) || (unitCode(a) < unitCode(b) ? -1 : unitCode(a) > unitCode(b) ? 1 : 0));
    const chosen = new Uint8Array(units);
    for (let j = 0; j < Math.min(count, order.length); j++) chosen[order[j]] = 1;
    for (let i = 0; i < n; i++) if (chosen[unitOf === null ? i : unitOf[i]]) inScope[i] = 1;
  }
  if (!anySet) inScope.fill(1);
  if (scope.urbanTypes) {
    const wanted = new Uint8Array(URBAN_TYPES.length);
    scope.urbanTypes.forEach((name, j) => {
      const t = (URBAN_TYPES as readonly string[]).indexOf(name);
      if (t < 0) throw new Error(`invalid ${path}.urbanTypes[${j}]: "${name}" (allowed ${URBAN_TYPES.join(', ')})`);
      wanted[t] = 1;
    });
    for (let i = 0; i < n; i++) if (!wanted[world.urbanType[i]]) inScope[i] = 0;
  }
  let count = 0;
  for (let i = 0; i < n; i++) count += inScope[i];
  const out = new Int32Array(count);
  for (let i = 0, w = 0; i < n; i++) if (inScope[i]) out[w++] = i;
  return out;
}
