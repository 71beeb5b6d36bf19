// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import {
  bootScript,
  workerFile,
  lazyRouteModules,
  nestedRouteModules,
  preloadCurrentRoute,
  routePreloadMap,
  routePreloadScript,
  type BundleChunk,
  type RoutePreloadMap,
} from '../../../scripts/routePreload';
import { ROUTES } from '../../../renderer/app/routes';

const routesSource = readFileSync('renderer/app/routes.tsx', 'utf8');

describe('the lazy routes read from routes.tsx', () => {
  it('lists every screen loaded on demand with the module it is imported from', () => {
    expect(lazyRouteModules(routesSource)).toEqual([
      { path: '/search', specifier: '../features/search/SearchPage' },
      { path: '/people/*', specifier: '../features/people/PeopleRoutes' },
      { path: '/skills/*', specifier: '../features/skills/SkillsRoutes' },
      { path: '/path/*', specifier: '../features/path/PathRoutes' },
      { path: '/plan/*', specifier: '../features/plan/PlanRoutes' },
      { path: '/settings/*', specifier: './SettingsPage' },
      { path: '/welcome/*', specifier: './Welcome' },
    ]);
  });

  it('covers every route of the app whose screen has its own chunk (all with a preload but the journal, in the main chunk)', () => {
    const lazy = ROUTES.filter((r) => r.preload && r.path !== '/journal/*').map((r) => r.path);
    expect(lazyRouteModules(routesSource).map((r) => r.path)).toEqual(lazy);
  });

  it('refuses a lazy screen that is not the element of exactly one route, and a dynamic import of another form', () => {
    const screen = "const A = lazyScreen(() => import('./A'), 'A');\n";
    expect(() => lazyRouteModules(screen)).toThrow('the lazy screen A is the element of 0 routes');
    expect(() => lazyRouteModules(`${screen}{ path: '/a', element: <A /> },\n{ path: '/b', element: <A /> }`)).toThrow(
      'the lazy screen A is the element of 2 routes',
    );
    expect(() => lazyRouteModules(`${screen}const B = lazy(() => import('./B'));\n{ path: '/a', element: <A /> }`)).toThrow(
      '2 dynamic imports but 1 are of the form',
    );
    expect(lazyRouteModules(`${screen}{ path: '/a/*', element: <A />, preload: A.preload }`)).toEqual([{ path: '/a/*', specifier: './A' }]);
  });
});

describe("the journal's entry pages read from JournalRoutes.tsx", () => {
  it('lists each page with the pattern its preload matches, in the order they are tried', () => {
    expect(nestedRouteModules(readFileSync('renderer/features/journal/JournalRoutes.tsx', 'utf8'), '/journal')).toEqual([
      { path: '/journal/new/:kind', specifier: './EntryEditor' },
      { path: '/journal/:id/edit', specifier: './EntryEditor' },
      { path: '/journal/:id', specifier: './EntryView' },
    ]);
  });

  it('refuses a lazy screen without a preload line, and a preload line for something else', () => {
    const screen = "const A = lazyScreen(() => import('./A'), 'A');\n";
    expect(() => nestedRouteModules(screen, '/x')).toThrow('the lazy screen A has no');
    expect(() => nestedRouteModules(`${screen}if (matchPath('a', rest)) return B.preload();`, '/x')).toThrow('B is not a lazy screen');
  });
});

const chunk = (fileName: string, imports: string[], extra: Partial<BundleChunk> = {}): BundleChunk => ({
  type: 'chunk',
  fileName,
  isEntry: false,
  facadeModuleId: null,
  imports,
  ...extra,
});

describe('the files preloaded per route', () => {
  it('are the route chunk, the chunks it imports (transitively) that the entry does not, and their CSS', () => {
    const bundle = {
      'assets/index-1.js': chunk('assets/index-1.js', ['assets/react-1.js', 'assets/shared-1.js'], {
        isEntry: true,
        facadeModuleId: '/r/index.html',
      }),
      'assets/react-1.js': chunk('assets/react-1.js', []),
      'assets/shared-1.js': chunk('assets/shared-1.js', ['assets/react-1.js']),
      'assets/Plan-1.js': chunk('assets/Plan-1.js', ['assets/react-1.js', 'assets/md-1.js'], {
        facadeModuleId: '/r/plan/Plan.tsx',
        viteMetadata: { importedCss: new Set(['assets/Plan-1.css']) },
      }),
      'assets/md-1.js': chunk('assets/md-1.js', ['assets/shared-1.js', 'assets/mdcore-1.js']),
      'assets/mdcore-1.js': chunk('assets/mdcore-1.js', [], { viteMetadata: { importedCss: new Set(['assets/md-1.css']) } }),
      'assets/Path-1.js': chunk('assets/Path-1.js', ['assets/shared-1.js'], { facadeModuleId: '/r/path/Path.tsx' }),
      'assets/Plan-1.css': { type: 'asset' as const, fileName: 'assets/Plan-1.css' },
    };
    const ids = new Map([
      ['/plan/*', '/r/plan/Plan.tsx'],
      ['/path/*', '/r/path/Path.tsx'],
    ]);
    expect(routePreloadMap(bundle, ids)).toEqual([
      ['/plan/*', ['assets/Plan-1.js', 'assets/md-1.js', 'assets/mdcore-1.js', 'assets/Plan-1.css', 'assets/md-1.css']],
      ['/path/*', ['assets/Path-1.js']],
    ]);
    expect(() => routePreloadMap(bundle, new Map([['/x', '/r/x.tsx']]))).toThrow('no chunk for /x');
  });

  it("adds a route's parts loaded on demand (their chunks and imports, once each), and nothing for another route", () => {
    const bundle = {
      'assets/index-1.js': chunk('assets/index-1.js', ['assets/react-1.js'], { isEntry: true, facadeModuleId: '/r/index.html' }),
      'assets/react-1.js': chunk('assets/react-1.js', []),
      'assets/Plan-1.js': chunk('assets/Plan-1.js', ['assets/react-1.js', 'assets/form-1.js'], { facadeModuleId: '/r/plan/Plan.tsx' }),
      'assets/form-1.js': chunk('assets/form-1.js', []),
      'assets/Doc-1.js': chunk('assets/Doc-1.js', ['assets/md-1.js', 'assets/form-1.js'], { facadeModuleId: '/r/plan/Doc.tsx' }),
      'assets/Print-1.js': chunk('assets/Print-1.js', ['assets/Doc-1.js'], {
        facadeModuleId: '/r/plan/Print.tsx',
        viteMetadata: { importedCss: new Set(['assets/Print-1.css']) },
      }),
      'assets/md-1.js': chunk('assets/md-1.js', []),
      'assets/Path-1.js': chunk('assets/Path-1.js', [], { facadeModuleId: '/r/path/Path.tsx' }),
    };
    const ids = new Map([
      ['/plan/*', '/r/plan/Plan.tsx'],
      ['/path/*', '/r/path/Path.tsx'],
    ]);
    expect(routePreloadMap(bundle, ids, new Map([['/plan/*', ['/r/plan/Doc.tsx', '/r/plan/Print.tsx']]]))).toEqual([
      ['/plan/*', ['assets/Plan-1.js', 'assets/form-1.js', 'assets/Doc-1.js', 'assets/md-1.js', 'assets/Print-1.js', 'assets/Print-1.css']],
      ['/path/*', ['assets/Path-1.js']],
    ]);
    expect(() => routePreloadMap(bundle, ids, new Map([['/plan/*', ['/r/plan/Gone.tsx']]]))).toThrow(
      'no chunk for /plan/* (/r/plan/Gone.tsx)',
    );
  });
});

const MAP: RoutePreloadMap = [
  ['/search', ['assets/Search-1.js']],
  ['/plan/*', ['assets/Plan-1.js', 'assets/md-1.js', 'assets/Plan-1.css']],
];
const BASE = 'app://sextant/theme-boot.js';

function linksAfter(hash: string, run: (hash: string) => void = (h) => preloadCurrentRoute(MAP, h, BASE, document)) {
  document.head.innerHTML = '';
  run(hash);
  return [...document.head.querySelectorAll('link')].map((l) => [
    l.rel,
    l.getAttribute('as'),
    l.href,
    l.crossOrigin,
    l.dataset.routePreload,
  ]);
}

describe('the preload in the page', () => {
  it('links the route at the hash: module preloads for its chunks, a style preload for its CSS, beside the script', () => {
    const plan = [
      ['modulepreload', null, 'app://sextant/assets/Plan-1.js', '', '/plan/*'],
      ['modulepreload', null, 'app://sextant/assets/md-1.js', '', '/plan/*'],
      ['preload', 'style', 'app://sextant/assets/Plan-1.css', '', '/plan/*'],
    ];
    expect(linksAfter('#/plan')).toEqual(plan);
    expect(linksAfter('#/plan/')).toEqual(plan);
    expect(linksAfter('#/plan/print?paper=A4')).toEqual(plan);
    expect(linksAfter('#/search?q=roadmap')).toEqual([['modulepreload', null, 'app://sextant/assets/Search-1.js', '', '/search']]);
  });

  it('matches a ":name" segment as react-router does: one non-empty segment', () => {
    const map: RoutePreloadMap = [
      ['/journal/new/:kind', ['assets/Editor-1.js']],
      ['/journal/:id/edit', ['assets/Editor-1.js', 'assets/View-1.js']],
      ['/journal/:id', ['assets/View-1.js']],
    ];
    const files = (hash: string) => linksAfter(hash, (h) => preloadCurrentRoute(map, h, BASE, document)).map((l) => l[2]);
    expect(files('#/journal/new/goal?prompt=x')).toEqual(['app://sextant/assets/Editor-1.js']);
    expect(files('#/journal/8f3c/edit')).toEqual(['app://sextant/assets/Editor-1.js', 'app://sextant/assets/View-1.js']);
    expect(files('#/journal/8f3c')).toEqual(['app://sextant/assets/View-1.js']);
    for (const hash of ['#/journal', '#/journal/', '#/journal//edit', '#/journal/a/b/c', '#/journals/8f3c'])
      expect(files(hash), hash).toEqual([]);
  });

  it('links nothing for a screen in the main chunk or an address that only starts like a route', () => {
    for (const hash of ['', '#', '#/', '#/journal', '#/planner', '#/search/x', '#/pla']) expect(linksAfter(hash), hash).toEqual([]);
  });

  it('runs as the script the build writes (the function is self-contained once serialised)', () => {
    // Without document.currentScript (jsdom has none) the files are relative to the page's address.
    const links = linksAfter('#/plan', (hash) =>
      runInNewContext(routePreloadScript(MAP), { location: { hash, href: BASE }, document, URL }),
    );
    expect(links.map((l) => l[2])).toEqual([
      'app://sextant/assets/Plan-1.js',
      'app://sextant/assets/md-1.js',
      'app://sextant/assets/Plan-1.css',
    ]);
  });
});

describe('the boot script the build writes', () => {
  const SOURCE = 'var booted = true;\n';

  it('is named after its content, in assets/ beside the chunks, so a browser caches it like them', () => {
    const boot = bootScript(SOURCE, MAP);
    expect(boot.fileName).toMatch(/^assets\/theme-boot-[\w-]{8}\.js$/);
    expect(bootScript(SOURCE, MAP).fileName).toBe(boot.fileName);
    // Another map (a rebuilt chunk) or another boot source: another name.
    expect(bootScript(SOURCE, [['/search', ['assets/Search-2.js']]]).fileName).not.toBe(boot.fileName);
    expect(bootScript(`${SOURCE}// changed\n`, MAP).fileName).not.toBe(boot.fileName);
    expect(boot.source.startsWith(SOURCE)).toBe(true);
  });

  it("preloads the route's files beside it: from its own address, or from assets/ below the page's without one", () => {
    const { source } = bootScript(SOURCE, MAP);
    const run = (currentScript: { src: string } | null) => (hash: string) =>
      runInNewContext(source, {
        location: { hash, href: 'app://sextant/index.html#/plan' },
        document: { currentScript, head: document.head, createElement: (tag: string) => document.createElement(tag) },
        URL,
      });
    const expected = ['app://sextant/assets/Plan-1.js', 'app://sextant/assets/md-1.js', 'app://sextant/assets/Plan-1.css'];
    expect(linksAfter('#/plan', run({ src: 'app://sextant/assets/theme-boot-abcdefgh.js' })).map((l) => l[2])).toEqual(expected);
    expect(linksAfter('#/plan', run(null)).map((l) => l[2])).toEqual(expected);
  });
});

describe('the search worker made by the boot script on a start on Search (issue 12)', () => {
  const SOURCE = 'var booted = true;\n';
  const WORKER = { path: '/search', file: 'assets/search.worker-Ab1_x.js', name: 'sextant-search:sextant' };

  /** Runs the boot script at `hash` with a Worker that records what it is made with; what the window holds after. */
  function bootAt(hash: string, currentScript: { src: string } | null = { src: 'app://sextant/assets/theme-boot-abcdefgh.js' }) {
    const made: { url: string; options: WorkerOptions }[] = [];
    class FakeWorker {
      onerror: (() => void) | null = null;
      constructor(url: string, options: WorkerOptions) {
        made.push({ url, options });
      }
    }
    const win: { sextantEarlyWorker?: { worker: FakeWorker; name: string; failed: boolean } } = {};
    const { source } = bootScript(SOURCE, MAP, [WORKER]);
    runInNewContext(source, {
      location: { hash, href: 'app://sextant/index.html' + hash },
      document: { currentScript, head: document.head, createElement: (tag: string) => document.createElement(tag) },
      URL,
      Worker: FakeWorker,
      window: win,
    });
    return { made, win };
  }

  it('makes the module worker, named for the journal, beside the script, and leaves it for the app', () => {
    const { made, win } = bootAt('#/search?q=roadmap');
    expect(made).toEqual([
      { url: 'app://sextant/assets/search.worker-Ab1_x.js', options: { type: 'module', name: 'sextant-search:sextant' } },
    ]);
    expect(win.sextantEarlyWorker?.name).toBe('sextant-search:sextant');
    expect(win.sextantEarlyWorker?.failed).toBe(false);
    // An error before the app adopts it is noted (the app then makes its own).
    win.sextantEarlyWorker!.worker.onerror!();
    expect(win.sextantEarlyWorker?.failed).toBe(true);
    // Without document.currentScript: from assets/ below the page's address.
    expect(bootAt('#/search', null).made.map((m) => m.url)).toEqual(['app://sextant/assets/search.worker-Ab1_x.js']);
  });

  it('makes nothing on another screen, or one that only starts like Search', () => {
    for (const hash of ['', '#/', '#/plan', '#/search/more', '#/searching']) {
      const { made, win } = bootAt(hash);
      expect(made).toEqual([]);
      expect(win.sextantEarlyWorker).toBeUndefined();
    }
  });

  it("finds the worker's file in the bundle, and refuses none or two", () => {
    const bundle = { 'assets/search.worker-Ab1_x.js': { type: 'asset' as const, fileName: 'assets/search.worker-Ab1_x.js' } };
    expect(workerFile(bundle, 'renderer/data/search.worker.ts')).toBe('assets/search.worker-Ab1_x.js');
    expect(() => workerFile({}, 'renderer/data/search.worker.ts')).toThrow('0 files for the worker');
    const two = { ...bundle, 'assets/search.worker-Zz9.js': { type: 'asset' as const, fileName: 'assets/search.worker-Zz9.js' } };
    expect(() => workerFile(two, 'renderer/data/search.worker.ts')).toThrow('2 files for the worker');
    // Not a worker's chunk with a longer name.
    expect(() =>
      workerFile({ 'assets/search.workerSchemas-1.js': bundle['assets/search.worker-Ab1_x.js'] }, 'renderer/data/search.worker.ts'),
    ).toThrow();
  });
});
