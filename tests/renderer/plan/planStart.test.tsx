// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, screen, waitFor } from '@testing-library/react';
import { SextantDB, setDatabase } from '../../../renderer/data/db';
import { saveEntry } from '../../../renderer/data/repositories/entries';
import { savePlanPrefs } from '../../../renderer/data/repositories/settings';
import { PlanRoutes } from '../../../renderer/features/plan/PlanRoutes';
import { PLAN_INPUT } from '../../../renderer/features/plan/usePlanInput';
import { PLAN_PREFS } from '../../../renderer/features/plan/usePlanPrefs';
import { resultAtStart } from '../../../renderer/app/startReads';
import { screenAt } from '../../../renderer/app/routes';
import { PLAN_SECTION_IDS } from '../../../shared/plan';
import { goal, milestone, uuid } from '../../shared/builders';
import { showScreen } from '../showScreen';

beforeEach(() => setDatabase(new SextantDB(`plan-start-${crypto.randomUUID()}`)));
afterEach(cleanup);

const showPlan = () => showScreen('/plan', <PlanRoutes />);

const preview = (container: HTMLElement) => container.querySelector('.plan-preview .plan-doc');
const checkedPaper = () =>
  screen
    .getAllByRole('radio')
    .find((r) => (r as HTMLInputElement).checked)
    ?.closest('label')?.textContent;

describe('the plan as the app opens on it', () => {
  it('read at start (the route warms it), the first render already shows the preview with the remembered choices; a later visit reads afresh', async () => {
    await saveEntry(goal({ id: uuid(1), title: 'Price a product', targetDate: '2026-06-01', milestones: [milestone(1, true)] }));
    // jsdom's language is en-US, whose default paper is Letter: A4 can only come from the remembered choices.
    await savePlanPrefs({ sections: [...PLAN_SECTION_IDS], paper: 'A4', includeOverdue: false, takeaways: [] });
    await screenAt('/plan').warm();
    const { container } = showPlan();
    // Straight after the first render, before any read of the screen's own.
    expect(preview(container)?.textContent).toContain('Price a product');
    expect(checkedPaper()).toBe('A4');
    expect(resultAtStart(PLAN_INPUT)).toBeUndefined();
    expect(resultAtStart(PLAN_PREFS)).toBeUndefined();
    cleanup();

    // Nothing read at start for this visit: the first render is the heading alone, the screen's own reads bring the preview.
    await saveEntry(goal({ id: uuid(2), title: 'Run a pricing test', targetDate: '2026-07-01', milestones: [milestone(2, false)] }));
    const again = showPlan();
    expect(preview(again.container)).toBeNull();
    expect(screen.getByRole('heading', { name: 'Career plan' })).toBeTruthy();
    await waitFor(() => expect(preview(again.container)?.textContent).toContain('Run a pricing test'), { timeout: 5000 });
    expect(preview(again.container)?.textContent).toContain('Price a product');
  });

  it('an empty journal read at start: the first render shows where to start', async () => {
    await screenAt('/plan').warm();
    showPlan();
    expect(screen.getByRole('heading', { name: 'Your plan builds itself from your journal' })).toBeTruthy();
  });
});
