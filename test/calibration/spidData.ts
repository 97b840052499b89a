/** The committed SPID files and the us-states contiguity, read once for the calibration tests. */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { spidHistories, usStatesContiguity } from '../../src/calibration/index.ts';

const ROOT = resolve(__dirname, '../..');
export const readData = (file: string) => readFileSync(join(ROOT, 'public/data', file), 'utf8');
export const policiesCsv = readData('spid/spid_policies.csv');
export const metadataCsv = readData('spid/spid_metadata.csv');
export const spid = spidHistories(policiesCsv, metadataCsv);
export const contiguity = usStatesContiguity(JSON.parse(readData('us-states.json')));
