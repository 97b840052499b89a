/**
 * The tornado engine: which levers it moves and to what, the interval of a median, and on fengqiao
 * (China map, 20 pairs) that a lever that cannot act there ranks last with every difference 0 while
 * a strong one ranks above it with the sign the mechanism gives; the current scenario's runs are
 * done once for all variants.
 */
import { describe, expect, it } from 'vitest';
import { loadWorld } from '../../src/cli/load-world.ts';
import { runTornadoOnThreads } from '../../src/cli/run-tornado-on-threads.ts';
import { medianInterval } from '../../src/compare/tornado/medianInterval.ts';
import { summarizeTornado } from '../../src/compare/tornado/summarizeTornado.ts';
import { tornadoLevers, tornadoVariants } from '../../src/compare/tornado/tornadoLevers.ts';
import { LEVER_DEFS } from '../../src/model/params/index.ts';
import { COMPARE_KPIS } from '../../src/compare/compareKpis.ts';
import type { TornadoData, TornadoValues } from '../../src/compare/tornado/types.ts';
import type { CompareKpiId } from '../../src/compare/types.ts';
import { resolved } from './helpers.ts';

describe('tornado levers', () => {
  it('moves every lever of the table to the ends of its plausible range (switches off and on), and runs only the ends that differ from the current value', () => {
    const fengqiao = resolved({ extends: 'fengqiao' });
    const levers = tornadoLevers(fengqiao);
    expect(levers.map((l) => l.key)).toEqual(LEVER_DEFS.map((d) => d.key));
    const byKey = Object.fromEntries(levers.map((l) => [l.key, l]));
    expect(byKey.thirdPartyEval).toMatchObject({ current: 0.5, low: 0, high: 1 });
    expect(byKey.reward).toMatchObject({ current: 1, low: 1, high: 3 });
    expect(byKey.pairing).toMatchObject({ current: false, low: false, high: true });
    expect(byKey.reward.label.zh).toBe('纳入本地制度的奖励');
    const variants = tornadoVariants(levers);
    expect(variants.filter((v) => v.key === 'thirdPartyEval').map((v) => v.side)).toEqual(['low', 'high']);
    expect(variants.filter((v) => v.key === 'reward')).toEqual([{ key: 'reward', side: 'high', value: 3 }]);
  });
});

describe('medianInterval', () => {
  it('bounds the median of 20 values by the 6th and 15th smallest (95.9 % coverage), of 5 values by the extremes', () => {
    const twenty = Array.from({ length: 20 }, (_, i) => i + 1);
    expect(medianInterval(twenty)).toEqual([6, 15]);
    expect(medianInterval([1, 2, 3, 4, 5])).toEqual([1, 5]);
    expect(medianInterval([])).toEqual([NaN, NaN]);
  });
});

/** Every KPI of innovation `a` at these per-pair values. */
function values(pairs: number[]): TornadoValues {
  return { a: Object.fromEntries(COMPARE_KPIS.map(({ id }) => [id, Float64Array.from(pairs)])) as Record<CompareKpiId, Float64Array> };
}

describe('summarizeTornado', () => {
  it('ranks by |median of high − low|; between equal swings a lever that moves some worlds comes before one that moves none, whatever the table order', () => {
    const label = { en: '', zh: '' };
    const data: TornadoData = {
      pairs: 5,
      seeds: [1, 2, 3, 4, 5],
      innovations: ['a'],
      current: values([1, 1, 1, 1, 1]),
      levers: [
        { key: 'idle', label, current: 0, low: 0, high: 1, values: { low: null, high: values([1, 1, 1, 1, 1]) } },
        { key: 'spread', label, current: 0, low: 0, high: 1, values: { low: null, high: values([0.5, 1, 1, 1, 1.5]) } },
        { key: 'strong', label, current: 0, low: 0, high: 1, values: { low: null, high: values([0.4, 0.5, 0.6, 0.7, 0.8]) } },
      ],
    };
    const t = summarizeTornado(data, 'everShare', 'a');
    expect(t.rows.map((r) => r.key)).toEqual(['strong', 'spread', 'idle']);
    expect(t.rows[0].swing).toBeCloseTo(0.4);
    expect(t.rows[0].highDifference.median).toBeCloseTo(-0.4);
    expect(t.rows[0].lowDifference).toEqual({ median: 0, p10: 0, p90: 0 });
    // 5 pairs: the interval of the median is the whole range
    expect(t.rows[0].swingInterval[0]).toBeCloseTo(-0.6);
    expect(t.rows[0].swingInterval[1]).toBeCloseTo(-0.2);
    expect([t.better, t.current.median]).toEqual(['higher', 1]);
  });
});

describe('tornado on fengqiao', () => {
  it('ranks a lever that cannot act last with every difference 0, and independent evaluation above it with the right sign; the scenario runs once', async () => {
    const current = resolved({ extends: 'fengqiao' });
    // burdenReduction only scales the load of other innovations run at the same time: fengqiao has none
    const levers = tornadoLevers(current).filter((l) => ['burdenReduction', 'thirdPartyEval', 'acc'].includes(l.key));
    const progress: number[] = [];
    const data = await runTornadoOnThreads({ world: loadWorld(current.world), current, levers, pairs: 20, seed: 1, workers: 1, onProgress: (p) => progress.push(p.done) });
    // one step per run: the scenario's 20 runs once, then 20 per variant (burdenReduction high, thirdPartyEval and acc low and high)
    expect(progress).toEqual(Array.from({ length: 1 + 20 * (1 + 5) }, (_, i) => i));
    const t = summarizeTornado(data!, 'activeShare', 'fengqiao');
    expect(t.rows.map((r) => r.key)).toEqual(['thirdPartyEval', 'acc', 'burdenReduction']);
    const [evaluation, , idle] = t.rows;
    for (const b of [idle.lowDifference, idle.highDifference, idle.swingDifference]) expect(b).toEqual({ median: 0, p10: 0, p90: 0 });
    expect(idle.swing).toBe(0);
    expect(idle.swingInterval[0]).toBeLessThanOrEqual(0);
    expect(idle.swingInterval[1]).toBeGreaterThanOrEqual(0);
    // evaluation prevents slipping into formality: more localities active with it, fewer without, in the whole interval
    expect(evaluation.highDifference.p10).toBeGreaterThan(0);
    expect(evaluation.lowDifference.p90).toBeLessThan(0);
    expect(evaluation.swingInterval[0]).toBeGreaterThan(0);
    expect(evaluation.pairs).toBe(20);
    // more pressure of assessment: more slip into formality, fewer active
    expect(t.rows[1].highDifference.p90).toBeLessThan(0);
    expect(t.rows[1].swingInterval[1]).toBeLessThan(0);
  }, 120_000);
});
