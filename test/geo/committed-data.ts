/** Reads the committed map files once for the tests (they never rebuild them). */
import { readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Topology } from 'topojson-specification';
import { parseChinaAdjacency, parseChinaUnits } from '../../src/geo/index.ts';

const dir = resolve(__dirname, '..', '..', 'public', 'data');
export const dataPath = (file: string) => join(dir, file);
export const dataText = (file: string) => readFileSync(dataPath(file), 'utf8');
export const dataSize = (file: string) => statSync(dataPath(file)).size;

export const unitsText = dataText('china-units.csv');
export const units = parseChinaUnits(unitsText);
export const adjacency = parseChinaAdjacency(dataText('china-adjacency.json'));
export const topology = JSON.parse(dataText('china-units.topo.json')) as Topology;
