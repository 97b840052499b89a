import { describe, expect, it } from 'vitest';
import { createSimulationService, MAX_SCENARIO_BYTES } from '../../src/service/index.ts';
import type { MetricRow } from '../../src/service/types.ts';
import { nodeLoader } from './nodeLoader.ts';
import { latticeScenario } from './lattice.ts';

type Ok<R> = Exclude<R, { status: 'errored' }>;
function ok<R extends { status: string }>(r: R): Ok<R> {
  if (r.status === 'errored') throw new Error(`unexpected error: ${(r as unknown as { error: { message: string } }).error.message}`);
  return r as Ok<R>;
}
function error(r: { status: string }): { message: string; issues?: string[] } {
  expect(r.status).toBe('errored');
  return (r as unknown as { error: { message: string; issues?: string[] } }).error;
}

/** Minimal RFC 4180 reader for the tests (quoted cells, doubled quotes). */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  for (const line of text.trimEnd().split('\n')) {
    const cells: string[] = [];
    let cell = '';
    let quoted = false;
    for (let i = 0; i < line.length; i++) {
      const c = line[i];
      if (quoted) {
        if (c === '"' && line[i + 1] === '"') (cell += '"'), i++;
        else if (c === '"') quoted = false;
        else cell += c;
      } else if (c === '"') quoted = true;
      else if (c === ',') cells.push(cell), (cell = '');
      else cell += c;
    }
    cells.push(cell);
    rows.push(cells);
  }
  return rows;
}

async function runTo(ticks: number, seed = 5) {
  const service = createSimulationService({ loader: nodeLoader });
  const init = ok(await service.init({ scenarioFile: latticeScenario(), seed }));
  const rows: MetricRow[] = [...init.frame.rows];
  const r = ok(await service.advance(ticks, rows.length));
  rows.length = r.frame.rowsFrom;
  rows.push(...r.frame.rows);
  return { service, info: init.info, rows, frame: r.frame };
}

describe('exports of the simulation service', () => {
  it('the metric-rows CSV holds the rows the charts got, with seed, digest and version on every row', async () => {
    const { service, info, rows } = await runTo(30);
    const csv = readCsv(ok(await service.exportCsv('rows')).text);
    const header = csv[0];
    expect(header.slice(0, 3)).toEqual(['tick', 'year', 'innovation']);
    expect(header.slice(-3)).toEqual(['seed', 'digest', 'version']);
    expect(csv).toHaveLength(1 + 31 * 2);
    const col = (name: string) => header.indexOf(name);
    for (let j = 0; j < rows.length; j++) {
      const line = csv[1 + j];
      expect(Number(line[col('tick')])).toBe(rows[j].tick);
      expect(line[col('innovation')]).toBe(info.innovations[rows[j].innovation].id);
      expect(Number(line[col('active')])).toBe(rows[j].active);
      expect(Number(line[col('ever_adopted')])).toBe(rows[j].everAdopted);
      expect(line.slice(-3)).toEqual(['5', info.digest, info.version]);
    }
  });

  it('the event-log CSV lists every stage change up to now; numbers stay numbers', async () => {
    const { service, info, frame } = await runTo(24);
    const csv = readCsv(ok(await service.exportCsv('events')).text);
    expect(csv[0]).toEqual(['tick', 'year', 'locality', 'innovation', 'from', 'to', 'channel', 'source', 'seed', 'digest', 'version']);
    const body = csv.slice(1);
    expect(body.length).toBeGreaterThan(2);
    expect(Math.max(...body.map((r) => Number(r[0])))).toBeLessThanOrEqual(24);
    // replaying the log gives the stages of the frame
    const stage = new Uint8Array(info.n * 2);
    const index = new Map(info.codes.map((c, i) => [c, i]));
    for (const r of body) {
      const k = info.innovations.findIndex((inn) => inn.id === r[3]);
      stage[k * info.n + index.get(r[2])!] = Number(r[5]);
    }
    expect(stage).toEqual(frame.stage);
    expect(error(await service.exportCsv('panel' as 'rows')).message).toBe('invalid export: "panel" (allowed "rows" or "events")');
  });

  it('an exported scenario imports back to the same scenario digest and the same run', async () => {
    const a = await runTo(20, 9);
    ok(await a.service.update({ levers: { media: 2.5 }, params: { q: 0.7 } }));
    const text = ok(await a.service.exportScenario()).text;
    const b = createSimulationService({ loader: nodeLoader });
    const imported = ok(await b.importScenario(text, 9));
    const again = ok(await a.service.reset());
    expect(imported.info.digest).toBe(again.info.digest);
    expect(imported.info.levers.media).toBe(2.5);
    expect(imported.info.params.q).toBe(0.7);
    const fa = ok(await a.service.advance(40, 0)).frame;
    const fb = ok(await b.advance(40, 0)).frame;
    expect(fb.stage).toEqual(fa.stage);
  });

  it('a rejected import names every problem and leaves the current run as it was', async () => {
    const { service, info, frame } = await runTo(12);
    const bad = JSON.stringify({ ...latticeScenario(), params: { q: -1, p: 7 }, levers: { mediaa: 2 } });
    const e = error(await service.importScenario(bad, 5));
    expect(e.issues).toEqual(
      expect.arrayContaining([
        expect.stringContaining('invalid params.q: -1 (allowed 0–2 per year)'),
        expect.stringContaining('params.p: 7'),
        expect.stringContaining('levers.mediaa'),
      ]),
    );
    expect(error(await service.importScenario('{"world": {"kind": "lattice",}}', 5)).message).toBe(
      "scenario file is not valid JSON: line 1, column 30: unexpected '}', expected a double-quoted property name (trailing comma?)",
    );
    expect(error(await service.importScenario('[1, 2]', 5)).message).toMatch(/^invalid scenario: an array \(expected a JSON object/);
    expect(error(await service.importScenario(' '.repeat(MAX_SCENARIO_BYTES + 1), 5)).message).toBe(
      `scenario file too large: ${MAX_SCENARIO_BYTES + 1} bytes (allowed at most ${MAX_SCENARIO_BYTES} bytes)`,
    );
    // the run goes on where it was
    const next = ok(await service.advance(1, 0));
    expect(next.frame.tick).toBe(frame.tick + 1);
    const detail = ok(await service.getLocalityDetail(0));
    expect(detail.detail.code).toBe(info.codes[0]);
  });

  it('the stage table gives every locality its stage and the tick it entered it, as the tooltip does', async () => {
    const { service, info, frame } = await runTo(60);
    for (const k of [0, 1]) {
      const table = ok(await service.getStageTable(k));
      expect(table.tick).toBe(60);
      expect(table.stage).toEqual(frame.stage.subarray(k * info.n, (k + 1) * info.n));
      for (const i of [0, 17, 100, 136, info.innovations[k].origins[0]]) {
        const d = ok(await service.getLocalityDetail(i)).detail.innovations[k];
        expect(table.since[i]).toBe(d.since);
      }
    }
    expect(error(await service.getStageTable(2)).message).toBe('invalid innovation index: 2 (allowed 0–1)');
  });
});
