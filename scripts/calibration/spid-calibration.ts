/**
 * Writes the shipped calibration file of the us-policies simulator, public/calibration/spid-1950-1995.json
 * (the SPID policies first adopted 1950–1995: observed summaries, first years, priors, engine options),
 * from the committed SPID and us-states files: `npx tsx scripts/calibration/spid-calibration.ts`.
 * With `--speed [seconds]` it then runs the simulator at the middle of the priors for that long
 * (default 10 s) and prints simulations per second. Deterministic: the same data give the same bytes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildUsStatesWorld, parseUsStates } from '../../src/geo/index.ts';
import { OBSERVED_SELECTIONS, spidHistories, usStatesContiguity } from '../../src/calibration/index.ts';
import { usPolicyCalibrationFile } from '../../src/calibration/usPolicyCalibrationFile.ts';
import { usPoliciesSimulator } from '../../src/calibration/usPolicySimulator.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const OUT = 'public/calibration/spid-1950-1995.json';

const usStates = JSON.parse(read('public/data/us-states.json'));
const spid = spidHistories(read('public/data/spid/spid_policies.csv'), read('public/data/spid/spid_metadata.csv'));
const file = usPolicyCalibrationFile(spid, usStatesContiguity(usStates), OBSERVED_SELECTIONS.from1950to1995);
writeFileSync(join(ROOT, OUT), JSON.stringify(file, null, 2) + '\n');
console.log(`wrote ${OUT}: ${file.options.firstYears.length} policies; observed ${JSON.stringify(file.observed)}`);

const speed = process.argv.indexOf('--speed');
if (speed >= 0) {
  const seconds = Number(process.argv[speed + 1] ?? 10) || 10;
  const world = buildUsStatesWorld(parseUsStates(usStates), { attributeSeed: file.options.attributeSeed });
  const setup = usPoliciesSimulator(file.options as unknown as Record<string, unknown>, { loadWorld: () => world, readText: (path) => read(path.join('/')) });
  // the middle of each prior: the geometric mean for log priors
  const theta = setup.parameters.map((p) => (p.scale === 'log' ? Math.sqrt(p.lo * p.hi) : (p.lo + p.hi) / 2));
  const start = performance.now();
  let n = 0;
  while (performance.now() - start < seconds * 1000) setup.simulate(theta, n++);
  const elapsed = (performance.now() - start) / 1000;
  console.log(`${n} simulations in ${elapsed.toFixed(1)} s: ${(n / elapsed).toFixed(1)} simulations per second (one thread, θ = ${theta.map((x) => x.toPrecision(3)).join(', ')})`);
}
