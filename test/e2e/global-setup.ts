import { rmSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { buildApp } from '../../scripts/browser/build-app.ts';
import { serveStatic } from '../../scripts/browser/static-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** URL of the built app, served under a sub-path by a static server */
    appUrl: string;
    /** directory of the build */
    appDir: string;
  }
}

/**
 * Builds the app once (vite build into a temporary directory, with the production CSP) and serves
 * it under a sub-path on 127.0.0.1 at a free port, as any static host would.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dir = await buildApp();
  const server = await serveStatic(dir, '/lab/idl/');
  project.provide('appUrl', server.url);
  project.provide('appDir', dir);
  return async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  };
}
