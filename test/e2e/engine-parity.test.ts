import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Download, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/browser/launch.ts';
import { waitForApp } from '../../scripts/browser/app-page.ts';
import { buildCli, idlab, tempDir } from '../cli/helpers.ts';
import { download, openApp, runPanelSweep, tool, type Opened } from './lab.ts';

// The same run in Chromium and in Node: the app's exports (metric rows, event log, scenario) and a
// Sweep-panel sweep equal what the CLI writes for the same preset and seed, byte for byte, digest
// included. Before the model computed its exp/log/cos itself, Chromium's Math.log(3) differed from
// Node's in the last bit, so the default δ_show, the scenario digest and the runs differed.

const PRESET = 'fengqiao';
const SEED = 7;
const LAST_TICK = 61 * 12; // the preset's horizon: 61 years of months

let browser: Browser;
let app: Opened;
let tmp: { dir: string; cleanup: () => void };

beforeAll(async () => {
  buildCli();
  tmp = tempDir();
  browser = await launchChromium();
  app = await openApp(browser, `${inject('appUrl')}?preset=${PRESET}&seed=${SEED}&lang=en&tick=${LAST_TICK}`, { locale: 'en' });
  await waitForApp(app.page, { tick: LAST_TICK, mapInSync: true }, 120_000);
}, 180_000);

afterAll(async () => {
  await browser?.close();
  tmp?.cleanup();
});

/** null when equal, else the first differing line of each. */
function firstDifference(appText: string, cliText: string): string | null {
  if (appText === cliText) return null;
  const a = appText.split('\n');
  const c = cliText.split('\n');
  for (let i = 0; i < Math.max(a.length, c.length); i++) {
    if (a[i] !== c[i]) return `line ${i + 1} (${a.length} lines in the app's, ${c.length} in the CLI's)\n  app: ${a[i]?.slice(0, 300)}\n  cli: ${c[i]?.slice(0, 300)}`;
  }
  return 'same lines, different bytes';
}

function run(args: string[]): void {
  const r = idlab(args);
  expect(r.stderr.replace(/^idlab run: \d+ notes?.*\n/m, '')).toBe('');
  expect(r.code).toBe(0);
}

async function text(d: Download): Promise<string> {
  let out = '';
  for await (const chunk of await d.createReadStream()) out += String(chunk);
  return out;
}

describe('Chromium and Node compute the same run', () => {
  it(`the app's rows, events and scenario of ${PRESET}, seed ${SEED}, equal idlab run's byte for byte`, async () => {
    await tool(app.page, 'export');
    const rows = (await download(app.page, 'rows')).bytes.toString('utf8');
    const events = (await download(app.page, 'events')).bytes.toString('utf8');
    const scenario = (await download(app.page, 'scenario')).bytes.toString('utf8');

    const dir = join(tmp.dir, 'run');
    mkdirSync(dir);
    run(['run', PRESET, '--seed', String(SEED), '--out', join(dir, 'rows.csv'), '--events', join(dir, 'events.csv')]);
    run(['run', PRESET, '--seed', String(SEED), '--out', join(dir, 'run.json')]);
    const cliRows = readFileSync(join(dir, 'rows.csv'), 'utf8');
    const cli = JSON.parse(readFileSync(join(dir, 'run.json'), 'utf8')) as { digest: string; scenario: unknown };

    expect(rows.split('\n')).toHaveLength(LAST_TICK + 3); // header, ticks 0 … 732, final newline
    expect(firstDifference(rows, cliRows)).toBeNull();
    expect(firstDifference(events, readFileSync(join(dir, 'events.csv'), 'utf8'))).toBeNull();
    expect(firstDifference(scenario, `${JSON.stringify(cli.scenario, null, 2)}\n`)).toBeNull();
    expect(rows.split('\n')[1]).toContain(`,${SEED},${cli.digest},`);

    // the exported scenario file runs in the CLI to the same rows
    writeFileSync(join(dir, 'scenario.json'), scenario);
    run(['run', join(dir, 'scenario.json'), '--seed', String(SEED), '--out', join(dir, 'rows-from-export.csv')]);
    expect(firstDifference(rows, readFileSync(join(dir, 'rows-from-export.csv'), 'utf8'))).toBeNull();
    expect(app.errors).toEqual([]);
  }, 120_000);

  it('a sweep run in the Sweep panel gives the results of idlab sweep plan/run/merge of its exported sweep file', async () => {
    const page: Page = app.page;
    if (await page.locator('idl-export-dialog dialog[open]').count()) await page.locator('idl-export-dialog button.close').click();
    await runPanelSweep(page, 3, 90_000);
    const [results] = await Promise.all([page.waitForEvent('download'), page.locator('idl-sweep-panel button.export-csv').click()]);
    const [sweepFile] = await Promise.all([page.waitForEvent('download'), page.locator('idl-sweep-panel button.export-sweep').click()]);
    const appResults = await text(results);

    const dir = join(tmp.dir, 'sweep');
    writeFileSync(join(tmp.dir, 'sweep.json'), await text(sweepFile));
    for (const args of [
      ['sweep', 'plan', join(tmp.dir, 'sweep.json'), '--out', dir],
      ['sweep', 'run', dir, '--workers', '1'],
      ['sweep', 'merge', dir, '--out', join(tmp.dir, 'results.csv')],
    ]) {
      const r = idlab(args);
      expect(r.code, `idlab ${args.join(' ')}: ${r.stderr}`).toBe(0);
    }
    expect(appResults.split('\n')).toHaveLength(17); // header, 15 runs, final newline
    expect(firstDifference(appResults, readFileSync(join(tmp.dir, 'results.csv'), 'utf8'))).toBeNull();
    expect(app.errors).toEqual([]);
  }, 150_000);
});
