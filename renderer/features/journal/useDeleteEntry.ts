import { useCallback } from 'react';
import { useNavigate } from 'react-router';
import { deleteEntry, restoreEntry } from '../../data/repositories/entries';
import { useToast } from '../../components/Toast';
import { SaveConflictError } from '../../data/revisions';
import { saveFailureMessage } from '../../data/saveErrors';

/** Deletes an entry, goes back to the timeline and offers Undo (which puts it back exactly as it was). */
export function useDeleteEntry(): (id: string) => Promise<void> {
  const navigate = useNavigate();
  const toast = useToast();
  return useCallback(
    async (id: string) => {
      try {
        const removed = await deleteEntry(id);
        void navigate('/journal');
        if (!removed) return;
        toast('Entry deleted', {
          action: {
            label: 'Undo',
            run: () => {
              restoreEntry(removed).then(
                () => toast('Entry restored'),
                (e: unknown) =>
                  toast(
                    e instanceof SaveConflictError
                      ? 'The entry was not restored: it was saved again in another window after you deleted it.'
                      : saveFailureMessage(e, 'the entry'),
                    { tone: 'error' },
                  ),
              );
            },
          },
        });
      } catch (e) {
        toast(`The entry could not be deleted: ${String(e)}`, { tone: 'error' });
      }
    },
    [navigate, toast],
  );
}
