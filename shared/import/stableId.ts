import { v5 } from 'uuid';

/**
 * Name-based UUIDs (RFC 4122 version 5: SHA-1 of namespace + name), so an imported record gets
 * the same id every time it is imported and a second import finds it instead of duplicating it.
 * SHA-1 is used here only as the RFC prescribes for ids, not for security.
 */

/** Sextant's namespace for ids derived from other apps' ids (a fixed, random UUID). */
export const IMPORT_NAMESPACE = '4f1a2b9e-7c3d-4e5f-9a8b-1c2d3e4f5a6b';

/** The UUID v5 of `name` in `namespace` (e.g. uuidV5('python.org', DNS namespace) = 886313e1-3b8a-5372-9b90-0c9aee199e5d). */
export function uuidV5(name: string, namespace: string = IMPORT_NAMESPACE): string {
  return v5(name, namespace);
}
