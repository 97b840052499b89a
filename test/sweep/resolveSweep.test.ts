import { describe, expect, it } from 'vitest';
import { resolveSweep } from '../../src/sweep/resolveSweep.ts';
import { ScenarioError } from '../../src/model/scenario/issues.ts';
import { loadPresetForExtends } from '../../src/cli/presets.ts';
import { paramDef } from '../../src/model/params/schema.ts';
import type { NumericDef } from '../../src/model/params/def.ts';
import { SWEEP_METRIC_NAMES } from '../../src/sweep/metrics.ts';
import { SMALL_SCENARIO } from './helpers.ts';

const options = { loadPreset: loadPresetForExtends };
const base = { scenario: SMALL_SCENARIO, factors: [{ path: 'params.q', values: [0.2, 0.4] }], design: { type: 'grid' } };

function problems(file: unknown): string[] {
  try {
    resolveSweep(file, options);
  } catch (error) {
    if (error instanceof ScenarioError) return error.issues.map((i) => i.message);
    throw error;
  }
  throw new Error('expected a ScenarioError');
}

describe('resolveSweep', () => {
  it('fills defaults: one replicate, seed 1, independent seeds, every metric and innovation, no series', () => {
    const { sweep } = resolveSweep(base, options);
    expect(sweep.replicates).toBe(1);
    expect(sweep.seed).toBe(1);
    expect(sweep.seeds).toBe('independent');
    expect(sweep.outputs).toEqual({ metrics: [...SWEEP_METRIC_NAMES], innovations: ['alpha'], series: null });
    expect(sweep.factors[0]).toMatchObject({ key: 'q', section: 'params', kind: 'values', values: [0.2, 0.4] });
  });

  it("a range without bounds is the parameter's plausible range", () => {
    const { sweep } = resolveSweep({ ...base, factors: [{ path: 'params.q' }], design: { type: 'lhs', samples: 4 } }, options);
    const def = paramDef('q') as NumericDef;
    expect(sweep.factors[0]).toMatchObject({ kind: 'range', min: def.plausible[0], max: def.plausible[1] });
  });

  it('takes a preset id as the base scenario and applies time overrides', () => {
    const { sweep } = resolveSweep({ ...base, scenario: 'fengqiao', time: { years: 3 } }, options);
    expect(sweep.scenario.innovations[0].id).toBe('fengqiao');
    expect(sweep.scenario.time.years).toBe(3);
  });

  it('names the path, the value and what is allowed for each problem', () => {
    const messages = problems({
      scenario: { ...SMALL_SCENARIO, params: { q: -1 } },
      factors: [
        { path: 'params.qq', values: [1] },
        { path: 'levers.q', values: [1] },
        { path: 'params.p', values: [0.1, 3] },
        { path: 'params.betaE2', range: { min: 1, max: 0.5 }, levels: 3 },
        { path: 'params.mu0', values: [0.1], range: { min: 0 } },
        { path: 'params.peerShape', range: { min: 0, max: 1 } },
      ],
      design: { type: 'grid' },
      replicates: 0,
      outputs: { metrics: ['t5O'], innovations: ['beta'] },
    });
    expect(messages).toEqual(
      expect.arrayContaining([
        'invalid scenario.params.q: -1 (allowed 0–2 per year)',
        'invalid factors[0].path: "params.qq" (did you mean "params.q"?)',
        'invalid factors[1].path: "levers.q" (q is an assumption: "params.q")',
        'invalid factors[2].values[1]: 3 (allowed 0–2 per year)',
        'invalid factors[3].range: {"min":1,"max":0.5} (min must be below max)',
        'invalid factors[4]: "{values, range}" (give one of values, range or distribution)',
        'invalid replicates: 0 (allowed integers 1–10000)',
        'invalid outputs.metrics[0]: "t5O" (did you mean "t50"?)',
        'missing factors[5].values (peerShape is one of "linear" or "threshold": list the values to take)',
      ]),
    );
    expect(problems({ ...base, outputs: { innovations: ['beta'] } })).toEqual(['invalid outputs.innovations[0]: "beta" (innovations of the scenario: alpha)']);
  });

  it('a grid needs levels for a range; other designs refuse levels', () => {
    expect(problems({ ...base, factors: [{ path: 'params.q', range: { min: 0.1, max: 0.3 } }] })).toEqual([
      'missing factors[0].levels (a grid needs the number of levels of each range (here or as design.levels), or a list of values)',
    ]);
    expect(problems({ ...base, factors: [{ path: 'params.q', levels: 3 }], design: { type: 'random', samples: 5 } })).toEqual([
      'invalid factors[0].levels: 3 (levels are for grid designs; a random design samples the range)',
    ]);
    const { sweep } = resolveSweep({ ...base, factors: [{ path: 'params.q', range: { min: 0.1, max: 0.3 } }], design: { type: 'grid', levels: 3 } }, options);
    expect(sweep.factors[0]).toMatchObject({ levels: 3 });
  });

  it('checks designs, distributions and series against their rules', () => {
    const messages = problems({
      ...base,
      factors: [{ path: 'params.q', distribution: { type: 'normal', mean: 0.3, sd: 0 } }, { path: 'params.p', distribution: { type: 'beta' } }],
      design: { type: 'morris', trajectories: 4, levels: 5 },
      outputs: { series: { columns: ['ever_adopted', 'evr'], every: 0.1 } },
    });
    expect(messages).toEqual(
      expect.arrayContaining([
        'invalid factors[0].distribution.sd: 0 (allowed > 0)',
        'invalid factors[1].distribution.type: "beta" (allowed "uniform", "loguniform", "triangular" or "normal")',
        'invalid design.levels: 5 (allowed even integers 2–1000)',
      ]),
    );
    const series = problems({ ...base, outputs: { series: { columns: ['evr_adopted'], every: 0.1 } } });
    expect(series).toEqual(['invalid outputs.series.columns[0]: "evr_adopted" (did you mean "ever_adopted"?)', 'invalid outputs.series.every: 0.1 (allowed ≥ dt = 0.25 years)']);
  });

  it('requires a scenario, factors and a design', () => {
    expect(problems({})).toEqual(
      expect.arrayContaining([
        'missing scenario (a preset id such as "fengqiao", or a scenario object)',
        'missing factors (at least one factor, e.g. [{"path": "params.q"}])',
        'missing design (a design, e.g. {"type": "grid", "levels": 5})',
      ]),
    );
    expect(problems({ ...base, scenario: 'fengqiaoo' })[0]).toMatch(/fengqiao/);
    expect(problems({ ...base, extra: 1 })).toEqual(['unknown key extra (known keys: $schema, title, description, scenario, time, factors, design, replicates, seed, seeds, outputs)']);
  });
});
