/**
 * `npm run soak`: a 10-minute soak of the built app in headless Chromium (not a test). It plays at
 * the top speed, resets, switches presets (all of them, in turn), changes a lever now and then, and
 * once a minute forces a garbage collection and reports the memory of the page and of the
 * simulation worker — JavaScript heap plus ArrayBuffer backing stores (Chrome DevTools Protocol:
 * HeapProfiler.collectGarbage, Runtime.getHeapUsage).
 * A leak shows as a heap that keeps growing; a healthy app plateaus after the first minutes.
 *
 * Options: --minutes N (default 10), --out FILE (CSV of the samples; default none).
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { CDPSession, Page } from 'playwright-core';
import { runMain, withServedApp } from './browser/served-app.ts';
import { waitForApp } from './browser/app-page.ts';

const { values } = parseArgs({ options: { minutes: { type: 'string', default: '10' }, out: { type: 'string' } } });
const minutes = Number(values.minutes);
if (!Number.isFinite(minutes) || minutes <= 0) {
  console.error(`invalid --minutes: ${values.minutes} (expected a positive number)`);
  process.exit(2);
}

interface Sample {
  minute: number;
  pageMB: number;
  workerMB: number | null;
  cycles: number;
}

/**
 * Memory in use (MB) of a target after a forced collection: the JavaScript heap plus the backing
 * stores of its ArrayBuffers (the simulation's typed arrays and checkpoints live there, not in the heap).
 */
function usedMB(r: { usedSize?: unknown; backingStorageSize?: unknown }): number {
  return (Number(r.usedSize ?? 0) + Number(r.backingStorageSize ?? 0)) / 1e6;
}

async function heapMB(session: CDPSession): Promise<number> {
  await session.send('HeapProfiler.collectGarbage');
  return usedMB((await session.send('Runtime.getHeapUsage')) as { usedSize: number });
}

/**
 * The simulation worker's heap through the browser-level protocol session (the page's session does
 * not reach dedicated workers): attach to the worker target and send to it.
 */
async function workerHeapMB(browserSession: CDPSession): Promise<number | null> {
  const { targetInfos } = (await browserSession.send('Target.getTargets')) as { targetInfos: { targetId: string; type: string; title: string; url: string }[] };
  const worker = targetInfos.find((t) => t.type === 'worker' && /simulation/.test(t.url + t.title));
  if (!worker) return null;
  const { sessionId } = (await browserSession.send('Target.attachToTarget', { targetId: worker.targetId, flatten: false })) as { sessionId: string };
  let id = 0;
  const call = (method: string) =>
    new Promise<Record<string, unknown>>((resolve, reject) => {
      const my = ++id;
      const onMessage = (e: { sessionId: string; message: string }) => {
        const msg = JSON.parse(e.message) as { id?: number; result?: Record<string, unknown>; error?: { message: string } };
        if (e.sessionId !== sessionId || msg.id !== my) return;
        browserSession.off('Target.receivedMessageFromTarget', onMessage);
        if (msg.error) reject(new Error(msg.error.message));
        else resolve(msg.result ?? {});
      };
      browserSession.on('Target.receivedMessageFromTarget', onMessage);
      void browserSession.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: my, method }) });
    });
  try {
    await call('HeapProfiler.collectGarbage');
    return usedMB(await call('Runtime.getHeapUsage'));
  } catch {
    return null;
  } finally {
    await browserSession.send('Target.detachFromTarget', { sessionId }).catch(() => {});
  }
}

async function cycle(page: Page, presetIds: string[], n: number): Promise<void> {
  const preset = presetIds[n % presetIds.length];
  await page.locator('idl-app select.preset').selectOption(preset);
  await waitForApp(page, { status: 'ready', tick: 0, mapInSync: true }, 60_000);
  await page.locator('idl-transport select').selectOption('10');
  await page.locator('idl-transport button.play').click();
  await page.waitForTimeout(4000);
  if (await page.evaluate(() => (document.querySelector('idl-app') as unknown as { sim: { playing: boolean } }).sim.playing)) {
    await page.locator('idl-transport button.play').click();
  }
  await page.locator('idl-transport button.reset').click();
  await waitForApp(page, { status: 'ready', tick: 0 }, 60_000);
  if (n % 3 === 2) {
    // a lever change restarts the run (levers panel)
    await page.evaluate(async (v) => {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      const app = document.querySelector('idl-app') as any;
      await app.sim.update({ levers: { media: v }, params: {}, seed: app.state.seed });
    }, 1 + (n % 5));
  }
}

async function main(): Promise<void> {
  const samples: Sample[] = [];
  await withServedApp(async ({ browser, baseUrl }) => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 950 }, locale: 'zh-CN', reducedMotion: 'reduce' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(baseUrl);
    await waitForApp(page, { status: 'ready', mapInSync: true }, 60_000);
    const presetIds = await page.evaluate(() => (document.querySelector('idl-app') as unknown as { sim: { presets: { id: string }[] } }).sim.presets.map((p) => p.id));
    const session = await context.newCDPSession(page);
    const browserSession = await browser.newBrowserCDPSession();
    const t0 = Date.now();
    let cycles = 0;
    // Samples are taken in the same state each minute — the first preset, reset to tick 0 — so
    // they compare like with like (a 20,000-locality Bass run or China × 4 holds more than 枫桥经验).
    const sample = async (minute: number) => {
      await page.locator('idl-app select.preset').selectOption(presetIds.includes('fengqiao') ? 'fengqiao' : presetIds[0]);
      await waitForApp(page, { status: 'ready', tick: 0, mapInSync: true }, 60_000);
      const s: Sample = { minute, pageMB: await heapMB(session), workerMB: await workerHeapMB(browserSession), cycles };
      samples.push(s);
      console.log(
        `minute ${String(minute).padStart(2)}: page heap ${s.pageMB.toFixed(1)} MB, worker heap ${s.workerMB === null ? 'n/a' : `${s.workerMB.toFixed(1)} MB`}, ${cycles} play/reset/preset cycles`,
      );
    };
    await sample(0);
    for (let minute = 1; minute <= minutes; minute++) {
      while (Date.now() - t0 < minute * 60_000) await cycle(page, presetIds, cycles++);
      await sample(minute);
    }
    if (errors.length) console.log(`${errors.length} console errors, first: ${errors[0]}`);
    // Plateau: the last third of the samples grows by less than 10 % over its first value.
    const tail = samples.slice(Math.max(1, Math.floor((samples.length * 2) / 3)));
    const grow = (f: (s: Sample) => number | null) => {
      const a = f(tail[0]);
      const b = f(tail[tail.length - 1]);
      return a && b ? (b - a) / a : 0;
    };
    console.log(
      `last third: page heap ${(grow((s) => s.pageMB) * 100).toFixed(1)} %, worker heap ${(grow((s) => s.workerMB) * 100).toFixed(1)} % → ${
        grow((s) => s.pageMB) < 0.1 && grow((s) => s.workerMB) < 0.1 ? 'plateau' : 'STILL GROWING'
      }`,
    );
    if (values.out) {
      writeFileSync(values.out, `minute,page_mb,worker_mb,cycles\n${samples.map((s) => `${s.minute},${s.pageMB.toFixed(2)},${s.workerMB?.toFixed(2) ?? ''},${s.cycles}`).join('\n')}\n`);
    }
  }, '/soak/');
}

runMain(main);
