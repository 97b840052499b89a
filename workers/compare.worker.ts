// The comparison worker: a thin adapter. All logic lives in src/compare/browser and is tested
// without a Worker; this file only exposes it over Comlink. The compare mode starts one per core.
import * as Comlink from 'comlink';
import { createCompareService } from '../src/compare/browser/compareService.ts';
import { HEARTBEAT_TYPE } from '../src/service/heartbeat.ts';

// heartbeats tell the pool's watchdog that a long run is still working (src/service/heartbeat.ts)
Comlink.expose(createCompareService({ heartbeat: () => self.postMessage({ type: HEARTBEAT_TYPE }) }));
