import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import { contentSecurityPolicyPlugin } from './scripts/cspPlugin';
import { WEB_HOST, WEB_PORT } from './scripts/web.mjs';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

// The renderer is built once and served two ways: from disk by the Electron shell (app://),
// and by `vite preview` on 127.0.0.1 in web mode. Relative base so both work.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), contentSecurityPolicyPlugin()],
  // The About section and backups name the app version (the desktop shell reports its own).
  define: { 'import.meta.env.VITE_APP_VERSION': JSON.stringify(version) },
  build: { outDir: '../dist', emptyOutDir: true, sourcemap: false, chunkSizeWarningLimit: 4000 },
  // Web mode's data belongs to its origin: one port of Sextant's own, never silently another.
  preview: { host: WEB_HOST, port: WEB_PORT, strictPort: true },
  server: { host: '127.0.0.1' },
});
