// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { SextantDB, setDatabase } from '../../../renderer/data/db';
import { SkillsRoutes } from '../../../renderer/features/skills/SkillsRoutes';
import { SKILLS_DATA } from '../../../renderer/features/skills/useSkillsData';
import { resultAtStart } from '../../../renderer/app/startReads';
import { screenAt } from '../../../renderer/app/routes';
import { ToastProvider } from '../../../renderer/components/Toast';

beforeEach(() => setDatabase(new SextantDB(`skills-start-${crypto.randomUUID()}`)));
afterEach(cleanup);

function renderAt(path: string) {
  const router = createMemoryRouter([{ path: '/skills/*', element: <ToastProvider>{<SkillsRoutes />}</ToastProvider> }], {
    initialEntries: [path],
  });
  return render(<RouterProvider router={router} />);
}

describe('the skills screens as the app opens on them', () => {
  it("a skill's page read at start shows its figures in its first render, then reads afresh on a later visit", async () => {
    await screenAt('/skills/strategy').warm();
    expect(resultAtStart(SKILLS_DATA)).toMatchObject({ checkIns: [], targets: [], futureEntries: 0 });
    const { container } = renderAt('/skills/strategy');
    // In the page straight after the first render, before any read of the screen's own.
    expect(container.querySelector('.stat-row')).not.toBeNull();
    expect(resultAtStart(SKILLS_DATA)).toBeUndefined();
    cleanup();
    // Not read at start: the first render is the heading alone, the figures come with the screen's own read.
    const later = renderAt('/skills/strategy');
    expect(later.container.querySelector('.stat-row')).toBeNull();
  });

  it('the overview is read at start too; the check-in pages are not', async () => {
    expect(await screenAt('/skills/check-ins').warm()).toBeUndefined();
    expect(resultAtStart(SKILLS_DATA)).toBeUndefined();
    await screenAt('/skills').warm();
    expect(resultAtStart(SKILLS_DATA)).toMatchObject({ checkIns: [], targets: [] });
  });
});
