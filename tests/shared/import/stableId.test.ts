import { describe, expect, it } from 'vitest';
import { IMPORT_NAMESPACE, uuidV5 } from '../../../shared/import/stableId';

// Values computed with the hand-written SHA-1 that stableId.ts used before it took `uuid`'s v5:
// imported records must keep their ids, or a second import would duplicate them.
describe('uuidV5 keeps the ids earlier versions gave', () => {
  it.each([
    ['dayone:6F2D1C0A9B8E4D7F8A1B2C3D4E5F6A7B', '52f2fffe-8ae1-5470-8ceb-ccfd8a2eccae'],
    ['dayone:2025-01-01T10:00:00Z:', 'edd85f53-fc21-5465-99e6-c204fc6e48ce'],
    ['linkedin:Ana Pérez 🚀', '7e9e2c96-59bd-5c41-a92e-1373d7edb487'],
    ['', '2c06a877-3294-5605-abeb-9343051f299e'],
    [`dayone:${'x'.repeat(100)}`, 'aef6ba86-823b-527a-9c34-b1699fd5dcb8'],
  ])('%j in the import namespace', (name, id) => {
    expect(uuidV5(name)).toBe(id);
    expect(uuidV5(name, IMPORT_NAMESPACE)).toBe(id);
  });

  it('follows RFC 4122 for another namespace (DNS)', () => {
    expect(uuidV5('python.org', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe('886313e1-3b8a-5372-9b90-0c9aee199e5d');
  });
});
