import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../src/ui/controls/idl-transport.ts';
import type { IdlTransport } from '../../src/ui/controls/idl-transport.ts';
import { setLocale } from '../../src/ui/i18n/i18n.ts';
import type { TimelineEvent } from '../../src/service/types.ts';
import { collect, mount, shadow } from './fixture.ts';

const events: TimelineEvent[] = [
  { tick: 12, year: 1964, type: 'endorse', level: 'central', innovation: 0, label: { en: 'Central directive', zh: '中央批示' } },
  { tick: 600, year: 2013, type: 'document', level: 'central', innovation: 0 },
];

function base(): Partial<IdlTransport> {
  return { tick: 0, totalTicks: 720, startYear: 1963, dt: 1 / 12, events, speed: 2 };
}

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
    const input = shadow(el).querySelector('input')!.getBoundingClientRect();
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

  it('names its controls in Chinese when the language is zh-CN', async () => {
    setLocale('zh-CN');
    const el = await mount<IdlTransport>('idl-transport', base());
    const labels = [...shadow(el).querySelectorAll('button:not(.marker)')].map((b) => b.textContent?.trim());
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

  it('marks the scenario events on the scrubber; a marker seeks to its event', async () => {
    setLocale('en');
    const el = await mount<IdlTransport>('idl-transport', base());
    const markers = [...shadow(el).querySelectorAll<HTMLButtonElement>('button.marker')];
    expect(markers).toHaveLength(2);
    expect(markers[0].getAttribute('aria-label')).toBe('1964: central endorsement — Central directive');
    expect(markers[1].classList.contains('document')).toBe(true);
    // the later event sits further right
    expect(markers[1].getBoundingClientRect().left).toBeGreaterThan(markers[0].getBoundingClientRect().left);
    const seeks = collect<{ tick: number }>(el, 'idl-seek');
    await userEvent.click(markers[1]);
    expect(seeks).toEqual([{ tick: 600 }]);
  });

  it('changes speed', async () => {
    const el = await mount<IdlTransport>('idl-transport', base());
    const speeds = collect<{ speed: number }>(el, 'idl-speed');
    const select = shadow(el).querySelector('select') as HTMLSelectElement;
    await userEvent.selectOptions(select, '5');
    expect(speeds).toEqual([{ speed: 5 }]);
  });

  it('disables play at the end of the run', async () => {
    setLocale('en');
    const el = await mount<IdlTransport>('idl-transport', { ...base(), tick: 720, done: true });
    expect(button(el, /Play/).disabled).toBe(true);
    expect(shadow(el).textContent).toContain('End of the run');
  });
});
