/**
 * One factor of a sweep file, checked against its row of the parameter table: the path names an
 * assumption (`params.q`) or a lever (`levers.media`); values lie in the allowed range; a range's
 * missing bounds are the plausible range (docs/references.md: "sweep defaults"); a distribution's
 * missing bounds are the allowed range (its support is always bounded, so every design can use it).
 */
import * as v from 'valibot';
import { findParamDef, PARAMETERS } from '../model/params/schema.ts';
import { fieldSchema } from '../model/params/fieldSchema.ts';
import { allowedText } from '../model/params/ranges.ts';
import type { ParamDef, NumericDef } from '../model/params/def.ts';
import { invalid, missing, type PathItem, type ScenarioIssue } from '../model/scenario/issues.ts';
import { didYouMean } from '../model/scenario/suggest.ts';
import type { FactorInput, ResolvedFactor, Distribution } from './types.ts';

const PATH = /^(params|levers)\.([A-Za-z0-9_]+)$/;

export function resolveFactor(input: FactorInput, at: PathItem[], issues: ScenarioIssue[]): ResolvedFactor | null {
  const match = PATH.exec(input.path);
  const def = match ? findParamDef(match[2]) : undefined;
  if (!match || !def) {
    const key = match ? match[2] : input.path.replace(/^.*\./, '');
    const guess = didYouMean(key, PARAMETERS.map((d) => d.key));
    const hint = guess ? `did you mean "${sectionOf(findParamDef(guess)!)}.${guess}"?` : 'expected "params.<key>" or "levers.<key>" of the parameter table (idlab schema lists them)';
    issues.push(invalid([...at, 'path'], input.path, hint));
    return null;
  }
  const section = match[1] as 'params' | 'levers';
  if (sectionOf(def) !== section) {
    issues.push(invalid([...at, 'path'], input.path, `${def.key} is ${def.kind === 'lever' ? 'a lever' : 'an assumption'}: "${sectionOf(def)}.${def.key}"`));
    return null;
  }
  const given = (['values', 'range', 'distribution'] as const).filter((k) => input[k] !== undefined);
  if (given.length > 1) {
    issues.push(invalid(at, `{${given.join(', ')}}`, 'give one of values, range or distribution'));
    return null;
  }
  const base = { path: input.path, section, key: def.key, integer: def.type === 'integer' };
  const before = issues.length;

  if (input.levels !== undefined && (input.values !== undefined || input.distribution !== undefined)) {
    issues.push(invalid([...at, 'levels'], input.levels, 'levels divide a range; not allowed with values or a distribution'));
  }
  if (input.values !== undefined) {
    const schema = fieldSchema(def);
    input.values.forEach((value, j) => {
      if (!v.safeParse(schema, value).success) issues.push(invalid([...at, 'values', j], value, `allowed ${allowedText(def)}`));
    });
    const seen = new Set<string>();
    input.values.forEach((value, j) => {
      const k = JSON.stringify(value);
      if (seen.has(k)) issues.push(invalid([...at, 'values', j], value, 'duplicate value'));
      seen.add(k);
    });
    return issues.length > before ? null : { ...base, kind: 'values', values: [...input.values] };
  }
  if (def.type !== 'number' && def.type !== 'integer') {
    issues.push(missing([...at, 'values'], `${def.key} is ${def.type === 'boolean' ? 'true or false' : `one of ${allowedText(def)}`}: list the values to take`));
    return null;
  }
  if (input.distribution !== undefined) {
    const distribution = resolveDistribution(input.distribution, def, [...at, 'distribution'], issues);
    return distribution && issues.length === before ? { ...base, kind: 'distribution', distribution } : null;
  }
  const min = input.range?.min ?? def.plausible[0];
  const max = input.range?.max ?? def.plausible[1];
  checkBound(def, min, [...at, 'range', 'min'], issues);
  checkBound(def, max, [...at, 'range', 'max'], issues);
  if (issues.length === before && !(min < max)) issues.push(invalid([...at, 'range'], { min, max }, 'min must be below max'));
  return issues.length > before ? null : { ...base, kind: 'range', min, max, levels: input.levels ?? null };
}

function resolveDistribution(d: Distribution, def: NumericDef, at: PathItem[], issues: ScenarioIssue[]): Required<Distribution> | null {
  const before = issues.length;
  const lo = def.allowed[0];
  const hi = def.allowed[1];
  switch (d.type) {
    case 'uniform': {
      const min = d.min ?? def.plausible[0];
      const max = d.max ?? def.plausible[1];
      checkBound(def, min, [...at, 'min'], issues);
      checkBound(def, max, [...at, 'max'], issues);
      if (issues.length === before && !(min < max)) issues.push(invalid(at, { min, max }, 'min must be below max'));
      return issues.length > before ? null : { type: 'uniform', min, max };
    }
    case 'loguniform': {
      if (!(d.min > 0)) issues.push(invalid([...at, 'min'], d.min, 'allowed > 0 (a log-uniform distribution)'));
      checkBound(def, d.min, [...at, 'min'], issues);
      checkBound(def, d.max, [...at, 'max'], issues);
      if (issues.length === before && !(d.min < d.max)) issues.push(invalid(at, { min: d.min, max: d.max }, 'min must be below max'));
      return issues.length > before ? null : { type: 'loguniform', min: d.min, max: d.max };
    }
    case 'triangular': {
      checkBound(def, d.min, [...at, 'min'], issues);
      checkBound(def, d.max, [...at, 'max'], issues);
      if (issues.length === before && !(d.min < d.max)) issues.push(invalid(at, { min: d.min, max: d.max }, 'min must be below max'));
      if (issues.length === before && !(d.mode >= d.min && d.mode <= d.max)) issues.push(invalid([...at, 'mode'], d.mode, `allowed ${d.min}–${d.max} (between min and max)`));
      return issues.length > before ? null : { type: 'triangular', min: d.min, mode: d.mode, max: d.max };
    }
    case 'normal': {
      // truncated to [min, max]; by default the allowed range, so every draw is a valid value
      const min = d.min ?? lo;
      const max = d.max ?? hi;
      checkBound(def, min, [...at, 'min'], issues);
      checkBound(def, max, [...at, 'max'], issues);
      if (issues.length === before && !(min < max)) issues.push(invalid(at, { min, max }, 'min must be below max'));
      return issues.length > before ? null : { type: 'normal', mean: d.mean, sd: d.sd, min, max };
    }
  }
}

function checkBound(def: NumericDef, x: number, at: PathItem[], issues: ScenarioIssue[]): void {
  if (!(x >= def.allowed[0] && x <= def.allowed[1])) issues.push(invalid(at, x, `allowed ${allowedText(def)}`));
}

function sectionOf(def: ParamDef): 'params' | 'levers' {
  return def.kind === 'lever' ? 'levers' : 'params';
}
