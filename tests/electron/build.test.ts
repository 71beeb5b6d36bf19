import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');

describe('scripts/build-electron.mjs', () => {
  let outdir: string;
  beforeAll(() => {
    outdir = mkdtempSync(path.join(os.tmpdir(), 'sextant-build-'));
    const run = spawnSync(process.execPath, [path.join(root, 'scripts/build-electron.mjs'), '--outdir', outdir], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });
  afterAll(() => rmSync(outdir, { recursive: true, force: true }));

  const requires = (file: string) =>
    [...readFileSync(path.join(outdir, file), 'utf8').matchAll(/\brequire\(\s*(["'`])([^"'`]*)\1\s*\)/g)].map((m) => m[2]!);

  it('bundles the preload into one file that requires nothing but electron', () => {
    const source = readFileSync(path.join(outdir, 'preload.cjs'), 'utf8');
    expect(new Set(requires('preload.cjs'))).toEqual(new Set(['electron']));
    // No dynamic require either: every require( call is one of the literal ones above.
    expect(source.match(/\brequire\(/g)!.length).toBe(requires('preload.cjs').length);
    expect(source).toContain('exposeInMainWorld("sextant"');
  });

  it('bundles main as CommonJS with electron left external and zod inlined', () => {
    const deps = new Set(requires('main.cjs'));
    expect(deps.has('electron')).toBe(true);
    expect([...deps].filter((d) => d !== 'electron' && !d.startsWith('node:'))).toEqual([]);
    expect(readFileSync(path.join(outdir, 'main.cjs'), 'utf8')).toContain('registerSchemesAsPrivileged');
  });
});
