import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../../src/ui/lessons/idl-lesson-chart.ts';
import type { IdlLessonChart } from '../../../src/ui/lessons/idl-lesson-chart.ts';
import { setLocale } from '../../../src/ui/i18n/i18n.ts';
import { collect, mount, shadow } from '../fixture.ts';

/** The chart a curve step shows: 2013–2028, a point every 3 years (6 points). */
const props = { startYear: 2013, years: 15, everyYears: 3, series: 'ever' as const, editable: true };

describe('<idl-lesson-chart>: drawing the predicted curve', () => {
  it('by keyboard alone: ← → choose a year, ↑ ↓ move it 5 points, Page Up / Down 20, Home / End to 0 % / 100 %; the slider says year and value', async () => {
    setLocale('en');
    const el = await mount<IdlLessonChart>('idl-lesson-chart', props);
    const changes = collect<{ values: number[] }>(el, 'idl-curve-change');
    const svg = shadow(el).querySelector('svg')!;
    expect(svg.getAttribute('role')).toBe('slider');
    expect(svg.getAttribute('aria-label')).toBe('Your predicted share ever adopted, year by year');
    svg.focus();
    expect(shadow(el).activeElement).toBe(svg);
    // 2013: 10 %; 2016: 30 %; 2019: 50 %; 2022: 100 % (End); 2025: 95 % (End, ↓); 2028 stays 0 %
    await userEvent.keyboard('{ArrowUp}{ArrowUp}{ArrowRight}{PageUp}{ArrowUp}{ArrowUp}{ArrowRight}{PageUp}{PageUp}{PageUp}{ArrowDown}{ArrowDown}');
    await userEvent.keyboard('{ArrowRight}{End}{ArrowRight}{End}{ArrowDown}{ArrowRight}{ArrowRight}{ArrowRight}{Home}');
    await el.updateComplete;
    expect(el.values).toEqual([0.1, 0.3, 0.5, 1, 0.95, 0]);
    expect(changes.at(-1)!.values).toEqual([0.1, 0.3, 0.5, 1, 0.95, 0]);
    // the last key pressed on the last point: it is the one the slider reports
    expect(svg.getAttribute('aria-valuenow')).toBe('0');
    expect(svg.getAttribute('aria-valuetext')).toBe('2028: 0%');
    await userEvent.keyboard('{ArrowLeft}{ArrowLeft}');
    await el.updateComplete;
    expect(svg.getAttribute('aria-valuetext')).toBe('2022: 100%');
    // the drawn curve: one line through six points
    expect(shadow(el).querySelectorAll('circle.you-point')).toHaveLength(6);
  });

  it('keys it uses do not reach the page (the app’s ← → step the run, Space plays)', async () => {
    const el = await mount<IdlLessonChart>('idl-lesson-chart', props);
    const seen: string[] = [];
    const listener = (e: KeyboardEvent) => seen.push(e.key);
    window.addEventListener('keydown', listener);
    try {
      shadow(el).querySelector('svg')!.focus();
      await userEvent.keyboard('{ArrowRight}{ArrowUp}{PageUp}[Space]');
      expect(seen).toEqual([]);
    } finally {
      window.removeEventListener('keydown', listener);
    }
  });

  it('by pointer: a press and a drag set the nearest year’s point to the height under it', async () => {
    const el = await mount<IdlLessonChart>('idl-lesson-chart', props);
    const svg = shadow(el).querySelector('svg')!;
    const box = svg.getBoundingClientRect();
    const scale = box.width / svg.viewBox.baseVal.width;
    // the plot spans x 46…(width − 30) and y 10…210 in the chart's own units; 2019 is point 2
    const plotX = (yearsFromStart: number) => box.left + (46 + (yearsFromStart / 15) * (svg.viewBox.baseVal.width - 76)) * scale;
    const plotY = (share: number) => box.top + (10 + (1 - share) * 200) * scale;
    const at = (x: number, y: number, type: string) =>
      svg.dispatchEvent(new PointerEvent(type, { clientX: x, clientY: y, pointerId: 1, bubbles: true }));
    at(plotX(6.4), plotY(0.6), 'pointerdown');
    at(plotX(9.2), plotY(0.8), 'pointermove');
    at(plotX(9.2), plotY(0.8), 'pointerup');
    at(plotX(12), plotY(0.2), 'pointermove'); // no button: no change
    await el.updateComplete;
    expect(el.values).toEqual([0, 0, 0.6, 0.8, 0, 0]);
  });

  it('after the run it shows the outcome under the prediction: an ensemble’s median and band, not editable', async () => {
    const runs = [0, 1, 2].map((k) => ({ ever: Array.from({ length: 16 }, (_, i) => Math.min(1, (i * (k + 1)) / 20)), active: [], firstAdoption: [] }));
    const el = await mount<IdlLessonChart>('idl-lesson-chart', {
      ...props,
      editable: false,
      values: [0, 0.2, 0.4, 0.6, 0.8, 1],
      outcome: { years: Array.from({ length: 16 }, (_, i) => 2013 + i), runs },
    });
    const root = shadow(el);
    expect(root.querySelector('svg')!.getAttribute('role')).toBe('img');
    expect(root.querySelector('svg')!.hasAttribute('tabindex')).toBe(false);
    expect(root.querySelectorAll('polygon.band')).toHaveLength(1);
    expect(root.querySelectorAll('polyline.outcome')).toHaveLength(1);
    expect([...root.querySelectorAll('li')].map((li) => li.textContent!.trim())).toEqual(['Your prediction', 'Median of 3 runs', '10–90 % of runs']);
  });
});
