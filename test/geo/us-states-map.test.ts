/** The US states' map as the app draws it: us-states.json's topology renamed to the world's codes. */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { feature } from 'topojson-client';
import type { FeatureCollection } from 'geojson';
import type { GeometryCollection } from 'topojson-specification';
import { buildUsStatesWorld, parseUsStates, usStatesMap } from '../../src/geo/index.ts';

const json = JSON.parse(readFileSync(join(resolve(__dirname, '../..'), 'public/data/us-states.json'), 'utf8'));
const world = buildUsStatesWorld(parseUsStates(json));

describe('usStatesMap', () => {
  it('names every state’s shape by its USPS code in Chinese and English, and keeps DC as grey background', () => {
    const topology = usStatesMap(json);
    const shapes = (feature(topology, topology.objects.states as GeometryCollection) as FeatureCollection).features;
    const states = shapes.filter((f) => !f.properties?.bg);
    expect(states.map((f) => f.id).sort()).toEqual([...world.codes].sort());
    const ca = shapes.find((f) => f.id === 'CA')!;
    expect(ca.properties).toMatchObject({ name: '加利福尼亚州', nameEn: 'California' });
    expect(shapes.filter((f) => f.properties?.bg === 1).map((f) => [f.id, f.properties!.nameEn])).toEqual([['11', 'District of Columbia']]);
    // the arcs are shared, and the file read is left as it was (FIPS ids)
    expect(topology.arcs).toBe(json.topology.arcs);
    expect(json.topology.objects.states.geometries[4].id).toBe('06');
  });

  it('refuses a file whose map has a shape that is neither a state nor background, naming its id', () => {
    const damaged = structuredClone(json);
    damaged.topology.objects.states.geometries[0].id = '99';
    expect(() => usStatesMap(damaged)).toThrow('us-states.json: topology.objects.states has a shape with id "99", which is neither a state nor background');
    expect(() => usStatesMap({ states: [] })).toThrow('us-states.json: expected topology.objects.states to be a GeometryCollection');
  });
});
