import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../scripts/browser/launch.ts';
import { buildCli, idlab, tempDir } from '../cli/helpers.ts';
import { openApp } from './lab.ts';

// App = CLI: a comparison link opened in the built app (its compare workers) gives the KPI figures
// that the bundled `idlab compare` writes for the same preset, lever change, pairs, seed and years —
// exactly, figure for figure, so a class's screen and a report made on the command line agree.

const SEED = 20_240_917;
const PAIRS = 10;
const YEARS = 5;
const ARMS = ['baseline', 'scenario', 'difference'] as const;
const STATS = ['median', 'p10', 'p90'] as const;

/** KPI → innovation → the figures the KPI table shows: each arm's median, p10, p90 and the share of pairs better. */
type KpiFigures = Record<string, Record<string, Record<string, number | null>>>;

let browser: Browser;
let tmp: ReturnType<typeof tempDir>;
let scenario: string;

beforeAll(async () => {
  buildCli();
  tmp = tempDir();
  scenario = join(tmp.dir, 'reward-3.json');
  writeFileSync(scenario, JSON.stringify({ extends: 'fengqiao', levers: { reward: 3 } }));
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  tmp?.cleanup();
});

/** The KPI figures of `idlab compare fengqiao <reward 3> --pairs --seed --years --out x.json` (undefined figures are null there). */
function cliFigures(seed: number): { seeds: number[]; years: number[]; kpis: KpiFigures } {
  const out = join(tmp.dir, `c-${seed}.json`);
  const r = idlab(['compare', 'fengqiao', scenario, '--pairs', String(PAIRS), '--seed', String(seed), '--years', String(YEARS), '--workers', '1', '--out', out]);
  expect(r.stderr).toMatch(/runs \(10 pairs\) in/);
  expect(r.code).toBe(0);
  const doc = JSON.parse(readFileSync(out, 'utf8'));
  const kpis: KpiFigures = {};
  for (const [id, byInnovation] of Object.entries<Record<string, Record<string, unknown>>>(doc.kpis)) {
    kpis[id] = {};
    for (const [inn, k] of Object.entries(byInnovation)) {
      const f: Record<string, number | null> = { betterShare: k.betterShare as number | null };
      for (const arm of ARMS) for (const stat of STATS) f[`${arm}.${stat}`] = (k[arm] as Record<string, number | null>)[stat];
      kpis[id][inn] = f;
    }
  }
  return { seeds: doc.pairSeeds, years: doc.years, kpis };
}

describe('compare mode of the built app and idlab compare', () => {
  it('a compare link (pairs 10, years 5, reward 3, seed S) gives the KPI figures of idlab compare --pairs 10 --seed S --years 5, exactly', async () => {
    const url = `${inject('appUrl')}?preset=fengqiao&seed=${SEED}&lang=en&compare=1&pairs=${PAIRS}&years=${YEARS}&lever.reward=3`;
    const o = await openApp(browser, url, { locale: 'en' });
    try {
      const panel = o.page.locator('idl-compare-panel');
      await panel.locator('.status').filter({ hasText: `${PAIRS} pairs (${2 * PAIRS} runs) done in` }).waitFor({ timeout: 120_000 });
      // the data the KPI table is drawn from: the panel's finished comparison (undefined figures are NaN there)
      const app = await o.page.evaluate(
        ({ arms, stats }) => {
          // eslint-disable-next-line @typescript-eslint/no-explicit-any
          const panel = (document.querySelector('idl-app') as any).shadowRoot.querySelector('idl-compare-panel') as any;
          const r = panel.compare.result;
          const n = (x: number) => (Number.isFinite(x) ? x : null);
          const kpis: Record<string, Record<string, Record<string, number | null>>> = {};
          for (const inn of r.innovations) {
            for (const [id, k] of Object.entries<Record<string, Record<string, number>> & { betterShare: number }>(inn.kpis)) {
              const f: Record<string, number | null> = { betterShare: n(k.betterShare) };
              for (const arm of arms) for (const stat of stats) f[`${arm}.${stat}`] = n(k[arm][stat]);
              (kpis[id] ??= {})[inn.id] = f;
            }
          }
          return { seeds: Array.from(r.seeds as number[]), years: Array.from(r.years as number[]), kpis, request: panel.compare.resultRequest };
        },
        { arms: ARMS, stats: STATS },
      );
      expect(app.request).toMatchObject({ source: { presetId: 'fengqiao' }, changes: { levers: { reward: 3 } }, pairs: PAIRS, seed: SEED, years: YEARS });
      const cli = cliFigures(SEED);
      expect(app.seeds).toEqual(cli.seeds);
      expect(app.years).toEqual(cli.years);
      expect(app.years).toHaveLength(YEARS + 1);
      // every KPI of every innovation, and enough of them defined for the equality to mean something
      expect(Object.keys(app.kpis).sort()).toEqual(Object.keys(cli.kpis).sort());
      const defined = Object.values(cli.kpis).flatMap((byInn) => Object.values(byInn).flatMap((f) => Object.values(f))).filter((x) => x !== null);
      expect(defined.length).toBeGreaterThan(40);
      expect(app.kpis).toEqual(cli.kpis);
      // and the figures depend on the seed: another base seed gives other figures
      expect(cliFigures(SEED + 1).kpis).not.toEqual(app.kpis);
      expect(o.errors).toEqual([]);
    } finally {
      await o.context.close();
    }
  });
});
