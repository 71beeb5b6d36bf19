import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { posix, resolve } from 'node:path';
import type { Plugin } from 'vite';

/**
 * A cold start straight onto a screen loaded on demand (#/plan, #/skills, …) used to fetch that
 * screen's code only once the main chunk had arrived and run: a waterfall. This build step adds to
 * the classic script index.html runs first (theme-boot.js; no inline script: the CSP allows only
 * 'self') each lazy route's files and a few lines that, from the address's hash, add
 * <link rel="modulepreload"> (and a style preload) for the current route's chunk and the chunks
 * it imports, while the main chunk is still being fetched. The main chunk's own import() then
 * finds them fetched and parsed (Vite's preload helper skips a file already linked). Home and the
 * journal's timeline, in the main chunk, get nothing added.
 */

/** One lazy route: its react-router path (as in routes.tsx) and the module its screen is imported from. */
export interface LazyRouteModule {
  path: string;
  /** The specifier of the dynamic import, as written in routes.tsx (relative to it). */
  specifier: string;
}

/**
 * The lazy routes of routes.tsx, read from its source: each `const X = lazyScreen(() =>
 * import('…'), …)` and the route whose element is `<X />`. Throws when a lazy screen is not the
 * element of exactly one route, so a route added another way is a build error, not a silent miss.
 */
export function lazyRouteModules(source: string): LazyRouteModule[] {
  const screens = new Map<string, string>();
  for (const m of source.matchAll(/const\s+(\w+)\s*=\s*lazyScreen\(\s*\(\)\s*=>\s*import\(\s*'([^']+)'\s*\)/g)) screens.set(m[1]!, m[2]!);
  const imports = [...source.matchAll(/\bimport\(/g)].length;
  if (imports !== screens.size)
    throw new Error(
      `routes.tsx: ${imports} dynamic imports but ${screens.size} are of the form "const X = lazyScreen(() => import('…'), …)"`,
    );
  const routes: LazyRouteModule[] = [];
  for (const [name, specifier] of screens) {
    const paths = [...source.matchAll(new RegExp(`\\{\\s*path:\\s*'([^']+)',\\s*element:\\s*<${name}\\s*/>`, 'g'))].map((m) => m[1]!);
    if (paths.length !== 1) throw new Error(`routes.tsx: the lazy screen ${name} is the element of ${paths.length} routes (expected 1)`);
    routes.push({ path: paths[0]!, specifier });
  }
  return routes;
}

/**
 * The screens of a feature's own routes (`file`, mounted at `base`, e.g. the journal's entry pages
 * under /journal), read from its source: each `const X = lazyScreen(() => import('…'), …)` and the
 * pattern its preload function matches, `if (… matchPath('new/:kind', rest)) return X.preload();`,
 * in that order (the first match wins, as there). Throws when a lazy screen has no such line.
 */
export function nestedRouteModules(source: string, base: string): LazyRouteModule[] {
  const screens = new Map<string, string>();
  for (const m of source.matchAll(/const\s+(\w+)\s*=\s*lazyScreen\(\s*\(\)\s*=>\s*import\(\s*'([^']+)'\s*\)/g)) screens.set(m[1]!, m[2]!);
  const routes: LazyRouteModule[] = [];
  const matched = new Set<string>();
  for (const m of source.matchAll(/matchPath\(\s*'([^']+)',\s*rest\s*\)\)\s*return\s+(\w+)\.preload\(\)/g)) {
    const specifier = screens.get(m[2]!);
    if (!specifier) throw new Error(`${base}: ${m[2]} is not a lazy screen of this file`);
    matched.add(m[2]!);
    routes.push({ path: `${base}/${m[1]!}`, specifier });
  }
  for (const name of screens.keys())
    if (!matched.has(name))
      throw new Error(`${base}: the lazy screen ${name} has no "matchPath('…', rest)) return ${name}.preload()" line`);
  return routes;
}

/** The parts of an output chunk this step reads (rolldown's OutputChunk, plus Vite's CSS metadata). */
export interface BundleChunk {
  type: 'chunk';
  fileName: string;
  isEntry: boolean;
  facadeModuleId: string | null;
  imports: string[];
  viteMetadata?: { importedCss: Set<string> };
}
type BundleItem = BundleChunk | { type: 'asset'; fileName: string };

/** Route path -> files to preload, relative to the build's root (a chunk first, then its imports, then CSS). */
export type RoutePreloadMap = [path: string, files: string[]][];

/**
 * For each lazy route, the files its screen needs beyond what index.html already preloads: its
 * chunk, every chunk it imports statically (transitively) that the entry does not, and their CSS.
 * `moduleIds`: route path -> the resolved module id of its screen. `partIds`: route path -> the
 * module ids of parts the screen imports on demand but shows on most visits (the plan's preview):
 * their chunks and imports are fetched too (a module preload fetches and compiles, it does not run
 * the code, so an empty state still evaluates none of it).
 */
export function routePreloadMap(
  bundle: Record<string, BundleItem>,
  moduleIds: Map<string, string>,
  partIds: Map<string, string[]> = new Map(),
): RoutePreloadMap {
  const chunks = Object.values(bundle).filter((c): c is BundleChunk => c.type === 'chunk');
  const byFile = new Map(chunks.map((c) => [c.fileName, c]));
  const closure = (...start: BundleChunk[]) => {
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const f of byFile.get(file)?.imports ?? []) visit(f);
    };
    for (const c of start) visit(c.fileName);
    return seen;
  };
  const chunkOf = (path: string, id: string) => {
    const chunk = chunks.find((c) => c.facadeModuleId === id);
    if (!chunk) throw new Error(`route preload: no chunk for ${path} (${id})`);
    return chunk;
  };
  const entries = chunks.filter((c) => c.isEntry);
  if (entries.length === 0) throw new Error('route preload: the bundle has no entry chunk');
  const atStart = new Set(entries.flatMap((c) => [...closure(c)]));
  return [...moduleIds].map(([path, id]) => {
    const parts = (partIds.get(path) ?? []).map((part) => chunkOf(path, part));
    const files = [...closure(chunkOf(path, id), ...parts)].filter((f) => !atStart.has(f));
    const css = files.flatMap((f) => [...(byFile.get(f)?.viteMetadata?.importedCss ?? [])]);
    return [path, [...files, ...css]];
  });
}

/**
 * Runs in the page (serialised into the emitted script, so it uses nothing from outside): adds the
 * preload links for the route at the address's hash. `base`: the URL the files are relative to (the script's own, at the build's root).
 */
export function preloadCurrentRoute(map: RoutePreloadMap, hash: string, base: string, doc: Document): void {
  // As react-router matches: segment by segment, ":name" any one non-empty segment, a final "*" the rest.
  const segments = (hash.slice(1).split('?')[0] || '/').split('/');
  for (const [pattern, files] of map) {
    const parts = pattern.split('/');
    const wild = parts[parts.length - 1] === '*';
    const fixed = wild ? parts.slice(0, -1) : parts;
    if (wild ? segments.length < fixed.length : segments.length !== fixed.length) continue;
    if (!fixed.every((p, i) => (p.startsWith(':') ? segments[i] !== '' : p === segments[i]))) continue;
    for (const file of files) {
      const link = doc.createElement('link');
      if (file.endsWith('.css')) {
        link.rel = 'preload';
        link.setAttribute('as', 'style');
      } else link.rel = 'modulepreload';
      // As Vite's own links and its preload helper: the same request mode, so the fetch is reused.
      link.crossOrigin = '';
      link.href = new URL(file, base).href;
      link.dataset.routePreload = pattern;
      doc.head.appendChild(link);
    }
    return;
  }
}

/**
 * The preload as a statement of a classic script: the map and the function above, run at once.
 * The files are relative to the script's address, or, without `document.currentScript`, to the
 * folder `dir` below the page's address (the script's folder in the build).
 */
export function routePreloadScript(map: RoutePreloadMap, dir = ''): string {
  const fallback = `new URL(${JSON.stringify(dir ? `./${dir}/` : './')}, location.href).href`;
  return `// Added by scripts/routePreload.ts: preloads the current route's code (see there).
(${preloadCurrentRoute.toString()})(${JSON.stringify(map)}, location.hash, document.currentScript ? document.currentScript.src : ${fallback}, document);
`;
}

/** A worker the boot script makes on a start at `path` (see startWorkerAtRoute). */
export interface EarlyWorker {
  /** A route path as in routes.tsx, matched exactly (a query after it allowed). */
  path: string;
  /** The worker's script in the build, relative to the build's root (assets/search.worker-….js). */
  file: string;
  /** Its Worker `name`. */
  name: string;
}

/** What the boot script leaves for the app to adopt (renderer/data/searchIndex.ts): the worker, its name, and whether it failed meanwhile. */
export interface EarlyWorkerMade {
  worker: Worker;
  name: string;
  failed: boolean;
}

/**
 * Runs in the page (serialised into the boot script): on a start at `path`, makes the module worker
 * at `url` now, while the main chunk is fetched and run, and leaves it in `win.sextantEarlyWorker`
 * (an error meanwhile is noted: the app then makes another). The search worker begins reading the
 * journal as soon as its script runs (it is named for it), so a start on Search no longer waits
 * for the main chunk before that (issue 12).
 */
export function startWorkerAtRoute(path: string, url: string, name: string, hash: string, win: Window): void {
  if ((hash.slice(1).split('?')[0] || '/') !== path) return;
  try {
    const made: EarlyWorkerMade = { worker: new Worker(url, { type: 'module', name }), name, failed: false };
    made.worker.onerror = () => void (made.failed = true);
    win.sextantEarlyWorker = made;
  } catch {
    // No workers here: the app makes its own, or indexes in the page.
  }
}

/** The statement of the boot script that runs startWorkerAtRoute (`file` relative to the script's folder, `dir` as for routePreloadScript). */
export function earlyWorkerScript({ path, file, name }: EarlyWorker, dir = ''): string {
  const fallback = `new URL(${JSON.stringify(dir ? `./${dir}/` : './')}, location.href).href`;
  const base = `document.currentScript ? document.currentScript.src : ${fallback}`;
  return `// Added by scripts/routePreload.ts: a start on ${path} makes its worker now (see there).
(${startWorkerAtRoute.toString()})(${JSON.stringify(path)}, new URL(${JSON.stringify(file)}, ${base}).href, ${JSON.stringify(name)}, location.hash, window);
`;
}

/** The build's file of the worker whose source is `source` (e.g. renderer/data/search.worker.ts): assets/search.worker-<hash>.js. */
export function workerFile(bundle: Record<string, BundleItem>, source: string): string {
  const stem = posix.basename(source).replace(/\.[cm]?[jt]sx?$/, '');
  const files = Object.keys(bundle).filter((f) => new RegExp(`^assets/${stem.replace(/\./g, '\\.')}-[\\w-]+\\.js$`).test(f));
  if (files.length !== 1) throw new Error(`route preload: ${files.length} files for the worker ${source} (expected 1)`);
  return files[0]!;
}

/**
 * The boot script as the build writes it: `source` (renderer/theme-boot.js) with the preload of
 * `map` (files relative to the build's root) appended, under a name that changes with its content,
 * in assets/ beside the chunks (`fileName`). A start asks for the boot script every time; under a
 * fixed name it could not be cached, so it came from the server after every chunk had come from
 * the browser's cache, and the route's files were requested late (see the README, issue 12). The
 * map is written relative to the script's own folder, as the page resolves it against the script's
 * address.
 */
export function bootScript(source: string, map: RoutePreloadMap, workers: EarlyWorker[] = []): { fileName: string; source: string } {
  const dir = 'assets';
  const relative: RoutePreloadMap = map.map(([path, files]) => [path, files.map((f) => posix.relative(dir, f))]);
  const started = workers.map((w) => earlyWorkerScript({ ...w, file: posix.relative(dir, w.file) }, dir)).join('');
  const text = `${source}\n${routePreloadScript(relative, dir)}${started}`;
  const hash = createHash('sha256').update(text).digest('base64url').slice(0, 8);
  return { fileName: `${dir}/theme-boot-${hash}.js`, source: text };
}

/** index.html's boot script tag, as written in renderer/index.html. */
const BOOT_SRC = 'src="./theme-boot.js"';

/**
 * The Vite plugin (build only). The preload runs in the classic script index.html already loads
 * first, renderer/theme-boot.js (which sets the theme before the first paint): the build writes
 * it with the preload appended (bootScript: a hashed name in assets/, so the browser caches it like
 * the chunks) and points index.html at it, so a start gains no request and the route's files are
 * requested as soon as that script runs, while the main chunk is fetched (the script is async and
 * render-blocking: it holds the first paint, not the parser). In dev mode Vite serves
 * renderer/theme-boot.js as it is (no preload).
 */
export function routePreloadPlugin({
  routesFile = resolve('renderer/app/routes.tsx'),
  bootFile = resolve('renderer/theme-boot.js'),
  parts = {},
  nested = [],
  workers = [],
}: {
  routesFile?: string;
  bootFile?: string;
  /** Route path -> files (from the project's root) of parts its screen loads on demand, fetched with it: see routePreloadMap. */
  parts?: Record<string, string[]>;
  /** Features with lazy screens of their own, mounted at `base` in routes.tsx: see nestedRouteModules. */
  nested?: { file: string; base: string }[];
  /** Workers the boot script makes on a start at their route (`source`: the worker's module), see startWorkerAtRoute. */
  workers?: (Omit<EarlyWorker, 'file'> & { source: string })[];
} = {}): Plugin {
  const moduleIds = new Map<string, string>();
  const partIds = new Map(Object.entries(parts).map(([path, files]) => [path, files.map((f) => resolve(f))]));
  let bootFileName: string | undefined;
  return {
    name: 'sextant-route-preload',
    apply: 'build',
    // Before JSX is compiled: the source as written.
    enforce: 'pre',
    async transform(code, id) {
      const feature = nested.find((n) => resolve(n.file) === id);
      if (id !== routesFile && !feature) return null;
      for (const { path, specifier } of feature ? nestedRouteModules(code, feature.base) : lazyRouteModules(code)) {
        const resolved = await this.resolve(specifier, id);
        if (!resolved) throw new Error(`routes.tsx: cannot resolve ${specifier}`);
        moduleIds.set(path, resolved.id);
      }
      return null;
    },
    generateBundle(_options, bundle) {
      if (moduleIds.size === 0) throw new Error(`route preload: ${routesFile} was not part of the build`);
      for (const { file, base } of nested)
        if (![...moduleIds.keys()].some((p) => p.startsWith(`${base}/`)))
          throw new Error(`route preload: ${file} was not part of the build`);
      for (const path of partIds.keys()) if (!moduleIds.has(path)) throw new Error(`route preload: parts for ${path}, not a lazy route`);
      const early = workers.map(({ source, ...w }) => ({ ...w, file: workerFile(bundle, source) }));
      const boot = bootScript(readFileSync(bootFile, 'utf8'), routePreloadMap(bundle, moduleIds, partIds), early);
      bootFileName = boot.fileName;
      this.emitFile({ type: 'asset', fileName: boot.fileName, source: boot.source });
    },
    // Runs once the bundle is written above (index.html is made after every plugin's generateBundle).
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        if (!bootFileName) throw new Error('route preload: index.html was made before the boot script');
        if (html.split(BOOT_SRC).length !== 2) throw new Error(`route preload: index.html must load the boot script once, as ${BOOT_SRC}`);
        return html.replace(BOOT_SRC, `src="./${bootFileName}"`);
      },
    },
  };
}
