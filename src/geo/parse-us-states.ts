/**
 * Parses public/data/us-states.json (written by scripts/data/build-us-states.ts): the states and their
 * contiguity, checked (codes unique, Census regions known, the CSR graph in range, without
 * self-loops and symmetric), so a damaged file fails here with what is wrong instead of in a run.
 * The file's `topology` (the map) is not read here.
 */
import { CENSUS_REGIONS, type CensusRegion } from '../model/world.ts';
import type { UsState, UsStatesData } from './types.ts';

const FILE = 'us-states.json';

function fail(what: string): never {
  throw new Error(`${FILE}: ${what}`);
}

function integers(value: unknown, field: string): number[] {
  if (!Array.isArray(value) || !value.every((x) => Number.isInteger(x))) fail(`${field} must be an array of integers`);
  return value as number[];
}

function state(value: unknown, k: number): UsState {
  const o = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  const text = (key: string, pattern: RegExp) => {
    const x = o[key];
    if (typeof x !== 'string' || !pattern.test(x)) fail(`states[${k}].${key} is ${JSON.stringify(x)} (expected ${pattern})`);
    return x;
  };
  const degrees = (key: string) => {
    const x = o[key];
    if (typeof x !== 'number' || !Number.isFinite(x)) fail(`states[${k}].${key} is ${JSON.stringify(x)} (expected degrees)`);
    return x;
  };
  const region = o.region as CensusRegion;
  if (!CENSUS_REGIONS.includes(region)) fail(`states[${k}].region is ${JSON.stringify(o.region)} (allowed ${CENSUS_REGIONS.join(', ')})`);
  return {
    fips: text('fips', /^\d\d$/),
    usps: text('usps', /^[A-Z]{2}$/),
    name: text('name', /\S/),
    nameZh: text('nameZh', /\S/),
    region,
    lon: degrees('lon'),
    lat: degrees('lat'),
  };
}

/** Accepts the file's text or its already-parsed JSON. */
export function parseUsStates(input: string | unknown): UsStatesData {
  const json = typeof input === 'string' ? (JSON.parse(input) as unknown) : input;
  if (typeof json !== 'object' || json === null) fail('not a JSON object');
  const o = json as Record<string, unknown>;
  if (!Array.isArray(o.states) || o.states.length === 0) fail('states must be a non-empty array');
  const states = o.states.map(state);
  const n = states.length;
  const seen = new Set<string>();
  for (const s of states) {
    for (const code of [s.fips, s.usps]) {
      if (seen.has(code)) fail(`the code ${code} appears twice`);
      seen.add(code);
    }
  }

  const adjacency = (o.adjacency ?? {}) as Record<string, unknown>;
  const offsets = integers(adjacency.offsets, 'adjacency.offsets');
  const indices = integers(adjacency.indices, 'adjacency.indices');
  if (offsets.length !== n + 1 || offsets[0] !== 0 || offsets[n] !== indices.length || offsets.some((x, i) => i > 0 && x < offsets[i - 1])) {
    fail(`adjacency.offsets must rise from 0 to ${indices.length} in ${n + 1} entries`);
  }
  const edges = new Set<string>();
  for (let i = 0; i < n; i++) {
    for (let e = offsets[i]; e < offsets[i + 1]; e++) {
      const j = indices[e];
      if (j < 0 || j >= n || j === i) fail(`adjacency.indices[${e}] is ${j} (a state other than ${states[i].usps}, 0–${n - 1})`);
      edges.add(`${i}-${j}`);
    }
  }
  for (const edge of edges) {
    const [i, j] = edge.split('-');
    if (!edges.has(`${j}-${i}`)) fail(`the edge ${states[+i].usps}–${states[+j].usps} is listed one way only`);
  }

  const contacts = Array.isArray(o.pointContacts) ? o.pointContacts : [];
  const pointContacts = contacts.map((p, k): [string, string] => {
    if (!Array.isArray(p) || p.length !== 2 || !p.every((c) => typeof c === 'string' && seen.has(c))) fail(`pointContacts[${k}] is ${JSON.stringify(p)} (expected two state codes)`);
    return [p[0], p[1]];
  });
  return { states, offsets, indices, pointContacts };
}
