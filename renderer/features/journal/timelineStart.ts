import { liveAtStart, readAtStart, type AnsweredAtStart } from '../../app/startReads';
import { countEntries, pageEntries, type EntryPage } from '../../data/repositories/entryPages';
import { ENTRY_PAGE_SIZE } from '../../data/usePagedEntries';
import { filterFromParams } from './filters';
import { peopleOf, readPeopleNames, type PeopleNames } from './usePeopleNames';

// What the timeline's first render needs when the app opens on it (routes.tsx, `warm`), read
// beside the theme: the journal's count (an empty journal shows its empty state at once), and the
// first page of the address's filter with the names of its conversations' people, so the first
// render shows rows instead of starting those two reads one after the other once it is on screen.

/** The key of the journal's count read at start. */
export const JOURNAL_COUNT = 'journal-count';
/** The key of the first page read at start (an AnsweredAtStart<EntryPage>, its question timelinePageQuestion's). */
export const JOURNAL_FIRST_PAGE = 'journal-first-page';
/** The key of the names of the first page's people read at start (an AnsweredAtStart<PeopleNames>, the same question as the page's). */
export const JOURNAL_NAMES = 'journal-names';

/** What a first page answers: the filter its entries match (as the timeline's params give it). */
export function timelinePageQuestion(params: URLSearchParams): string {
  return JSON.stringify(filterFromParams(params));
}

/** Reads at start what the timeline's first render at the address's query `params` needs (resolves when all is read). */
export function warmTimeline(params: URLSearchParams): Promise<unknown> {
  const question = timelinePageQuestion(params);
  const page = pageEntries(filterFromParams(params), null, ENTRY_PAGE_SIZE);
  return Promise.all([
    liveAtStart(JOURNAL_COUNT, () => countEntries()),
    readAtStart(JOURNAL_FIRST_PAGE, async (): Promise<AnsweredAtStart<EntryPage>> => ({ question, value: await page })),
    readAtStart(JOURNAL_NAMES, async (): Promise<AnsweredAtStart<PeopleNames>> => {
      const key = peopleOf((await page).entries);
      return { question, value: { key, names: await readPeopleNames(key) } };
    }),
  ]);
}
