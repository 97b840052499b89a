import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Tracks the rendered width of its host element (CSS pixels) with a ResizeObserver and asks the host
 * to update when it changes by more than 2 px — for components that draw D3 charts at their own width.
 */
export class WidthController implements ReactiveController {
  /** the host's current content width, in CSS pixels (`initial` until first measured) */
  width: number;
  private observer: ResizeObserver | null = null;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    initial: number,
  ) {
    this.width = initial;
    host.addController(this);
  }

  hostConnected(): void {
    this.observer = new ResizeObserver((entries) => {
      const w = Math.round(entries[0].contentRect.width);
      if (w > 0 && Math.abs(w - this.width) > 2) {
        // Redraw in the next frame, not inside the observer's callback: the redraw changes the
        // host's height, which would otherwise re-trigger the observer in the same frame.
        requestAnimationFrame(() => {
          this.width = w;
          this.host.requestUpdate();
        });
      }
    });
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = null;
  }
}
