/**
 * The outcomes a sweep can keep (EMA's "outcomes"): one number (or null) per run and innovation,
 * read from the run's summary (docs/model.md §14). Names are the summary's field names; the Bass fit
 * and the channel shares are flattened (`bassP`, `channelEndorsement`). Null means "not defined for
 * this run" (t50 when half of the localities never adopted), never "missing".
 */
import type { InnovationSummary } from '../model/metrics/summary.ts';
import { CHANNEL_IDS, type ChannelId } from '../model/events/channels.ts';

export interface SweepMetric {
  name: string;
  /** unit or meaning, for docs and `idlab sweep plan --help` */
  description: string;
  read(s: InnovationSummary): number | null;
}

const channelMetrics: SweepMetric[] = CHANNEL_IDS.filter((c) => c !== 'none').map((c: ChannelId) => ({
  name: `channel${c[0].toUpperCase()}${c.slice(1)}`,
  description: `share of adoption entries through the ${c} channel`,
  read: (s) => s.channelShares[c],
}));

export const SWEEP_METRICS: readonly SweepMetric[] = [
  { name: 't10', description: 'years from the start until 10 % ever adopted (null: not reached)', read: (s) => s.t10 },
  { name: 't50', description: 'years from the start until 50 % ever adopted (null: not reached)', read: (s) => s.t50 },
  { name: 't90', description: 'years from the start until 90 % ever adopted (null: not reached)', read: (s) => s.t90 },
  { name: 'everAdoptedShare', description: 'share of localities ever adopted at the end', read: (s) => s.everAdoptedShare },
  { name: 'activeShare', description: 'share of localities in stages 1–4 at the end', read: (s) => s.activeShare },
  { name: 'adoptions', description: 'adoption entries (count)', read: (s) => s.adoptions },
  { name: 'persistence5', description: 'Kaplan–Meier share of adoptions still active after 5 years', read: (s) => s.persistence5 },
  { name: 'provincesActive10', description: 'provinces with ≥ 10 % of localities active', read: (s) => s.provincesActive10 },
  { name: 'moranI', description: "Moran's I of first-adoption years", read: (s) => s.moranI },
  { name: 'meanQuality', description: 'mean quality Q of active localities', read: (s) => s.meanQuality },
  { name: 'formalismShare', description: 'share of ever-adopters in name only (stage 5)', read: (s) => s.formalismShare },
  { name: 'showShare', description: 'share of ever-adopters whose adoption was for show (null: the show mechanism is off)', read: (s) => s.showShare },
  { name: 'meanGap', description: 'mean capacity/digital gap of ever-adopters', read: (s) => s.meanGap },
  { name: 'giniProvinces', description: 'Gini of the active share across provinces', read: (s) => s.giniProvinces },
  { name: 'eastWestGap', description: 'active share East minus West', read: (s) => s.eastWestGap },
  { name: 'bassP', description: 'Bass p fitted to the ever-adopted curve, per year', read: (s) => s.bass?.p ?? null },
  { name: 'bassQ', description: 'Bass q fitted to the ever-adopted curve, per year', read: (s) => s.bass?.q ?? null },
  ...channelMetrics,
];

export const SWEEP_METRIC_NAMES: readonly string[] = SWEEP_METRICS.map((m) => m.name);

const byName = new Map(SWEEP_METRICS.map((m) => [m.name, m]));

export function sweepMetric(name: string): SweepMetric | undefined {
  return byName.get(name);
}
