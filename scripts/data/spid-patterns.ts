/**
 * Prints the observed diffusion patterns of US state policies (SPID, public/data/spid/) as markdown:
 * the figures of docs/validation-data.md. `npx tsx scripts/data/spid-patterns.ts`. Deterministic: the
 * split-half correlations use a fixed seed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  neighbourClustering,
  neighbourEventHistory,
  OBSERVED_SELECTIONS,
  observedPolicies,
  policyBassFit,
  quantile,
  quartiles,
  shareDormant,
  shareReaching,
  SPID_DATA_END,
  spidHistories,
  splitHalfInnovativeness,
  tiedAdoptionShare,
  usStatesContiguity,
  yearsToShare,
  type SpidPolicy,
} from '../../src/calibration/index.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

/** Split-half draws and their seed, as docs/validation-data.md reports them. */
const SPLITS = 1000;
const SPLIT_SEED = 1;
/** Spans (years after the first adoption) over which the event history is also reported. */
const EVENT_SPANS = [5, 10, 20];

const all = spidHistories(read('public/data/spid/spid_policies.csv'), read('public/data/spid/spid_metadata.csv'));
const fmt = (x: number, digits = 0) => x.toFixed(digits);
const mi = (xs: number[], digits = 0) => {
  const q = quartiles(xs);
  return `${fmt(q.median, digits)} (${fmt(q.q1, digits)}–${fmt(q.q3, digits)})`;
};

console.log(`# SPID patterns\n\n${all.length} policies, ${all.reduce((s, p) => s + p.adopters, 0)} adoptions.\n`);
console.log('| selection | policies | years to 50 % | years to 90 % | eventual adopters | Bass p | Bass q | tied adoptions |');
console.log('|---|---|---|---|---|---|---|---|');
const sets: [string, SpidPolicy[]][] = [
  ['first adopted 1950–2017', observedPolicies(all, OBSERVED_SELECTIONS.since1950)],
  ['1950–1995', observedPolicies(all, OBSERVED_SELECTIONS.from1950to1995)],
  ['1996–2017', observedPolicies(all, OBSERVED_SELECTIONS.after1995)],
];
for (const [name, set] of sets) {
  const fits = set.map((p) => policyBassFit(p)).filter((f) => f !== null);
  console.log(
    `| ${name} | ${set.length} | ${mi(set.map((p) => yearsToShare(p, 0.5)))} | ${mi(set.map((p) => yearsToShare(p, 0.9)))} | ` +
      `${mi(set.map((p) => p.adopters))} | ${mi(fits.map((f) => f.p), 3)} | ${mi(fits.map((f) => f.q), 3)} | ${fmt(100 * tiedAdoptionShare(set), 1)} % |`,
  );
}
console.log('\nMedians with interquartile ranges ((n + 1)p quartiles); years counted from the first adoption; Bass fits to the data\'s end (2017).\n');

const since1950 = sets[0][1];
const toLast = since1950.map((p) => policyBassFit(p, p.lastYear)).filter((f) => f !== null);
console.log(`Bass fits ending at each policy's last adoption instead (${toLast.length} policies with three or more years): p ${mi(toLast.map((f) => f.p), 3)}, q ${mi(toLast.map((f) => f.q), 3)}.\n`);

const firstBy1987 = since1950.filter((p) => p.firstYear <= 1987);
console.log(
  `Reach and fading: ${fmt(100 * shareReaching(since1950, 25), 1)} % of the policies reach 25 states; of the ${firstBy1987.length} first adopted by 1987, ` +
    `${fmt(100 * shareDormant(firstBy1987, 2003, SPID_DATA_END), 1)} % gained no adopter in 2003–${SPID_DATA_END}.\n`,
);

const r = splitHalfInnovativeness(since1950, SPLITS, SPLIT_SEED);
console.log(`Split-half agreement of states' innovativeness (Pearson, ${SPLITS} splits, seed ${SPLIT_SEED}): median ${fmt(quantile(r, 0.5), 3)}, 5–95 % ${fmt(quantile(r, 0.05), 3)}–${fmt(quantile(r, 0.95), 3)}.\n`);

const worldFile = join(ROOT, 'public/data/us-states.json');
if (!existsSync(worldFile)) {
  console.log('No public/data/us-states.json: the neighbour patterns need the states\' contiguity.');
} else {
  const neighbours = usStatesContiguity(JSON.parse(readFileSync(worldFile, 'utf8')));
  const c = neighbourClustering(since1950, neighbours);
  console.log(
    `Neighbour clustering of eventual adopters: ${c.observedPairs} neighbouring adopter pairs against ${fmt(c.expectedPairs, 1)} for random sets of the same sizes ` +
      `(ratio ${fmt(c.ratio, 3)}); ${fmt(100 * c.shareAbove, 1)} % of policies above their random expectation.\n`,
  );
  for (const [label, end] of [
    ['to the data\'s end (2017)', undefined],
    ['to each policy\'s last adoption', (p: SpidPolicy) => p.lastYear],
  ] as const) {
    const e = neighbourEventHistory(since1950, neighbours, end);
    console.log(
      `Event history, state-years ${label}: ${e.stateYears} state-years, ${e.adoptions} adoptions; neighbour coefficient ${fmt(e.coefficient, 3)} ` +
        `(odds ratio ${fmt(Math.exp(e.coefficient), 2)}); yearly hazard ${fmt(100 * e.hazardNone, 2)} % with no adopting neighbour, ${fmt(100 * e.hazardSome, 2)} % with one or more.`,
    );
    console.log(`  by adopting neighbours: ${e.groups.map((g) => `${g.x}: ${fmt((100 * g.successes) / g.trials, 1)} %`).join(', ')}\n`);
  }
  const spans = EVENT_SPANS.map((years) => {
    const e = neighbourEventHistory(since1950, neighbours, (p) => Math.min(SPID_DATA_END, p.firstYear + years));
    return `${years} years: ${fmt(e.coefficient, 3)} (hazard ${fmt(100 * e.hazardNone, 1)} % / ${fmt(100 * e.hazardSome, 1)} %)`;
  });
  console.log(`Neighbour coefficient when each policy is followed only for its first years (no neighbour / one or more): ${spans.join('; ')}.`);
}
