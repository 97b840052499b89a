/**
 * In stage 5 (in name only) the abandonment protection of institutionalization (δ_inst) holds only
 * for a cell that lapsed from stages 3–4, not for one that lapsed from stages 1–2: its rate of
 * 5 → 6 is e^{−δ_inst} that of the others.
 *
 * World: 2,000 identical, fully mixed localities, all piloted at the start, with formalism raised
 * (η0 = 0.3 per year) so that both kinds of lapse are frequent, and everything else that could
 * differ between the two groups switched off: show adoption, leader turnover and the province
 * abandonment share (δ_X), the exemplar rule (no endorsement). Stage-5 spells are read from the
 * event log, each with the stage it lapsed from; 5 → 6 per spell-year, twelve seeds, compared by the
 * rate ratio (Poisson counts, measure.ts).
 */
import { describe, expect, it } from 'vitest';
import { scenario, innovation } from '../helpers/scenario.ts';
import type { Simulation } from '../../../src/model/simulation/types.ts';
import { defaultAssumptions } from '../../../src/model/params/index.ts';
import { addRates, logRateRatio, runSynthetic, seedRange, Z, type Rate } from './measure.ts';

const SEEDS = seedRange(12);
const FORMAL = 5;
const TERMINATED = 6;

/** 5 → 6 per year in stage 5, for spells entered from stages 3–4 (`inst`) and from 1–2 (`early`). */
function spellRates(sim: Simulation): { inst: Rate; early: Rate } {
  const inst = { events: 0, exposure: 0 };
  const early = { events: 0, exposure: 0 };
  const entered = new Int32Array(sim.n).fill(-1);
  const fromInst = new Uint8Array(sim.n);
  const close = (i: number, tick: number, abandoned: boolean) => {
    const r = fromInst[i] ? inst : early;
    r.exposure += (tick - entered[i]) * sim.dt;
    if (abandoned) r.events++;
    entered[i] = -1;
  };
  const log = sim.events.columns();
  for (let j = 0; j < log.tick.length; j++) {
    const i = log.locality[j];
    if (log.to[j] === FORMAL) {
      entered[i] = log.tick[j];
      fromInst[i] = log.from[j] >= 3 ? 1 : 0;
    } else if (log.from[j] === FORMAL) close(i, log.tick[j], log.to[j] === TERMINATED);
  }
  for (let i = 0; i < sim.n; i++) if (entered[i] >= 0) close(i, sim.tickCount, false);
  return { inst, early };
}

describe('abandonment protection in stage 5', () => {
  it('protects only the cells that lapsed from stages 3–4', () => {
    const sc = scenario(
      { kind: 'mixed', n: 2000 },
      {
        params: { eta0: 0.3, showMechanism: false, rhoTurn: 0, deltaX: 0, endogenousEndorsement: false },
        time: { years: 20, dt: 0.25 },
        innovations: [innovation({ events: [{ year: 2000, type: 'pilot', level: 'central', scope: {} }] })],
      },
    );
    const rates = SEEDS.map((seed) => spellRates(runSynthetic(sc, seed)));
    const inst = addRates(rates.map((r) => r.inst));
    const early = addRates(rates.map((r) => r.early));
    expect(inst.events).toBeGreaterThan(300);
    expect(early.events).toBeGreaterThan(300);
    const r = logRateRatio(inst, early);
    const what = `5 → 6 rate ratio, lapsed from 3–4 over lapsed from 1–2: ${r.ratio.toFixed(3)}`;
    expect(r.log + Z * r.se, what).toBeLessThan(0);
    expect(Math.abs(r.log + defaultAssumptions().deltaInst), what).toBeLessThanOrEqual(Z * r.se);
  });
});
