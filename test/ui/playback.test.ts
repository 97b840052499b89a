import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { IdlApp } from '../../src/ui/app/idl-app.ts';
import type { IdlTransport } from '../../src/ui/controls/idl-transport.ts';
import type { IdlMap } from '../../src/ui/map/idl-map.ts';
import { CAPTION_MS } from '../../src/ui/app/MilestoneCaptionController.ts';
import { createApp, mountApp, until } from './mountApp.ts';
import { setLocale } from '../../src/ui/i18n/i18n.ts';

// Playing a run in class: the app opens paused with Play focused, Space plays from wherever the last
// click left the focus, and the scenario's milestones say what happened, and where, as they fire.

const $ = <T extends Element>(app: IdlApp, sel: string) => app.shadowRoot!.querySelector(sel) as T;
const transport = (app: IdlApp) => $<IdlTransport>(app, 'idl-transport');
const playButton = (app: IdlApp) => transport(app).shadowRoot!.querySelector('button.play') as HTMLButtonElement;
const caption = (app: IdlApp) => $<HTMLElement>(app, '.milestone-caption');
const captionText = (app: IdlApp) => (caption(app).hidden ? '' : caption(app).textContent!.trim());

/** The innermost focused element, through shadow roots. */
function deepActive(): Element | null {
  let a = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
}

/** The first tick of each fengqiao event of innovation 0, as the app has them. */
const eventTicks = (app: IdlApp) => [...new Set(app.sim.info!.events.filter((e) => e.innovation === 0).map((e) => e.tick))];

/** Steps onto `tick` from the month before (an advance, as play makes it), and waits for the app to show it. */
async function stepOnto(app: IdlApp, tick: number) {
  await app.sim.seek(tick - 1);
  await app.sim.step();
  await app.updateComplete;
}

describe('playing a run in class', () => {
  afterEach(() => {
    setLocale('en');
    document.body.replaceChildren();
  });

  it('opens paused with Play focused; choosing another preset opens it paused too, Play focused again', async () => {
    setLocale('en');
    const app = await mountApp();
    expect(app.sim.playing).toBe(false);
    expect(app.sim.frame!.tick).toBe(0);
    await until(() => deepActive() === playButton(app));
    // the preset list changes the run: paused again, and the focus back on Play (Space on the list would reopen it)
    const preset = $<HTMLSelectElement>(app, 'header select.preset');
    await userEvent.selectOptions(preset, 'grid');
    await until(() => app.sim.status === 'ready' && app.sim.info?.presetId === 'grid');
    await new Promise((r) => setTimeout(r, 300)); // long enough for a clock that had started to tick
    expect(app.sim.playing).toBe(false);
    expect(app.sim.frame!.tick).toBe(0);
    await until(() => deepActive() === playButton(app));
    await userEvent.keyboard(' ');
    expect(app.sim.playing).toBe(true);
    expect(app.state.presetId).toBe('grid');
  });

  it('Space after clicking "Projector mode" plays (projector mode stays on); Space again pauses', async () => {
    setLocale('en');
    const app = await mountApp();
    const projector = $<HTMLButtonElement>(app, 'button.projector-toggle');
    await userEvent.click(projector);
    expect(app.projector).toBe(true);
    expect(deepActive()).toBe(projector);
    await userEvent.keyboard(' ');
    await app.updateComplete;
    expect(app.sim.playing).toBe(true);
    expect(app.projector).toBe(true);
    expect(projector.getAttribute('aria-pressed')).toBe('true');
    await userEvent.keyboard(' ');
    await app.updateComplete;
    expect(app.sim.playing).toBe(false);
    expect(app.projector).toBe(true);
    // the play button itself: Space toggles once, not twice (the key is not also a click)
    playButton(app).focus();
    await userEvent.keyboard(' ');
    await app.updateComplete;
    expect(app.sim.playing).toBe(true);
    await userEvent.keyboard(' ');
    expect(app.sim.playing).toBe(false);
  });

  it('Space on a lever slider plays or pauses; in the seed field Space is the field’s', async () => {
    setLocale('en');
    const app = await mountApp();
    if (!app.leversOpen) await userEvent.click($<HTMLButtonElement>(app, 'button.levers-toggle'));
    const levers = $<HTMLElement>(app, 'idl-levers').shadowRoot!;
    const slider = levers.querySelector<HTMLInputElement>('input[type=range]')!;
    slider.focus();
    expect(deepActive()).toBe(slider);
    await userEvent.keyboard(' ');
    expect(app.sim.playing).toBe(true);
    await userEvent.keyboard(' ');
    expect(app.sim.playing).toBe(false);
    const seed = levers.querySelector<HTMLInputElement>('input[type=text]')!;
    seed.focus();
    await userEvent.keyboard(' ');
    expect(app.sim.playing).toBe(false);
  });

  it('a milestone that fires says what happened and where, in both languages, marks its places on the map, then goes', async () => {
    setLocale('en');
    const app = await mountApp();
    const events = app.sim.info!.events;
    const pilots = events.find((e) => e.type === 'pilot')!;
    const central = events.find((e) => e.type === 'document' && e.level === 'central')!;
    expect(captionText(app)).toBe('');
    await stepOnto(app, pilots.tick);
    // a polite live region, always there (one that appears with its text may go unannounced), says it too
    const live = $<HTMLElement>(app, '.milestone-live');
    expect([live.getAttribute('role'), live.getAttribute('aria-live'), live.textContent!.trim()]).toEqual(['status', 'polite', captionText(app)]);
    expect(captionText(app)).toMatch(/^1964: pilots \(illustrative: Zhejiang.s counties and county-level cities\) — Zhejiang \(\d+ localities\)$/);
    const map = $<IdlMap>(app, 'idl-map');
    expect(map.places).toEqual(pilots.places);
    await until(() => !!map.shadowRoot!.querySelector('svg.overlay path.places'));
    setLocale('zh-CN');
    await app.updateComplete;
    expect(captionText(app)).toMatch(/^1964 年：试点（示意：浙江各县、县级市）——浙江省（\d+ 个单位）$/);
    // a central document: nationwide, nothing outlined
    await stepOnto(app, central.tick);
    expect(captionText(app)).toBe('1964 年：中央指示——全国');
    expect(map.places).toBeNull();
    setLocale('en');
    await app.updateComplete;
    expect(captionText(app)).toBe('1964: central directive — nationwide');
    // a jump (the scrubber) fires nothing and takes the caption away
    await app.sim.seek(central.tick + 30);
    await app.updateComplete;
    expect(captionText(app)).toBe('');
  });

  it('the caption goes after a few seconds of play', async () => {
    const app = await mountApp();
    // Zhejiang's revival of 2003, the next event ten years later
    const revival = app.sim.info!.events.find((e) => e.type === 'endorse' && e.level === 'province')!;
    await stepOnto(app, revival.tick);
    expect(captionText(app)).toMatch(/^2003: Zhejiang revives it .* — Zhejiang \(\d+ localities\)$/);
    expect(captionText(app)).not.toBe('');
    expect(app.milestoneCaption.captionMs).toBe(CAPTION_MS);
    app.milestoneCaption.captionMs = 300; // the production 8 s, shortened
    await stepOnto(app, revival.tick);
    app.sim.setSpeed(1 / 12); // one month per second
    app.sim.play();
    await until(() => captionText(app) === '');
    expect(app.sim.playing).toBe(true);
    expect(app.sim.frame!.tick).toBeLessThan(revival.tick + 3);
    app.sim.pause();
  });

  it('"Pause at each milestone" stops play on each event’s month, caption up, and travels in the link', async () => {
    setLocale('en');
    history.replaceState(history.state, '', `${location.pathname}?preset=fengqiao&pauseAtMilestones=1`);
    const app = createApp('/', true);
    try {
      await until(() => app.sim.status === 'ready' && !!app.shadowRoot?.querySelector('idl-map'));
      await app.updateComplete;
      const checkbox = transport(app).shadowRoot!.querySelector('label.stops input') as HTMLInputElement;
      expect(checkbox.checked).toBe(true);
      expect(checkbox.parentElement!.textContent!.trim()).toBe('Pause at each milestone');
      const ticks = eventTicks(app);
      app.sim.setSpeed(10);
      app.milestoneCaption.captionMs = 50;
      for (const tick of ticks.slice(0, 3)) {
        await userEvent.click(playButton(app));
        await until(() => !app.sim.playing);
        expect(app.sim.frame!.tick).toBe(tick);
        // the caption stays, past its time, while the clock stands on its milestone
        await new Promise((r) => setTimeout(r, 200));
        app.requestUpdate();
        await app.updateComplete;
        expect(captionText(app)).not.toBe('');
      }
      expect(location.search).toContain('pauseAtMilestones=1');
      // off: play runs past the next milestone
      await userEvent.click(checkbox);
      await app.updateComplete;
      expect(location.search).not.toContain('pauseAtMilestones');
      await userEvent.click(playButton(app));
      await until(() => (app.sim.frame?.tick ?? 0) > ticks[3] + 12);
      app.sim.pause();
    } finally {
      history.replaceState(history.state, '', location.pathname);
    }
  });

  it('a link with play=1 starts playing', async () => {
    history.replaceState(history.state, '', `${location.pathname}?preset=fengqiao&play=1`);
    const app = createApp('/', true);
    try {
      await until(() => app.sim.status === 'ready' && app.sim.playing);
      app.sim.pause();
    } finally {
      history.replaceState(history.state, '', location.pathname);
    }
  });
});
