/**
 * What a calibration simulator may ask of the Node side (src/calibration/simulators.ts): the CLI's
 * world loader and files shipped with idlab, read from the package root. The same in the main thread
 * and in every worker thread.
 */
import { readFileSync } from 'node:fs';
import type { SimulatorContext } from '../../calibration/simulators.ts';
import { loadWorld } from '../load-world.ts';
import { packagePath } from '../package-root.ts';

export const SIMULATOR_CONTEXT: SimulatorContext = {
  loadWorld,
  readText: (path) => readFileSync(packagePath(...path), 'utf8'),
};
