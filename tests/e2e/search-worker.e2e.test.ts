import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// The search worker as built (issue 12): its own script holds no zod, which it imports on demand
// (renderer/data/searchWorkerSchemas.ts) only for a row its quick checks refuse or a saved index;
// the boot script makes it on a start on #/search.
const dist = process.env.SEXTANT_DIST ?? 'dist';
const assets = readdirSync(resolve(dist, 'assets'));
const read = (file: string) => readFileSync(resolve(dist, 'assets', file), 'utf8');
const ZOD = '$ZodType'; // in zod's own code, whatever the minifier renames

describe('the built search worker', () => {
  const workers = assets.filter((f) => /^search\.worker-[\w-]+\.js$/.test(f));

  it('is one ES module without zod, importing its schemas (with zod) only on demand', () => {
    expect(workers).toHaveLength(1);
    const worker = read(workers[0]!);
    expect(worker).not.toContain(ZOD);
    // No static import at all: everything it needs at start is in its own file.
    expect(worker).not.toMatch(/^import\b|[;}]import\s*[{*\w]/m);
    const lazy = [...worker.matchAll(/import\(\s*[`'"]\.\/(searchWorkerSchemas-[\w-]+\.js)[`'"]\s*\)/g)].map((m) => m[1]!);
    expect(lazy).toHaveLength(1);
    expect(read(lazy[0]!)).toContain(ZOD);
  });

  it('is made by the boot script, named for the journal', () => {
    const boot = assets.find((f) => /^theme-boot-[\w-]{8}\.js$/.test(f))!;
    const script = read(boot);
    expect(script).toContain(`"/search", new URL("${workers[0]}"`);
    expect(script).toContain('"sextant-search:sextant"');
  });
});
