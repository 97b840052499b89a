// The simulation worker: a thin adapter. All logic lives in src/service and is tested
// without a Worker; this file only exposes it over Comlink.
import * as Comlink from 'comlink';
import { createSimulationService } from '../src/service/index.ts';
import { HEARTBEAT_TYPE } from '../src/service/heartbeat.ts';

// heartbeats tell the page's watchdog that a long call is still working (src/service/heartbeat.ts)
Comlink.expose(createSimulationService({ heartbeat: () => self.postMessage({ type: HEARTBEAT_TYPE }) }));
