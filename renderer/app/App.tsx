import { useCallback, useEffect, useState } from 'react';
import { createHashRouter, NavLink, Outlet, RouterProvider, useNavigate } from 'react-router';
import type { AppCommand } from '../../shared/platform';
import { platform } from '../platform';
import { ToastProvider } from '../components/Toast';
import { CommandPalette } from '../features/palette/CommandPalette';
import { COMMANDS } from './commands';
import { ROUTES } from './routes';
import { ShortcutsDialog } from './ShortcutsDialog';
import { useShortcuts } from './useShortcuts';

/**
 * The app: a sidebar, the current screen, shortcuts and menu commands. A data router (hash
 * history) rather than <HashRouter>, because only a data router supports `useBlocker`, which
 * forms use to ask before unsaved edits are left behind.
 */
export function App() {
  const [router] = useState(() => createHashRouter([
    { element: <Layout />, children: ROUTES.map((r) => ({ path: r.path, element: r.element })) },
  ]));
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
  const run = useCallback((command: AppCommand) => {
    if (command === 'show-shortcuts') return setShortcutsOpen(true);
    if (command === 'command-palette') return setPaletteOpen(true);
    const def = COMMANDS.find((c) => c.id === command);
    if (def) navigate(def.to);
  }, [navigate]);
  useShortcuts(run);
  useEffect(() => platform.onCommand(run), [run]);

  return (
    <div className="shell">
      <a className="skip-link" href="#main">Skip to content</a>
      <nav className="sidebar" aria-label="Main">
        <div className="brand" aria-hidden="true">Sextant</div>
        <ul>
          {ROUTES.filter((r) => r.nav).map((r) => (
            <li key={r.path}>
              <NavLink to={r.nav!.to} end={r.nav!.to === '/'}>{r.nav!.label}</NavLink>
            </li>
          ))}
        </ul>
        <button type="button" className="link-button" onClick={() => setShortcutsOpen(true)}>Keyboard shortcuts (?)</button>
      </nav>
      <main id="main" className="content" tabIndex={-1}>
        <Outlet />
      </main>
      <ShortcutsDialog open={shortcutsOpen} onClose={() => setShortcutsOpen(false)} />
      <CommandPalette open={paletteOpen} onOpenChange={setPaletteOpen} />
    </div>
  );
}
