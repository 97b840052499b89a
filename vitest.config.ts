import { defineConfig } from 'vitest/config';

// Test projects. `unit` runs the pure and Node-side code; browser-mode component tests and the
// end-to-end test of the built app are added as further projects (see test/ui, test/e2e).
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
    ],
  },
});
