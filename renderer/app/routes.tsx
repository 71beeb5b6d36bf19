import type { ReactNode } from 'react';
import { matchRoutes } from 'react-router';
import { HomePage } from '../features/home/HomePage';
import { JournalRoutes, preloadJournalScreen } from '../features/journal/JournalRoutes';
import { LockRoute } from '../features/privacy/LockRoute';
import { lazyScreen } from './lazyScreen';
import { prepareSearchIndex, startSearchIndex } from '../data/searchIndex';
import { liveAtStart } from './startReads';
import { warmTimeline } from '../features/journal/timelineStart';
import { warmHome } from '../features/home/homeStart';
import { journalIsEmpty, SEARCH_JOURNAL_EMPTY } from '../features/search/journalEmpty';
import { fromParams } from '../features/search/searchParams';
import { searchAhead } from '../data/useSearch';

// Home and the journal's timeline are the screens the app opens on: they are in the main bundle.
// The others load on first visit (App.tsx wraps the screen in Suspense).
const SearchPage = lazyScreen(() => import('../features/search/SearchPage'), 'SearchPage');
const PeopleRoutes = lazyScreen(() => import('../features/people/PeopleRoutes'), 'PeopleRoutes');
const SkillsRoutes = lazyScreen(() => import('../features/skills/SkillsRoutes'), 'SkillsRoutes');
const PathRoutes = lazyScreen(() => import('../features/path/PathRoutes'), 'PathRoutes');
const PlanRoutes = lazyScreen(() => import('../features/plan/PlanRoutes'), 'PlanRoutes');
const SettingsPage = lazyScreen(() => import('./SettingsPage'), 'SettingsPage');
const WelcomeRoutes = lazyScreen(() => import('./Welcome'), 'WelcomeRoutes');

export interface AppRoute {
  /** A react-router path (use "/*" for a feature with nested routes). */
  path: string;
  element: ReactNode;
  /** Shown in the sidebar when set. */
  nav?: { label: string; to: string };
  /** Fetches the code of the screen shown at this route (`rest`: the path below a "/*" route). */
  preload?: (rest: string) => Promise<unknown>;
  /**
   * Starts the screen's own slow work when the app opens on it, once the journal is open (before
   * the first render; `rest` as for `preload`; `params`: the address's query). A promise returned
   * is what the first render waits for (beside the theme read): only a read the screen's first
   * render needs.
   */
  warm?: (rest: string, params: URLSearchParams) => void | Promise<unknown>;
}

/** Every screen of the app. A feature adds its route here (one line), in sidebar order. */
export const ROUTES: AppRoute[] = [
  // Home's lead is read beside the theme, and its other cards' reads start once the lead's are in.
  { path: '/', element: <HomePage />, nav: { label: 'Home', to: '/' }, warm: warmHome },
  // The index is started as the app opens rather than once the screen has mounted (the screen starts it too: idempotent),
  // and its worker as the screen's code is fetched, before the journal is open. Whether the journal is empty is read
  // beside the theme: an empty journal's first render says so (and "Nothing matches" for a query) without the worker.
  {
    path: '/search',
    element: <SearchPage />,
    nav: { label: 'Search', to: '/search' },
    preload: () => {
      prepareSearchIndex();
      return SearchPage.preload();
    },
    warm: (_rest, params) => {
      const empty = liveAtStart(SEARCH_JOURNAL_EMPTY, journalIsEmpty);
      void startSearchIndex();
      // A query in the address: asked now, its hits come back while the screen's code loads and
      // its first render runs (not after them, when the screen would ask).
      const { query, filters } = fromParams(params);
      void searchAhead(query, filters);
      return empty;
    },
  },
  // The timeline's first render knows the journal's size and shows its first rows: read beside the theme read, not after a first render.
  {
    path: '/journal/*',
    element: <JournalRoutes />,
    nav: { label: 'Journal', to: '/journal' },
    preload: preloadJournalScreen,
    warm: (rest, params) => (rest === '' ? warmTimeline(params) : undefined),
  },
  { path: '/people/*', element: <PeopleRoutes />, nav: { label: 'People', to: '/people' }, preload: PeopleRoutes.preload },
  // The overview and a skill's page read their data beside the theme (the screen's code is loaded by then).
  {
    path: '/skills/*',
    element: <SkillsRoutes />,
    nav: { label: 'Skills', to: '/skills' },
    preload: SkillsRoutes.preload,
    warm: (rest) => SkillsRoutes.preload().then((m) => m.warmSkillsScreen(rest)),
  },
  // The path's answers, facts and people are read beside the theme, so its first render shows the verdict.
  {
    path: '/path/*',
    element: <PathRoutes />,
    nav: { label: 'Path fit', to: '/path' },
    preload: PathRoutes.preload,
    warm: (rest) => PathRoutes.preload().then((m) => m.warmPathScreen(rest)),
  },
  // The plan's input and choices are read beside the theme, so its first render shows the preview.
  {
    path: '/plan/*',
    element: <PlanRoutes />,
    nav: { label: 'Plan', to: '/plan' },
    preload: PlanRoutes.preload,
    warm: (rest) => PlanRoutes.preload().then((m) => m.warmPlanScreen(rest)),
  },
  { path: '/settings/*', element: <SettingsPage />, nav: { label: 'Settings', to: '/settings' }, preload: SettingsPage.preload },
  { path: '/welcome/*', element: <WelcomeRoutes />, preload: WelcomeRoutes.preload },
  { path: '/lock', element: <LockRoute /> },
];

/**
 * The screen the app opens on at `pathname` (with the query `search`): `preload` fetches its code
 * (resolves at once for a screen in the main bundle), so that the app's first render shows it
 * without suspending (started alongside opening the database); `warm` starts its own slow work (a
 * no-op for most screens).
 */
export function screenAt(pathname: string, search = ''): { preload: () => Promise<unknown>; warm: () => void | Promise<unknown> } {
  const match = matchRoutes(
    ROUTES.map((r) => ({ path: r.path })),
    pathname,
  )?.[0];
  const route = match && ROUTES.find((r) => r.path === match.route.path);
  return {
    preload: () => route?.preload?.(match?.params['*'] ?? '') ?? Promise.resolve(),
    warm: () => route?.warm?.(match?.params['*'] ?? '', new URLSearchParams(search)),
  };
}
