/**
 * The bottom-up preset's figures for the preset-figures script: one run with its endorsement field
 * watched after every tick, read by the measurements the app and `npm run validation` share
 * (src/service/milestones/presetMeasures.ts).
 */
import type { Simulation } from '../../src/model/simulation/types.ts';
import { CH_ENDORSEMENT, CH_ORIGIN } from '../../src/model/events/channels.ts';
import { adoptersBy, firstAdoption, yearsTo93 } from '../../src/service/milestones/presetMeasures.ts';
import { EndorsementWatch } from '../../src/service/milestones/EndorsementWatch.ts';
import { runScenario } from './runScenario.ts';

export interface BottomUp {
  sim: Simulation;
  /** when a province and the centre first endorsed */
  watch: EndorsementWatch;
  /** years from the first adopter to 93 % of units ever adopted; NaN when not reached */
  yearsTo93: number;
  /** prefecture-level cities (units with municipal districts) ever adopted by the end of 2012 */
  cities2012: number;
  /** years from the first province endorsement to the centre's; NaN when either never came */
  provinceToCentre: number;
  /** years from the first adopter to the centre's endorsement; NaN when the centre never endorsed */
  firstToCentre: number;
  /** years from the first adopter to the end of the run */
  firstToEnd: number;
  centreWithin3: boolean;
  endorsementShare: number;
}

/**
 * The bottom-up preset's figures for one seed (the endorsement field is watched after every tick);
 * `file` is the preset or a variant of it (the history match varies its parameters).
 */
export function bottomUp(seed: number, file: unknown = { extends: 'bottom-up' }): BottomUp {
  const watch = new EndorsementWatch();
  const sim = runScenario(file, seed, (s) => watch.observe(s));
  const first = firstAdoption(sim);
  const { provinceTick, centreTick } = watch;
  const log = sim.events.columns();
  let adoptions = 0;
  let byEndorsement = 0;
  for (let j = 0; j < log.tick.length; j++) {
    if (log.from[j] !== 0 || log.to[j] < 1 || log.to[j] > 4 || log.channel[j] === CH_ORIGIN) continue;
    adoptions++;
    if (log.channel[j] === CH_ENDORSEMENT) byEndorsement++;
  }
  return {
    sim,
    watch,
    yearsTo93: yearsTo93(sim),
    cities2012: adoptersBy(sim, 2013).filter((i) => sim.world.urbanType[i] === 0).length,
    provinceToCentre: provinceTick < 0 || centreTick < 0 ? NaN : (centreTick - provinceTick) * sim.dt,
    firstToCentre: centreTick < 0 ? NaN : (centreTick - first) * sim.dt,
    firstToEnd: (sim.totalTicks - first) * sim.dt,
    centreWithin3: centreTick >= 0 && (centreTick - first) * sim.dt < 3,
    endorsementShare: adoptions ? byEndorsement / adoptions : 0,
  };
}
