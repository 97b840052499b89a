/**
 * The runs of a tornado on whichever pool runs comparisons: Node's threads (`idlab tornado`,
 * src/compare/node/runComparison.ts) or the browser's workers (the app, runComparisonInBrowser). For
 * each variant one paired comparison, current scenario against the variant, with the same pair seeds;
 * the current scenario's runs are done by the first comparison and handed back to every later one,
 * so they run once. Variants run one after another in a fixed order and each comparison places
 * results by pair, so the data do not depend on the number of workers.
 */
import type { ComparisonResult, CompareKpiId } from '../types.ts';
import { COMPARE_KPIS } from '../compareKpis.ts';
import { tornadoVariants } from './tornadoLevers.ts';
import type { TornadoData, TornadoLever, TornadoProgress, TornadoValues, TornadoVariant } from './types.ts';

/**
 * Runs one comparison: the current scenario (baseline arm) against `variant` (scenario arm), M pairs
 * from the tornado's seed. `reuse`: the current scenario's runs from an earlier call (undefined on
 * the first). Resolves the comparison and the current scenario's runs, or null when it was stopped.
 */
export type TornadoComparisonRunner<R> = (
  variant: TornadoVariant,
  reuse: R | undefined,
  onProgress: (done: number, total: number) => void,
) => Promise<{ result: ComparisonResult; currentRuns: R } | null>;

export interface TornadoRunOptions<R> {
  levers: readonly TornadoLever[];
  pairs: number;
  run: TornadoComparisonRunner<R>;
  onProgress?: (progress: TornadoProgress) => void;
}

/** The tornado's data, or null when it was stopped. */
export async function runTornado<R>(o: TornadoRunOptions<R>): Promise<TornadoData | null> {
  const variants = tornadoVariants(o.levers);
  const total = o.pairs * (1 + variants.length);
  const byVariant = new Map<string, TornadoValues>();
  let currentRuns: R | undefined;
  let first: ComparisonResult | undefined;
  o.onProgress?.({ done: 0, total });
  for (const [j, variant] of variants.entries()) {
    // comparison j's runs: the pairs of the current scenario (done in comparison 0) and of variant j
    const outcome = await o.run(variant, currentRuns, (done) => o.onProgress?.({ done: j * o.pairs + done, total }));
    if (!outcome) return null;
    currentRuns ??= outcome.currentRuns;
    first ??= outcome.result;
    byVariant.set(`${variant.key}:${variant.side}`, kpiValues(outcome.result, 'scenario'));
  }
  if (!first) return null;
  return {
    pairs: first.pairs,
    seeds: first.seeds,
    innovations: first.innovations.map((i) => i.id),
    current: kpiValues(first, 'baseline'),
    levers: o.levers.map((l) => ({ ...l, values: { low: byVariant.get(`${l.key}:low`) ?? null, high: byVariant.get(`${l.key}:high`) ?? null } })),
  };
}

/** Every KPI's per-pair values of one arm of a comparison. */
function kpiValues(result: ComparisonResult, arm: 'baseline' | 'scenario'): TornadoValues {
  const out: TornadoValues = {};
  for (const inn of result.innovations) {
    out[inn.id] = Object.fromEntries(COMPARE_KPIS.map(({ id }) => [id, inn.kpis[id].values[arm]])) as Record<CompareKpiId, Float64Array>;
  }
  return out;
}
