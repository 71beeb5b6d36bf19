import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setPlain } from '../../../renderer/crypto/session';
import { SextantDB, db, setDatabase } from '../../../renderer/data/db';
import { prepareEncryption, turnEncryptionOn } from '../../../renderer/data/encryption/journalEncryption';
import { setClock } from '../../../renderer/data/ids';
import {
  deleteEntry,
  hasEntries,
  openFollowUps,
  restoreEntry,
  saveEntry,
  setFollowUpDone,
} from '../../../renderer/data/repositories/entries';
import type { Conversation } from '../../../shared/schemas';
import { conversation, reflection, uuid } from '../../shared/builders';

beforeEach(() => {
  setDatabase(new SextantDB('t-' + crypto.randomUUID()));
  setPlain();
  setClock(() => '2026-03-01T10:00:00.000Z');
});
afterEach(() => {
  setPlain();
  vi.restoreAllMocks();
});

/**
 * Six conversations and a reflection. Open follow-ups: 3 (due 9 March), 7 and 4 (both due
 * 2 March: by id, 4 before 7), 8 (due 20 March). Done: 5. No follow-up date: 6.
 */
async function journal(): Promise<void> {
  await saveEntry(reflection({ id: uuid(1), date: '2026-02-01' }));
  await saveEntry(conversation({ id: uuid(3), date: '2026-02-10', followUpDate: '2026-03-09', followUpNote: 'Send the deck' }));
  await saveEntry(conversation({ id: uuid(7), date: '2026-02-12', followUpDate: '2026-03-02' }));
  await saveEntry(conversation({ id: uuid(4), date: '2026-02-20', followUpDate: '2026-03-02' }));
  await saveEntry(conversation({ id: uuid(5), date: '2026-02-21', followUpDate: '2026-02-25', followUpDone: true }));
  await saveEntry(conversation({ id: uuid(6), date: '2026-02-22' }));
  await saveEntry(conversation({ id: uuid(8), date: '2026-02-23', followUpDate: '2026-03-20' }));
}

const due = async () => (await openFollowUps()).map((c) => [c.id, c.followUpDate]);
const OPEN = [
  [uuid(4), '2026-03-02'],
  [uuid(7), '2026-03-02'],
  [uuid(3), '2026-03-09'],
  [uuid(8), '2026-03-20'],
];

describe('openFollowUps', () => {
  it('lists the open follow-ups soonest first, the same day by id, and reads only those conversations', async () => {
    await journal();
    const bulkGet = vi.spyOn(db().entries, 'bulkGet');
    expect(await due()).toEqual(OPEN);
    // Whole records: the note comes along.
    expect((await openFollowUps()).find((c) => c.id === uuid(3))?.followUpNote).toBe('Send the deck');
    // The done one (5), the one without a date (6) and the reflection (1) were never read.
    expect(bulkGet.mock.calls.map(([ids]) => [...ids].sort())).toEqual([
      [uuid(3), uuid(4), uuid(7), uuid(8)],
      [uuid(3), uuid(4), uuid(7), uuid(8)],
    ]);
  });

  it('follows done, undone, an edited date, a delete and its undo', async () => {
    await journal();
    const c4 = (await openFollowUps())[0] as Conversation;
    await setFollowUpDone(c4, true);
    expect(await due()).toEqual([OPEN[1], OPEN[2], OPEN[3]]);
    await setFollowUpDone(c4, false);
    expect(await due()).toEqual(OPEN);
    // Moved to 21 March: last.
    const c7 = (await openFollowUps())[1]!;
    await saveEntry({ ...c7, followUpDate: '2026-03-21' });
    expect(await due()).toEqual([OPEN[0], OPEN[2], OPEN[3], [uuid(7), '2026-03-21']]);
    const deleted = await deleteEntry(uuid(3));
    expect(await due()).toEqual([OPEN[0], OPEN[3], [uuid(7), '2026-03-21']]);
    await restoreEntry(deleted!);
    expect(await due()).toEqual([OPEN[0], OPEN[2], OPEN[3], [uuid(7), '2026-03-21']]);
  });

  it('is empty in an empty journal and in one without open follow-ups', async () => {
    expect(await openFollowUps()).toEqual([]);
    await saveEntry(conversation({ id: uuid(5), followUpDate: '2026-02-25', followUpDone: true }));
    await saveEntry(reflection({ id: uuid(1) }));
    expect(await hasEntries()).toBe(true);
    expect(await openFollowUps()).toEqual([]);
  });

  it('gives the same list with encryption on, and follows writes made while it is on', async () => {
    await journal();
    await turnEncryptionOn(await prepareEncryption('maple orbit velvet canyon', 100_000));
    expect(await due()).toEqual(OPEN);
    await saveEntry(conversation({ id: uuid(2), date: '2026-02-24', followUpDate: '2026-03-02' }));
    await setFollowUpDone(
      (await openFollowUps()).find((c) => c.id === uuid(8))!,
      true,
    );
    expect(await due()).toEqual([[uuid(2), '2026-03-02'], OPEN[0], OPEN[1], OPEN[2]]);
  });
});

describe('hasEntries', () => {
  it('is false for an empty journal, true once an entry is saved, false again after it is deleted', async () => {
    expect(await hasEntries()).toBe(false);
    await saveEntry(reflection({ id: uuid(1) }));
    expect(await hasEntries()).toBe(true);
    await deleteEntry(uuid(1));
    expect(await hasEntries()).toBe(false);
  });

  it('is true with encryption on (the primary key stays in clear)', async () => {
    await turnEncryptionOn(await prepareEncryption('maple orbit velvet canyon', 100_000));
    expect(await hasEntries()).toBe(false);
    await saveEntry(conversation({ id: uuid(2) }));
    expect(await hasEntries()).toBe(true);
  });
});
