import { Suspense, useCallback, useEffect, useState } from 'react';
import { createHashRouter, NavLink, Outlet, RouterProvider, useNavigate } from 'react-router';
import type { AppCommand } from '../../shared/platform';
import { platform } from '../platform';
import { ToastProvider } from '../components/Toast';
import { COMMANDS } from './commands';
import { lazyScreen } from './lazyScreen';
import { ROUTES } from './routes';
import { ShortcutsDialog } from './ShortcutsDialog';
import { useShortcuts } from './useShortcuts';
import { whenIdleAfter } from './idle';
import { useLockTriggers } from '../features/privacy/lock';

// The palette (and the search index it builds) loads once the first screen is up: see Shell.
const CommandPalette = lazyScreen(
  () => import('../features/palette/CommandPalette'),
  'CommandPalette',
) as typeof import('../features/palette/CommandPalette').CommandPalette;

/**
 * The app: a sidebar, the current screen, shortcuts and menu commands. A data router (hash
 * history) rather than <HashRouter>, because only a data router supports `useBlocker`, which
 * forms use to ask before unsaved edits are left behind.
 */
export function App() {
  const [router] = useState(() =>
    createHashRouter([{ element: <Layout />, children: ROUTES.map((r) => ({ path: r.path, element: r.element })) }]),
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

function Shell() {
  const navigate = useNavigate();
  const [shortcutsOpen, setShortcutsOpen] = useState(false);
  const [paletteOpen, setPaletteOpen] = useState(false);
  const run = useCallback(
    (command: AppCommand) => {
      if (command === 'show-shortcuts') return setShortcutsOpen(true);
      if (command === 'command-palette') return setPaletteOpen(true);
      const def = COMMANDS.find((c) => c.id === command);
      if (def) navigate(def.to);
    },
    [navigate],
  );
  useShortcuts(run);
  useLockTriggers();
  useEffect(() => platform.onCommand(run), [run]);
  const paletteLoaded = usePaletteLoaded(paletteOpen, setPaletteOpen);

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <nav className="sidebar" aria-label="Main">
        <div className="brand" aria-hidden="true">
          Sextant
        </div>
        <ul>
          {ROUTES.filter((r) => r.nav).map((r) => (
            <li key={r.path}>
              <NavLink to={r.nav!.to} end={r.nav!.to === '/'}>
                {r.nav!.label}
              </NavLink>
            </li>
          ))}
        </ul>
        <button type="button" className="link-button" onClick={() => setShortcutsOpen(true)}>
          Keyboard shortcuts (?)
        </button>
      </nav>
      <main id="main" className="content" tabIndex={-1}>
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
        <Suspense fallback={null}>
          <CommandPalette open={paletteOpen} onOpenChange={setPaletteOpen} />
        </Suspense>
      )}
    </div>
  );
}

/**
 * Whether to mount the command palette: soon after start, when idle (the palette then starts the
 * search index build at the next idle moment), or at once when it is asked for. Until it is
 * mounted, Ctrl/Cmd+K is caught here (afterwards the palette handles it).
 */
function usePaletteLoaded(open: boolean, setOpen: (open: boolean) => void): boolean {
  const [loaded, setLoaded] = useState(false);
  if (open && !loaded) setLoaded(true);
  useEffect(() => {
    if (loaded) return;
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && e.key.toLowerCase() === 'k') {
        e.preventDefault();
        setOpen(true);
      }
    };
    window.addEventListener('keydown', onKey);
    // A second after the shell appears (the first screen has read its data by then), when idle.
    const cancel = whenIdleAfter(1_000, () => setLoaded(true), 2_000);
    return () => {
      window.removeEventListener('keydown', onKey);
      cancel();
    };
  }, [loaded, setOpen]);
  return loaded || open;
}
