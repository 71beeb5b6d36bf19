// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, screen, waitFor } from '@testing-library/react';
import { SextantDB, setDatabase } from '../../../renderer/data/db';
import { addPathAnswers } from '../../../renderer/data/repositories/path';
import { PathRoutes } from '../../../renderer/features/path/PathRoutes';
import { PATH_DATA } from '../../../renderer/features/path/usePathData';
import { resultAtStart } from '../../../renderer/app/startReads';
import { screenAt } from '../../../renderer/app/routes';
import { showScreen } from '../showScreen';

beforeEach(() => setDatabase(new SextantDB(`path-start-${crypto.randomUUID()}`)));
afterEach(cleanup);

const verdict = () => document.querySelector('.path-fit');

describe('the path as the app opens on it', () => {
  it('read at start (the route warms it), the first render already shows the verdict; a later visit reads afresh', async () => {
    // Every answer leaning external: the verdict names that path.
    await addPathAnswers({ date: '2026-03-07', dimensions: { relationships: 2, risk: 2, 'success-metric': 2 }, factors: {} });
    await screenAt('/path').warm();
    showScreen('/path', <PathRoutes />);
    // Straight after the first render, before any read of the screen's own.
    expect(verdict()?.textContent).toMatch(/external/i);
    expect(resultAtStart(PATH_DATA)).toBeUndefined();
    cleanup();

    showScreen('/path', <PathRoutes />);
    expect(verdict()).toBeNull();
    expect(screen.getByRole('heading', { name: 'Path fit' })).toBeTruthy();
    await waitFor(() => expect(verdict()).not.toBeNull(), { timeout: 5000 });
  });

  it('the questionnaire is read at start too; a screen below it that does not exist reads nothing', async () => {
    await screenAt('/path/questionnaire').warm();
    expect(resultAtStart(PATH_DATA)).toEqual(expect.objectContaining({ answers: [], entries: [], people: [] }));
    showScreen('/path/questionnaire', <PathRoutes />);
    expect(resultAtStart(PATH_DATA)).toBeUndefined();
    cleanup();
    await screenAt('/path/elsewhere').warm();
    expect(resultAtStart(PATH_DATA)).toBeUndefined();
  });
});
