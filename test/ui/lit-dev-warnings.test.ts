import { describe, expect, it, vi } from 'vitest';
import { mountApp, until } from './mountApp.ts';

// Component tests run Lit's development build, as `npm start` does. It warns (once per element
// and page) when a component schedules an update from inside an update ("change-in-update"):
// wasted renders that a developer sees on every load. This file has a page of its own, so no
// earlier test has used up Lit's one warning.

describe('the app in Lit development mode', () => {
  it('loads, steps, toggles its views and opens an abstract world without an update scheduled after an update completed', async () => {
    const warnings: string[] = [];
    const warn = vi.spyOn(console, 'warn').mockImplementation((...args: unknown[]) => void warnings.push(args.map(String).join(' ')));
    try {
      const app = await mountApp();
      const map = () => app.shadowRoot?.querySelector('idl-map') as (HTMLElement & { layout: unknown }) | null;
      await until(() => !!map()?.layout);
      await app.updateComplete;
      await app.sim.step();
      await app.updateComplete;
      for (const tool of ['projector-toggle', 'table-toggle', 'compare-toggle', 'projector-toggle', 'table-toggle', 'compare-toggle']) {
        app.shadowRoot!.querySelector<HTMLButtonElement>(`nav.tools button.${tool}`)!.click();
        await app.updateComplete;
      }
      await until(() => !!map()?.layout);
      // and a world without geography, drawn as squares
      const picker = app.shadowRoot!.querySelector<HTMLSelectElement>('header select.preset')!;
      picker.value = 'bass';
      picker.dispatchEvent(new Event('change'));
      const grid = () => app.shadowRoot?.querySelector('idl-cell-grid') as (HTMLElement & { layout: unknown }) | null;
      await until(() => app.sim.info?.presetId === 'bass' && !!grid()?.layout);
      await app.sim.step();
      await app.updateComplete;
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      expect(warnings.filter((w) => w.includes('after an update completed'))).toEqual([]);
      app.remove();
    } finally {
      warn.mockRestore();
    }
  });
});
