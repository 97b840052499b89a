import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { RunInfo, TimelineEvent } from '../../service/types.ts';
import type { SimulationController } from '../controllers/SimulationController.ts';
import { formatInteger, getLocale, pick, t } from '../i18n/i18n.ts';
import { isMapWorld } from '../map/map-projection.ts';

/** How long a milestone's caption stays up after it fires (ms): long enough to read aloud to a class. */
export const CAPTION_MS = 8000;
/** At most this many provinces are named in a caption; the rest are counted. */
const MAX_NAMED_PLACES = 3;

/** What the caption shows: the events that fired on one tick, in words, and where they apply. */
export interface MilestoneCaption {
  tick: number;
  /** the events that fired on that tick */
  events: readonly TimelineEvent[];
  /** the localities to mark on the map; null when the events apply everywhere (nationwide) */
  places: readonly number[] | null;
}

/**
 * Milestones during play: when the clock advances over one of the scenario's dated events (of the
 * innovation shown), a caption says what happened and where — "1964: central directive — nationwide",
 * "1964: pilots … — Zhejiang (58 localities)" — for a few seconds (the app also marks the places on the
 * map, and a polite live region repeats the caption). Jumps (scrubbing, a marker) fire nothing. With
 * "pause at each milestone" on, the clock stops at each event's month (SimulationController.stops),
 * and the caption stays until play goes on.
 */
export class MilestoneCaptionController implements ReactiveController {
  caption: MilestoneCaption | null = null;
  /** play pauses at each milestone */
  pauseAtMilestones = false;
  /** how long a caption stays up (ms; tests shorten it) */
  captionMs = CAPTION_MS;
  private seenMove: SimulationController['lastMove'] | null = null;
  private until = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly sim: SimulationController,
    /** the index of the innovation shown */
    private readonly innovation: () => number,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    clearTimeout(this.timer);
  }

  /** The events of the innovation shown (those the timeline marks). */
  events(): TimelineEvent[] {
    const k = this.innovation();
    return this.sim.info?.events.filter((e) => e.innovation === k) ?? [];
  }

  hostUpdate(): void {
    const sim = this.sim;
    const events = this.events();
    const stops = this.pauseAtMilestones ? [...new Set(events.map((e) => e.tick))] : [];
    if (stops.length !== sim.stops.length || stops.some((s, i) => s !== sim.stops[i])) sim.stops = stops;
    const move = sim.lastMove;
    if (move !== this.seenMove) {
      this.seenMove = move;
      const fired = move.kind === 'advance' ? events.filter((e) => e.tick > move.from && e.tick <= move.to) : [];
      if (fired.length > 0) this.show(fired);
      else if (move.kind !== 'advance') this.caption = null;
    }
    // an expired caption goes, unless the clock stopped on its milestone (it stays while the class talks)
    const c = this.caption;
    if (c && performance.now() >= this.until && (sim.playing || sim.frame?.tick !== c.tick)) this.caption = null;
  }

  /** The caption in the current language ('' when none). */
  text(): string {
    const c = this.caption;
    const info = this.sim.info;
    if (!c || !info) return '';
    const where = c.places ? placesText(c.places, info) : t(isMapWorld(info.worldKind) ? 'milestones.nationwide' : 'milestones.everywhere');
    return c.events.map((e) => t('milestones.caption', { label: e.label ? pick(e.label) : t(`event.${e.type}`), where })).join(' · ');
  }

  private show(fired: readonly TimelineEvent[]) {
    // several events on different ticks within one advance: the latest tick's are the news
    const tick = fired[fired.length - 1].tick;
    const now = fired.filter((e) => e.tick === tick);
    const everywhere = now.some((e) => e.places === undefined);
    const places = everywhere ? null : [...new Set(now.flatMap((e) => e.places!))].sort((a, b) => a - b);
    this.caption = { tick, events: now, places };
    this.until = performance.now() + this.captionMs;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.host.requestUpdate(), this.captionMs);
  }
}

/** "Zhejiang (58 localities)", "Zhejiang, Fujian and 4 more (310 localities)": the provinces named in the current language. */
function placesText(places: readonly number[], info: RunInfo): string {
  const counts = new Map<number, number>();
  for (const i of places) counts.set(info.province[i], (counts.get(info.province[i]) ?? 0) + 1);
  const named = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([p]) => {
    const province = info.provinces[p];
    return province ? (getLocale() === 'en' ? province.nameEn : province.name) : '';
  });
  const sep = getLocale() === 'en' ? ', ' : '、';
  const list =
    named.length > MAX_NAMED_PLACES
      ? t('milestones.morePlaces', { list: named.slice(0, MAX_NAMED_PLACES).join(sep), n: formatInteger(named.length - MAX_NAMED_PLACES) })
      : named.join(sep);
  return t('milestones.places', { places: list, n: formatInteger(places.length) });
}
