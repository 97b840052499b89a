/**
 * The invariants (docs/implementation-notes.md, "Contracts") checked on the current row: stage counts sum to N per innovation
 * (overall, by region, by urban type), ever-adopted never falls, no NaN or out-of-range value in Q,
 * stages or endorsement; and the demonstration sites are exactly the localities that practise the
 * innovation (stages 1–4) and are named or optimizing with Q ≥ Q_demo (docs/model.md §2). Returns one
 * message per violation (empty when all hold).
 */
import type { Simulation } from '../simulation/types.ts';
import { FLAG_DEMO, FLAG_NAMED, STAGE_COUNT } from '../simulation/stages.ts';
import { REGIONS, URBAN_TYPES } from '../world.ts';

export function checkInvariants(sim: Simulation): string[] {
  const problems: string[] = [];
  const { n, innovationCount: K, metrics } = sim;
  const t = sim.tickCount;
  const qDemo = sim.scenario.params.qDemo;
  for (let k = 0; k < K; k++) {
    let sum = 0;
    for (const c of metrics.columns.slice(0, STAGE_COUNT)) sum += metrics.value(c, t, k);
    if (sum !== n) problems.push(`tick ${t}, innovation ${k}: stage counts sum to ${sum}, not N = ${n}`);
    if (t > 0 && metrics.value('ever_adopted', t, k) < metrics.value('ever_adopted', t - 1, k)) {
      problems.push(`tick ${t}, innovation ${k}: ever adopted fell`);
    }
    const counts = new Int32Array(STAGE_COUNT);
    for (let i = 0; i < n; i++) {
      const s = sim.stage[k * n + i];
      if (s >= STAGE_COUNT) problems.push(`tick ${t}: stage ${s} out of range at (${i}, ${k})`);
      else counts[s]++;
      const q = sim.quality[k * n + i];
      if (!(q >= 0 && q <= 1)) problems.push(`tick ${t}: quality ${q} at (${i}, ${k})`);
      if (sim.endorsement[k * n + i] > 3) problems.push(`tick ${t}: endorsement ${sim.endorsement[k * n + i]} at (${i}, ${k})`);
      const f = sim.flags[k * n + i];
      const demo = s >= 1 && s <= 4 && ((f & FLAG_NAMED) !== 0 || (s === 4 && q >= qDemo));
      if (demo !== ((f & FLAG_DEMO) !== 0)) problems.push(`tick ${t}: (${i}, ${k}) in stage ${s} with Q ${q} is ${demo ? 'not ' : ''}flagged a demonstration site`);
    }
    metrics.columns.slice(0, STAGE_COUNT).forEach((c, s) => {
      if (metrics.value(c, t, k) !== counts[s]) problems.push(`tick ${t}, innovation ${k}: ${c} count ${metrics.value(c, t, k)} ≠ ${counts[s]} in the stage array`);
    });
    const groupSum = (prefixes: string[], col: string): number => prefixes.reduce((a, p) => a + metrics.value(`${p}${col}`, t, k), 0);
    for (const col of ['active', 'ever_adopted', 'formal']) {
      const total = metrics.value(col, t, k);
      if (groupSum(REGIONS.map((r) => `${r}_`), col) !== total) problems.push(`tick ${t}: ${col} by region does not add up`);
      if (groupSum(URBAN_TYPES.map((u) => `${u}_`), col) !== total) problems.push(`tick ${t}: ${col} by urban type does not add up`);
    }
  }
  return problems;
}
