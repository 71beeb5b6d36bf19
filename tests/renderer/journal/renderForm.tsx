import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { ToastProvider } from '../../../renderer/components/Toast';

/** Renders a screen inside a data router (forms use useBlocker) and the toast provider. */
export function renderWithRouter(element: ReactNode, path = '/journal/new/x') {
  const router = createMemoryRouter(
    [
      { path, element: <ToastProvider>{element}</ToastProvider> },
      { path: '/journal/:id', element: <p>entry opened</p> },
    ],
    { initialEntries: [path] },
  );
  return { router, ...render(<RouterProvider router={router} />) };
}
