// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider, useLocation } from 'react-router';
import { useEffect } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { useLatestSearchParams, type ParamsChange } from '../../../renderer/app/useLatestSearchParams';

afterEach(cleanup);

let change: (fn: ParamsChange) => void = () => {};

function Probe() {
  const [params, changeParams] = useLatestSearchParams();
  // Handed to the test after each commit (not during render).
  useEffect(() => {
    change = changeParams;
  });
  const location = useLocation();
  return (
    <>
      <output aria-label="shown">{params.toString()}</output>
      <output aria-label="url">{location.search}</output>
    </>
  );
}

function renderAt(url: string) {
  const router = createMemoryRouter([{ path: '/', element: <Probe /> }], { initialEntries: [url] });
  render(<RouterProvider router={router} />);
  return router;
}

const set = (key: string, value: string) => (latest: URLSearchParams) => {
  const next = new URLSearchParams(latest);
  next.set(key, value);
  return next;
};

describe('useLatestSearchParams', () => {
  it('builds a second change on the first when both come before a render', async () => {
    renderAt('/?skill=research');
    act(() => {
      change(() => new URLSearchParams()); // "Clear filters"
      change(set('tag', 'mentor')); // a tag chosen at once
    });
    expect(await screen.findByLabelText('url')).toHaveProperty('textContent', '?tag=mentor');
    expect(screen.getByLabelText('shown').textContent).toBe('tag=mentor');
  });

  it('follows the URL when it changes from outside (Back)', async () => {
    const router = renderAt('/?q=a');
    act(() => change(set('q', 'ab')));
    await act(async () => {});
    await act(async () => router.navigate(-1));
    expect(screen.getByLabelText('shown').textContent).toBe('q=a');
  });
});
