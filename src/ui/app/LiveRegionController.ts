import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** While the run plays, at most one announcement per this many ms (a screen reader needs time to speak it). */
export const LIVE_PLAYING_MS = 5000;
/** When the run stops moving (pause, step, scrub), announce after it has settled for this long (ms). */
export const LIVE_SETTLE_MS = 600;

/**
 * The text of the app's polite live region (year and adoption count), throttled: while playing,
 * every 5 s; otherwise once the value has settled, so scrubbing does not flood the screen reader.
 * The host renders `message` in an element with role="status".
 */
export class LiveRegionController implements ReactiveController {
  message = '';
  private pending = '';
  private lastAt = -Infinity;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    clearTimeout(this.timer);
  }

  /** Offers the current text; it is announced when the throttle allows. */
  offer(text: string, playing: boolean): void {
    if (text === this.pending) return;
    this.pending = text;
    clearTimeout(this.timer);
    const now = performance.now();
    const wait = playing ? Math.max(0, this.lastAt + LIVE_PLAYING_MS - now) : LIVE_SETTLE_MS;
    this.timer = setTimeout(() => this.flush(), wait);
  }

  private flush() {
    if (this.pending === this.message) return;
    this.message = this.pending;
    this.lastAt = performance.now();
    this.host.requestUpdate();
  }
}
