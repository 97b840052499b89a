// The sweep worker: a thin adapter. All logic lives in src/sweep/browser and is tested
// without a Worker; this file only exposes it over Comlink. The Sweep panel starts one per core.
import * as Comlink from 'comlink';
import { createSweepService } from '../src/sweep/browser/sweepService.ts';

Comlink.expose(createSweepService());
