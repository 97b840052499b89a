/**
 * Defaults for everything a valid scenario file may leave out. They are applied after `extends`
 * and schema validation, so they only fill fields that are absent — never replace a bad value.
 */
import { defaultAssumptions, defaultLevers } from '../params/schema.ts';
import type {
  Innovation,
  ResolvedScenario,
  ScenarioEvent,
  ScenarioFile,
  WorldSpec,
} from './types.ts';
import { DOCUMENT_REWARD_DEFAULT, SUSPEND_STRENGTH_DEFAULT } from './limits.ts';

export const DEFAULT_TIME = { startYear: 2025, years: 30, dt: 1 / 12 } as const;
export const DEFAULT_WORLD: WorldSpec = { kind: 'china' };
export const DEFAULT_ATTRIBUTE_SEED = 1;
export const DEFAULT_PROVINCE_SIDE = 10;
export const DEFAULT_ORIGIN_STAGE = 2;
export const DEFAULT_META = {
  title: { en: 'Untitled scenario', zh: '未命名情景' },
  description: { en: '', zh: '' },
  illustrative: false,
};

/** The world with its optional fields filled. */
export function resolveWorld(world: WorldSpec | undefined): WorldSpec {
  const w = world ?? DEFAULT_WORLD;
  const attributeSeed = w.attributeSeed ?? DEFAULT_ATTRIBUTE_SEED;
  const attributes = (w.attributes ?? []).map((a) => ({ code: a.code, attribute: a.attribute, value: a.value }));
  switch (w.kind) {
    case 'china':
      // `unit` is written only when it is not the default, so the digests of county-level scenarios are unchanged
      return { kind: 'china', seaEdges: w.seaEdges ?? true, attributeSeed, ...(w.unit === 'prefecture' ? { unit: w.unit } : {}), attributes };
    case 'us-states':
      return { kind: 'us-states', attributeSeed, attributes };
    case 'lattice':
      return {
        kind: 'lattice',
        width: w.width,
        height: w.height,
        neighbourhood: w.neighbourhood ?? 'von-neumann',
        provinceSide: w.provinceSide ?? DEFAULT_PROVINCE_SIDE,
        attributeSeed,
        heterogeneity: w.heterogeneity ?? 0,
        attributes,
      };
    case 'mixed':
      return { kind: 'mixed', n: w.n, attributeSeed, heterogeneity: w.heterogeneity ?? 0, attributes };
  }
}

function resolveEvent(e: ScenarioEvent): ScenarioEvent {
  const out: ScenarioEvent = { year: e.year, type: e.type, level: e.level, scope: e.scope };
  if (e.type === 'document') out.reward = e.reward ?? DOCUMENT_REWARD_DEFAULT;
  else if (e.reward !== undefined) out.reward = e.reward; // rejected by checks.ts with its path
  if (e.until !== undefined) out.until = e.until;
  if (e.type === 'suspend') out.strength = e.strength ?? SUSPEND_STRENGTH_DEFAULT;
  else if (e.strength !== undefined) out.strength = e.strength; // rejected by checks.ts with its path
  if (e.label !== undefined) out.label = e.label;
  return out;
}

function resolveInnovation(k: Partial<Innovation> & Pick<Innovation, 'id' | 'complexity' | 'digital'>, startYear: number): Innovation {
  return {
    id: k.id,
    name: k.name ?? { en: k.id, zh: k.id },
    origins: k.origins ?? [],
    originStage: k.originStage ?? DEFAULT_ORIGIN_STAGE,
    startYear: k.startYear ?? startYear,
    complexity: k.complexity,
    digital: k.digital,
    // p, q, potential and halfLife stay absent when the file leaves them out (absent = default), so
    // the digests of scenarios written before them are unchanged
    ...(k.p !== undefined ? { p: k.p } : {}),
    ...(k.q !== undefined ? { q: k.q } : {}),
    ...(k.potential !== undefined ? { potential: k.potential } : {}),
    ...(k.halfLife !== undefined ? { halfLife: k.halfLife } : {}),
    events: (k.events ?? []).map(resolveEvent),
  };
}

/** A schema-valid, merged file with every default filled. */
export function applyDefaults(file: ScenarioFile): ResolvedScenario {
  const time = {
    startYear: file.time?.startYear ?? DEFAULT_TIME.startYear,
    years: file.time?.years ?? DEFAULT_TIME.years,
    dt: file.time?.dt ?? DEFAULT_TIME.dt,
  };
  const { rewardScope, transferScope, namedSites, ...leverValues } = file.levers ?? {};
  const levers: ResolvedScenario['levers'] = { ...defaultLevers(), ...leverValues, namedSites: namedSites ?? [] };
  if (rewardScope !== undefined) levers.rewardScope = rewardScope;
  if (transferScope !== undefined) levers.transferScope = transferScope;
  return {
    meta: {
      title: file.meta?.title ?? DEFAULT_META.title,
      description: file.meta?.description ?? DEFAULT_META.description,
      illustrative: file.meta?.illustrative ?? DEFAULT_META.illustrative,
    },
    world: resolveWorld(file.world),
    time,
    params: { ...defaultAssumptions(), ...file.params },
    levers,
    innovations: (file.innovations ?? []).map((k) => resolveInnovation(k, time.startYear)),
  };
}
