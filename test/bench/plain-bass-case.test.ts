/**
 * The bench's peer-comparison case (scripts/bench/scenarios/lattice-800-bass.json) is plain Bass:
 * configured that way, the full model and the reference kernel draw from the same distribution, so
 * their ratio of tick times compares one model with itself. Checked on a smaller Moore lattice with
 * a larger p (the same model, fewer cells), by the mean adopted share over many seeds.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createReferenceKernel } from '../../scripts/bench/reference-kernel.ts';
import { resolveScenario } from '../../src/model/scenario/resolve.ts';
import { createSimulation } from '../../src/model/simulation/createSimulation.ts';
import { FLAG_EVER } from '../../src/model/simulation/stages.ts';
import { loadWorld } from '../../src/cli/load-world.ts';

const file = fileURLToPath(new URL('../../scripts/bench/scenarios/lattice-800-bass.json', import.meta.url));
const raw = JSON.parse(readFileSync(file, 'utf8'));

describe('bench case "plain Bass on an 800 × 800 Moore lattice"', () => {
  it('is configured as documented: Moore lattice, p = 0.001, q = 0.3, dt = 1, 200 ticks, neighbour share only', () => {
    const s = resolveScenario(raw, { loadPreset: () => undefined });
    expect(s.world).toMatchObject({ kind: 'lattice', width: 800, height: 800, neighbourhood: 'moore', heterogeneity: 0 });
    expect(s.time).toMatchObject({ dt: 1, years: 200 });
    expect(s.params).toMatchObject({ p: 0.001, q: 0.3, omegaNeighbour: 1, omegaGlobal: 0, omegaProvince: 0, omegaForum: 0 });
  });

  it('the model so configured and the reference kernel give the same adoption curve (mean of 12 seeds each)', () => {
    const side = 40;
    const p = 0.02;
    const ticks = 16;
    const small = { ...raw, world: { ...raw.world, width: side, height: side }, time: { ...raw.time, years: ticks }, params: { ...raw.params, p } };
    const s = resolveScenario(small, { loadPreset: () => undefined });
    const world = loadWorld(s.world);
    const n = world.n;
    const model = new Float64Array(ticks);
    const reference = new Float64Array(ticks);
    const seeds = 12;
    for (let seed = 1; seed <= seeds; seed++) {
      const sim = createSimulation(world, s, seed, { checkpointEvery: 0 });
      const ref = createReferenceKernel(world, { p, q: s.params.q, dt: 1, innovations: 1, seed });
      for (let t = 0; t < ticks; t++) {
        sim.tick(1);
        ref.tick(1);
        let ever = 0;
        for (let i = 0; i < n; i++) if (sim.flags[i] & FLAG_EVER) ever++;
        model[t] += ever / n / seeds;
        reference[t] += ref.adopted(0) / n / seeds;
      }
    }
    // by tick 16 about 60 % adopted; 12 runs of 1,600 cells: the SD of a mean share is below 0.01
    expect(reference[ticks - 1]).toBeGreaterThan(0.4);
    for (let t = 0; t < ticks; t++) expect(Math.abs(model[t] - reference[t])).toBeLessThan(0.03);
  });
});
