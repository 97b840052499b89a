import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import seedrandom from 'seedrandom';
import { launchChromium } from '../../scripts/browser/launch.ts';
import { waitForApp } from '../../scripts/browser/app-page.ts';
import { cspViolations, openApp, type Opened } from './lab.ts';
import { fuzzSeconds } from '../support/fuzzSeconds.ts';

// A seeded random-input fuzz of the built app: clicks on whatever is visible (buttons, markers,
// the map), keys (shortcuts, Tab, Enter, map keys), sliders (scrubber and levers), every select
// (preset, language, speed, innovation, table filter), the seed field and imports of malformed
// scenario files — for IDL_FUZZ_SECONDS (60 s on CI, 10 s elsewhere: test/support/fuzzSeconds.ts) — with no console error, page error, failed
// request or CSP violation, and a working app at the end. IDL_FUZZ_SEED picks the sequence.

const SECONDS = fuzzSeconds(process.env);
const SEED = process.env.IDL_FUZZ_SEED ?? '1';

let browser: Browser;
let o: Opened;

beforeAll(async () => {
  browser = await launchChromium();
  o = await openApp(browser, inject('appUrl'), { locale: 'en', viewport: { width: 1500, height: 1000 } });
});

afterAll(async () => {
  await browser?.close();
});

/** Visible targets of one kind, through shadow roots; inside the open dialog if there is one. */
function targets(page: Page, kind: 'click' | 'range' | 'select' | 'text') {
  return page.evaluate((k) => {
    const out: { x: number; y: number; path: number[]; options: number; min: number; max: number }[] = [];
    const all: Element[] = [];
    const walk = (root: Document | ShadowRoot) => {
      for (const el of root.querySelectorAll('*')) {
        all.push(el);
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    walk(document);
    const open = all.find((e) => e instanceof HTMLDialogElement && e.open) as HTMLDialogElement | undefined;
    const selector = {
      click: 'button, summary, input[type="checkbox"], .surface',
      range: 'input[type="range"]',
      select: 'select',
      text: 'input[type="number"]',
    }[k];
    (window as unknown as { __fuzz: Element[] }).__fuzz = [];
    for (const el of all) {
      if (!el.matches(selector) || (el as HTMLInputElement).disabled) continue;
      if (open && !open.contains(el)) continue;
      const r = el.getBoundingClientRect();
      if (r.width < 2 || r.height < 2 || r.bottom < 0 || r.top > innerHeight) continue;
      const list = (window as unknown as { __fuzz: Element[] }).__fuzz;
      list.push(el);
      out.push({
        x: r.left + r.width / 2,
        y: r.top + r.height / 2,
        path: [list.length - 1],
        options: el instanceof HTMLSelectElement ? el.options.length : 0,
        min: Number((el as HTMLInputElement).min || 0),
        max: Number((el as HTMLInputElement).max || 0),
      });
    }
    return out;
  }, kind);
}

/** Malformed scenario files a user might drop in: garbage, truncated, wrong types, too big, too deep. */
function malformedFile(rng: () => number): { name: string; buffer: Buffer } {
  const kinds = [
    () => Buffer.from(Array.from({ length: 200 }, () => Math.floor(rng() * 256))),
    () => Buffer.from('{"extends": "fengqiao", "levers": {"media": '),
    () => Buffer.from(JSON.stringify({ extends: 'fengqiao', params: { q: -rng() }, levers: { acc: 99, foo: 1 } })),
    () => Buffer.from(JSON.stringify({ extends: 'no-such-preset' })),
    () => Buffer.from('['.repeat(5000) + ']'.repeat(5000)),
    () => Buffer.alloc((1 << 20) + 10, 32),
    () => Buffer.from(JSON.stringify({ world: { kind: 'lattice', width: -4 }, innovations: [{ id: '=1+1' }] })),
    () => Buffer.from('null'),
    () => Buffer.from('\uFEFF{"extends":"bass"}'),
  ];
  const j = Math.floor(rng() * kinds.length);
  return { name: `fuzz-${j}.json`, buffer: kinds[j]() };
}

describe('fuzz', () => {
  it(`survives ${SECONDS} s of random input (seed ${SEED}) without an error`, async () => {
    const page = o.page;
    const rng = seedrandom.alea(`fuzz:${SEED}`);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)];
    const counts: Record<string, number> = {};
    const deadline = Date.now() + SECONDS * 1000;
    let events = 0;
    while (Date.now() < deadline) {
      const action = pick(['click', 'click', 'click', 'key', 'key', 'range', 'select', 'text', 'import', 'map'] as const);
      counts[action] = (counts[action] ?? 0) + 1;
      events++;
      if (action === 'key') {
        await page.keyboard.press(pick([' ', 'ArrowRight', 'ArrowLeft', '?', 'Escape', 'Tab', 'Shift+Tab', 'Enter', '+', '-', '0', 'Home', 'End']));
      } else if (action === 'import') {
        const input = page.locator('idl-export-dialog input[type="file"]');
        await input.setInputFiles({ ...malformedFile(rng), mimeType: 'application/json' });
      } else if (action === 'map') {
        // the China map, or an abstract world's squares (the Bass preset)
        const box = await page.locator('idl-map .surface, idl-cell-grid .surface').first().boundingBox();
        if (box) {
          await page.mouse.move(box.x + rng() * box.width, box.y + rng() * box.height);
          if (rng() < 0.5) await page.mouse.wheel(0, (rng() - 0.5) * 400);
          else await page.mouse.click(box.x + rng() * box.width, box.y + rng() * box.height);
        }
      } else {
        const list = await targets(page, action);
        if (list.length === 0) continue;
        const t = pick(list);
        if (action === 'click') {
          await page.mouse.click(t.x, t.y);
        } else {
          await page.evaluate(
            ({ i, kind, u }) => {
              const el = (window as unknown as { __fuzz: HTMLInputElement[] }).__fuzz[i] as HTMLInputElement & HTMLSelectElement;
              if (kind === 'select') el.selectedIndex = Math.floor(u * el.options.length);
              else if (kind === 'range') el.value = String(Number(el.min) + u * (Number(el.max) - Number(el.min)));
              else el.value = u < 0.2 ? 'abc' : u < 0.3 ? '-5' : String(Math.floor(u * 1000));
              el.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
              el.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
            },
            { i: t.path[0], kind: action, u: rng() },
          );
        }
      }
      if (rng() < 0.2) await page.waitForTimeout(Math.floor(rng() * 80));
    }
    // The app still works: close whatever is open, then it answers a reset and a step.
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await page.evaluate(async () => {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      const sim = (document.querySelector('idl-app') as any).sim;
      if (sim.status === 'errored') await sim.retry();
      sim.pause();
      await sim.reset();
      await sim.step();
    });
    const end = await page.evaluate(() => {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      const sim = (document.querySelector('idl-app') as any).sim;
      return { status: sim.status, error: sim.error, tick: sim.frame?.tick, playing: sim.playing, preset: sim.info?.presetId };
    });
    expect(end, `the app's state after the fuzz: ${JSON.stringify(end)}`).toMatchObject({ status: 'ready', tick: 1, playing: false });
    console.info(`fuzz: ${events} events in ${SECONDS} s (seed ${SEED}): ${JSON.stringify(counts)}`);
    expect(events).toBeGreaterThan(SECONDS * 2); // ≈ 6–12 events per second on this shared 2-core machine
    expect(await cspViolations(page)).toEqual([]);
    expect(o.errors).toEqual([]);
  }, (SECONDS + 120) * 1000);
});
