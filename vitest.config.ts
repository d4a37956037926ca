import { defineConfig } from 'vitest/config';

// Three projects, fastest first:
// - unit: pure functions and the content data (no build needed);
// - site: the built HTML and JSON in dist/ (needs `astro build`);
// - browser: Chromium against dist/ served on loopback (needs the build; finds or installs the browser).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts', 'tests/data/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts'],
          globalSetup: ['tests/support/require-build.ts'],
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: [
            'tests/support/require-build.ts',
            'tests/support/provide-chromium.ts',
            'tests/support/serve-dist.ts',
          ],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // One Chromium at a time: the machines have two cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
