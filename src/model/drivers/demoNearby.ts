/**
 * Demonstration sites and demoNearby_ik (docs/model.md §6–§7). A locality is a demonstration site of k
 * while it practises k (stages 1–4) and is either *named* (pilot, origin, namedSites lever) or
 * optimizing with Q ≥ Q_demo. demoNearby_ik = 1 when a demonstration site of k other than i is a
 * map neighbour of i or in i's province. Counts per (i,k) over neighbours and per (province, k) are
 * kept incrementally: `refreshDemo` is called whenever stage, Q or the named flag of (i,k) changes.
 */
import type { Kernel } from '../simulation/kernel.ts';
import * as stages from '../simulation/stages.ts';
import { qualityAt } from '../simulation/qualityCells.ts';

const FLAG_DEMO = stages.FLAG_DEMO; // local copies: imported bindings may be getters
const FLAG_NAMED = stages.FLAG_NAMED;

export function refreshDemo(m: Kernel, k: number, i: number): void {
  const idx = k * m.N + i;
  const s = m.stage[idx];
  const f = m.flags[idx];
  const want = s >= 1 && s <= 4 && ((f & FLAG_NAMED) !== 0 || (s === 4 && qualityAt(m, idx, m.tick) >= m.qDemo));
  const has = (f & FLAG_DEMO) !== 0;
  if (want === has) return;
  const delta = want ? 1 : -1;
  m.flags[idx] = want ? f | FLAG_DEMO : f & ~FLAG_DEMO;
  m.demoProv[k * m.P + m.province[i]] += delta;
  const base = k * m.N;
  const { adjOff, adjIdx, nb } = m;
  for (let e = adjOff[i], end = adjOff[i + 1]; e < end; e++) nb[8 * (base + adjIdx[e]) + 2] += delta; // NB_DEMO
}

/** demoNearby_ik from the start-of-tick counts (excluding i itself). */
export function demoNearby(m: Kernel, k: number, i: number): boolean {
  const idx = k * m.N + i;
  if (m.nb[8 * idx + 2] > 0) return true; // NB_DEMO
  return m.demoProv[k * m.P + m.province[i]] - ((m.flags[idx] & FLAG_DEMO) !== 0 ? 1 : 0) > 0;
}
