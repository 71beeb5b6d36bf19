// Bundles the Electron main process and the preload into CommonJS files:
//   electron/main.ts    -> <outdir>/main.cjs
//   electron/preload.ts -> <outdir>/preload.cjs
// The preload must be one self-contained file: a sandboxed preload can require only 'electron'.
// Usage: node scripts/build-electron.mjs [--outdir DIR]   (default dist-electron)
import { build } from 'esbuild';
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

await Promise.all([
  build({ ...common, entryPoints: [path.join(root, 'electron/main.ts')], outfile: path.join(outdir, 'main.cjs') }),
  build({ ...common, entryPoints: [path.join(root, 'electron/preload.ts')], outfile: path.join(outdir, 'preload.cjs') }),
]);
console.log(`built ${path.relative(root, outdir) || '.'}/main.cjs and preload.cjs`);
