/**
 * Compare mode's "Export report · 导出报告" in Chromium: after a small comparison of fengqiao with a
 * lever moved, the button downloads compare-report.html — the self-contained report with the KPI
 * table, the fan charts, the three probability maps drawn from the app's own China shapes, the
 * lever changed with both values, and the provenance of the comparison on screen.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Topology } from 'topojson-specification';
import '../../../src/ui/compare/idl-compare-panel.ts';
import type { IdlComparePanel } from '../../../src/ui/compare/idl-compare-panel.ts';
import { browserCompareRunner } from '../../../src/ui/compare/browserCompareRunner.ts';
import { createCompareService } from '../../../src/compare/browser/index.ts';
import { buildChinaWorld } from '../../../src/geo/build-china-world.ts';
import { parseChinaAdjacency } from '../../../src/geo/parse-china-adjacency.ts';
import { parseChinaUnits } from '../../../src/geo/parse-china-units.ts';
import { setLocale } from '../../../src/ui/i18n/i18n.ts';
import { until } from '../mountApp.ts';

const BASE = location.origin + '/';
const text = async (path: string) => (await fetch(BASE + path)).text();

describe('Export report', () => {
  afterEach(() => {
    setLocale('en');
    document.body.replaceChildren();
  });

  it('downloads the comparison on screen as one self-contained page with the KPI table and the maps', async () => {
    setLocale('en');
    const geometry = JSON.parse(await text('data/china-units.topo.json')) as Topology;
    const world = buildChinaWorld(parseChinaUnits(await text('data/china-units.csv')), parseChinaAdjacency(await text('data/china-adjacency.json')));
    const panel = document.createElement('idl-compare-panel') as IdlComparePanel;
    panel.dataBaseUrl = BASE;
    const inline = () => ({ service: createCompareService(), onFailure: () => {}, dispose: () => {} });
    panel.runner = browserCompareRunner(() => BASE, inline, () => 1);
    panel.poolSize = () => 1;
    Object.assign(panel, { presetId: 'fengqiao', sourceName: 'Fengqiao', levers: { reward: 3 }, params: {}, seed: 4, innovationId: 'fengqiao', world: 'china', geometry, codes: world.codes });
    panel.pairs = 3;
    panel.years = 4;
    document.body.append(panel);
    await panel.updateComplete;
    (panel.shadowRoot!.querySelector('button.run') as HTMLButtonElement).click();
    await until(() => panel.compare.status === 'done', 60_000);
    await panel.updateComplete;

    const exportButton = panel.shadowRoot!.querySelector('button.export-report') as HTMLButtonElement;
    expect(exportButton.textContent).toBe('Export report');
    let downloaded = '';
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      downloaded = this.download;
    };
    try {
      exportButton.click();
      await until(() => panel.lastReport !== null, 30_000);
    } finally {
      HTMLAnchorElement.prototype.click = click;
    }
    expect(downloaded).toBe('compare-report.html');
    const html = panel.lastReport!;
    expect(html).not.toMatch(/<script|https?:|\bsrc=/i);
    expect(html).toContain('<table class="kpis">');
    expect(html).toMatch(/better in \d of 3 simulated worlds/);
    expect(html.match(/<svg class="fig"/g)).toHaveLength(4);
    const maps = html.match(/<svg class="map"[^]*?<\/svg>/g)!;
    expect(maps).toHaveLength(3);
    for (const map of maps) expect(map.match(/<use href="#m\d+"\/>/g)!.length).toBeGreaterThan(world.n - 5);
    expect(html).toContain('Reward for making it part of local rules');
    expect(html).toContain('→ 3 multiplier');
    expect(html).toContain(panel.compare.result!.seeds.join(', '));
    // the maps' year is the panel's: the horizon of a 4-year run from 1963
    expect(html).toContain('probability of adoption by 1967');

    setLocale('zh-CN');
    await panel.updateComplete;
    expect((panel.shadowRoot!.querySelector('button.export-report') as HTMLButtonElement).textContent).toBe('导出报告');
  }, 120_000);
});
