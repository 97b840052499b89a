import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../src/ui/controls/idl-transport.ts';
import type { IdlTransport } from '../../src/ui/controls/idl-transport.ts';
import { setLocale } from '../../src/ui/i18n/i18n.ts';
import type { TimelineEvent } from '../../src/service/types.ts';
import { collect, mount, shadow } from './fixture.ts';

/** Polls `cond` every 20 ms until it holds (a marker row is laid out once its width is measured). */
async function until(cond: () => boolean, ms = 5000): Promise<void> {
  const t0 = performance.now();
  while (!cond()) {
    if (performance.now() - t0 > ms) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}

const events: TimelineEvent[] = [
  { tick: 12, year: 1964, type: 'endorse', level: 'central', innovation: 0, label: { en: 'Central directive', zh: '中央批示' } },
  { tick: 600, year: 2013, type: 'document', level: 'central', innovation: 0 },
];

function base(): Partial<IdlTransport> {
  return { tick: 0, totalTicks: 720, startYear: 1963, dt: 1 / 12, events, speed: 2 };
}

/** The milestone timeline's markers (inside its own component). */
const marks = (el: IdlTransport) => [...(shadow(el).querySelector('idl-event-marks')?.shadowRoot?.querySelectorAll<HTMLButtonElement>('button.mark') ?? [])];

const button = (el: IdlTransport, text: RegExp) =>
  [...shadow(el).querySelectorAll('button')].find((b) => text.test((b.textContent ?? '').trim())) as HTMLButtonElement;

describe('<idl-transport>', () => {
  afterEach(() => setLocale('en'));

  it('asks to play, and offers pause while playing', async () => {
    setLocale('en');
    const el = await mount<IdlTransport>('idl-transport', base());
    const plays = collect(el, 'idl-play');
    const pauses = collect(el, 'idl-pause');
    await userEvent.click(button(el, /Play/));
    expect(plays).toHaveLength(1);
    el.playing = true;
    await el.updateComplete;
    expect(button(el, /Pause/).getAttribute('aria-pressed')).toBe('true');
    expect(button(el, /^Step$/).disabled).toBe(true); // stepping while the clock runs would race it
    await userEvent.click(button(el, /Pause/));
    expect(pauses).toHaveLength(1);
  });

  it('ticks the preset’s dated milestones under the scrubber, writing a year only where it has room, without changing its height', async () => {
    setLocale('en');
    const el = await mount<IdlTransport>('idl-transport', { ...base(), startYear: 2004, totalTicks: 240 }); // 2004–2024
    const height = el.getBoundingClientRect().height;
    const label = (en: string) => ({ en, zh: `${en}（中文）` });
    el.milestones = [
      { year: 2024, label: label('terminated in 2024') },
      { year: 2007, label: label('prefectures by the end of 2006') },
      { year: 2021, label: label('ever adopted by the end of 2020') },
      { year: 2020.5, label: label('mandate of 2017-07') },
    ];
    await el.updateComplete;
    const marks = () => [...shadow(el).querySelectorAll<HTMLElement>('.milestone')];
    // in time order; 2020.5 is written, 2021 is too close to it and 2024 to the end year (ticks only)
    const written = () => marks().map((m) => (m.classList.contains('crowded') ? '' : m.textContent));
    expect(written()).toEqual(['2007', '2020', '', '']);
    expect(marks().map((m) => [getComputedStyle(m).visibility, getComputedStyle(m, '::before').visibility])).toEqual([
      ['visible', 'visible'],
      ['visible', 'visible'],
      ['hidden', 'visible'],
      ['hidden', 'visible'],
    ]);
    expect(marks().map((m) => m.title)).toEqual([
      'Milestone of the record: prefectures by the end of 2006',
      'Milestone of the record: mandate of 2017-07',
      'Milestone of the record: ever adopted by the end of 2020',
      'Milestone of the record: terminated in 2024',
    ]);
    expect(marks().every((m) => m.getAttribute('aria-hidden') === 'true')).toBe(true);
    // a tick sits where the scrubber's thumb is at that year
    const input = shadow(el).querySelector('input[type=range]')!.getBoundingClientRect();
    const at = (m: HTMLElement) => (m.getBoundingClientRect().left + m.getBoundingClientRect().right) / 2;
    expect(at(marks()[0])).toBeCloseTo(input.left + 8 + (input.width - 16) * (3 / 20), 0);
    expect(el.getBoundingClientRect().height).toBe(height);
    setLocale('zh-CN');
    await el.updateComplete;
    expect(marks()[0].title).toBe('记录中的时间节点：prefectures by the end of 2006（中文）');
    // once the run is done, "end of the run" takes the middle: a year there is not written over it
    el.milestones = [{ year: 2014, label: label('middle') }];
    el.done = true;
    await el.updateComplete;
    expect(written()).toEqual(['']);
    el.done = false;
    await el.updateComplete;
    expect(written()).toEqual(['2014年']);
    el.milestones = [];
    await el.updateComplete;
    expect(marks()).toEqual([]);
  });

  it('a playing run’s ticks do not measure the milestone years again (no forced layout per frame)', async () => {
    setLocale('en');
    const el = await mount<IdlTransport>('idl-transport', { ...base(), startYear: 2004, totalTicks: 240 });
    el.milestones = [{ year: 2007, label: { en: 'a', zh: 'a' } }, { year: 2008, label: { en: 'b', zh: 'b' } }];
    await el.updateComplete;
    const rect = vi.spyOn(Element.prototype, 'getBoundingClientRect');
    try {
      el.playing = true;
      for (let tick = 1; tick <= 20; tick++) {
        el.tick = tick;
        await el.updateComplete;
      }
      expect(rect.mock.contexts.filter((c) => (c as Element).classList.contains('milestone'))).toEqual([]);
    } finally {
      rect.mockRestore();
    }
    expect(shadow(el).querySelectorAll('.milestone.crowded')).toHaveLength(1);
  });

  it('names its controls in Chinese when the language is zh-CN', async () => {
    setLocale('zh-CN');
    const el = await mount<IdlTransport>('idl-transport', base());
    const labels = [...shadow(el).querySelectorAll('button')].map((b) => b.textContent?.trim());
    expect(labels).toEqual(['播放', '后退一步', '单步', '重置']);
    expect(shadow(el).querySelector('output')?.textContent).toContain('1963年');
  });

  it('step and reset announce themselves', async () => {
    setLocale('en');
    const el = await mount<IdlTransport>('idl-transport', base());
    const steps = collect(el, 'idl-step');
    const resets = collect(el, 'idl-reset');
    const backs = collect(el, 'idl-step-back');
    await userEvent.click(button(el, /^Step$/));
    await userEvent.click(button(el, /Reset/));
    expect(button(el, /^Step back$/).disabled).toBe(el.tick <= 0);
    el.tick = 5;
    await el.updateComplete;
    await userEvent.click(button(el, /^Step back$/));
    expect(backs).toHaveLength(1);
    expect(steps).toHaveLength(1);
    expect(resets).toHaveLength(1);
  });

  it('the scrubber seeks to the tick under it, forward and back, from the keyboard too', async () => {
    const el = await mount<IdlTransport>('idl-transport', { ...base(), tick: 100 });
    const seeks = collect<{ tick: number }>(el, 'idl-seek');
    const range = shadow(el).querySelector('input[type=range]') as HTMLInputElement;
    range.focus();
    await userEvent.keyboard('{ArrowRight}');
    await userEvent.keyboard('{ArrowLeft}{ArrowLeft}');
    expect(seeks.map((s) => s.tick)).toEqual([101, 100, 99]);
    range.value = '24';
    range.dispatchEvent(new Event('input', { bubbles: true }));
    expect(seeks.at(-1)).toEqual({ tick: 24 });
  });

  it('shows the scenario events as labelled markers under the scrubber, named with date and label; a marker seeks to its event', async () => {
    setLocale('en');
    const el = await mount<IdlTransport>('idl-transport', base());
    await until(() => marks(el).length === 2);
    const [first, second] = marks(el);
    expect(first.getAttribute('aria-label')).toBe('Jan 1964 · Central directive');
    expect(first.textContent!.replace(/\s+/g, ' ').trim()).toBe('1964 endorsed');
    expect(second.getAttribute('aria-label')).toBe('Jan 2013 · 2013: central document');
    // under the scrubber, the later event further right
    const range = shadow(el).querySelector('input[type=range]')!.getBoundingClientRect();
    expect(first.getBoundingClientRect().top).toBeGreaterThanOrEqual(range.bottom);
    expect(second.getBoundingClientRect().left).toBeGreaterThan(first.getBoundingClientRect().right);
    const seeks = collect<{ tick: number }>(el, 'idl-seek');
    await userEvent.click(second);
    expect(seeks).toEqual([{ tick: 600 }]);
    setLocale('zh-CN');
    await el.updateComplete;
    await until(() => marks(el)[0]?.getAttribute('aria-label') === '1964年1月 · 中央批示');
  });

  it('groups markers that would overlap into one "3 events" marker that opens a list with Enter; Escape closes it', async () => {
    setLocale('en');
    // Fengqiao's first events: Nov 1963, Jan 1964, Jul 1964 — one place on a 60-year axis
    const close: TimelineEvent[] = [
      { tick: 10, year: 1963.9, type: 'endorse', level: 'central', innovation: 0, label: { en: '1963: written instruction', zh: '1963 年：批示' } },
      { tick: 12, year: 1964, type: 'pilot', level: 'province', innovation: 0, label: { en: '1964: pilots', zh: '1964 年：试点' } },
      { tick: 18, year: 1964.5, type: 'document', level: 'central', innovation: 0, label: { en: '1964: central directive', zh: '1964 年：中央指示' } },
      { tick: 600, year: 2013, type: 'document', level: 'central', innovation: 0 },
    ];
    const el = await mount<IdlTransport>('idl-transport', { ...base(), events: close });
    await until(() => marks(el).length === 2);
    const [group, single] = marks(el);
    expect(group.getAttribute('aria-label')).toBe('3 events, 1963 to 1964');
    expect(group.textContent!.replace(/\s+/g, ' ').trim()).toBe('1963 · 3 events');
    expect(group.getAttribute('aria-expanded')).toBe('false');
    expect(single.getAttribute('aria-label')).toBe('Jan 2013 · 2013: central document');
    // no two markers overlap, and each label is whole (not cut off), in both languages
    expect(group.getBoundingClientRect().right).toBeLessThanOrEqual(single.getBoundingClientRect().left);
    const whole = () => marks(el).every((m) => m.scrollWidth <= m.clientWidth);
    expect(whole()).toBe(true);
    setLocale('zh-CN');
    await el.updateComplete;
    await until(() => marks(el)[0].textContent!.includes('3 项'));
    expect(whole()).toBe(true);
    setLocale('en');
    await el.updateComplete;
    const seeks = collect<{ tick: number }>(el, 'idl-seek');
    group.focus();
    await userEvent.keyboard('{Enter}');
    const inner = el.shadowRoot!.querySelector('idl-event-marks')!.shadowRoot!;
    await until(() => inner.querySelectorAll('.list button').length === 3);
    expect(group.getAttribute('aria-expanded')).toBe('true');
    const entries = [...inner.querySelectorAll<HTMLButtonElement>('.list button')];
    expect(entries.map((b) => b.textContent!.trim())).toEqual(['Nov 1963 · 1963: written instruction', 'Jan 1964 · 1964: pilots', 'Jul 1964 · 1964: central directive']);
    // the list takes the focus; arrows are not needed: Tab walks it, Enter goes to the event
    expect(inner.activeElement).toBe(entries[0]);
    await userEvent.keyboard('{Escape}');
    await until(() => inner.querySelectorAll('.list').length === 0);
    expect(inner.activeElement).toBe(marks(el)[0]);
    await userEvent.keyboard('{Enter}');
    await until(() => inner.querySelectorAll('.list button').length === 3);
    await userEvent.keyboard('{Tab}{Enter}');
    expect(seeks).toEqual([{ tick: 12 }]);
    await until(() => inner.querySelectorAll('.list').length === 0);
    // a click elsewhere closes an open list
    await userEvent.click(marks(el)[0]);
    await until(() => inner.querySelectorAll('.list button').length === 3);
    await userEvent.click(shadow(el).querySelector('output')!);
    await until(() => inner.querySelectorAll('.list').length === 0);
  });

  it('an open "3 events" list stays open while the run plays (the app hands the same events again each frame)', async () => {
    setLocale('en');
    const close: TimelineEvent[] = [
      { tick: 10, year: 1963.9, type: 'endorse', level: 'central', innovation: 0 },
      { tick: 12, year: 1964, type: 'pilot', level: 'province', innovation: 0 },
      { tick: 18, year: 1964.5, type: 'document', level: 'central', innovation: 0 },
    ];
    const el = await mount<IdlTransport>('idl-transport', { ...base(), events: close });
    await until(() => marks(el).length === 1);
    await userEvent.click(marks(el)[0]);
    const inner = el.shadowRoot!.querySelector('idl-event-marks')!.shadowRoot!;
    await until(() => inner.querySelectorAll('.list button').length === 3);
    el.playing = true;
    for (let tick = 1; tick <= 5; tick++) {
      // as the app renders a frame: the next tick, and the innovation's events filtered afresh
      Object.assign(el, { tick, events: close.filter(() => true) });
      await el.updateComplete;
      await el.shadowRoot!.querySelector('idl-event-marks')!.updateComplete;
    }
    expect(inner.querySelectorAll('.list button')).toHaveLength(3);
    expect(marks(el)[0].getAttribute('aria-expanded')).toBe('true');
    // another run's events close it
    el.events = close.map((e) => ({ ...e }));
    await el.updateComplete;
    await el.shadowRoot!.querySelector('idl-event-marks')!.updateComplete;
    expect(inner.querySelectorAll('.list button')).toHaveLength(0);
  });

  it('changes speed', async () => {
    const el = await mount<IdlTransport>('idl-transport', base());
    const speeds = collect<{ speed: number }>(el, 'idl-speed');
    const select = shadow(el).querySelector('select') as HTMLSelectElement;
    await userEvent.selectOptions(select, '5');
    expect(speeds).toEqual([{ speed: 5 }]);
    // down to one simulated month per second of wall time
    expect([...select.options].map((o) => o.textContent!.trim())).toEqual(['1 mo/s', '3 mo/s', '6 mo/s', '1 yr/s', '2 yr/s', '5 yr/s', '10 yr/s']);
    await userEvent.selectOptions(select, select.options[0]);
    expect(speeds.at(-1)!.speed * 12).toBeCloseTo(1, 12);
    setLocale('zh-CN');
    await el.updateComplete;
    expect([...select.options].map((o) => o.textContent!.trim()).slice(0, 4)).toEqual(['1 个月/秒', '3 个月/秒', '6 个月/秒', '1 年/秒']);
    setLocale('en');
  });

  it('disables play at the end of the run', async () => {
    setLocale('en');
    const el = await mount<IdlTransport>('idl-transport', { ...base(), tick: 720, done: true });
    expect(button(el, /Play/).disabled).toBe(true);
    expect(shadow(el).textContent).toContain('End of the run');
  });
});
