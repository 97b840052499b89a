import { rmSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { buildApp } from './build-app.ts';
import { launchChromium } from './launch.ts';
import { serveStatic } from './static-server.ts';

/** What a script gets while the built app is served: the browser and the app's URL. */
export interface ServedApp {
  browser: Browser;
  /** the served app's URL, ending in the mount path and a slash */
  baseUrl: string;
}

/**
 * Builds the app into a temporary directory, serves it under `mount` and launches headless
 * Chromium, runs `run`, then closes the browser and the server and removes the directory — also
 * when `run` (or a step of the setup) throws, so a failed script leaves no server or temp build.
 */
export async function withServedApp<T>(run: (app: ServedApp) => Promise<T>, mount = '/'): Promise<T> {
  const dir = await buildApp();
  try {
    const server = await serveStatic(dir, mount);
    try {
      const browser = await launchChromium();
      try {
        return await run({ browser, baseUrl: server.url });
      } finally {
        await browser.close();
      }
    } finally {
      await server.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Runs a script's `main`; on failure prints only the message (no stack trace) and exits with 1. */
export function runMain(main: () => Promise<void>): void {
  main().catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
