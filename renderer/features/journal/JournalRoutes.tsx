import { Route, Routes } from 'react-router';
import { EditEntry, NewEntry } from './EntryEditor';
import { EntryView } from './EntryView';
import { Timeline } from './Timeline';
import './journal.css';

/** The journal: timeline, reader view, and the create/edit forms of each kind. */
export function JournalRoutes() {
  return (
    <Routes>
      <Route index element={<Timeline />} />
      <Route path="new/:kind" element={<NewEntry />} />
      <Route path=":id" element={<EntryView />} />
      <Route path=":id/edit" element={<EditEntry />} />
    </Routes>
  );
}
