/** The simulation service (the app's worker) on the us-states world: it loads data/us-states.json and runs. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSimulationService } from '../../src/service/index.ts';
import { parseCsv } from '../../src/geo/csv.ts';
import { nodeLoader } from './nodeLoader.ts';

const FIXTURE = join(__dirname, '../cli/fixtures/us-states.json');

describe('simulation service on the us-states world', () => {
  it('initialises 50 states from the public data, runs, and exports events with USPS codes', async () => {
    const service = createSimulationService({ loader: nodeLoader });
    const init = await service.init({ scenarioFile: JSON.parse(readFileSync(FIXTURE, 'utf8')), seed: 1 });
    if (init.status === 'errored') throw new Error(init.error.message);
    expect(init.info).toMatchObject({ worldKind: 'us-states', n: 50 });
    const ca = init.info.codes.indexOf('CA');
    expect([init.info.names[ca], init.info.namesEn[ca]]).toEqual(['加利福尼亚州', 'California']);
    expect(init.info.innovations[0].origins).toEqual([ca]);
    expect(init.info.provinces.map((p) => p.code)).toContain('06');
    const done = await service.advance(100, 0);
    if (done.status === 'errored') throw new Error(done.error.message);
    expect(done.frame.kpis[0].activeShare).toBeGreaterThan(0.1);
    const csv = await service.exportCsv('events');
    if (csv.status === 'errored') throw new Error(csv.error.message);
    const [header, ...rows] = parseCsv(csv.text).map((r) => r.fields);
    const locality = header.indexOf('locality');
    expect(rows.length).toBeGreaterThan(5);
    for (const row of rows) expect(init.info.codes).toContain(row[locality]);
    expect(rows[0][locality]).toBe('CA');
  });
});
