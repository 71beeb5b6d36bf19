import { fileURLToPath } from 'node:url';

/**
 * The team's real-format sample files live beside the project's root, in ../shared/fixtures
 * (read-only; CI lays a copy there too). Resolved from this file so tests run from any clone.
 */
export function fixturePath(name: 'linkedin-Connections.csv' | 'dayone-Journal.json'): string {
  return fileURLToPath(new URL(`../../shared/fixtures/${name}`, import.meta.url));
}
