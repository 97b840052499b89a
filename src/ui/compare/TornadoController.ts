import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { TornadoData } from '../../compare/tornado/types.ts';
import type { TornadoRequest, TornadoRunner } from './browserTornadoRunner.ts';

export type TornadoStatus = 'idle' | 'running' | 'done' | 'cancelled' | 'errored';

/**
 * The tornado's model (a Lit reactive controller): runs one, reports progress in runs, cancels, and
 * keeps the last finished data on screen while a new one runs and after a cancel. The KPI shown is
 * the view's choice: the data hold every KPI, so changing it needs no new run.
 */
export class TornadoController implements ReactiveController {
  status: TornadoStatus = 'idle';
  data: TornadoData | null = null;
  /** the request of `data` */
  dataRequest: TornadoRequest | null = null;
  done = 0;
  total = 0;
  error = '';
  private startedAt = 0;
  private endedAt = 0;
  private stopper: AbortController | null = null;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly runner: () => TornadoRunner,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.cancel();
  }

  elapsedMs(): number {
    return (this.status === 'running' ? performance.now() : this.endedAt) - this.startedAt;
  }

  /** Runs `request` (a running tornado is cancelled first). */
  async run(request: TornadoRequest): Promise<void> {
    this.stopper?.abort();
    const stopper = new AbortController();
    this.stopper = stopper;
    Object.assign(this, { status: 'running', error: '', done: 0, total: 0, startedAt: performance.now() });
    this.host.requestUpdate();
    try {
      const data = await this.runner()(request, {
        signal: stopper.signal,
        onProgress: (done, total) => {
          if (this.stopper !== stopper) return;
          Object.assign(this, { done, total });
          this.host.requestUpdate();
        },
      });
      if (this.stopper !== stopper) return; // a newer run took over
      if (data) Object.assign(this, { data, dataRequest: request, status: 'done' });
      else this.status = 'cancelled';
    } catch (e) {
      if (this.stopper !== stopper) return;
      Object.assign(this, { status: 'errored', error: e instanceof Error ? e.message : String(e) });
    } finally {
      if (this.stopper === stopper) {
        this.stopper = null;
        this.endedAt = performance.now();
        this.host.requestUpdate();
      }
    }
  }

  /** Stops the running tornado now; the last finished ranking stays. */
  cancel(): void {
    this.stopper?.abort();
  }
}
