// Rewrites frozen-cases.json from the current code (see frozen-cases.test.ts: only for a deliberate
// change of the model, named in its commit).
import { writeFileSync } from 'node:fs';
import { allCases } from './frozenCases.ts';

const cases = allCases();
writeFileSync(new URL('./frozen-cases.json', import.meta.url), JSON.stringify(cases, null, 2) + '\n');
console.log(`${Object.keys(cases).length} frozen cases written`);
