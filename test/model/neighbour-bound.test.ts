/**
 * Where the neighbour weight dominates the peer term, a stage-0 cell's hazard bound takes the
 * neighbours' share at its current value and a neighbour becoming visible reschedules the cell
 * (simulation/thinning.ts, drivers/neighbourChannel.ts). That must leave the process unchanged: in
 * every tick a cell adopts with probability 1 − e^{−(p + q·a_n)·dt}, a_n read at the start of the tick.
 * This test holds the model to a direct per-tick simulation of that rule on the same lattice (a few
 * lines below, nothing shared with the kernel but the world's adjacency): plain Bass through
 * neighbours on a 20 × 20 von Neumann lattice, p = 0.02, q = 0.6 per year, dt = 0.5, 30 ticks,
 * nothing leaves stage 1. Over n = 200 seeds of each, the mean number of adopters at ticks 5, 10, 15,
 * 20 and 30 must agree within 4 standard errors of the difference of two independent means
 * (SE = √(s₁²/n + s₂²/n), s the seed-to-seed SDs measured here): a 4-SE band has a false-alarm
 * chance of about 6·10⁻⁵ per comparison. A bound that ignored a neighbour's adoption would slow the
 * model's spread by far more (the hazard of a cell beside the front is mostly q·a_n).
 */
import { describe, expect, it } from 'vitest';
import { createSimulation, createSyntheticWorld, createStream } from '../../src/model/index.ts';
import type { WorldSpec } from '../../src/model/scenario/types.ts';
import { buildKernel } from '../../src/model/simulation/buildKernel.ts';
import { bassParams, innovation, scenario } from './helpers/scenario.ts';

const W: WorldSpec = { kind: 'lattice', width: 20, height: 20, neighbourhood: 'von-neumann' };
const world = createSyntheticWorld(W);
const N = world.n;
const [P, Q, DT, TICKS, SEEDS] = [0.02, 0.6, 0.5, 30, 200];
const ROWS = [5, 10, 15, 20, 30];

const sc = scenario(W, {
  params: bassParams(P, Q, { omegaGlobal: 0, omegaNeighbour: 1, lambda12: 0, lambda23: 0, lambda34: 0 }),
  time: { startYear: 2000, years: TICKS * DT, dt: DT },
  innovations: [innovation({ origins: [] })],
});

/** Adopters at each row of ROWS, by the kernel. */
function model(seed: number): number[] {
  const sim = createSimulation(world, sc, seed, { checkpointEvery: 0 });
  const out: number[] = [];
  for (let t = 1; t <= TICKS; t++) {
    sim.tick(1);
    if (ROWS.includes(t)) out.push(sim.metrics.value('ever_adopted', t, 0));
  }
  return out;
}

/** Adopters at each row of ROWS, by the rule itself: every stage-0 cell, every tick, one uniform. */
function direct(seed: number): number[] {
  const u = createStream(seed, 'direct-bass');
  const adjOff = world.adjOffsets!;
  const adj = world.adjIndices!;
  let adopted = new Uint8Array(N);
  let count = 0;
  const out: number[] = [];
  for (let t = 1; t <= TICKS; t++) {
    const next = adopted.slice();
    for (let i = 0; i < N; i++) {
      if (adopted[i]) continue;
      let vis = 0;
      for (let e = adjOff[i]; e < adjOff[i + 1]; e++) vis += adopted[adj[e]];
      const h = P + (Q * vis) / (adjOff[i + 1] - adjOff[i]);
      if (u() < 1 - Math.exp(-h * DT)) {
        next[i] = 1;
        count++;
      }
    }
    adopted = next;
    if (ROWS.includes(t)) out.push(count);
  }
  return out;
}

function moments(runs: number[][], r: number): { mean: number; variance: number } {
  const xs = runs.map((x) => x[r]);
  const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
  return { mean, variance: xs.reduce((a, b) => a + (b - mean) ** 2, 0) / (xs.length - 1) };
}

describe('the neighbour-share bound', () => {
  it('is on for plain Bass through neighbours, off for the default weights', () => {
    expect(buildKernel(world, sc, 1).kernel.neighbourBound).toBe(true);
    expect(buildKernel(world, scenario(W), 1).kernel.neighbourBound).toBe(false);
  });

  it('leaves the spread of plain Bass through neighbours as the per-tick rule makes it', () => {
    const a = Array.from({ length: SEEDS }, (_, s) => model(s + 1));
    const b = Array.from({ length: SEEDS }, (_, s) => direct(s + 1));
    ROWS.forEach((row, r) => {
      const [ma, mb] = [moments(a, r), moments(b, r)];
      const se = Math.sqrt(ma.variance / SEEDS + mb.variance / SEEDS);
      expect(Math.abs(ma.mean - mb.mean), `tick ${row}: model ${ma.mean.toFixed(1)} vs direct ${mb.mean.toFixed(1)} (SE ${se.toFixed(2)})`).toBeLessThanOrEqual(4 * se);
    });
  });
});
