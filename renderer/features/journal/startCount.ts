import { countEntries } from '../../data/repositories/entryPages';

// The journal's size read as the app opens on the timeline: the route's `warm` (routes.tsx) starts
// it once the journal is open, beside the theme read, so the timeline's first render already knows
// whether to show the empty state or the filters, instead of rendering its heading alone and
// waiting for the count after that first commit. Only the timeline shown at start uses it: the
// live count takes over from its first result.
let atStart: number | undefined;

/** Counts the journal for the timeline's first render; resolves when done (a failure leaves it to the timeline's own count). */
export function countJournalAtStart(): Promise<void> {
  return countEntries().then(
    (n) => {
      atStart = n;
    },
    () => undefined,
  );
}

/** The count made at start, until the first timeline has shown it (then undefined: a later visit counts afresh). */
export function journalCountAtStart(): number | undefined {
  return atStart;
}

/** Called once the first timeline is mounted: its live count is current from then on. */
export function forgetJournalCountAtStart(): void {
  atStart = undefined;
}
