import type { ScenarioFile } from '../../src/model/scenario/types.ts';

/** A small lattice run with an endorsement and a mandate: fast, and every mechanism has a chance. */
export function latticeScenario(): ScenarioFile {
  return {
    world: { kind: 'lattice', width: 16, height: 16, neighbourhood: 'von-neumann', heterogeneity: 0.15 },
    time: { startYear: 2000, years: 12, dt: 1 / 12 },
    levers: {},
    params: { p: 0.05, q: 0.6 },
    innovations: [
      {
        id: 'alpha',
        name: { en: 'Alpha', zh: '甲' },
        origins: ['8,8'],
        startYear: 2000,
        complexity: 0.3,
        digital: 0.2,
        events: [{ year: 2003, type: 'endorse', level: 'central', scope: {} }],
      },
      {
        id: 'beta',
        name: { en: 'Beta', zh: '乙' },
        origins: ['1,1'],
        startYear: 2001,
        complexity: 0.6,
        digital: 0.7,
        events: [{ year: 2005, type: 'mandate', level: 'province', scope: {} }],
      },
    ],
  };
}
