import { chromium, type Browser, type ConsoleMessage, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium-args.ts';

/** Headless Debian Chromium through playwright-core (no downloaded browsers). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: [...CHROMIUM_ARGS] });
}

/**
 * Collects what a user's console would show as errors: console.error messages (CSP violations are
 * reported there too), uncaught exceptions and failed requests. Call before navigating.
 */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m: ConsoleMessage) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => {
    const reason = r.failure()?.errorText ?? '';
    // A request cancelled because the page navigated away or reloaded (the browser's own favicon
    // request, say, when a test reloads right after a load) is no error a user sees: Chromium reports
    // it as net::ERR_ABORTED. Refused, unreachable or blocked requests keep their own codes.
    if (reason === 'net::ERR_ABORTED') return;
    errors.push(`request failed: ${r.url()} ${reason}`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400) errors.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  return errors;
}
