import { afterEach, describe, expect, it } from 'vitest';
import type { IdlApp } from '../../../src/ui/app/idl-app.ts';
import { mountApp, until } from '../mountApp.ts';
import { setLocale } from '../../../src/ui/i18n/i18n.ts';

// A teacher who opens the app (no lesson link) finds the shipped lesson in the tools bar: the
// button opens it at chapter 1 and closes it again.

const button = (app: IdlApp) => app.shadowRoot!.querySelector<HTMLButtonElement>('nav.tools button.lesson-toggle')!;
const player = (app: IdlApp) => app.shadowRoot!.querySelector('idl-lesson-player');

describe('the Lesson button', () => {
  afterEach(() => setLocale('en'));

  for (const [locale, label, goal] of [
    ['en', 'Lesson', 'See why adoption is slow, then fast, then slow again'],
    ['zh-CN', '课程', '理解为什么采纳先慢、后快、再变慢'],
  ] as const) {
    it(`${locale}: opens the lesson at chapter 1 (its goal shown), pressed; pressed again, closes it and frees the levers`, async () => {
      setLocale(locale);
      const app = await mountApp();
      expect(button(app).textContent!.trim()).toBe(label);
      expect(button(app).getAttribute('aria-pressed')).toBe('false');
      expect(player(app)).toBeNull();

      button(app).click();
      await until(() => !!player(app)?.shadowRoot?.querySelector('.goal'));
      await app.updateComplete;
      expect(button(app).getAttribute('aria-pressed')).toBe('true');
      expect(player(app)!.shadowRoot!.querySelector('.goal')!.textContent).toContain(goal);
      // chapter 1 runs the Bass preset with only its two levers open
      await until(() => app.sim.status === 'ready' && app.sim.info?.presetId === 'bass', 30_000);

      button(app).click();
      await app.updateComplete;
      expect(player(app)).toBeNull();
      expect(button(app).getAttribute('aria-pressed')).toBe('false');
      const levers = app.shadowRoot!.querySelector('idl-levers') as HTMLElement & { open: ReadonlySet<string> | null };
      expect(levers.open).toBeNull();
    });
  }
});
