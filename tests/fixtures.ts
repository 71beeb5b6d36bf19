import { fileURLToPath } from 'node:url';

/**
 * The real-format sample files the import tests read, kept in the repository (tests/fixtures/) so
 * a plain clone passes its tests. Resolved from this file so tests run from any directory.
 */
export function fixturePath(name: 'linkedin-Connections.csv' | 'dayone-Journal.json'): string {
  return fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
}
