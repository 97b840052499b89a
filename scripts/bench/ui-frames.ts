/**
 * UI frame benchmark (issue 4 point 10; a benchmark, not a test): the built app in headless Debian
 * Chromium (software rendering, --disable-gpu, so a worst case for the canvas).
 *
 *   1. Recolouring the map: `<idl-map>` refills its cached paths for a new stage array. Measured
 *      twice per frame: the drawing calls (what the main thread spends, recorded by the element's
 *      frameStats) and the drawing calls plus a forced rasterization (a 1-pixel getImageData, which
 *      makes Chromium paint the recorded canvas commands now). Stage arrays alternate between two
 *      random ones, so every unit changes colour every frame. Target ≤ 8 ms.
 *   2. The worker under load: the `multi` preset (China, 2,828 units × 4 innovations) plays at the
 *      top speed (10 years/s = 120 ticks/s asked) while the page animates the map and charts; the
 *      ticks the worker delivered per second of wall time, the page's animation frame rate, and
 *      recolour times during play. Target ≥ 60 ticks/s.
 *
 * Prints the figures and one JSON line. `npm run bench:ui` (builds the app into a temp directory).
 */
import { rmSync } from 'node:fs';
import { buildApp } from '../browser/build-app.ts';
import { choosePreset, waitForApp } from '../browser/app-page.ts';
import { collectErrors, launchChromium } from '../browser/launch.ts';
import { serveStatic } from '../browser/static-server.ts';

const RECOLOUR_FRAMES = 300;
const PLAY_SECONDS = 8;

interface Quantiles {
  mean: number;
  p50: number;
  p95: number;
  max: number;
}

const round = (x: number, d = 2) => Math.round(x * 10 ** d) / 10 ** d;

function quantiles(xs: number[]): Quantiles {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))];
  return { mean: round(s.reduce((a, b) => a + b, 0) / s.length), p50: round(q(0.5)), p95: round(q(0.95)), max: round(s[s.length - 1]) };
}

async function main(): Promise<void> {
  const t0 = Date.now();
  const dir = await buildApp();
  const server = await serveStatic(dir, '/');
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ viewport: { width: 1440, height: 1000 }, locale: 'zh-CN', reducedMotion: 'reduce' });
    const page = await context.newPage();
    const errors = collectErrors(page);
    const loadStart = Date.now();
    await page.goto(server.url);
    await waitForApp(page, { status: 'ready', mapInSync: true }, 60_000);
    const firstMapMs = Date.now() - loadStart;
    await choosePreset(page, 'multi');

    // 1. Recolour, isolated.
    const recolour = await page.evaluate(async (frames) => {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      const map = (document.querySelector('idl-app') as any).shadowRoot.querySelector('idl-map') as any;
      const canvas = map.shadowRoot.querySelector('canvas.fills') as HTMLCanvasElement;
      const ctx = canvas.getContext('2d')!;
      const n = map.codes.length as number;
      const random = () => Uint8Array.from({ length: n }, () => Math.floor(Math.random() * 7));
      const arrays = [random(), random()];
      const draw: number[] = [];
      const drawAndRaster: number[] = [];
      map.frameStats.reset();
      for (let f = 0; f < frames; f++) {
        const start = performance.now();
        map.stages = arrays[f % 2];
        await map.updateComplete;
        const drawn = performance.now();
        ctx.getImageData(0, 0, 1, 1);
        drawAndRaster.push(performance.now() - start);
        draw.push(drawn - start);
        await new Promise(requestAnimationFrame);
      }
      return { draw, drawAndRaster, fills: map.frameStats.meanMs as number, n, width: canvas.width, height: canvas.height };
    }, RECOLOUR_FRAMES);

    // 2. The worker at top speed while the page animates.
    await page.locator('idl-transport select').selectOption('10');
    const play = await page.evaluate(async (seconds) => {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      const app = document.querySelector('idl-app') as any;
      const map = app.shadowRoot.querySelector('idl-map');
      const sim = app.sim;
      const button = app.shadowRoot.querySelector('idl-transport').shadowRoot.querySelector('button.play') as HTMLButtonElement;
      map.frameStats.reset();
      const tick0 = sim.frame.tick as number;
      button.click();
      const intervals: number[] = [];
      const start = performance.now();
      let last = start;
      await new Promise<void>((resolve) => {
        const step = (now: number) => {
          intervals.push(now - last);
          last = now;
          if (now - start >= seconds * 1000 || !sim.playing) resolve();
          else requestAnimationFrame(step);
        };
        requestAnimationFrame(step);
      });
      const wall = (performance.now() - start) / 1000;
      const ticks = (sim.frame.tick as number) - tick0;
      if (sim.playing) button.click();
      return {
        ticks,
        wall,
        reachedEnd: !!sim.done,
        controllerRate: sim.ticksPerSecond as number,
        intervals: intervals.slice(1),
        recolourMean: map.frameStats.meanMs as number,
        recolourP95: map.frameStats.quantile(0.95) as number,
        recolourMax: map.frameStats.maxMs as number,
        recolours: map.frameStats.count as number,
        k: sim.info.innovations.length as number,
        n: sim.info.n as number,
      };
    }, PLAY_SECONDS);

    const draw = quantiles(recolour.draw);
    const raster = quantiles(recolour.drawAndRaster);
    const frames = quantiles(play.intervals);
    const ticksPerSecond = play.ticks / play.wall;
    const fps = play.intervals.length / play.intervals.reduce((a, b) => a + b, 0) * 1000;
    console.log(`UI frame benchmark — headless Chromium (software canvas), ${recolour.width}×${recolour.height} px map, ${recolour.n} units`);
    console.log(`first map drawn after ${firstMapMs} ms (page load → worker ready → map drawn)`);
    console.log(`recolour, drawing calls:      mean ${draw.mean} ms, p50 ${draw.p50}, p95 ${draw.p95}, max ${draw.max}  (target ≤ 8 ms)`);
    console.log(`recolour, drawing + raster:   mean ${raster.mean} ms, p50 ${raster.p50}, p95 ${raster.p95}, max ${raster.max}`);
    console.log(
      `worker, China × ${play.k} innovations at 120 ticks/s asked: ${round(ticksPerSecond, 1)} ticks/s over ${round(play.wall, 1)} s` +
        `${play.reachedEnd ? ' (reached the end of the run)' : ''}  (target ≥ 60)`,
    );
    console.log(`page while playing: ${round(fps, 1)} frames/s, frame interval p50 ${frames.p50} ms, p95 ${frames.p95}, max ${frames.max}`);
    console.log(`recolour while playing: ${play.recolours} recolours, mean ${round(play.recolourMean)} ms, p95 ${round(play.recolourP95)}, max ${round(play.recolourMax)}`);
    if (errors.length) console.log(`console errors: ${errors.join(' | ')}`);
    console.log(
      JSON.stringify({
        bench: 'ui-frames',
        units: recolour.n,
        canvas: [recolour.width, recolour.height],
        firstMapMs,
        recolourDrawMs: draw,
        recolourDrawRasterMs: raster,
        workerTicksPerSecond: round(ticksPerSecond, 1),
        innovations: play.k,
        askedTicksPerSecond: 120,
        pageFps: round(fps, 1),
        frameIntervalMs: frames,
        recolourWhilePlayingMs: { mean: round(play.recolourMean), p95: round(play.recolourP95), max: round(play.recolourMax) },
        consoleErrors: errors.length,
        totalSeconds: round((Date.now() - t0) / 1000, 1),
      }),
    );
  } finally {
    await browser.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
