// The sweep worker: a thin adapter. All logic lives in src/sweep/browser and is tested
// without a Worker; this file only exposes it over Comlink. The Sweep panel starts one per core.
import * as Comlink from 'comlink';
import { createSweepService } from '../src/sweep/browser/sweepService.ts';
import { HEARTBEAT_TYPE } from '../src/service/heartbeat.ts';

// heartbeats tell the panel's watchdog that a long run is still working (src/service/heartbeat.ts)
Comlink.expose(createSweepService({ heartbeat: () => self.postMessage({ type: HEARTBEAT_TYPE }) }));
