import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  test: {
    projects: [
      {
        // Pure code, DOM code (jsdom per file via `// @vitest-environment jsdom`), Dexie, golden fixtures.
        plugins: [WxtVitest(), preact()],
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/golden/**/*.test.{ts,tsx}'],
          environment: 'node',
          setupFiles: ['fake-indexeddb/auto', 'tests/support/settle-paint.ts'],
          // Property tests that parse hundreds of pages take 3–7 s on a busy two-core machine.
          testTimeout: 30_000,
        },
      },
      {
        // Checks on the built extension in .output/ (run after `npm run build`).
        test: { name: 'build', include: ['tests/build/**/*.test.ts'], environment: 'node' },
      },
      {
        // Real browsers from apt, loading the built extension.
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 90_000,
          hookTimeout: 90_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
