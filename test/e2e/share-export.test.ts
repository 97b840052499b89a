import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../scripts/browser/launch.ts';
import { waitForApp } from '../../scripts/browser/app-page.ts';
import { cspViolations, download, openApp, readCsv, runState, search, tool, type Opened } from './lab.ts';

// Share links and exports of the built app: a link opened in another browser profile reproduces the
// run exactly; invalid link values fall back to defaults with a visible warning; every export opens
// back (CSV parses to the app's rows, the scenario imports to the same digest, PNG and SVG decode).

let browser: Browser;
let a: Opened;

beforeAll(async () => {
  browser = await launchChromium();
  const link =
    inject('appUrl') + '?preset=multi&seed=7&lang=en&tick=30&k=1&lever.media=2&lever.pairing=1&param.q=0.45';
  a = await openApp(browser, link);
  await waitForApp(a.page, { tick: 30, mapInSync: true }, 60_000);
});

afterAll(async () => {
  await browser?.close();
});

describe('share links', () => {
  it('a link opens its run: preset, changed parameters, seed, language, innovation and tick', async () => {
    const s = await runState(a.page);
    expect(s).toMatchObject({ tick: 30, seed: 7, presetId: 'multi', innovation: 1 });
    expect(s.levers).toMatchObject({ media: 2, pairing: true });
    expect(s.params).toMatchObject({ q: 0.45 });
    expect(await a.page.evaluate(() => document.documentElement.lang)).toBe('en');
    // the URL is rewritten in the canonical form, with the app version and only the changes
    await expect.poll(() => search(a.page)).toBe('?v=0.1.0&preset=multi&seed=7&lang=en&tick=30&k=1&lever.media=2&lever.pairing=1&param.q=0.45');
  });

  it('the share dialog’s link reproduces the same run exactly in another browser profile, with a QR code', async () => {
    await tool(a.page, 'share');
    const input = a.page.locator('idl-share-dialog input#share-link');
    const link = await input.inputValue();
    expect(link).toContain('tick=30');
    // the QR code is an SVG path drawn by the page (no inline style), square, with many modules
    const qr = await a.page.locator('idl-share-dialog .qr svg path').getAttribute('d');
    expect(qr!.length).toBeGreaterThan(500);
    await a.page.locator('idl-share-dialog button.close').click();
    const before = await runState(a.page);
    const b = await openApp(browser, link, { locale: 'zh-CN' });
    await waitForApp(b.page, { tick: 30, mapInSync: true }, 60_000);
    const after = await runState(b.page);
    expect(after.digest).toBe(before.digest);
    expect(after.stage).toEqual(before.stage);
    expect(after.kpis).toEqual(before.kpis);
    expect(await b.page.evaluate(() => document.documentElement.lang)).toBe('en'); // the link's language wins
    expect(await cspViolations(b.page)).toEqual([]);
    expect(b.errors).toEqual([]);
    await b.context.close();
  });

  it('a link carries targeted levers into the run, the levers panel and the canonical URL', async () => {
    const query = new URLSearchParams({
      preset: 'fengqiao',
      lang: 'zh-CN',
      'lever.reward': '2',
      'lever.rewardScope': '{"provinces":["33"]}',
      'lever.namedSites': '[{"year":1990,"scope":{"regions":["west"]}}]',
    });
    const c = await openApp(browser, `${inject('appUrl')}?${query}`, { locale: 'zh-CN' });
    const s = await runState(c.page);
    expect(s.levers).toMatchObject({ reward: 2, rewardScope: { provinces: ['33'] }, namedSites: [{ year: 1990, scope: { regions: ['west'] } }] });
    const chips = c.page.locator('idl-lever-targets li');
    await expect.poll(() => chips.allTextContents()).toEqual(['浙江省×', '西部，自 1990 年起×']);
    await expect.poll(async () => new URLSearchParams(await search(c.page)).get('lever.rewardScope')).toBe('{"provinces":["33"]}');
    expect(new URLSearchParams(await search(c.page)).get('lever.namedSites')).toBe('[{"year":1990,"scope":{"regions":["west"]}}]');
    expect(c.errors).toEqual([]);
    await c.context.close();
  });

  it('invalid link values fall back to the defaults with a visible warning naming each value', async () => {
    const c = await openApp(browser, inject('appUrl') + '?preset=nope&seed=-3&lever.media=50&tick=99999&param.zz=1', { locale: 'en' });
    const s = await runState(c.page);
    expect(s).toMatchObject({ presetId: 'fengqiao', seed: 1, tick: 0 });
    expect(s.levers).toMatchObject({ media: 1 });
    const text = (await c.page.locator('idl-app .link-notices').textContent())!.replace(/\s+/g, ' ');
    expect(text).toContain('seed = “-3” (allowed: integers 0–9007199254740991)');
    expect(text).toContain('lever.media = “50” (allowed: 1–10 multiplier)');
    expect(text).toContain('param.zz = “1”');
    expect(text).toContain('preset = “nope”');
    expect(text).toContain('tick = “99999”');
    expect(c.errors).toEqual([]);
    await c.context.close();
  });
});

describe('export and import', () => {
  it('exports the metric rows and the event log as CSV that read back to the run', async () => {
    await tool(a.page, 'export');
    const rows = await download(a.page, 'rows');
    expect(rows.name).toMatch(/^idl-multi-seed7-\d{4}-\d{2}-rows\.csv$/);
    const csv = readCsv(rows.bytes.toString('utf8'));
    const header = csv[0];
    const s = await runState(a.page);
    expect(csv.length - 1).toBe(s.rows); // every row the charts have, ticks 0–30 × innovations
    const last = csv.at(-1)!;
    expect(last[header.indexOf('seed')]).toBe('7');
    expect(last[header.indexOf('digest')]).toBe(s.digest);
    expect(last[header.indexOf('version')]).toBe('0.1.0');
    const events = readCsv((await download(a.page, 'events')).bytes.toString('utf8'));
    expect(events[0].slice(0, 8)).toEqual(['tick', 'year', 'locality', 'innovation', 'from', 'to', 'channel', 'source']);
    expect(events.length).toBeGreaterThan(100);
    expect(Math.max(...events.slice(1).map((r) => Number(r[0])))).toBeLessThanOrEqual(30);
  });

  it('exports the map as a PNG and the charts as SVG files that open', async () => {
    const png = await download(a.page, 'map');
    expect(png.bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    const size = await a.page.evaluate(async (b64) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      return { w: img.naturalWidth, h: img.naturalHeight };
    }, png.bytes.toString('base64'));
    expect(size.w).toBeGreaterThan(600);
    expect(size.h).toBeGreaterThan(size.w * 0.6);
    for (const kind of ['chartStages', 'chartAdoption']) {
      const file = await download(a.page, kind);
      const parsed = await a.page.evaluate((text) => {
        const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
        return { error: doc.querySelector('parsererror')?.textContent ?? null, paths: doc.querySelectorAll('path').length, text: doc.documentElement.textContent };
      }, file.bytes.toString('utf8'));
      expect(parsed.error).toBeNull();
      expect(parsed.paths).toBeGreaterThan(3);
      expect(parsed.text).toContain('0.1.0'); // provenance line
    }
  });

  it('exports the scenario; importing it gives the same scenario digest; a rejected file changes nothing', async () => {
    const before = await runState(a.page);
    const scenario = await download(a.page, 'scenario');
    const input = a.page.locator('idl-export-dialog input[type="file"]');
    // a malformed file: rejected with the schema's messages, the run and the changes stay
    await input.setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"params": {"q": -1, "p": 9}, "levers": {"mediaa": 1}}') });
    const problems = a.page.locator('idl-export-dialog .problems');
    await expect.poll(() => problems.textContent()).toContain('invalid params.q: -1 (allowed 0–2 per year)');
    expect(await problems.textContent()).toContain('levers.mediaa');
    const kept = await runState(a.page);
    expect(kept.digest).toBe(before.digest);
    expect(kept.tick).toBe(before.tick);
    expect(kept.levers).toEqual(before.levers);
    expect(await search(a.page)).toContain('lever.media=2');
    // not JSON at all
    await input.setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"world": ') });
    await expect.poll(() => problems.textContent()).toMatch(/not valid JSON: line 1, column 11/);
    // the exported file imports back to the very same scenario
    await input.setInputFiles({ name: scenario.name, mimeType: 'application/json', buffer: scenario.bytes });
    await waitForApp(a.page, { status: 'ready', tick: 0, mapInSync: true });
    const imported = await runState(a.page);
    expect(imported.digest).toBe(before.digest);
    expect(imported.presetId).toBeNull();
    await a.page.locator('idl-export-dialog button.close').click();
    expect(await cspViolations(a.page)).toEqual([]);
    expect(a.errors).toEqual([]);
  });
});
