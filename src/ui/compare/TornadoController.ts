import type { ReactiveControllerHost } from 'lit';
import type { TornadoData } from '../../compare/tornado/types.ts';
import type { TornadoRequest, TornadoRunner } from './browserTornadoRunner.ts';
import { RunController, type RunStatus } from './RunController.ts';

export type TornadoStatus = RunStatus;

/**
 * The tornado's model (a Lit reactive controller): runs one, reports progress in runs, cancels, and
 * keeps the last finished data on screen while a new one runs and after a cancel. The KPI shown is
 * the view's choice: the data hold every KPI, so changing it needs no new run.
 */
export class TornadoController extends RunController {
  data: TornadoData | null = null;
  /** the request of `data` */
  dataRequest: TornadoRequest | null = null;

  constructor(
    host: ReactiveControllerHost,
    private readonly runner: () => TornadoRunner,
  ) {
    super(host);
  }

  /** Runs `request` (a running tornado is cancelled first); the last finished ranking stays meanwhile and after a cancel. */
  run(request: TornadoRequest): Promise<void> {
    return this.runJob(
      0,
      (signal, onProgress) => this.runner()(request, { signal, onProgress }),
      (data) => {
        this.data = data;
        this.dataRequest = request;
      },
    );
  }
}
