import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scenarioJsonSchema } from '../../../src/model/scenario/jsonSchema.ts';
import { ASSUMPTION_DEFS, LEVER_DEFS } from '../../../src/model/params/schema.ts';
import { schemaFileText, SCHEMA_PATH } from '../../../scripts/docs/generate.ts';
import { ROOT } from './helpers.ts';

type Json = Record<string, any>;

describe('scenario JSON Schema', () => {
  it('is committed up to date in public/schema (regenerate with npm run docs)', () => {
    expect(readFileSync(join(ROOT, SCHEMA_PATH), 'utf8')).toBe(schemaFileText());
  });

  it('is a closed draft-07 object schema with the scenario sections', () => {
    const s = scenarioJsonSchema() as Json;
    expect(s.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(s.type).toBe('object');
    expect(s.additionalProperties).toBe(false);
    expect(Object.keys(s.properties)).toEqual(['$schema', 'extends', 'meta', 'world', 'time', 'params', 'levers', 'innovations']);
    expect(JSON.stringify(s)).not.toContain('"not":{}');
  });

  it('carries every parameter with its allowed range, default, unit and plausible range', () => {
    const s = scenarioJsonSchema() as Json;
    const params = s.properties.params.properties as Json;
    const levers = s.properties.levers.properties as Json;
    for (const [defs, props] of [[ASSUMPTION_DEFS, params], [LEVER_DEFS, levers]] as const) {
      for (const d of defs) {
        const p = props[d.key];
        expect(p, d.key).toBeDefined();
        expect(p.default, d.key).toEqual(d.default);
        if (d.type === 'number' || d.type === 'integer') {
          expect([p.minimum, p.maximum], d.key).toEqual([...d.allowed]);
          expect(p['x-plausible'], d.key).toEqual([...d.plausible]);
          expect(p['x-unit'], d.key).toBe(d.unit.en);
          expect(p.type, d.key).toBe(d.type === 'integer' ? 'integer' : 'number');
        }
      }
    }
    expect(params.q.description).toContain('Allowed 0–2 per year; plausible 0.05–0.6 per year.');
    expect(params.peerShape.enum).toEqual(['linear', 'threshold']);
  });

  it('describes the worlds as alternatives by kind and requires what extends cannot supply', () => {
    const s = scenarioJsonSchema() as Json;
    const kinds = (s.properties.world.oneOf ?? s.properties.world.anyOf).map((o: Json) => o.properties.kind.const);
    expect(kinds).toEqual(['china', 'us-states', 'lattice', 'mixed']);
    const innovation = s.properties.innovations.items;
    expect(innovation.required).toEqual(['id', 'complexity', 'digital']);
    expect(s.properties.time.properties.dt).toMatchObject({ exclusiveMinimum: 0, maximum: 1 });
  });

  it("describes an innovation's own rates, potential and half-life, and the withdraw and suspend events", () => {
    const innovation = (scenarioJsonSchema() as Json).properties.innovations.items;
    expect(innovation.properties.p).toMatchObject({ type: 'number', minimum: 0, maximum: 2 });
    expect(innovation.properties.q).toMatchObject({ type: 'number', minimum: 0, maximum: 2 });
    expect(innovation.properties.potential).toMatchObject({ type: 'number', exclusiveMinimum: 0, maximum: 1 });
    expect(innovation.properties.halfLife).toMatchObject({ type: 'number', exclusiveMinimum: 0, maximum: 1000 });
    for (const key of ['p', 'q', 'potential', 'halfLife']) expect(innovation.properties[key].description, key).toMatch(/absent = /);
    const event = innovation.properties.events.items;
    expect(event.properties.type.enum).toEqual(['pilot', 'endorse', 'document', 'mandate', 'withdraw', 'suspend']);
    expect(event.properties.level.enum).toEqual(['none', 'prefecture', 'province', 'central']);
    expect(event.properties.strength).toMatchObject({ type: 'number', minimum: 0, maximum: 1 });
    expect(event.properties.until.description).toContain('suspend (required)');
  });
});
