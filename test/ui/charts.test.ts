import { describe, expect, it } from 'vitest';
import '../../src/ui/charts/idl-chart.ts';
import type { IdlChart } from '../../src/ui/charts/idl-chart.ts';
import type { ChartData } from '../../src/ui/charts/chartData.ts';
import { rowsOf } from '../../src/ui/charts/chartData.ts';
import type { MetricRow } from '../../src/service/types.ts';
import { STAGE_COLORS } from '../../src/ui/palette.ts';
import { mount, shadow } from './fixture.ts';

/** 25 ticks of a toy run of 100 localities: one locality per tick moves from none to learning. */
function data(tick = 24): ChartData {
  const rows: MetricRow[] = [];
  for (let t = 0; t <= tick; t++) {
    rows.push({ tick: t, innovation: 0, stages: [100 - t, t, 0, 0, 0, 0, 0], everAdopted: t, active: t, activeByRegion: [t, 0, 0, 0] });
  }
  return {
    rows,
    n: 100,
    regionSizes: [40, 30, 30, 0],
    startYear: 2000,
    dt: 1 / 12,
    totalTicks: 120,
    tick,
    events: [{ tick: 12, year: 2001, type: 'mandate', level: 'province', innovation: 0 }],
  };
}

describe('<idl-chart>', () => {
  it('stacks the six adopted stages over time with the shared palette', async () => {
    const el = await mount<IdlChart>('idl-chart', { kind: 'stages', data: data() });
    const paths = [...shadow(el).querySelectorAll('g.areas path')];
    expect(paths).toHaveLength(6);
    expect(paths.map((p) => p.getAttribute('fill'))).toEqual([4, 3, 2, 1, 5, 6].map((s) => STAGE_COLORS[s]));
    // the learning band is not empty: its path has a real extent
    const learning = paths[3] as SVGPathElement;
    expect(learning.getBBox().width).toBeGreaterThan(10);
    expect(learning.getBBox().height).toBeGreaterThan(1);
  });

  it('marks scenario events and the current time on the time axis', async () => {
    const el = await mount<IdlChart>('idl-chart', { kind: 'stages', data: data() });
    expect(shadow(el).querySelectorAll('g.event')).toHaveLength(1);
    const now = shadow(el).querySelector('g.now line') as SVGLineElement;
    const ev = shadow(el).querySelector('g.event') as SVGGElement;
    // event at 2001, now at 2002: the now line is right of the event
    expect(Number(now.getAttribute('x1'))).toBeGreaterThan(ev.transform.baseVal[0].matrix.e);
  });

  it('shades a suspension era from its year to its end, and its tooltip names the years it covers', async () => {
    const d = data();
    d.events = [...d.events, { tick: 24, year: 2002, untilYear: 2006, type: 'suspend', level: 'central', innovation: 0 }];
    const el = await mount<IdlChart>('idl-chart', { kind: 'stages', data: d });
    const bands = [...shadow(el).querySelectorAll('g.eras rect')] as SVGRectElement[];
    expect(bands).toHaveLength(1); // the mandate has no era
    // the x axis spans 2000–2010 (120 ticks of a month): 2002–2006 is 40 % of its width
    const axis = shadow(el).querySelector('g.x-axis path.domain')!.getBoundingClientRect();
    expect(bands[0].getBoundingClientRect().width / axis.width).toBeCloseTo(0.4, 1);
    const titles = [...shadow(el).querySelectorAll('g.event title')].map((x) => x.textContent);
    expect(titles.some((x) => /2002.2005/.test(x ?? ''))).toBe(true); // an era ending at the start of 2006 covers 2002–2005
  });

  it('draws ever-adopted, active and one line per non-empty region', async () => {
    const el = await mount<IdlChart>('idl-chart', { kind: 'adoption', data: data() });
    expect(shadow(el).querySelectorAll('g.lines path')).toHaveLength(5); // ever, active, 3 regions
    expect(shadow(el).querySelectorAll('li')).toHaveLength(5);
  });

  it('grows as new rows arrive', async () => {
    const el = await mount<IdlChart>('idl-chart', { kind: 'adoption', data: data(6) });
    const active = () => (shadow(el).querySelectorAll('g.lines path')[1] as SVGPathElement).getBBox().width;
    const before = active();
    el.data = data(24);
    await el.updateComplete;
    expect(active()).toBeGreaterThan(before * 2);
  });

  it('picks one innovation out of tick-major rows', () => {
    const all: MetricRow[] = [];
    for (let t = 0; t < 3; t++) for (let k = 0; k < 2; k++) all.push({ tick: t, innovation: k, stages: [], everAdopted: 0, active: 0, activeByRegion: [] });
    expect(rowsOf(all, 1, 2, 1).map((r) => [r.tick, r.innovation])).toEqual([[0, 1], [1, 1]]);
  });
});
