// @vitest-environment jsdom
import { StrictMode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import { db, SextantDB, setDatabase } from '../../../renderer/data/db';
import { liveAtStart, resultAtStart, useLiveQueryFromStart } from '../../../renderer/app/startReads';
import { goal, reflection, uuid } from '../../shared/builders';

const KEY = 'test-count';
let runs = 0;
/** The live query under test: how many entries there are, counting its own runs. */
const countEntries = () => {
  runs++;
  return db().entries.count();
};

function Count() {
  const count = useLiveQueryFromStart(KEY, countEntries, []);
  return <p>{count === undefined ? 'reading' : `${count} entries`}</p>;
}

const show = () => render(<StrictMode>{<Count />}</StrictMode>);
const pause = (ms: number) => act(() => new Promise((r) => setTimeout(r, ms)));

beforeEach(async () => {
  setDatabase(new SextantDB(`start-reads-${crypto.randomUUID()}`));
  runs = 0;
  await db().entries.bulkPut([reflection({ id: uuid(1) }), reflection({ id: uuid(2) })]);
});
afterEach(cleanup);

describe('a live query started as the app opens on its screen', () => {
  it('answers the first render and is taken over by the screen, not run again; it follows changes, and stops once the screen is gone', async () => {
    expect(await liveAtStart(KEY, countEntries)).toBe(2);
    expect(runs).toBe(1);
    const { unmount } = show();
    // The first render has the answer (React's development checks mount it twice, effects and all).
    expect(screen.getByText('2 entries')).toBeTruthy();
    await pause(60);
    expect(runs).toBe(1);
    expect(resultAtStart(KEY)).toBeUndefined();

    // The screen follows the journal: a write runs the query once more.
    await act(() => db().entries.put(reflection({ id: uuid(3) })));
    await waitFor(() => expect(screen.getByText('3 entries')).toBeTruthy());
    expect(runs).toBe(2);

    // Gone: the query no longer watches the journal.
    unmount();
    await pause(20);
    await db().entries.put(reflection({ id: uuid(4) }));
    await pause(60);
    expect(runs).toBe(2);
  });

  it('a later visit runs its own query, from "reading"', async () => {
    await liveAtStart(KEY, countEntries);
    show().unmount();
    await pause(20);
    runs = 0;
    show();
    expect(screen.getByText('reading')).toBeTruthy();
    await waitFor(() => expect(screen.getByText('2 entries')).toBeTruthy());
    expect(runs).toBeGreaterThanOrEqual(1);
  });

  it('a query that fails at start is left to the screen, which reads on its own', async () => {
    let failOnce = true;
    const flaky = () => {
      if (failOnce) {
        failOnce = false;
        return Promise.reject(new Error('disk busy'));
      }
      return db().entries.count();
    };
    expect(await liveAtStart(KEY, flaky)).toBeUndefined();
    expect(resultAtStart(KEY)).toBeUndefined();
    show();
    await waitFor(() => expect(screen.getByText('2 entries')).toBeTruthy());
  });
});

/** Entries of one kind, by a query made from `kind` (its deps), counting its own runs. */
const ofKind = (kind: string) => () => {
  runs++;
  return db().entries.where('kind').equals(kind).count();
};

function CountOfKind({ kind }: { kind: string }) {
  const count = useLiveQueryFromStart(KEY, ofKind(kind), [kind]);
  return <p>{count === undefined ? 'reading' : `${count} of ${kind}`}</p>;
}

describe('a live query started at start for given deps', () => {
  const showKind = (kind: string) => render(<StrictMode>{<CountOfKind kind={kind} />}</StrictMode>);

  it('is followed while the screen passes those deps, and left for good once they change (it then stops)', async () => {
    await db().entries.put(goal({ id: uuid(7) }));
    expect(await liveAtStart(KEY, ofKind('reflection'), ['reflection'])).toBe(2);
    const { rerender } = showKind('reflection');
    expect(screen.getByText('2 of reflection')).toBeTruthy();
    await pause(60);
    expect(runs).toBe(1);

    // Other deps: the screen's own query answers them (not the one started for reflections).
    rerender(<StrictMode>{<CountOfKind kind="goal" />}</StrictMode>);
    await waitFor(() => expect(screen.getByText('1 of goal')).toBeTruthy());
    // Back to the first deps: still its own query, which follows writes (the started one has stopped).
    rerender(<StrictMode>{<CountOfKind kind="reflection" />}</StrictMode>);
    await waitFor(() => expect(screen.getByText('2 of reflection')).toBeTruthy());
    runs = 0;
    await act(() => db().entries.put(reflection({ id: uuid(8) })));
    await waitFor(() => expect(screen.getByText('3 of reflection')).toBeTruthy());
    // One query watches the journal now: a write runs it once.
    await pause(60);
    expect(runs).toBe(1);
  });

  it('started for other deps than the first render passes: not shown, and stopped at once', async () => {
    await liveAtStart(KEY, ofKind('goal'), ['goal']);
    showKind('reflection');
    // Never the goals' count under the reflections' label.
    expect(screen.getByText('reading')).toBeTruthy();
    await waitFor(() => expect(screen.getByText('2 of reflection')).toBeTruthy());
    await pause(60);
    runs = 0;
    await act(() => db().entries.put(goal({ id: uuid(9) })));
    await pause(80);
    // Only the screen's query ran (a goal touches the entries it watches too); the one started for goals had stopped.
    expect(runs).toBe(1);
  });
});

describe('a live query started at start that no screen takes', () => {
  afterEach(() => vi.useRealTimers());

  it('stops watching the journal after a while (10 s)', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const first = liveAtStart(KEY, countEntries);
    while (runs === 0) await vi.advanceTimersByTimeAsync(0);
    expect(await first).toBe(2);
    // Still watched: a write runs it again.
    await db().entries.put(reflection({ id: uuid(5) }));
    await vi.waitFor(async () => {
      await vi.advanceTimersByTimeAsync(0);
      expect(runs).toBe(2);
    });
    await vi.advanceTimersByTimeAsync(10_000);
    expect(resultAtStart(KEY)).toBeUndefined();
    await db().entries.put(reflection({ id: uuid(6) }));
    await vi.advanceTimersByTimeAsync(100);
    vi.useRealTimers();
    await pause(60);
    expect(runs).toBe(2);
  });
});
