import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  build: { files: string[]; asar: boolean; extraResources?: unknown; extraFiles?: unknown };
};

// electron-builder copies every production dependency (and what it depends on) into
// app.asar/node_modules, whatever `build.files` says. The renderer's libraries are bundled by
// Vite into dist/, and main and preload by esbuild into dist-electron/ (electron and Node
// built-ins only; tests/electron/build.test.ts checks that), so the app needs no node_modules.
describe('what the installer packages', () => {
  it('has no production dependencies, so no node_modules folder is packaged', () => {
    expect(pkg.dependencies ?? {}).toEqual({});
  });

  it('keeps electron and the bundled libraries as devDependencies', () => {
    const dev = Object.keys(pkg.devDependencies ?? {});
    for (const name of ['electron', 'react', 'react-dom', 'dexie', 'zod', 'recharts']) expect(dev).toContain(name);
  });

  it('lists only the built app and the manifest as packaged files', () => {
    expect(pkg.build.asar).toBe(true);
    expect([...pkg.build.files].sort()).toEqual(['dist-electron/**', 'dist/**', 'package.json']);
    expect(pkg.build.files.some((f) => f.includes('node_modules'))).toBe(false);
    expect(pkg.build.extraResources).toBeUndefined();
    expect(pkg.build.extraFiles).toBeUndefined();
  });
});
