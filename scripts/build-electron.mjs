// Bundles the Electron main process and the preload into CommonJS files:
//   electron/main.ts    -> <outdir>/main.cjs
//   electron/preload.ts -> <outdir>/preload.cjs
// The preload must be one self-contained file: a sandboxed preload can require only 'electron'.
// Usage: node scripts/build-electron.mjs [--outdir DIR]   (default dist-electron)
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const flag = process.argv.indexOf('--outdir');
const outdir = path.resolve(root, flag > 0 && process.argv[flag + 1] ? process.argv[flag + 1] : 'dist-electron');

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node22',
  external: ['electron'],
  sourcemap: false,
  legalComments: 'none',
  logLevel: 'warning',
};

// The tray icon (background mode) travels inside main.cjs: build/ is not part of the package.
const trayIcon = `data:image/png;base64,${readFileSync(path.join(root, 'build/icons/256x256.png')).toString('base64')}`;

await Promise.all([
  build({
    ...common,
    entryPoints: [path.join(root, 'electron/main.ts')],
    outfile: path.join(outdir, 'main.cjs'),
    define: { __TRAY_ICON__: JSON.stringify(trayIcon) },
  }),
  build({ ...common, entryPoints: [path.join(root, 'electron/preload.ts')], outfile: path.join(outdir, 'preload.cjs') }),
]);
console.log(`built ${path.relative(root, outdir) || '.'}/main.cjs and preload.cjs`);
