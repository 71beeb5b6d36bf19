// Debian's Chromium and the flags this closed network needs (no sandbox as root, no GPU, no
// background calls home): one list for the e2e helpers (tests/e2e/browser.ts) and the benchmark
// (bench/run.mjs). Plain .mjs so the benchmark can import it without a TypeScript step.

/** The Chromium binary (CHROMIUM_PATH overrides it). */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Command-line flags for every headless Chromium we launch. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
