import { defineConfig } from 'vitest/config';
import { playwright } from '@vitest/browser-playwright';

// Chromium flags for a headless, offline, sandbox-less CI machine (Debian's /usr/bin/chromium).
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

// Test projects. `unit` runs the pure and Node-side code; `browser` runs the component tests
// (test/ui) in Vitest browser mode in Chromium; `e2e` builds the app and drives it with
// playwright-core (test/e2e).
export default defineConfig({
  test: {
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
              launchOptions: { executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS },
            }),
            instances: [{ browser: 'chromium' }],
            // One page runs all files in turn: 2 shared cores, and each file is small.
            fileParallelism: false,
            screenshotFailures: false,
          },
        },
      },
    ],
  },
});
