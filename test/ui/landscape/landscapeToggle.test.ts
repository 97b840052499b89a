import { afterEach, describe, expect, it } from 'vitest';
import type { IdlApp } from '../../../src/ui/app/idl-app.ts';
import { mountApp, until } from '../mountApp.ts';
import { setLocale } from '../../../src/ui/i18n/i18n.ts';

// The tools bar's Landscape button says whether the 3D view is on the page: a world without a map
// (lattice or fully mixed) has no landscape, so there the button is not pressed and says why it is off.

const button = (app: IdlApp) => app.shadowRoot!.querySelector<HTMLButtonElement>('nav.tools button.landscape-toggle')!;

async function choosePreset(app: IdlApp, id: string) {
  const picker = app.shadowRoot!.querySelector<HTMLSelectElement>('header select.preset')!;
  picker.value = id;
  picker.dispatchEvent(new Event('change'));
  await until(() => app.sim.status === 'ready' && app.sim.info?.presetId === id, 30_000);
  await app.updateComplete;
}

describe('the Landscape button', () => {
  afterEach(() => setLocale('en'));

  it('open on a map, then a mixed world: unpressed and disabled with the reason; back on a map, pressed again with the view', async () => {
    setLocale('en');
    const app = await mountApp();
    const mapPreset = app.sim.info!.presetId!;
    button(app).click();
    await app.updateComplete;
    expect(button(app).getAttribute('aria-pressed')).toBe('true');
    await until(() => !!app.shadowRoot!.querySelector('#landscape'));

    await choosePreset(app, 'bass');
    expect(app.shadowRoot!.querySelector('#landscape')).toBeNull();
    expect(button(app).getAttribute('aria-pressed')).toBe('false');
    expect(button(app).disabled).toBe(true);
    expect(button(app).title).toBe('The landscape needs a map: this world is a lattice or fully mixed, without geography.');
    // hidden, it asks the worker for nothing, and projector mode's one-screen layout does not count it as an open panel
    const landscape = app.sim.landscape.bind(app.sim);
    let asked = 0;
    app.sim.landscape = (k: number) => (asked++, landscape(k));
    await app.sim.step();
    await app.updateComplete;
    await new Promise((r) => setTimeout(r, 100));
    expect(asked).toBe(0);
    expect(app.hasAttribute('panels')).toBe(false);
    app.sim.landscape = landscape;

    await choosePreset(app, mapPreset);
    expect(button(app).disabled).toBe(false);
    expect(button(app).hasAttribute('title')).toBe(false);
    expect(button(app).getAttribute('aria-pressed')).toBe('true');
    await until(() => !!app.shadowRoot!.querySelector('#landscape'));
  });

  it('switching from a prefecture-level world to the county map while open never draws the old run’s heights on the new map', async () => {
    setLocale('en');
    const app = await mountApp();
    await choosePreset(app, 'chengdu'); // 366 prefecture-level units
    button(app).click();
    await app.updateComplete;
    await until(() => !!app.shadowRoot!.querySelector('#landscape') && (app.shadowRoot!.querySelector('idl-landscape') as unknown as { data: unknown }).data !== null, 30_000);
    const errors: string[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => {
      errors.push(args.map(String).join(' '));
      original(...args);
    };
    try {
      await choosePreset(app, 'fengqiao'); // 2,828 county-level units
      const view = () => app.shadowRoot!.querySelector('idl-landscape') as unknown as { data: { stage: ArrayLike<number> } | null };
      await until(() => view().data !== null && view().data!.stage.length === app.sim.info!.n, 30_000);
      await new Promise((r) => setTimeout(r, 200));
    } finally {
      console.error = original;
    }
    expect(errors.filter((e) => e.includes('NaN'))).toEqual([]);
  });
});
