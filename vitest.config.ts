import { defineConfig } from 'vitest/config';
import { playwright } from '@vitest/browser-playwright';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/browser/chromium-args.ts';

// Test projects. `unit` runs the pure and Node-side code; `browser` runs the component tests
// (test/ui) in Vitest browser mode in Chromium; `e2e` builds the app and drives it with
// playwright-core (test/e2e).
export default defineConfig({
  test: {
    // The default report, then one plain `tests: N passed, N failed` line for CI to read.
    reporters: ['default', './test/support/summaryLineReporter.ts'],
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: ['test/ui/**', 'test/e2e/**', '**/node_modules/**'],
          environment: 'node',
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['test/ui/**/*.test.ts'],
          testTimeout: 30_000,
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({
              launchOptions: { executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] },
            }),
            instances: [{ browser: 'chromium' }],
            // One page runs all files in turn: 2 shared cores, and each file is small.
            fileParallelism: false,
            screenshotFailures: false,
          },
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          // Builds the app once and serves it; the tests share one browser page in order.
          globalSetup: ['test/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
