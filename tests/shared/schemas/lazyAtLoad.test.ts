import { describe, expect, it, vi } from 'vitest';

// Every read of zod's `z` by the modules below is counted: loading them must read none (no schema
// is built as a module loads); a parse then builds what it needs.
const reads = vi.hoisted(() => ({ n: 0 }));
vi.mock('zod', async (importOriginal) => {
  const zod = await importOriginal<typeof import('zod')>();
  const z = new Proxy(zod.z, { get: (target, key, receiver) => (reads.n++, Reflect.get(target, key, receiver)) });
  return { ...zod, z };
});

describe('the schema modules as they load', () => {
  it('build no schema until one is used', async () => {
    const schemas = await import('../../../shared/schemas');
    await import('../../../shared/schemas/quick');
    await import('../../../shared/aggregates/schema');
    await import('../../../shared/backup/format');
    await import('../../../shared/crypto/keyring');
    await import('../../../shared/search/snapshot');
    await import('../../../shared/search/storedEntry');
    await import('../../../shared/search/snapshotReader');
    await import('../../../shared/search/recordSchemas');
    expect(reads.n).toBe(0);
    expect(schemas.ThemeChoice.safeParse('dark').success).toBe(true);
    expect(reads.n).toBeGreaterThan(0);
  });
});
