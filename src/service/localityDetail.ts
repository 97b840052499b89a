import type { Simulation } from '../model/simulation/types.ts';
import { CHANNEL_IDS } from '../model/events/channels.ts';
import { FLAG_DEMO } from '../model/simulation/stages.ts';
import type { LocalityDetail } from './types.ts';

/**
 * What the map's tooltip shows about locality i at the current tick, per innovation: stage, since
 * when (the tick of its last stage change, 0 if it never changed), quality, demonstration site,
 * origin, whether the innovation is a fit there, and its last adoption — when, from whom and through which channel — read backwards
 * from the event log (docs/model.md §14: the log is the canonical record).
 */
export function localityDetail(sim: Simulation, i: number, origins: readonly (readonly number[])[]): LocalityDetail {
  if (!Number.isInteger(i) || i < 0 || i >= sim.n) {
    throw new Error(`invalid locality index: ${i} (allowed 0–${sim.n - 1})`);
  }
  const w = sim.world;
  const K = sim.innovationCount;
  const since = new Int32Array(K).fill(-1);
  const learned: LocalityDetail['innovations'][number]['learned'][] = new Array(K).fill(null);
  let missing = 2 * K;
  const e = { tick: 0, locality: 0, innovation: 0, from: 0, to: 0, channel: 0, source: 0 };
  for (let j = sim.events.length - 1; j >= 0 && missing > 0; j--) {
    sim.events.get(j, e);
    if (e.locality !== i) continue;
    const k = e.innovation;
    if (since[k] < 0) {
      since[k] = e.tick;
      missing--;
    }
    const adoption = (e.from === 0 || e.from === 6) && e.to >= 1 && e.to <= 4;
    if (adoption && learned[k] === null) {
      learned[k] = {
        tick: e.tick,
        channel: CHANNEL_IDS[e.channel],
        source: e.source >= 0 ? { index: e.source, name: w.names[e.source], nameEn: w.namesEn[e.source] } : null,
      };
      missing--;
    }
  }
  const province = w.provinces[w.province[i]];
  return {
    index: i,
    code: w.codes[i],
    name: w.names[i],
    nameEn: w.namesEn[i],
    province: { name: province?.name ?? '', nameEn: province?.nameEn ?? '' },
    innovations: Array.from({ length: K }, (_, k) => {
      const idx = k * sim.n + i;
      return {
        stage: sim.stage[idx],
        since: Math.max(0, since[k]),
        quality: sim.quality[idx],
        demo: (sim.flags[idx] & FLAG_DEMO) !== 0,
        origin: origins[k]?.includes(i) ?? false,
        unfit: sim.ineligible.length > 0 && sim.ineligible[idx] === 1,
        learned: learned[k],
      };
    }),
  };
}
