import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import type { Connect, Plugin } from 'vite';
import { readFileSync } from 'node:fs';
import { contentSecurityPolicyPlugin } from './scripts/cspPlugin.ts';
import { routePreloadPlugin } from './scripts/routePreload.ts';
import { WEB_HOST, WEB_PORT } from './scripts/web.mjs';
import { DB_NAME } from './renderer/data/dbName.ts';
import { searchWorkerName } from './renderer/data/searchWorkerName.ts';

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

const pkg = (names: string) => new RegExp(`[\\\\/]node_modules[\\\\/](?:${names})[\\\\/]`);
// Which third-party packages go in which named chunk (a chunk is still loaded only by the screens
// that import it: the charts chunk stays out of the first screen).
const VENDOR_CHUNKS = [
  { name: 'react', test: pkg('react|react-dom|scheduler') },
  { name: 'router', test: pkg('react-router|cookie|set-cookie-parser') },
  { name: 'dexie', test: pkg('dexie|dexie-react-hooks') },
  { name: 'zod', test: pkg('zod') },
  {
    name: 'markdown',
    test: pkg(
      'react-markdown|remark-[^\\\\/]+|rehype-[^\\\\/]+|micromark[^\\\\/]*|mdast-[^\\\\/]+|hast-[^\\\\/]+|unist-[^\\\\/]+|unified|vfile[^\\\\/]*|bail|trough|devlop|is-plain-obj|property-information|space-separated-tokens|comma-separated-tokens|html-url-attributes|decode-named-character-reference|character-entities[^\\\\/]*|ccount|trim-lines|zwitch|longest-streak|estree-util-[^\\\\/]+|style-to-[^\\\\/]+|inline-style-parser',
    ),
  },
  {
    name: 'charts',
    test: pkg(
      'recharts|d3-[^\\\\/]+|victory-vendor|internmap|@reduxjs|redux|reselect|immer|es-toolkit|eventemitter3|decimal\\.js-light|tiny-invariant|clsx',
    ),
  },
  { name: 'search', test: pkg('minisearch') },
  { name: 'zip', test: pkg('fflate') },
  { name: 'csv', test: pkg('papaparse') },
  { name: 'virtual', test: pkg('@tanstack') },
  { name: 'uuid', test: pkg('uuid') },
  // The app's own database layer (schema and id helpers), shared by most screens.
  { name: 'database', test: /[\\/]renderer[\\/]data[\\/](?:db|ids)\.ts$/ },
];

// The renderer is built once and served two ways: from disk by the Electron shell (app://),
// and by `vite preview` on 127.0.0.1 in web mode. Relative base so both work.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [
    react(),
    contentSecurityPolicyPlugin(),
    // The plan's preview (and the Markdown library) is imported once the plan has content: fetched with the screen.
    // The journal's entry pages (reader, forms) have their own chunks too: fetched from the start on their addresses.
    routePreloadPlugin({
      parts: { '/plan/*': ['renderer/features/plan/PlanDocument.tsx', 'renderer/features/plan/PlanPrintView.tsx'] },
      nested: [{ file: 'renderer/features/journal/JournalRoutes.tsx', base: '/journal' }],
      // A start on Search makes the search worker from the boot script, named for the journal (issue 12).
      workers: [{ path: '/search', source: 'renderer/data/search.worker.ts', name: searchWorkerName(DB_NAME) }],
    }),
    eraseEndpoint,
  ],
  // The About section and backups name the app version (the desktop shell reports its own).
  define: { 'import.meta.env.VITE_APP_VERSION': JSON.stringify(version) },
  build: {
    outDir: '../dist',
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 4000,
    // Vendor chunks named for what they hold (left to itself, rolldown names a shared chunk after
    // one of its modules: Dexie's came out as "ids").
    rolldownOptions: { output: { codeSplitting: { groups: VENDOR_CHUNKS } } },
  },
  // Workers as ES modules (every worker is made with `type: 'module'`): a worker's code can then be
  // split, so the search worker's own script holds no zod and loads it only for a row its quick
  // checks refuse (renderer/data/searchWorkerSchemas.ts; issue 12).
  worker: { format: 'es' },
  // Web mode's data belongs to its origin: one port of Sextant's own, never silently another.
  preview: { host: WEB_HOST, port: WEB_PORT, strictPort: true },
  server: { host: '127.0.0.1' },
});
