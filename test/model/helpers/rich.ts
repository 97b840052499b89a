/**
 * A small lattice scenario with every mechanism on: four innovations, forum ties, east–west pairing,
 * every event type, named sites, transfers, reward scope, endogenous endorsement, heterogeneous
 * attributes. Used by the determinism and checkpoint tests.
 */
import type { ResolvedScenario, WorldSpec } from '../../../src/model/scenario/types.ts';
import { innovation, scenario } from './scenario.ts';

export const RICH_WORLD: WorldSpec = {
  kind: 'lattice',
  width: 30,
  height: 20,
  neighbourhood: 'moore',
  provinceSide: 5,
  heterogeneity: 0.2,
  attributes: [{ code: '0,0', attribute: 'resources', value: 1 }],
};

export function richScenario(years = 20): ResolvedScenario {
  return scenario(RICH_WORLD, {
    time: { startYear: 2000, years, dt: 1 / 12 },
    params: { rhoRe: 0.1, lambda52: 0.5 },
    levers: {
      media: 1.5,
      forumTies: 2,
      pairing: true,
      thirdPartyEval: 0.3,
      transfer: 0.1,
      reward: 1.5,
      rewardScope: { regions: ['west'] },
      namedSites: [{ year: 2003, scope: { codes: ['10,10'] } }],
    },
    innovations: [
      innovation({ id: 'a', origins: ['15,10'] }),
      innovation({
        id: 'b',
        origins: ['2,2'],
        complexity: 0.8,
        digital: 0.9,
        events: [
          { year: 2004, type: 'pilot', level: 'province', scope: { top: { n: 3, by: 'resources', unit: 'prefecture' } } },
          { year: 2006, type: 'document', level: 'province', scope: { provinces: ['P0', 'P1'] }, reward: 2 },
          { year: 2008, type: 'mandate', level: 'central', scope: { regions: ['west'] }, until: 2012 },
        ],
      }),
      innovation({ id: 'c', origins: [], startYear: 2005, events: [{ year: 2007, type: 'endorse', level: 'central', scope: {} }] }),
      innovation({ id: 'd', origins: ['29,19'], originStage: 4 }),
    ],
  });
}
