import type { ReactNode } from 'react';
import { HomePage } from '../features/home/HomePage';
import { JournalRoutes } from '../features/journal/JournalRoutes';
import { LockRoute } from '../features/privacy/LockRoute';
import { lazyScreen } from './lazyScreen';

// Home and the journal's timeline are the screens the app opens on: they are in the main bundle.
// The others load on first visit (App.tsx wraps the screen in Suspense).
const SearchPage = lazyScreen(() => import('../features/search/SearchPage'), 'SearchPage');
const PeopleRoutes = lazyScreen(() => import('../features/people/PeopleRoutes'), 'PeopleRoutes');
const SkillsRoutes = lazyScreen(() => import('../features/skills/SkillsRoutes'), 'SkillsRoutes');
const PathRoutes = lazyScreen(() => import('../features/path/PathRoutes'), 'PathRoutes');
const PlanRoutes = lazyScreen(() => import('../features/plan/PlanRoutes'), 'PlanRoutes');
const SettingsPage = lazyScreen(() => import('../features/settings/SettingsPage'), 'SettingsPage');

export interface AppRoute {
  /** A react-router path (use "/*" for a feature with nested routes). */
  path: string;
  element: ReactNode;
  /** Shown in the sidebar when set. */
  nav?: { label: string; to: string };
}

/** Every screen of the app. A feature adds its route here (one line), in sidebar order. */
export const ROUTES: AppRoute[] = [
  { path: '/', element: <HomePage />, nav: { label: 'Home', to: '/' } },
  { path: '/search', element: <SearchPage />, nav: { label: 'Search', to: '/search' } },
  { path: '/journal/*', element: <JournalRoutes />, nav: { label: 'Journal', to: '/journal' } },
  { path: '/people/*', element: <PeopleRoutes />, nav: { label: 'People', to: '/people' } },
  { path: '/skills/*', element: <SkillsRoutes />, nav: { label: 'Skills', to: '/skills' } },
  { path: '/path/*', element: <PathRoutes />, nav: { label: 'Path fit', to: '/path' } },
  { path: '/plan/*', element: <PlanRoutes />, nav: { label: 'Plan', to: '/plan' } },
  { path: '/settings/*', element: <SettingsPage />, nav: { label: 'Settings', to: '/settings' } },
  { path: '/lock', element: <LockRoute /> },
];
