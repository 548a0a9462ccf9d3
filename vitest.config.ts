import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import BrowserFirstSequencer from './tests/support/browser-first-sequencer.ts';

export default defineConfig({
  // The import alias of tsconfig.json (@/lib/routes → src/lib/routes), which Astro and tsx read from there.
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  test: {
    globalSetup: ['./tests/support/global-setup.ts'],
    setupFiles: ['./tests/support/test-priority.ts'],
    reporters: ['default', './tests/support/summary-reporter.ts'],
    // Four test files at a time on two cores: most wait on Chromium or on a build much of the time.
    // A build is made once per run and shared (tests/support/build.ts), whichever file asks first;
    // the main process runs the builds (tests/support/global-setup.ts), ahead of the tests' own work
    // (tests/support/test-priority.ts).
    maxWorkers: 4,
    sequence: { sequencer: BrowserFirstSequencer },
    testTimeout: 180_000,
    hookTimeout: 300_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/**/*.dom.test.ts'],
          // Files share a worker's modules instead of importing them all again (half the suite's
          // time went there): no test here mocks a module or changes shared state.
          isolate: false,
        },
      },
      {
        extends: true,
        // Components and page scripts in a stand-in DOM, each file in its own module graph: they mock modules.
        test: { name: 'dom', include: ['tests/**/*.dom.test.ts', 'tests/**/*.dom.test.tsx'], environment: 'happy-dom' },
      },
    ],
  },
});
