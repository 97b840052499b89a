import { LitElement, css, html, nothing } from 'lit';
import type { TimelineEvent } from '../../service/types.ts';
import { cssProps } from '../map/css-props.ts';
import { baseStyles } from '../styles.ts';
import { LocaleController } from '../controllers/LocaleController.ts';
import { formatYear, formatYearMonth, pick, t } from '../i18n/i18n.ts';
import { yearOfTick } from '../timeline.ts';
import { groupMarks } from './groupMarks.ts';

/**
 * Room one marker needs, in em of the row's font: a shape, a year and a short word ("2003 suspended",
 * "1963 · 5 events"). Markers whose events are closer than this are grouped (groupMarks.ts).
 */
export const MARK_SPAN_EM = 11;
/** Chromium's range thumb (px): the scrubber's first and last ticks sit half a thumb in from its ends. */
const THUMB_PX = 16;

/**
 * The scenario's dated events as a labelled timeline under the scrubber: each marker shows its shape
 * (by type), its year and its type in words, and is named in full for screen readers ("Jul 1964 ·
 * 1964: central directive"). Events too close to be told apart share one marker ("3 events") that
 * opens a list (click or Enter; Escape closes it and gives the focus back, a click elsewhere closes it). A marker or a list entry
 * asks to go to its event (`idl-seek` {tick}); the row's height never changes (the map below stays put).
 */
export class IdlEventMarks extends LitElement {
  static override styles = [
    baseStyles,
    css`
      :host { display: block; position: relative; height: 1.75rem; margin-top: 0.15rem; font-size: 0.8em; }
      .mark {
        position: absolute; top: 0; transform: translateX(-50%);
        min-height: 24px; height: 1.6rem; padding: 0 0.4em; gap: 0.3em;
        display: inline-flex; align-items: center; white-space: nowrap; overflow: hidden; text-overflow: ellipsis;
        border-radius: 4px; line-height: 1; font-size: inherit;
      }
      .mark[aria-expanded='true'] { background: var(--idl-hover, #e8f0f8); }
      .shape { flex: none; display: inline-block; width: 0.75em; height: 0.75em; border-radius: 50%; background: var(--idl-fg, #1a1a1a); }
      .pilot { background: #009e73; }
      .endorse { background: #0072b2; }
      .document { background: #6a3d9a; border-radius: 1px; }
      .mandate { background: #d55e00; border-radius: 1px; transform: rotate(45deg) scale(0.85); }
      .withdraw, .suspend { background: transparent; border: 2px solid var(--idl-fg, #1a1a1a); }
      .group .shape { border-radius: 2px; background: var(--idl-accent, #0b5cad); }
      .list {
        position: absolute; z-index: 5; top: 1.8rem; max-width: min(34rem, 90vw); margin: 0; padding: 0.3rem;
        list-style: none; background: var(--idl-surface, #fff); color: var(--idl-fg, #1a1a1a);
        border: var(--idl-border-width, 1px) solid var(--idl-control-border, #767676); border-radius: 6px;
        box-shadow: 0 4px 14px rgba(0, 0, 0, 0.2); font-size: 1.1em;
      }
      .list li { display: block; }
      .list button { display: flex; align-items: center; gap: 0.4em; width: 100%; text-align: left; border: none; min-height: 36px; white-space: normal; }
    `,
  ];

  static override properties = {
    // the app filters the innovation's events afresh on every frame: the same events in a new array
    // are no change (an open list stays open, and the row is not laid out again while the run plays)
    events: { attribute: false, hasChanged: (next: readonly TimelineEvent[], prev?: readonly TimelineEvent[]) => !sameEvents(next, prev) },
    totalTicks: { type: Number },
    startYear: { type: Number },
    dt: { type: Number },
    disabled: { type: Boolean },
    width: { state: true },
    open: { state: true },
  };

  declare events: readonly TimelineEvent[];
  declare totalTicks: number;
  declare startYear: number;
  declare dt: number;
  declare disabled: boolean;
  /** the row's width in px (measured) */
  declare width: number;
  /** the group whose list is open: the tick of its first event, or null */
  declare open: number | null;

  private readonly locale = new LocaleController(this);
  private readonly observer = new ResizeObserver(([entry]) => (this.width = entry.contentRect.width));

  constructor() {
    super();
    this.events = [];
    this.totalTicks = 0;
    this.startYear = 0;
    this.dt = 1 / 12;
    this.disabled = false;
    this.width = 0;
    this.open = null;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.observer.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer.disconnect();
    window.removeEventListener('pointerdown', this.onPointerDown, true);
  }

  override updated(changed: Map<PropertyKey, unknown>): void {
    if (!changed.has('open')) return;
    // an open list closes when the user clicks or taps anywhere else
    if (this.open !== null) window.addEventListener('pointerdown', this.onPointerDown, true);
    else window.removeEventListener('pointerdown', this.onPointerDown, true);
  }

  private onPointerDown = (e: PointerEvent) => {
    if (!e.composedPath().includes(this)) this.open = null;
  };

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('events')) this.open = null;
  }

  /** The accessible name of one event: its date and its label (or its type and level) in the current language. */
  eventName(e: TimelineEvent): string {
    const date = formatYearMonth(yearOfTick(e.tick, this.startYear, this.dt));
    return t('milestones.event', { date, label: e.label ? pick(e.label) : t('event.marker', { year: formatYear(e.year), level: t(`level.${e.level}`), type: t(`event.${e.type}`) }) });
  }

  override render() {
    if (this.events.length === 0 || !(this.totalTicks > 0) || !(this.width > 0)) return nothing;
    const fontPx = parseFloat(getComputedStyle(this).fontSize) || 14;
    const usable = Math.max(1, this.width - THUMB_PX);
    const xs = this.events.map((e) => THUMB_PX / 2 + (usable * Math.min(Math.max(e.tick, 0), this.totalTicks)) / this.totalTicks);
    const groups = groupMarks(xs, this.width, MARK_SPAN_EM * fontPx);
    return html`<div role="group" aria-label=${t('milestones.timeline')}>
      ${groups.map(({ members, x }) => {
        const events = members.map((j) => this.events[j]);
        const style = cssProps({ left: `${x}px`, 'max-width': `${MARK_SPAN_EM * fontPx - 4}px` });
        if (events.length === 1) {
          const e = events[0];
          return html`<button class="mark" style=${style} aria-label=${this.eventName(e)} title=${this.eventName(e)} ?disabled=${this.disabled} @click=${() => this.seek(e.tick)}>
            <span class="shape ${e.type}" aria-hidden="true"></span>${formatYear(e.year)} ${t(`event.short.${e.type}`)}
          </button>`;
        }
        const key = events[0].tick;
        const open = this.open === key;
        const name = t('milestones.groupName', { count: events.length, from: formatYear(events[0].year), to: formatYear(events[events.length - 1].year) });
        return html`<button
            class="mark group"
            style=${style}
            aria-label=${name}
            title=${name}
            data-key=${key}
            aria-expanded=${open ? 'true' : 'false'}
            ?disabled=${this.disabled}
            @click=${() => this.toggle(key)}
            @keydown=${this.onListKey}
          >
            <span class="shape" aria-hidden="true"></span>${formatYear(events[0].year)} · ${t('milestones.groupText', { count: events.length })}
          </button>
          ${open ? this.renderList(events, x) : nothing}`;
      })}
    </div>`;
  }

  private renderList(events: readonly TimelineEvent[], x: number) {
    // opens towards the row's wider side, so it stays on screen
    const side = x < this.width / 2 ? { left: `${Math.max(0, x - 40)}px` } : { right: `${Math.max(0, this.width - x - 40)}px` };
    return html`<ul class="list" style=${cssProps(side)} aria-label=${t('milestones.timeline')} @keydown=${this.onListKey}>
      ${events.map(
        (e) => html`<li>
          <button @click=${() => this.choose(e.tick)}><span class="shape ${e.type}" aria-hidden="true"></span>${this.eventName(e)}</button>
        </li>`,
      )}
    </ul>`;
  }

  private async toggle(key: number) {
    this.open = this.open === key ? null : key;
    if (this.open === null) return;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLButtonElement>('.list button')?.focus();
  }

  private onListKey = (e: KeyboardEvent) => {
    if (e.key !== 'Escape') return;
    e.preventDefault();
    e.stopPropagation();
    if (this.open !== null) void this.close(this.open);
  };

  /** Closes the list and gives the focus back to its marker. */
  private async close(key: number) {
    this.open = null;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLButtonElement>(`.mark[data-key="${key}"]`)?.focus();
  }

  private choose(tick: number) {
    const key = this.open;
    this.seek(tick);
    if (key !== null) void this.close(key);
  }

  private seek(tick: number) {
    this.dispatchEvent(new CustomEvent('idl-seek', { detail: { tick }, bubbles: true, composed: true }));
  }
}

/** The same event objects in the same order (a new run brings new objects: its events are new). */
function sameEvents(a: readonly TimelineEvent[], b: readonly TimelineEvent[] | undefined): boolean {
  return a === b || (!!b && a.length === b.length && a.every((e, i) => e === b[i]));
}

customElements.define('idl-event-marks', IdlEventMarks);

declare global {
  interface HTMLElementTagNameMap {
    'idl-event-marks': IdlEventMarks;
  }
}
