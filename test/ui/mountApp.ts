import '../../src/ui/app/idl-app.ts';
import type { IdlApp } from '../../src/ui/app/idl-app.ts';
import { connectInline } from '../../src/ui/controllers/serviceConnection.ts';
import { createSimulationService } from '../../src/service/index.ts';

/** Polls `cond` every 20 ms until it holds; throws after `ms`. */
export async function until(cond: () => boolean, ms = 20_000): Promise<void> {
  const t0 = performance.now();
  while (!cond()) {
    if (performance.now() - t0 > ms) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** A fresh shell (it opens paused), with an in-page service reading `dataPath` of the dev server; `useUrl` as the page has it. */
export function createApp(dataPath: string, useUrl: boolean): IdlApp {
  document.body.replaceChildren();
  const app = document.createElement('idl-app') as IdlApp;
  app.dataBaseUrl = location.origin + dataPath;
  app.useUrl = useUrl;
  app.connectService = () => connectInline(createSimulationService());
  document.body.append(app);
  return app;
}

/**
 * The shell with an in-page service reading the dev server's public files (the worker path is
 * covered end to end), not playing and not touching the URL; resolves once the run and the map are there.
 */
export async function mountApp(): Promise<IdlApp> {
  const app = createApp('/', false);
  await until(() => app.sim.status === 'ready' && !!app.shadowRoot?.querySelector('idl-map') && app.sim.presets.length > 0);
  await app.updateComplete;
  return app;
}
