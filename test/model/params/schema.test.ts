import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import {
  ASSUMPTION_DEFS,
  LEVER_DEFS,
  PARAMETERS,
  SCOPED_LEVER_DEFS,
  defaultAssumptions,
  defaultLevers,
  fieldSchema,
  findParamDef,
  paramDef,
  allowedText,
  plausibleText,
  type ParamDef,
  type ParamKey,
  type LeverKey,
} from '../../../src/model/params/index.ts';
import { LEVER_GROUPS, ASSUMPTION_GROUPS } from '../../../src/model/params/groups.ts';

// Exhaustive by type: adding or removing a key in keys.ts without updating these fails to compile.
const ASSUMPTION_KEYS: Record<ParamKey, true> = {
  p: true, q: true, omegaGlobal: true, omegaNeighbour: true, omegaProvince: true, omegaForum: true,
  peerShape: true, thresholdMean: true, thresholdSd: true, kappaTh: true, betaE1: true, betaE2: true,
  betaE3: true, betaT: true, betaS: true, betaR: true, betaD: true, kappaM: true, lambda12: true,
  lambda23: true, lambda34: true, betaQ: true, psiShow: true, betaTol: true, eta0: true, deltaLoad: true,
  deltaGap: true, lambda52: true, mu0: true, deltaShow: true, deltaInst: true, deltaE: true, deltaS: true,
  deltaTol: true, deltaX: true, deltaTurn: true, rhoTurn: true, rhoRe: true, gamma0: true, gammaT: true,
  showMechanism: true, gammaM: true, gammaN: true, gammaGap: true, etaQ: true, etaGap: true, qDemo: true,
  endogenousEndorsement: true, thetaP: true, nC: true, betaL: true, deltaInst5: true, betaQ5: true,
  muSusp: true, gammaUnfit: true, lambdaP: true, lambdaC: true,
};
const LEVER_KEYS: Record<LeverKey, true> = {
  reward: true, acc: true, media: true, forumTies: true, pairing: true, supportBoost: true,
  thirdPartyEval: true, transfer: true, training: true, burdenReduction: true, tolerance: true,
};

const numeric = (defs: readonly ParamDef[]) => defs.filter((d) => d.type === 'number' || d.type === 'integer');

describe('the parameter table', () => {
  it('has exactly one row per key of keys.ts', () => {
    expect(ASSUMPTION_DEFS.map((d) => d.key).sort()).toEqual(Object.keys(ASSUMPTION_KEYS).sort());
    expect(LEVER_DEFS.map((d) => d.key).sort()).toEqual(Object.keys(LEVER_KEYS).sort());
    expect(new Set(PARAMETERS.map((d) => d.key)).size).toBe(PARAMETERS.length);
  });

  it('marks kinds and groups consistently: levers by the four drivers, assumptions by mechanism', () => {
    const leverGroups = new Set(LEVER_GROUPS.map((g) => g.id));
    const assumptionGroups = new Set(ASSUMPTION_GROUPS.map((g) => g.id));
    for (const d of LEVER_DEFS) {
      expect(d.kind, d.key).toBe('lever');
      expect(leverGroups.has(d.group as never), d.key).toBe(true);
    }
    for (const d of ASSUMPTION_DEFS) {
      expect(d.kind, d.key).toBe('assumption');
      expect(assumptionGroups.has(d.group as never), d.key).toBe(true);
    }
    for (const s of SCOPED_LEVER_DEFS) expect(leverGroups.has(s.group)).toBe(true);
    // every group has at least one row
    for (const g of LEVER_GROUPS) expect(LEVER_DEFS.some((d) => d.group === g.id), g.id).toBe(true);
    for (const g of ASSUMPTION_GROUPS) expect(ASSUMPTION_DEFS.some((d) => d.group === g.id), g.id).toBe(true);
  });

  it('gives every row a symbol, bilingual label and help, and a source', () => {
    for (const d of PARAMETERS) {
      expect(d.symbol.length, d.key).toBeGreaterThan(0);
      expect(d.label.en.length * d.label.zh.length, d.key).toBeGreaterThan(0);
      expect(d.help.en.length * d.help.zh.length, d.key).toBeGreaterThan(0);
      expect(/[\u4e00-\u9fff]/.test(d.label.zh), `${d.key} zh label`).toBe(true);
      expect(d.source.length, d.key).toBeGreaterThan(0);
    }
  });

  it('has finite allowed ranges that contain the plausible range, which contains the default', () => {
    for (const d of numeric(PARAMETERS)) {
      if (d.type !== 'number' && d.type !== 'integer') continue;
      const [alo, ahi] = d.allowed;
      const [plo, phi] = d.plausible;
      expect(Number.isFinite(alo) && Number.isFinite(ahi), d.key).toBe(true);
      expect(alo <= plo && plo <= phi && phi <= ahi, `${d.key}: plausible ${plo}–${phi} inside allowed ${alo}–${ahi}`).toBe(true);
      expect(d.default >= plo && d.default <= phi, `${d.key}: default ${d.default} plausible`).toBe(true);
      expect(d.unit.en.length * d.unit.zh.length, d.key).toBeGreaterThan(0);
      if (d.type === 'integer') expect(Number.isInteger(d.default), d.key).toBe(true);
    }
  });

  it('follows the allowed-range conventions of docs/references.md', () => {
    const ln20 = Math.log(20);
    for (const key of ['lambda12', 'lambda23', 'lambda34', 'lambda52', 'mu0', 'eta0', 'rhoTurn', 'rhoRe', 'kappaM', 'etaQ'] as const) {
      expect(paramDef(key)).toMatchObject({ allowed: [0, 10], unit: { en: 'per year' } });
    }
    for (const key of ['betaE1', 'betaT', 'betaS', 'betaD', 'betaQ', 'deltaGap', 'deltaInst', 'deltaX', 'gammaT', 'gammaGap'] as const) {
      const d = paramDef(key);
      expect(d.type === 'number' && d.allowed[0] === -ln20 && d.allowed[1] === ln20, key).toBe(true);
    }
    for (const key of ['omegaGlobal', 'psiShow', 'qDemo', 'thetaP', 'thirdPartyEval', 'tolerance', 'burdenReduction'] as const) {
      expect(paramDef(key)).toMatchObject({ allowed: [0, 1] });
    }
    expect(paramDef('q')).toMatchObject({ allowed: [0, 2] });
    expect(paramDef('media')).toMatchObject({ allowed: [1, 10] });
    expect(paramDef('reward')).toMatchObject({ allowed: [1, 10] });
    expect(paramDef('acc')).toMatchObject({ allowed: [0, 3] });
  });

  it('has the defaults of docs/references.md', () => {
    const a = defaultAssumptions();
    expect(a).toMatchObject({ p: 0.03, q: 0.25, kappaM: 0.8, lambda12: 0.5, lambda23: 0.25, lambda34: 0.2, mu0: 0.07 });
    expect(a).toMatchObject({ omegaGlobal: 0.1, omegaNeighbour: 0.4, omegaProvince: 0.3, omegaForum: 0.2, peerShape: 'linear' });
    expect(a.betaE1).toBeCloseTo(Math.log(1.5), 12);
    expect(a.betaE2).toBeCloseTo(Math.log(2), 12);
    expect(a.betaE3).toBeCloseTo(Math.log(4), 12);
    expect(a.deltaInst).toBeCloseTo(Math.log(1 / 0.3), 12);
    expect(a.gamma0).toBeCloseTo(Math.log(0.2 / 0.8), 12);
    expect(1 / (1 + Math.exp(-a.gamma0))).toBeCloseTo(0.2, 12);
    expect(a).toMatchObject({ eta0: 0.05, rhoTurn: 0.25, deltaTurn: 1, rhoRe: 0.02, etaQ: 0.3, etaGap: 0.2, qDemo: 0.8 });
    expect(a).toMatchObject({ endogenousEndorsement: true, thetaP: 0.05, nC: 3, kappaTh: 20, deltaLoad: 0.3, psiShow: 0.7, lambda52: 0.3 });
    expect(a).toMatchObject({ betaL: 0, muSusp: 0.3, lambdaP: 0.5, lambdaC: 0.3 });
    expect(a.deltaInst5).toBeCloseTo(Math.log(2), 12);
    expect(a.betaQ5).toBeCloseTo(Math.log(2), 12);
    expect(a.gammaUnfit).toBeCloseTo(Math.log(3), 12);
    expect(paramDef('betaL')).toMatchObject({ plausible: [0, Math.log(4)] });
    expect(defaultLevers()).toEqual({
      reward: 1, acc: 1, media: 1, forumTies: 0, pairing: false, supportBoost: 0, thirdPartyEval: 0,
      transfer: 0, training: 0, burdenReduction: 0, tolerance: 0,
    });
  });

  it('returns fresh default objects', () => {
    const a = defaultAssumptions();
    a.q = 99;
    expect(defaultAssumptions().q).toBe(0.25);
  });

  it('looks rows up by key', () => {
    expect(paramDef('q').symbol).toBe('q');
    expect(paramDef('betaE2').symbol).toBe('β_E[2]');
    expect(findParamDef('nope')).toBeUndefined();
    expect(() => paramDef('nope' as ParamKey)).toThrow(/unknown parameter key: nope/);
  });
});

describe('fieldSchema', () => {
  it('accepts every default and rejects values outside the allowed range with the allowed text', () => {
    for (const d of PARAMETERS) {
      expect(v.safeParse(fieldSchema(d), d.default).success, d.key).toBe(true);
      if (d.type === 'number' || d.type === 'integer') {
        const below = v.safeParse(fieldSchema(d), d.allowed[0] - 0.5);
        expect(below.success, d.key).toBe(false);
        if (!below.success) expect(below.issues[0].message).toBe(`allowed ${allowedText(d)}`);
        expect(v.safeParse(fieldSchema(d), d.allowed[1] + 0.5).success, d.key).toBe(false);
        expect(v.safeParse(fieldSchema(d), d.allowed[1]).success, d.key).toBe(true);
      }
    }
  });

  it('rejects non-integers for integer rows, wrong types and unknown enum values', () => {
    expect(v.safeParse(fieldSchema(paramDef('nC')), 1.5).success).toBe(false);
    expect(v.safeParse(fieldSchema(paramDef('forumTies')), 2).success).toBe(true);
    expect(v.safeParse(fieldSchema(paramDef('q')), '0.3').success).toBe(false);
    expect(v.safeParse(fieldSchema(paramDef('q')), Number.NaN).success).toBe(false);
    expect(v.safeParse(fieldSchema(paramDef('pairing')), 1).success).toBe(false);
    expect(v.safeParse(fieldSchema(paramDef('peerShape')), 'threshold').success).toBe(true);
    expect(v.safeParse(fieldSchema(paramDef('peerShape')), 'step').success).toBe(false);
  });

  it('words ranges for messages and notes', () => {
    expect(allowedText(paramDef('q'))).toBe('0–2 per year');
    expect(allowedText(paramDef('nC'))).toBe('integers 1–1000 provinces');
    expect(allowedText(paramDef('betaT'))).toBe('−ln 20 to ln 20 = −2.9957 to 2.9957 log hazard ratio per SD');
    expect(allowedText(paramDef('peerShape'))).toBe('"linear" or "threshold"');
    expect(allowedText(paramDef('pairing'))).toBe('true or false');
    const q = paramDef('q');
    if (q.type === 'number') expect(plausibleText(q)).toBe('0.05–0.6 per year');
    const betaE3 = paramDef('betaE3');
    if (betaE3.type === 'number') expect(plausibleText(betaE3)).toBe('0 to ln 8 = 0–2.0794 log hazard ratio');
  });
});
