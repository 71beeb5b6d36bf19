import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { SaveConflictError } from '../../../renderer/data/revisions';
import { isStorageFull, saveFailureMessage, STORAGE_FULL_MESSAGE } from '../../../renderer/data/saveErrors';

describe('storage-full and conflict messages', () => {
  const quota = Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });

  it('recognises storage full however Dexie wrapped it', () => {
    expect(isStorageFull(quota)).toBe(true);
    expect(isStorageFull(new Dexie.AbortError('Transaction aborted', quota))).toBe(true);
    expect(isStorageFull(new Error('Transaction aborted', { cause: quota }))).toBe(true);
    expect(isStorageFull(new Error('Constraint failed'))).toBe(false);
  });

  it('says what happened, that nothing was lost, and what to do, instead of the raw error name', () => {
    const text = saveFailureMessage(new Dexie.AbortError('Transaction aborted', quota), 'this entry');
    expect(text).toBe(STORAGE_FULL_MESSAGE);
    expect(text).toContain("disk is full, so this change couldn't be saved");
    expect(text).toContain('Nothing is lost');
    expect(text).toContain('Free some disk space (or export a backup');
    expect(text).not.toContain('QuotaExceededError');
  });

  it('names a deletion or a newer version elsewhere', () => {
    expect(saveFailureMessage(new SaveConflictError('entries', { id: 'x' }, null), 'the follow-up')).toBe(
      'Nothing was changed: the follow-up was deleted in another window.',
    );
    expect(saveFailureMessage(new SaveConflictError('entries', { id: 'x' }, { id: 'x' }), 'the follow-up')).toBe(
      'Nothing was changed: the follow-up was changed in another window in the meantime, and that newer version is kept.',
    );
  });
});
