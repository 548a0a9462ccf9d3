import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    reporters: ['default', './tests/support/summary-reporter.ts'],
    // Build tests run `astro build`; one at a time keeps them within a 2-core machine and avoids
    // two builds writing the same .astro/ folder.
    fileParallelism: false,
    testTimeout: 180_000,
    hookTimeout: 300_000,
  },
});
