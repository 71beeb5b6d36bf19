import type { ReactNode } from 'react';
import { HomePage } from '../features/home/HomePage';
import { JournalRoutes } from '../features/journal/JournalRoutes';
import { PeopleRoutes } from '../features/people/PeopleRoutes';
import { SearchPage } from '../features/search/SearchPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { SkillsRoutes } from '../features/skills/SkillsRoutes';
import { PathRoutes } from '../features/path/PathRoutes';
import { PlanRoutes } from '../features/plan/PlanRoutes';

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
];
