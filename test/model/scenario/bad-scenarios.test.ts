import { describe, expect, it } from 'vitest';
import { K, presetMap, problems } from './helpers.ts';
import { ScenarioError } from '../../../src/model/scenario/issues.ts';
import { resolveScenario } from '../../../src/model/scenario/resolve.ts';

// The corpus of bad scenarios: each with the exact lines a user sees (`idlab validate` prints them).
const CORPUS: { name: string; file: unknown; expected: string[] }[] = [
  { name: 'not an object', file: 42, expected: ['invalid scenario: 42 (expected a JSON object)'] },
  { name: 'an array', file: [], expected: ['invalid scenario: [] (expected a JSON object)'] },
  {
    name: 'no innovations',
    file: {},
    expected: ['missing innovations (at least one innovation, e.g. {"id": "fengqiao", "complexity": 0.2, "digital": 0.1})'],
  },
  { name: 'empty innovations', file: { innovations: [] }, expected: ['invalid innovations: [] (allowed 1–16 innovations)'] },
  { name: 'negative q', file: { params: { q: -1 }, innovations: [K] }, expected: ['invalid params.q: -1 (allowed 0–2 per year)'] },
  { name: 'q as a string', file: { params: { q: '0.3' }, innovations: [K] }, expected: ['invalid params.q: "0.3" (allowed 0–2 per year)'] },
  {
    name: 'rate above 10 per year',
    file: { params: { mu0: 12 }, innovations: [K] },
    expected: ['invalid params.mu0: 12 (allowed 0–10 per year)'],
  },
  {
    name: 'log-effect beyond ln 20',
    file: { params: { betaT: 3.5 }, innovations: [K] },
    expected: ['invalid params.betaT: 3.5 (allowed −ln 20 to ln 20 = −2.9957 to 2.9957 log hazard ratio per SD)'],
  },
  {
    name: 'non-integer n_C',
    file: { params: { nC: 2.5 }, innovations: [K] },
    expected: ['invalid params.nC: 2.5 (allowed integers 1–1000 provinces)'],
  },
  {
    name: 'unknown peer shape',
    file: { params: { peerShape: 'step' }, innovations: [K] },
    expected: ['invalid params.peerShape: "step" (allowed "linear" or "threshold")'],
  },
  {
    name: 'boolean as a string',
    file: { params: { endogenousEndorsement: 'yes' }, innovations: [K] },
    expected: ['invalid params.endogenousEndorsement: "yes" (allowed true or false)'],
  },
  {
    name: 'media below 1',
    file: { levers: { media: 0.5 }, innovations: [K] },
    expected: ['invalid levers.media: 0.5 (allowed 1–10 multiplier)'],
  },
  {
    name: 'acc above 3',
    file: { levers: { acc: 4 }, innovations: [K] },
    expected: ['invalid levers.acc: 4 (allowed 0–3 pressure (1 = baseline))'],
  },
  {
    name: 'unknown parameter with a close match',
    file: { params: { qq: 0.3, lamda23: 0.2 }, innovations: [K] },
    expected: ['unknown key params.qq (did you mean "q"?)', 'unknown key params.lamda23 (did you mean "lambda23"?)'],
  },
  {
    name: 'unknown top-level key without a close match',
    file: { colour: 'red', innovations: [K] },
    expected: ['unknown key colour (known keys: $schema, extends, meta, world, time, params, levers, innovations)'],
  },
  {
    name: 'parameter put among the levers',
    file: { levers: { q: 0.3 }, innovations: [K] },
    expected: [
      'unknown key levers.q (known keys: reward, acc, forumTies, pairing, media, supportBoost, thirdPartyEval, transfer, training, burdenReduction, tolerance, rewardScope, transferScope, namedSites)',
    ],
  },
  {
    name: 'time: dt 0, negative years',
    file: { time: { dt: 0, years: -5 }, innovations: [K] },
    expected: ['invalid time.years: -5 (allowed > 0 and ≤ 1000 years)', 'invalid time.dt: 0 (allowed > 0 and ≤ 1 year)'],
  },
  { name: 'dt above one year', file: { time: { dt: 2 }, innovations: [K] }, expected: ['invalid time.dt: 2 (allowed > 0 and ≤ 1 year)'] },
  {
    name: 'too many ticks',
    file: { time: { years: 1000, dt: 0.001 }, innovations: [K] },
    expected: ['invalid time.dt: 0.001 (years / dt = 1000000 ticks; allowed at most 100000 ticks)'],
  },
  {
    name: 'fewer than one tick',
    file: { time: { years: 0.01, dt: 0.1 }, innovations: [K] },
    expected: ['invalid time.years: 0.01 (allowed at least one tick: years ≥ dt / 2 = 0.05)'],
  },
  {
    name: 'unknown world kind',
    file: { world: { kind: 'hexagons' }, innovations: [K] },
    expected: ['invalid world.kind: "hexagons" (allowed "china", "us-states", "lattice" or "mixed")'],
  },
  {
    name: 'lattice without size, with a China key',
    file: { world: { kind: 'lattice', seaEdges: true }, innovations: [K] },
    expected: [
      'missing world.width (cells across, an integer 1–2000)',
      'missing world.height (cells down, an integer 1–2000)',
      'unknown key world.seaEdges (known keys: kind, width, height, neighbourhood, provinceSide, attributeSeed, heterogeneity, attributes)',
    ],
  },
  {
    name: 'lattice too large and fractional',
    file: { world: { kind: 'lattice', width: 5000, height: 10.5, neighbourhood: 'hex' }, innovations: [K] },
    expected: [
      'invalid world.width: 5000 (allowed integers 1–2000)',
      'invalid world.height: 10.5 (allowed integers 1–2000)',
      'invalid world.neighbourhood: "hex" (allowed "von-neumann" or "moore")',
    ],
  },
  {
    name: 'mixed world too large',
    file: { world: { kind: 'mixed', n: 2_000_000 }, innovations: [K] },
    expected: ['invalid world.n: 2000000 (allowed integers 1–1000000)'],
  },
  {
    name: 'bad attribute override',
    file: { world: { kind: 'china', attributes: [{ code: '330681', attribute: 'wealth', value: 1.2 }] }, innovations: [K] },
    expected: [
      'invalid world.attributes[0].attribute: "wealth" (allowed "resources", "support", "digital" or "pressure")',
      'invalid world.attributes[0].value: 1.2 (allowed 0–1)',
    ],
  },
  {
    name: 'duplicate attribute override',
    file: {
      world: { kind: 'china', attributes: [{ code: '330681', attribute: 'digital', value: 0.2 }, { code: '330681', attribute: 'digital', value: 0.4 }] },
      innovations: [K],
    },
    expected: ['invalid world.attributes[1]: {"code":"330681","attribute":"digital","value":0.4} (duplicate of world.attributes[0]: same code and attribute)'],
  },
  {
    name: 'innovation: bad id, missing complexity, digital out of range, misspelt key',
    file: { innovations: [{ id: 'my innovation', digital: 1.5, orgins: ['330681'] }] },
    expected: [
      'invalid innovations[0].id: "my innovation" (expected an ASCII id of letters, digits, "-" or "_", at most 64 characters, such as "fengqiao")',
      'missing innovations[0].complexity (the resource requirement c, a number 0–1)',
      'invalid innovations[0].digital: 1.5 (allowed 0–1)',
      'unknown key innovations[0].orgins (did you mean "origins"?)',
    ],
  },
  {
    name: 'duplicate innovation ids and origins',
    file: { innovations: [{ ...K, origins: ['330681', '330681'] }, K] },
    expected: [
      'invalid innovations[0].origins[1]: "330681" (duplicate of origins[0])',
      'invalid innovations[1].id: "k" (duplicate of innovations[0].id; ids must be unique)',
    ],
  },
  {
    name: 'origin code with a space',
    file: { innovations: [{ ...K, origins: ['33 0681'] }] },
    expected: ['invalid innovations[0].origins[0]: "33 0681" (expected a code such as "330681" (letters, digits, "," "." "_" "-"; at most 32 characters))'],
  },
  {
    name: 'originStage out of range',
    file: { innovations: [{ ...K, originStage: 5 }] },
    expected: ['invalid innovations[0].originStage: 5 (allowed 1, 2, 3 or 4)'],
  },
  {
    name: 'event: unknown type and level, missing scope',
    file: { innovations: [{ ...K, events: [{ year: 2020, type: 'praise', level: 'county' }] }] },
    expected: [
      'invalid innovations[0].events[0].type: "praise" (allowed "pilot", "endorse", "document", "mandate", "withdraw" or "suspend")',
      'invalid innovations[0].events[0].level: "county" (allowed "none", "prefecture", "province" or "central")',
      'missing innovations[0].events[0].scope (which localities: {"codes": […]}, {"provinces": […]}, {"regions": […]}, {"top": {…}}; {} is every locality)',
    ],
  },
  {
    name: 'event: year out of range',
    file: { innovations: [{ ...K, events: [{ year: 20200, type: 'endorse', level: 'central', scope: {} }] }] },
    expected: ['invalid innovations[0].events[0].year: 20200 (allowed 0–3000 (a year))'],
  },
  {
    name: 'event: reward on an endorsement, until on a document',
    file: {
      innovations: [
        {
          ...K,
          events: [
            { year: 2026, type: 'endorse', level: 'central', scope: {}, reward: 2 },
            { year: 2027, type: 'document', level: 'central', scope: {}, until: 2030 },
          ],
        },
      ],
    },
    expected: [
      'invalid innovations[0].events[0].reward: 2 (only a "document" event takes reward; this event is "endorse")',
      'invalid innovations[0].events[1].until: 2030 (only a "mandate" or "suspend" event takes until; this event is "document")',
    ],
  },
  {
    name: 'event: document reward below 1',
    file: { innovations: [{ ...K, events: [{ year: 2026, type: 'document', level: 'province', scope: {}, reward: 0.5 }] }] },
    expected: ['invalid innovations[0].events[0].reward: 0.5 (allowed 1–10 (multiplier))'],
  },
  {
    name: 'event: level "none" on an endorsement, strength on a mandate, until on a withdrawal',
    file: {
      innovations: [
        {
          ...K,
          events: [
            { year: 2026, type: 'endorse', level: 'none', scope: {} },
            { year: 2027, type: 'mandate', level: 'central', scope: {}, strength: 0.5 },
            { year: 2028, type: 'withdraw', level: 'none', scope: {}, until: 2030 },
          ],
        },
      ],
    },
    expected: [
      'invalid innovations[0].events[0].level: "none" (level "none" is allowed only on a "withdraw" event; this "endorse" event allows "prefecture", "province" or "central")',
      'invalid innovations[0].events[1].strength: 0.5 (only a "suspend" event takes strength; this event is "mandate")',
      'invalid innovations[0].events[2].until: 2030 (only a "mandate" or "suspend" event takes until; this event is "withdraw")',
    ],
  },
  {
    name: 'event: suspension strength above 1, withdrawal to an unknown level',
    file: {
      innovations: [
        {
          ...K,
          events: [
            { year: 2028, type: 'suspend', level: 'central', scope: {}, until: 2030, strength: 1.5 },
            { year: 2028, type: 'withdraw', level: 'county', scope: {} },
          ],
        },
      ],
    },
    expected: [
      'invalid innovations[0].events[0].strength: 1.5 (allowed 0–1)',
      'invalid innovations[0].events[1].level: "county" (allowed "none", "prefecture", "province" or "central")',
    ],
  },
  {
    name: 'event: suspension without an end or ending before it starts',
    file: {
      innovations: [
        {
          ...K,
          events: [
            { year: 2026, type: 'suspend', level: 'central', scope: {} },
            { year: 2027, type: 'suspend', level: 'central', scope: {}, until: 2027, strength: 0 },
          ],
        },
      ],
    },
    expected: [
      'missing innovations[0].events[0].until (a "suspend" event needs until: the year the suspension ends (exclusive, > 2026))',
      "invalid innovations[0].events[1].until: 2027 (allowed > 2027, the event's year)",
    ],
  },
  {
    name: 'innovation: p and q above 2, potential 0 and above 1, half-life 0 and above 1000',
    file: {
      innovations: [
        { ...K, id: 'a', p: 3, q: -0.1, potential: 0, halfLife: 0 },
        { ...K, id: 'b', potential: 1.2, halfLife: 1001 },
      ],
    },
    expected: [
      'invalid innovations[0].p: 3 (allowed 0–2 per year)',
      'invalid innovations[0].q: -0.1 (allowed 0–2 per year)',
      'invalid innovations[0].potential: 0 (allowed > 0 and ≤ 1 (the share of localities for which it is a fit; leave it out for 1))',
      'invalid innovations[0].halfLife: 0 (allowed > 0 and ≤ 1000 years (leave it out for no fading))',
      'invalid innovations[1].potential: 1.2 (allowed > 0 and ≤ 1 (the share of localities for which it is a fit; leave it out for 1))',
      'invalid innovations[1].halfLife: 1001 (allowed > 0 and ≤ 1000 years (leave it out for no fading))',
    ],
  },
  {
    name: 'event: mandate ending before it starts',
    file: { innovations: [{ ...K, events: [{ year: 2030, type: 'mandate', level: 'central', scope: {}, until: 2030 }] }] },
    expected: ["invalid innovations[0].events[0].until: 2030 (allowed > 2030, the event's year)"],
  },
  {
    name: 'scope: bad region, urban type, selector',
    file: {
      innovations: [
        {
          ...K,
          events: [
            {
              year: 2026,
              type: 'pilot',
              level: 'province',
              scope: { regions: ['south'], urbanTypes: ['town'], top: { n: 0, by: 'gdp', unit: 'village' }, province: ['33'] },
            },
          ],
        },
      ],
    },
    expected: [
      'invalid innovations[0].events[0].scope.regions[0]: "south" (allowed "east", "central", "west" or "northeast")',
      'invalid innovations[0].events[0].scope.top.n: 0 (allowed integers 1–100000)',
      'invalid innovations[0].events[0].scope.top.by: "gdp" (allowed "resources", "support", "digital" or "pressure")',
      'invalid innovations[0].events[0].scope.top.unit: "village" (allowed "locality", "prefecture" or "province")',
      'invalid innovations[0].events[0].scope.urbanTypes[0]: "town" (allowed "district", "city" or "county")',
      'unknown key innovations[0].events[0].scope.province (did you mean "provinces"?)',
    ],
  },
  {
    name: 'named site for an unknown innovation',
    file: { levers: { namedSites: [{ year: 2026, scope: { codes: ['330681'] }, innovation: 'fengqiao' }] }, innovations: [K] },
    expected: ['invalid levers.namedSites[0].innovation: "fengqiao" (no innovation has this id; ids: "k")'],
  },
  {
    name: 'meta: title in one language only',
    file: { meta: { title: { en: 'Test' }, illustrative: 'yes' }, innovations: [K] },
    expected: ['missing meta.title.zh (Chinese text (中文))', 'invalid meta.illustrative: "yes" (allowed true or false)'],
  },
  {
    name: 'extends: not an id',
    file: { extends: 'my preset.json', innovations: [K] },
    expected: [
      'invalid extends: "my preset.json" (expected a preset id: an ASCII id of letters, digits, "-" or "_", at most 64 characters, such as "fengqiao")',
    ],
  },
  {
    name: 'extends: unknown preset',
    file: { extends: 'nowhere', innovations: [K] },
    expected: ['invalid extends: "nowhere" (cannot load preset: no preset "nowhere")'],
  },
];

describe('bad scenarios', () => {
  for (const { name, file, expected } of CORPUS) {
    it(`rejects ${name}`, () => {
      expect(problems(file)).toEqual(expected);
    });
  }

  it('reports a cycle in extends with the chain', () => {
    const load = presetMap({ a: { extends: 'b' }, b: { extends: 'c' }, c: { extends: 'a' } });
    expect(problems({ extends: 'a' }, load)).toEqual(['invalid extends: "a" (cycle: a → b → c → a)']);
    expect(problems({ extends: 'self' }, presetMap({ self: { extends: 'self' } }))).toEqual(['invalid extends: "self" (cycle: self → self)']);
  });

  it('reports a preset that is not an object', () => {
    expect(problems({ extends: 'broken' }, presetMap({ broken: [1, 2] }))).toEqual([
      'invalid extends: "broken" (preset "broken" is not a JSON object)',
    ]);
  });

  it('throws a ScenarioError whose message is one problem per line, with paths on the issues', () => {
    try {
      resolveScenario({ params: { q: -1, p: 3 }, innovations: [K] }, { loadPreset: presetMap({}) });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ScenarioError);
      const e = error as ScenarioError;
      expect(e.name).toBe('ScenarioError');
      expect(e.issues.map((i) => i.path)).toEqual(['params.p', 'params.q']);
      expect(e.message).toBe('invalid params.p: 3 (allowed 0–2 per year)\ninvalid params.q: -1 (allowed 0–2 per year)');
      expect(e.message).not.toMatch(/at .*\.ts/);
    }
  });
});
