/**
 * Test processes run at a lower CPU priority than the builds they wait for (run by the main process:
 * tests/support/build.ts), and so does the Chromium they start. On a 2-core machine a build that
 * shares the CPU evenly with browser tests holds up every file that needs it.
 */
import { setPriority } from 'node:os';

try {
  setPriority(19);
} catch {
  // Not allowed here (some sandboxes): the tests only run slower.
}
