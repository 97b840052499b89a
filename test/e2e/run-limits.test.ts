import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../scripts/browser/launch.ts';
import { openApp, runState, tool } from './lab.ts';

// A scenario file too large for the app — valid, but its run would need gigabytes — is refused on
// import, in the user's language, with its sizes, the estimate and the limit; the current run stays.

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

const huge = {
  world: { kind: 'lattice', width: 600, height: 600 },
  time: { startYear: 0, years: 1000, dt: 1 },
  innovations: ['a', 'b', 'c', 'd'].map((id) => ({ id, complexity: 0.3, digital: 0.2, origins: ['1,1'] })),
};

describe('importing a run too large for the app', () => {
  it('is refused in Chinese with the estimate and the limit, and the run stays', async () => {
    const a = await openApp(browser, `${inject('appUrl')}?preset=fengqiao&seed=4`, { locale: 'zh-CN' });
    const before = await runState(a.page);
    await tool(a.page, 'export');
    await a.page.locator('idl-export-dialog input[type="file"]').setInputFiles({ name: 'huge.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(huge)) });
    const problems = a.page.locator('idl-export-dialog .problems');
    await expect.poll(() => problems.textContent(), { timeout: 20_000 }).toMatch(/运行规模超出应用的承受范围：360,000 个地区 × 4 项创新 × 1,000 个时间步，约需 \d+\.\d GB 内存，而应用最多允许 1 GB。/);
    const after = await runState(a.page);
    expect(after.digest).toBe(before.digest);
    expect(after.presetId).toBe('fengqiao');
    expect(a.errors).toEqual([]);
    await a.context.close();
  });
});
