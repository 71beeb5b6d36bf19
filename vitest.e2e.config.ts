import { defineConfig } from 'vitest/config';

// End-to-end: headless Debian Chromium (playwright-core) drives the built web mode (dist/),
// served by `vite preview` on 127.0.0.1. One file at a time: the machine has two cores.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    globalSetup: ['tests/e2e/globalSetup.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 60_000,
    // expect.poll waits for the UI to settle (a screen's code loads on first visit): give it as
    // long as Playwright's own waits on a busy two-core machine, not vitest's default 1 s.
    expect: { poll: { timeout: 15_000, interval: 50 } },
  },
});
