// `npm run web`: serves the built renderer on Sextant's own address. Web mode's journal lives in
// the browser's storage for that exact origin, so the port never moves: if it is taken, say so
// and stop instead of silently opening an empty journal on another port.
import { spawn } from 'node:child_process';
import net from 'node:net';
import { fileURLToPath } from 'node:url';

/** Web mode's address. Not 4173 (every `vite preview` on the machine defaults to it). */
export const WEB_HOST = '127.0.0.1';
export const WEB_PORT = 47_815;

/** The message shown when another program holds web mode's port. */
export function portBusyMessage(port = WEB_PORT, host = WEB_HOST) {
  return [
    `Sextant can't start web mode: http://${host}:${port}/ is already in use by another program.`,
    `Your web-mode journal belongs to that exact address, so Sextant won't move to another port (it would show an empty journal).`,
    `Close the other program (or the other copy of Sextant) and run npm run web again.`,
  ].join('\n');
}

/** Resolves true when nothing listens on host:port. */
export function isPortFree(port = WEB_PORT, host = WEB_HOST) {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once('error', () => resolve(false));
    probe.listen({ port, host, exclusive: true }, () => probe.close(() => resolve(true)));
  });
}

async function main() {
  if (!(await isPortFree())) {
    console.error(portBusyMessage());
    process.exit(1);
  }
  const vite = fileURLToPath(new URL('../node_modules/vite/bin/vite.js', import.meta.url));
  const child = spawn(process.execPath, [vite, 'preview', '--host', WEB_HOST, '--port', String(WEB_PORT), '--strictPort'], {
    stdio: 'inherit',
  });
  child.on('exit', (code) => process.exit(code ?? 1));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
