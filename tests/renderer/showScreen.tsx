import type { ReactNode } from 'react';
import { render } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { ToastProvider } from '../../renderer/components/Toast';

/** Renders a screen as the app's routes do at `path` ('/' or '/screen/...': the screen's routes below its first segment). */
export function showScreen(path: string, element: ReactNode) {
  return render(
    <MemoryRouter initialEntries={[path]}>
      <ToastProvider>
        <Routes>
          <Route path={path === '/' ? '/' : `${path.split('/').slice(0, 2).join('/')}/*`} element={element} />
        </Routes>
      </ToastProvider>
    </MemoryRouter>,
  );
}
