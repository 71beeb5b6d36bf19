import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import type { Connect, Plugin } from 'vite';
import { readFileSync } from 'node:fs';
import { contentSecurityPolicyPlugin } from './scripts/cspPlugin';
import { WEB_HOST, WEB_PORT } from './scripts/web.mjs';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

/**
 * POST /clear-site-data answers with Clear-Site-Data: "storage": after Delete all data the browser
 * removes this origin's storage files, where a deleted database's text would otherwise stay until
 * the storage engine compacts them.
 */
const clearSiteData: Connect.NextHandleFunction = (req, res, next) => {
  if (req.url !== '/clear-site-data') return next();
  if (req.method !== 'POST') {
    res.statusCode = 405;
    return res.end();
  }
  res.setHeader('Clear-Site-Data', '"storage"');
  res.statusCode = 204;
  res.end();
};
const eraseEndpoint: Plugin = {
  name: 'sextant-clear-site-data',
  configureServer: (server) => void server.middlewares.use(clearSiteData),
  configurePreviewServer: (server) => void server.middlewares.use(clearSiteData),
};

// The renderer is built once and served two ways: from disk by the Electron shell (app://),
// and by `vite preview` on 127.0.0.1 in web mode. Relative base so both work.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), contentSecurityPolicyPlugin(), eraseEndpoint],
  // The About section and backups name the app version (the desktop shell reports its own).
  define: { 'import.meta.env.VITE_APP_VERSION': JSON.stringify(version) },
  build: { outDir: '../dist', emptyOutDir: true, sourcemap: false, chunkSizeWarningLimit: 4000 },
  // Web mode's data belongs to its origin: one port of Sextant's own, never silently another.
  preview: { host: WEB_HOST, port: WEB_PORT, strictPort: true },
  server: { host: '127.0.0.1' },
});
