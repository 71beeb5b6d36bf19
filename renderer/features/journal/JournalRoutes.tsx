import { useEffect, type ReactNode } from 'react';
import { matchPath, Route, Routes } from 'react-router';
import { lazyScreen, preloadWhenIdle } from '../../app/lazyScreen';
import { Timeline } from './Timeline';
import './journal.css';

// The timeline is a first screen (main bundle); the reader (Markdown) and the forms load on first use.
const NewEntry = lazyScreen(() => import('./EntryEditor'), 'NewEntry');
const EditEntry = lazyScreen(() => import('./EntryEditor'), 'EditEntry');
const EntryView = lazyScreen(() => import('./EntryView'), 'EntryView');

/** Fetches the code of the journal screen at `rest` (the path below /journal), if it has its own chunk. */
export function preloadJournalScreen(rest: string): Promise<unknown> {
  if (matchPath('new/:kind', rest)) return NewEntry.preload();
  if (matchPath(':id/edit', rest)) return EditEntry.preload();
  if (rest && matchPath(':id', rest)) return EntryView.preload();
  return Promise.resolve();
}

/** The journal: timeline, reader view, and the create/edit forms of each kind. */
export function JournalRoutes() {
  // Opening an entry or saving one lands on these: have their code ready by then.
  useEffect(() => preloadWhenIdle([EntryView, NewEntry, EditEntry]), []);
  return (
    <Routes>
      <Route index element={<Timeline />} />
      <Route
        path="new/:kind"
        element={
          <WithReaderReady>
            <NewEntry />
          </WithReaderReady>
        }
      />
      <Route path=":id" element={<EntryView />} />
      <Route
        path=":id/edit"
        element={
          <WithReaderReady>
            <EditEntry />
          </WithReaderReady>
        }
      />
    </Routes>
  );
}

/** A form: saving lands on the reader, so its code is fetched as soon as the form opens. */
function WithReaderReady({ children }: { children: ReactNode }) {
  useEffect(() => void EntryView.preload().catch(() => undefined), []); // a visit retries (see lazyScreen)
  return children;
}
