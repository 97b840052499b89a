/**
 * A worker thread of `idlab compare` (thin: the logic is in src/compare): receives the world and
 * both arms once, then runs one arm with one seed per message and posts its CompareRunResult back
 * (src/sweep/node/threadPoolWorker.ts). Bundled by scripts/build-cli.mjs as dist-cli/compare-run.worker.js.
 */
import { workerData } from 'node:worker_threads';
import { servePool } from '../../sweep/node/threadPoolWorker.ts';
import { executeCompareRun } from '../executeCompareRun.ts';
import type { CompareRunResult } from '../types.ts';
import type { CompareRunMessage, CompareWorkerInit } from './messages.ts';

const { world, scenarios, spec } = workerData as CompareWorkerInit;

servePool<CompareRunMessage, CompareRunResult>((m) => executeCompareRun(world, scenarios[m.arm], m.seed, spec));
