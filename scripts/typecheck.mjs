// Typechecks each layer with its own lib/types, so a wrong-layer import
// (DOM in shared/, Node in renderer/) is a compile error, then the whole tree.
import { spawnSync } from 'node:child_process';
const projects = ['shared/tsconfig.json', 'electron/tsconfig.json', 'renderer/tsconfig.json', 'tsconfig.json'];
for (const p of projects) {
  const r = spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', p, '--noEmit'], { stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`typecheck failed: ${p}`);
    process.exit(r.status ?? 1);
  }
}
console.log('typecheck ok:', projects.join(', '));
