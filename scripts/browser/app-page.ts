import type { Page } from 'playwright-core';

/**
 * Reading the running app from the test, through the same objects a user's actions change: the
 * shell's simulation controller (status, tick), the map's canvas pixels and the KPI strip's text.
 * "The map" is `<idl-map>`, or `<idl-cell-grid>` for a world without geography (lattice, mixed).
 * Shadow roots are open, so page functions can walk into them.
 */

export interface AppSnapshot {
  status: string;
  playing: boolean;
  tick: number;
  /** the map currently draws the current frame's stage array */
  mapInSync: boolean;
  /** recolours the map has drawn */
  mapFrames: number;
}

export function snapshot(page: Page): Promise<AppSnapshot> {
  return page.evaluate(() => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const app = document.querySelector('idl-app') as any;
    const sim = app?.sim;
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const map = app?.shadowRoot?.querySelector('idl-map, idl-cell-grid') as any;
    const frame = sim?.frame;
    return {
      status: String(sim?.status ?? 'absent'),
      playing: !!sim?.playing,
      tick: frame ? Number(frame.tick) : -1,
      mapInSync: !!(map && frame && map.layout && map.stages && map.stages.buffer === frame.stage.buffer),
      mapFrames: map ? Number(map.frameStats.count) : 0,
    };
  });
}

/** What to wait for; every given field must hold. */
export interface AppCondition {
  status?: string;
  playing?: boolean;
  tick?: number;
  tickAtLeast?: number;
  mapInSync?: boolean;
}

/**
 * Waits until the app meets `condition`, polling each animation frame (no fixed sleeps). The
 * condition is data, not code: the page's CSP forbids eval, and the test must not need it.
 */
export async function waitForApp(page: Page, condition: AppCondition, timeout = 30_000): Promise<void> {
  await page.waitForFunction(
    (c) => {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      const app = document.querySelector('idl-app') as any;
      const sim = app?.sim;
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      const map = app?.shadowRoot?.querySelector('idl-map, idl-cell-grid') as any;
      const frame = sim?.frame;
      const tick = frame ? frame.tick : -1;
      const inSync = !!(map && frame && map.layout && map.stages && map.stages.buffer === frame.stage.buffer);
      return (
        (c.status === undefined || sim?.status === c.status) &&
        (c.playing === undefined || !!sim?.playing === c.playing) &&
        (c.tick === undefined || tick === c.tick) &&
        (c.tickAtLeast === undefined || tick >= c.tickAtLeast) &&
        (c.mapInSync === undefined || inSync === c.mapInSync)
      );
    },
    condition,
    { timeout, polling: 'raf' },
  );
}

export interface MapPixels {
  /** FNV-1a hash of the fill canvas's RGB pixels */
  hash: number;
  /** pixels per stage colour (exact matches of the palette), index = stage code */
  stagePixels: number[];
  /** the stage array drawn (for exact comparison across scrubs) */
  stages: number[];
}

/** The map's fill canvas as a hash and per-stage pixel counts, plus the stage array it shows. */
export function mapPixels(page: Page, palette: readonly string[]): Promise<MapPixels> {
  return page.evaluate((colours) => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const map = (document.querySelector('idl-app') as any).shadowRoot.querySelector('idl-map, idl-cell-grid') as any;
    const canvas = map.shadowRoot.querySelector('canvas.fills') as HTMLCanvasElement;
    const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
    const keys = colours.map((c) => parseInt(c.slice(1), 16));
    const stagePixels = keys.map(() => 0);
    let hash = 0x811c9dc5;
    for (let p = 0; p < data.length; p += 4) {
      const key = (data[p] << 16) | (data[p + 1] << 8) | data[p + 2];
      hash = Math.imul(hash ^ key, 0x01000193) >>> 0;
      const s = keys.indexOf(key);
      if (s >= 0) stagePixels[s]++;
    }
    return { hash, stagePixels, stages: Array.from(map.stages as Uint8Array) };
  }, palette as string[]);
}

/** Text of a component of the shell (through its shadow root). */
export function componentText(page: Page, tag: string): Promise<string> {
  return page.evaluate((t) => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const el = (document.querySelector('idl-app') as any).shadowRoot.querySelector(t) as Element | null;
    return ((el?.shadowRoot ?? el)?.textContent ?? '').replace(/\s+/g, ' ').trim();
  }, tag);
}

/** Move the year scrubber to `tick`, as dragging it would (an input event on the range). */
export async function scrubTo(page: Page, tick: number): Promise<void> {
  await page.locator('idl-transport input[type="range"]').evaluate((input: HTMLInputElement, t: number) => {
    input.value = String(t);
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  }, tick);
}

/** Play at `speed` simulated years per second until at least `ticks`, then pause and wait for the map. */
export async function playUntil(page: Page, ticks: number, speed = 5): Promise<void> {
  await page.locator('idl-transport select').selectOption(String(speed));
  await page.locator('idl-transport button.play').click();
  await waitForApp(page, { tickAtLeast: ticks, mapInSync: true }, 120_000);
  await page.locator('idl-transport button.play').click();
  await waitForApp(page, { playing: false, mapInSync: true });
}

/**
 * Play (the map animates as a user sees it) to `years` simulated years, then settle on exactly that
 * year's tick with the scrubber and wait for the map to draw it. Returns the tick.
 */
export async function playToYear(page: Page, years: number): Promise<number> {
  const target = Math.round(years * (await ticksPerYear(page)));
  await playUntil(page, target);
  await scrubTo(page, target);
  await waitForApp(page, { tick: target, mapInSync: true });
  return target;
}

/** Ticks per simulated year of the current run (1 / dt). */
export function ticksPerYear(page: Page): Promise<number> {
  return page.evaluate(() => {
    const app = document.querySelector('idl-app') as unknown as { sim: { info: { dt: number } } };
    return Math.round(1 / app.sim.info.dt);
  });
}

/** Choose a preset in the shell's scenario picker and wait until its run is ready and drawn. */
export async function choosePreset(page: Page, presetId: string): Promise<void> {
  await page.locator(`idl-app header select:has(option[value="${presetId}"])`).selectOption(presetId);
  await page.waitForFunction(
    (id) => {
      const app = document.querySelector('idl-app') as unknown as { sim: { status: string; info: { presetId: string | null } | null } };
      return app?.sim?.status === 'ready' && app.sim.info?.presetId === id;
    },
    presetId,
    { polling: 'raf', timeout: 60_000 },
  );
  await waitForApp(page, { status: 'ready', mapInSync: true, tick: 0 });
}
