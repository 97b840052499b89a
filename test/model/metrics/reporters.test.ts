/**
 * The metric table reads the kernel's counters directly where a reporter declares how (`direct`);
 * that fast path must give the same rows as calling every reporter.
 */
import { describe, expect, it } from 'vitest';
import { createSyntheticWorld } from '../../../src/model/index.ts';
import { MetricTable } from '../../../src/model/metrics/metricTable.ts';
import { REPORTERS } from '../../../src/model/metrics/reporters.ts';
import { buildKernel } from '../../../src/model/simulation/buildKernel.ts';
import { decide } from '../../../src/model/simulation/decide.ts';
import { applyStages } from '../../../src/model/simulation/apply.ts';
import { EventLog } from '../../../src/model/events/eventLog.ts';
import { richScenario } from '../helpers/rich.ts';

describe('metric table', () => {
  it('direct counter reads equal the reporters’ own values', () => {
    const sc = richScenario(3);
    const { kernel: m } = buildKernel(createSyntheticWorld(sc.world), sc, 5);
    const ticks = 36;
    const fast = new MetricTable(m.K, ticks);
    const slow = new MetricTable(m.K, ticks, REPORTERS.map((r) => ({ name: r.name, report: r.report })));
    const log = new EventLog();
    const origin = new Int32Array(m.K).fill(2);
    applyStages(m, log, 0, origin);
    for (let t = 0; t <= ticks; t++) {
      if (t > 0) {
        decide(m);
        m.tick = t;
        applyStages(m, log, t, origin);
      }
      fast.record(m, t);
      slow.record(m, t);
    }
    expect(log.length).toBeGreaterThan(50);
    for (const name of fast.columns) for (let k = 0; k < m.K; k++) expect(fast.column(name, k)).toEqual(slow.column(name, k));
  });
});
