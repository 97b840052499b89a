import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Calls `onResize` when a component's drawing surface changes size, and once it first has one.
 * The observer starts after the first render (when the surface exists) and notifies outside Lit's
 * update cycle, so `onResize` may set reactive properties (a layout) without scheduling an update
 * from inside an update. Disconnected with the host, observed again when it is reattached.
 */
export class SurfaceObserver implements ReactiveController {
  private observer: ResizeObserver | null = null;

  constructor(
    host: ReactiveControllerHost,
    private readonly surface: () => HTMLElement,
    private readonly onResize: () => void,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    if (this.observer) return;
    this.observer = new ResizeObserver(() => this.onResize());
    this.observer.observe(this.surface());
  }

  hostConnected(): void {
    this.observer?.observe(this.surface());
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
  }
}
