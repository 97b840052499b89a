// The simulation worker: a thin adapter. All logic lives in src/service and is tested
// without a Worker; this file only exposes it over Comlink.
import * as Comlink from 'comlink';
import { createSimulationService } from '../src/service/index.ts';

Comlink.expose(createSimulationService());
