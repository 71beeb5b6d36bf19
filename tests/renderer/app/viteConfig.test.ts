import path from 'node:path';
import { createLogger, loadConfigFromFile } from 'vite';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../..');

describe('vite.config.ts', () => {
  it('loads without a warning (every relative import it makes, and its scripts make, names its file)', async () => {
    const warnings: string[] = [];
    const logger = createLogger('warn');
    logger.warn = (message) => void warnings.push(message);
    logger.warnOnce = (message) => void warnings.push(message);
    const loaded = await loadConfigFromFile(
      { command: 'build', mode: 'production' },
      path.join(root, 'vite.config.ts'),
      root,
      'warn',
      logger,
      'bundle',
    );
    // The positive signal: the config was read (its plugins and its own root).
    expect(loaded?.config.root).toBe('renderer');
    expect(loaded?.dependencies.map((d) => path.relative(root, d)).sort()).toEqual(
      expect.arrayContaining(['scripts/cspPlugin.ts', 'scripts/routePreload.ts', 'shared/security/csp.ts']),
    );
    expect(warnings).toEqual([]);
  });
});
