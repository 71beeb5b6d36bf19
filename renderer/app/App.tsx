import { Suspense, useEffect, useMemo, useState } from 'react';
import { createHashRouter, NavLink, Outlet, RouterProvider, useNavigate } from 'react-router';
import { onReadProblem } from '../data/records';
import { platform } from '../platform';
import { QuietBoundary } from '../components/QuietBoundary';
import { ToastProvider, useToast } from '../components/Toast';
import { useCommandRunner } from './commandActions';
import { lazyScreen, retryFailedScreens } from './lazyScreen';
import { onProblem } from '../components/problems';
import { RouteErrorScreen } from './RouteErrorScreen';
import { ROUTES } from './routes';
import { ShortcutsDialog } from './ShortcutsDialog';
import { useScrollToHash } from './useScrollToHash';
import { useShortcuts } from './useShortcuts';
import { whenIdleAfter } from '../platform/idle';
import { Reminders } from '../features/reminders/Reminders';
import { useLockTriggers } from '../features/privacy/lock';

// The palette (and the search index it builds) loads once the first screen is up: see Shell.
const CommandPalette = lazyScreen(
  () => import('../features/palette/CommandPalette'),
  'CommandPalette',
) as unknown as typeof import('../features/palette/CommandPalette').CommandPalette;

/**
 * The app: a sidebar, the current screen, shortcuts and menu commands. A data router (hash
 * history) rather than <HashRouter>, because only a data router supports `useBlocker`, which
 * forms use to ask before unsaved edits are left behind. Each screen has an error element: a
 * screen that fails to render or to load shows what happened and can be reloaded on its own,
 * with the sidebar still there.
 */
export function App() {
  const [router] = useState(() =>
    createHashRouter([
      {
        element: <Layout />,
        errorElement: <RouteErrorScreen />,
        children: ROUTES.map((r) => ({ path: r.path, element: r.element, errorElement: <RouteErrorScreen /> })),
      },
    ]),
  );
  return <RouterProvider router={router} />;
}

function Layout() {
  return (
    <ToastProvider>
      <Shell />
    </ToastProvider>
  );
}

/** Shows every reported problem (unhandled rejections, uncaught errors, fire-and-forget failures) as an error toast. */
function useProblemToasts(): void {
  const toast = useToast();
  useEffect(() => onProblem((p) => toast(p.text, { tone: 'error' })), [toast]);
}

/** Says once per session that some records could not be read, with a way to the Damaged records panel. */
function useDamagedRecordNotice(): void {
  const toast = useToast();
  const navigate = useNavigate();
  useEffect(() => {
    let told = false;
    return onReadProblem(() => {
      if (told) return;
      told = true;
      toast('Some records could not be read and are hidden. Settings lists them under Damaged records.', {
        tone: 'error',
        action: { label: 'Show them', run: () => void navigate('/settings#damaged-records') },
      });
    });
  }, [toast, navigate]);
}

function Shell() {
  const [shortcutsOpen, setShortcutsOpen] = useState(false);
  const [paletteOpen, setPaletteOpen] = useState(false);
  // Narrow windows fold the sidebar into a Menu button (CSS shows the button only there).
  const [menuOpen, setMenuOpen] = useState(false);
  const [paletteLoaded, setPaletteLoaded] = useState(false);
  // How many times the palette was asked for: a palette that failed to load retries at the next ask.
  const [paletteAsks, setPaletteAsks] = useState(0);
  const shell = useMemo(
    () => ({
      showShortcuts: () => setShortcutsOpen(true),
      openPalette: () => {
        setPaletteLoaded(true);
        setPaletteOpen(true);
        setPaletteAsks((n) => n + 1);
      },
    }),
    [],
  );
  const run = useCommandRunner(shell);
  useShortcuts(run);
  useLockTriggers();
  useEffect(() => platform.onCommand(run), [run]);
  useProblemToasts();
  useDamagedRecordNotice();
  useScrollToHash();
  // A second after the shell appears (the first screen has read its data by then), when idle,
  // the palette mounts (and starts the search index build at the next idle moment).
  useEffect(() => (paletteLoaded ? undefined : whenIdleAfter(1_000, () => setPaletteLoaded(true), 2_000)), [paletteLoaded]);

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <nav className={`sidebar${menuOpen ? ' open' : ''}`} aria-label="Main">
        <div className="brand" aria-hidden="true">
          Sextant
        </div>
        <button
          type="button"
          className="menu-button"
          aria-expanded={menuOpen}
          aria-controls="main-nav-list"
          onClick={() => setMenuOpen((o) => !o)}
        >
          Menu
        </button>
        <ul id="main-nav-list">
          {ROUTES.filter((r) => r.nav).map((r) => (
            <li key={r.path}>
              <NavLink to={r.nav!.to} end={r.nav!.to === '/'} onClick={() => setMenuOpen(false)}>
                {r.nav!.label}
              </NavLink>
            </li>
          ))}
        </ul>
        <button
          type="button"
          className="link-button shortcuts-link"
          onClick={() => {
            setMenuOpen(false);
            setShortcutsOpen(true);
          }}
        >
          Keyboard shortcuts (?)
        </button>
      </nav>
      <main id="main" className="content" tabIndex={-1}>
        <Reminders />
        <Suspense
          fallback={
            <p className="muted" role="status">
              Loading…
            </p>
          }
        >
          <Outlet />
        </Suspense>
      </main>
      <ShortcutsDialog open={shortcutsOpen} onClose={() => setShortcutsOpen(false)} />
      {paletteLoaded && (
        // A palette whose code failed to load leaves the shell up; asking for it again retries.
        <QuietBoundary
          what="Loading the command palette"
          resetKey={paletteAsks}
          onError={() => setPaletteOpen(false)}
          onReset={retryFailedScreens}
        >
          <Suspense fallback={null}>
            <CommandPalette open={paletteOpen} onOpenChange={setPaletteOpen} onCommand={run} />
          </Suspense>
        </QuietBoundary>
      )}
    </div>
  );
}
