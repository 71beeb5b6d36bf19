import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

let server: ChildProcess | undefined;

/** Serves the built renderer (dist/) with `vite preview` on a free loopback port. */
export async function setup(project: TestProject) {
  // SEXTANT_DIST lets parallel work trees build and test their own copy (default: dist/).
  const dist = process.env.SEXTANT_DIST ?? 'dist';
  if (!existsSync(`${dist}/index.html`)) throw new Error(`${dist}/ is missing: run \`npm run build:renderer\` before the end-to-end tests`);
  const port = await freePort();
  server = spawn(
    process.execPath,
    ['node_modules/vite/bin/vite.js', 'preview', '--outDir', resolve(dist), '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    { stdio: 'pipe' },
  );
  const url = `http://127.0.0.1:${port}/`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      const r = await fetch(url);
      if (r.ok) break;
    } catch {
      /* not up yet */
    }
    if (Date.now() > deadline) throw new Error(`vite preview did not start on ${url}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  project.provide('baseURL', url);
}

export async function teardown() {
  server?.kill();
}
