import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { collectErrors } from '../../scripts/browser/launch.ts';
import { waitForApp } from '../../scripts/browser/app-page.ts';

/**
 * Helpers of this end-to-end tests (share links, exports, accessibility, resilience, fuzz):
 * open the built app in a fresh browser context, read its run, collect CSP violations.
 */

export interface Opened {
  context: BrowserContext;
  page: Page;
  /** console errors, page errors, failed requests */
  errors: string[];
}

/** A fresh context (a new browser profile) on `url`, CSP violations recorded in window.__csp. */
export async function openApp(browser: Browser, url: string, options: { locale?: string; viewport?: { width: number; height: number } } = {}): Promise<Opened> {
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1400, height: 950 },
    locale: options.locale ?? 'zh-CN',
    reducedMotion: 'reduce',
    acceptDownloads: true,
  });
  const page = await context.newPage();
  const errors = collectErrors(page);
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective}: ${e.blockedURI}`), { capture: true });
  });
  await page.goto(url);
  await waitForApp(page, { status: 'ready', mapInSync: true }, 60_000);
  return { context, page, errors };
}

export function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
}

/** The run as the app holds it: tick, digest, seed, levers, the shown innovation's stages and KPIs. */
export interface RunState {
  tick: number;
  digest: string;
  seed: number;
  presetId: string | null;
  innovation: number;
  levers: Record<string, unknown>;
  params: Record<string, unknown>;
  stage: number[];
  kpis: unknown;
  rows: number;
}

export function runState(page: Page): Promise<RunState> {
  return page.evaluate(() => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const app = document.querySelector('idl-app') as any;
    const sim = app.sim;
    return {
      tick: sim.frame.tick,
      digest: sim.info.digest,
      seed: sim.info.seed,
      presetId: sim.info.presetId,
      innovation: app.state.innovation,
      levers: sim.info.levers,
      params: sim.info.params,
      stage: Array.from(sim.frame.stage as Uint8Array),
      kpis: sim.frame.kpis,
      rows: sim.rows.length,
    };
  });
}

/** The page's query string (the URL state). */
export function search(page: Page): Promise<string> {
  return page.evaluate(() => location.search);
}

/** Clicks a button of the app's toolbar (by class) — through the shadow root, as a user would. */
export async function tool(page: Page, cls: 'share' | 'export' | 'table-toggle' | 'projector-toggle' | 'help'): Promise<void> {
  await page.locator(`idl-app nav.tools button.${cls}`).click();
}

/** Clicks an export button and returns the downloaded file's name and bytes. */
export async function download(page: Page, kind: string): Promise<{ name: string; bytes: Buffer }> {
  const [dl] = await Promise.all([page.waitForEvent('download'), page.locator(`idl-export-dialog button[data-export="${kind}"]`).click()]);
  const path = await dl.path();
  return { name: dl.suggestedFilename(), bytes: readFileSync(path!) };
}

/** RFC 4180 reader (quoted cells, doubled quotes) for reading exports back. */
export function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\n') row.push(cell), rows.push(row), (row = []), (cell = '');
    else cell += c;
  }
  if (cell || row.length) row.push(cell), rows.push(row);
  return rows;
}

/**
 * Opens the Sweep panel, sets the years per run, runs the default sweep of the current preset (q over
 * its plausible range: 5 points × 3 replicates) and waits until all 15 runs are done.
 */
export async function runPanelSweep(page: Page, years: number, timeout = 60_000): Promise<void> {
  await page.locator('idl-app button.sweep-toggle').click();
  const input = page.locator('idl-sweep-form input.years');
  await input.fill(String(years));
  await input.press('Tab');
  await page.locator('idl-sweep-panel .count').filter({ hasText: '15 runs = 5 points × 3 replicates' }).waitFor();
  await page.locator('idl-sweep-panel button.run').click();
  await page.locator('idl-sweep-panel .status').filter({ hasText: 'All 15 runs done' }).waitFor({ timeout });
}
