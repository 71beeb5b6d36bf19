import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setPlain } from '../../../renderer/crypto/session';
import { SEALED } from '../../../renderer/crypto/records';
import { db, SextantDB, setDatabase } from '../../../renderer/data/db';
import { prepareEncryption, turnEncryptionOff, turnEncryptionOn } from '../../../renderer/data/encryption/journalEncryption';
import { indexAfterBulkWrite, searchIndexStore, startSearchIndex } from '../../../renderer/data/searchIndex';
import { applyRestore, deleteAllData } from '../../../renderer/data/backupStore';
import { applyReflectionImport } from '../../../renderer/data/importStore';
import { makeBackup } from '../../../shared/backup/format';
import { REFLECTION_ID, sampleJournal } from '../../shared/backup/sampleJournal';
import { saveEntry } from '../../../renderer/data/repositories/entries';
import { savePerson } from '../../../renderer/data/repositories/people';
import { setClock } from '../../../renderer/data/ids';
import { generateJournal, QUICK_SIZE, sizeFor } from '../../../bench/generate';
import { conversation, person, reflection, uuid } from '../../shared/builders';
import { encodeSnapshot, JournalIndex } from '../../../shared/search';

const ids = async (q: string) => (await searchIndexStore.search(q)).map((h) => h.id).sort();
const PASS = 'maple orbit velvet canyon';

/** The index as the next start of the app sees it: stopped, then started on the same database. */
async function restart(): Promise<void> {
  searchIndexStore.stop();
  await startSearchIndex(db());
}

/** Every stored snapshot row as IndexedDB holds it (no middleware), as one text. */
async function rawSnapshot(): Promise<{ rows: Record<string, unknown>[]; text: string }> {
  const raw = new Dexie(db().name);
  await raw.open();
  const rows = (await raw.table('searchSnapshot').toArray()) as Record<string, unknown>[];
  raw.close();
  return { rows, text: JSON.stringify(rows, (_k, v) => (v instanceof Uint8Array ? new TextDecoder().decode(v) : v)) };
}

beforeEach(() => {
  setDatabase(new SextantDB(`t-${crypto.randomUUID()}`));
  setPlain();
  setClock(() => '2026-03-01T10:00:00.000Z');
});
afterEach(() => {
  searchIndexStore.stop();
  setPlain();
});

describe('the saved search index', () => {
  it('is saved after the first build and answers the next start at once, as the build did', async () => {
    const journal = generateJournal(5, QUICK_SIZE);
    await db().people.bulkPut(journal.people);
    await db().entries.bulkPut(journal.entries);
    await startSearchIndex(db());
    expect(searchIndexStore.getState()).toMatchObject({ status: 'ready', source: 'build', saved: false });
    const queries = ['roadmap', 'stakeh', 'custmer', 'ana moreau', 'pricing experiment'];
    const before = await Promise.all(queries.map((q) => searchIndexStore.search(q)));
    expect(before.every((hits) => hits.length > 0)).toBe(true);
    await searchIndexStore.saveNow();
    expect(searchIndexStore.getState().saved).toBe(true);
    expect(await db().searchSnapshot.count()).toBeGreaterThan(1);

    await restart();
    const state = searchIndexStore.getState();
    expect(state).toMatchObject({ status: 'ready', source: 'snapshot', reconciled: { updated: 0, removed: 0 }, reconciling: false });
    expect(state.documents).toBe(searchIndexStore.getState().documents);
    expect(await Promise.all(queries.map((q) => searchIndexStore.search(q)))).toEqual(before);
  });

  it('answers from the snapshot before the reconciliation is done: a search right after start finds the saved entries', async () => {
    await saveEntry(reflection({ id: uuid(10), title: 'Lantern pricing review' }));
    await startSearchIndex(db());
    await searchIndexStore.saveNow();
    searchIndexStore.stop();
    let firstReady: ReturnType<typeof searchIndexStore.getState> | undefined;
    let answer: Promise<string[]> | undefined;
    const unsubscribe = searchIndexStore.subscribe(() => {
      const state = searchIndexStore.getState();
      if (state.status !== 'ready' || firstReady) return;
      firstReady = state;
      answer = ids('lantern'); // asked at once, while the reconciliation runs
    });
    await startSearchIndex(db());
    unsubscribe();
    // The first ready state came from the snapshot, with the reconciliation still running.
    expect(firstReady).toMatchObject({ source: 'snapshot', reconciling: true });
    expect(await answer).toEqual([uuid(10)]);
    expect(searchIndexStore.getState().reconciling).toBe(false);
  });

  it('a snapshot left stale (writes the app did not see while it was closed) is corrected by the reconciliation, then saved again', async () => {
    await savePerson(person({ id: uuid(1), name: 'Ada Quist' }));
    await saveEntry(reflection({ id: uuid(10), title: 'Lantern pricing review' }));
    await saveEntry(reflection({ id: uuid(11), title: 'Walrus roadmap draft' }));
    await saveEntry(conversation({ id: uuid(12), personId: uuid(1), notes: 'Quarterly plans' }));
    await startSearchIndex(db());
    await searchIndexStore.saveNow();
    searchIndexStore.stop();
    // While "closed": an edit, a deletion, an addition and a rename, straight into the database.
    const r10 = await db().entries.get(uuid(10));
    await db().entries.put({ ...r10!, title: 'Lantern pricing postmortem', updatedAt: '2026-03-02T00:00:00.000Z' } as never);
    await db().entries.delete(uuid(11));
    await db().entries.put(reflection({ id: uuid(13), title: 'Narwhal hiring plan' }));
    await db().people.update(uuid(1), { name: 'Ada Lindqvist' });

    await startSearchIndex(db());
    expect(searchIndexStore.getState()).toMatchObject({ source: 'snapshot', reconciled: { updated: 4, removed: 1 }, saved: false });
    expect(await ids('postmortem')).toEqual([uuid(10)]);
    expect(await ids('review')).toEqual([]);
    expect(await ids('walrus')).toEqual([]);
    expect(await ids('narwhal')).toEqual([uuid(13)]);
    expect(await ids('lindqvist')).toEqual([uuid(1), uuid(12)].sort());
    expect(await ids('quist')).toEqual([]);
    // Saved again: the next start has nothing left to correct.
    await searchIndexStore.saveNow();
    await restart();
    expect(searchIndexStore.getState()).toMatchObject({ source: 'snapshot', reconciled: { updated: 0, removed: 0 } });
    expect(await ids('narwhal')).toEqual([uuid(13)]);
  });

  it('writes while the app runs are saved too (debounced), so the next start has them without reconciling', async () => {
    await startSearchIndex(db());
    await saveEntry(reflection({ id: uuid(20), title: 'Okapi migration plan' }));
    await searchIndexStore.settled();
    expect(searchIndexStore.getState().saved).toBe(false);
    await searchIndexStore.saveNow();
    await restart();
    expect(searchIndexStore.getState()).toMatchObject({ source: 'snapshot', reconciled: { updated: 0, removed: 0 } });
    expect(await ids('okapi')).toEqual([uuid(20)]);
  });

  it('a damaged snapshot is dropped and the index built from the records, without an error on screen or in the console', async () => {
    const errors = vi.spyOn(console, 'error');
    await saveEntry(reflection({ id: uuid(10), title: 'Lantern pricing review' }));
    await startSearchIndex(db());
    await searchIndexStore.saveNow();
    searchIndexStore.stop();
    const [first] = await db().searchSnapshot.toArray();
    await db().searchSnapshot.put({ part: first!.part, text: first!.text.slice(0, 10) + '\u0000garbage' + first!.text.slice(30) });

    await startSearchIndex(db());
    const state = searchIndexStore.getState();
    expect(state).toMatchObject({ status: 'ready', source: 'build' });
    expect(state.snapshotProblem).toMatch(/cannot be used|JSON/);
    expect(await ids('lantern')).toEqual([uuid(10)]);
    expect(errors).not.toHaveBeenCalled();
    // The build's own snapshot replaces it.
    await searchIndexStore.saveNow();
    await restart();
    expect(searchIndexStore.getState()).toMatchObject({ source: 'snapshot', snapshotProblem: undefined });
    expect(await ids('lantern')).toEqual([uuid(10)]);
  });

  it('with encryption on, the snapshot is stored sealed (no word of the journal in clear), and turning encryption on and off keeps a correct index', async () => {
    await savePerson(person({ id: uuid(1), name: 'Ada Quist' }));
    await saveEntry(reflection({ id: uuid(10), title: 'Notes on moonlit harbor quorum' }));
    await startSearchIndex(db());
    await searchIndexStore.saveNow();
    // Before encryption the snapshot holds the words in clear (so the check below can fail).
    expect((await rawSnapshot()).text).toContain('moonlit');
    expect((await rawSnapshot()).text).toContain('quist');

    await turnEncryptionOn(await prepareEncryption(PASS, 100_000));
    expect(db().name).toMatch(/-sealed$/);
    // The index followed the encrypted copy, loading its (copied, sealed) snapshot.
    await searchIndexStore.settled();
    expect(searchIndexStore.getState()).toMatchObject({ status: 'ready', source: 'snapshot' });
    expect(await ids('harbor')).toEqual([uuid(10)]);
    await saveEntry(reflection({ id: uuid(11), title: 'Velvet lighthouse ideas' }));
    await searchIndexStore.saveNow();
    const sealed = await rawSnapshot();
    expect(sealed.rows.length).toBeGreaterThan(0);
    for (const row of sealed.rows) expect(Object.keys(row).sort()).toEqual([SEALED, 'part'].sort());
    for (const word of ['moonlit', 'harbor', 'quorum', 'quist', 'velvet', 'lighthouse']) expect(sealed.text).not.toContain(word);
    await restart();
    expect(searchIndexStore.getState()).toMatchObject({ source: 'snapshot', reconciled: { updated: 0, removed: 0 } });
    expect(await ids('lighthouse')).toEqual([uuid(11)]);

    await turnEncryptionOff(PASS);
    await searchIndexStore.settled();
    expect(db().name).not.toMatch(/-sealed$/);
    expect(await ids('lighthouse')).toEqual([uuid(11)]);
    expect(await ids('quist')).toEqual([uuid(1)]);
  });

  it('Delete all data leaves no snapshot and an empty index; what is written next is found', async () => {
    await saveEntry(reflection({ id: uuid(10), title: 'Lantern pricing review' }));
    await startSearchIndex(db());
    await searchIndexStore.saveNow();
    await deleteAllData(async () => true);
    await searchIndexStore.settled();
    await searchIndexStore.saveNow();
    expect(await ids('lantern')).toEqual([]);
    await saveEntry(reflection({ id: uuid(11), title: 'Walrus roadmap draft' }));
    await searchIndexStore.saveNow();
    await restart();
    expect(await ids('lantern')).toEqual([]);
    expect(await ids('walrus')).toEqual([uuid(11)]);
  });
});

describe('a saved index in segments', () => {
  /** Stores a journal and its snapshot in 300-slot segments, in parts of 20,000 characters (many reads). */
  async function storeWithSnapshot(damageSegment?: number) {
    const journal = generateJournal(5, sizeFor(2_500));
    await db().people.bulkPut(journal.people);
    await db().entries.bulkPut(journal.entries);
    const index = new JournalIndex();
    index.addPeople(journal.people);
    index.addEntries(journal.entries);
    let lines = encodeSnapshot(index.exportState(), 300).split('\n');
    if (damageSegment !== undefined) lines = lines.map((l, i) => (i === damageSegment ? l.replace('"numbers":"', '"numbers":"!') : l));
    const text = lines.join('\n');
    const parts = Array.from({ length: Math.ceil(text.length / 20_000) }, (_, i) => ({
      part: i,
      text: text.slice(i * 20_000, (i + 1) * 20_000),
    }));
    await db().searchSnapshot.bulkPut(parts);
    return { index, segments: lines.length };
  }

  /** Starts the index; the first time it reports documents while still loading, searches there and then. */
  async function startAndSearchEarly(query: string) {
    const early: { documents: number; hits: string[] }[] = [];
    let asked: Promise<void> | undefined;
    const unsubscribe = searchIndexStore.subscribe(() => {
      const state = searchIndexStore.getState();
      if (state.status !== 'building' || state.documents === 0 || asked) return;
      asked = searchIndexStore
        .search(query, {}, 5_000)
        .then((hits) => void early.push({ documents: state.documents, hits: hits.map((h) => h.id) }));
    });
    await startSearchIndex(db());
    unsubscribe();
    await asked;
    return early;
  }

  it('a query asked while the segments are decoded is answered from those taken in (status "building"), then from the whole index, as saved', async () => {
    const { index, segments } = await storeWithSnapshot();
    expect(segments).toBeGreaterThan(8);
    // A load that takes longer than the first partial answer's delay (250 ms; this one takes less):
    // the clock moves 300 ms per reading.
    let clock = 0;
    const now = vi.spyOn(performance, 'now').mockImplementation(() => (clock += 300));
    const early = await startAndSearchEarly('roadmap');
    now.mockRestore();
    const all = (await searchIndexStore.search('roadmap', {}, 5_000)).map((h) => h.id);
    expect(early).toHaveLength(1);
    // Some segments in, not all: some of the matches, each one a real match.
    expect(early[0]!.documents).toBeGreaterThanOrEqual(300);
    expect(early[0]!.documents).toBeLessThan(index.documentCount);
    expect(early[0]!.hits.length).toBeGreaterThan(0);
    expect(early[0]!.hits.length).toBeLessThan(all.length);
    expect(all).toEqual(expect.arrayContaining(early[0]!.hits));
    // Whole: loaded (not built), nothing to correct, and exactly what the saved index answers.
    expect(searchIndexStore.getState()).toMatchObject({ status: 'ready', source: 'snapshot', reconciled: { updated: 0, removed: 0 } });
    expect(searchIndexStore.getState().documents).toBe(index.documentCount);
    for (const q of ['roadmap', 'stakeh', 'custmer', 'ana moreau']) expect(await searchIndexStore.search(q)).toEqual(index.search(q));
  });

  it('the first segment answers as soon as it is in, even in a load that ends at once (as at 10,000 entries); the others at most once a second', async () => {
    const { index } = await storeWithSnapshot();
    // The clock stands still: every later segment comes within the second after the first.
    const now = vi.spyOn(performance, 'now').mockReturnValue(1_000);
    const shown: { status: string; documents: number; unchecked?: boolean }[] = [];
    const unsubscribe = searchIndexStore.subscribe(() => {
      const { status, documents, unchecked } = searchIndexStore.getState();
      if (shown.at(-1)?.documents !== documents || shown.at(-1)?.status !== status) shown.push({ status, documents, unchecked });
    });
    const early = await startAndSearchEarly('roadmap');
    unsubscribe();
    now.mockRestore();
    // One partial answer (the first segment, 300 slots here, or more if one read completed more),
    // marked as not checked against the journal yet; then the whole index.
    const partial = shown.filter((s) => s.status === 'building' && s.documents > 0);
    expect(partial).toHaveLength(1);
    expect(partial[0]!.documents).toBeGreaterThanOrEqual(300);
    expect(partial[0]!.documents).toBeLessThan(index.documentCount);
    expect(partial[0]!.unchecked).toBe(true);
    expect(early).toHaveLength(1);
    expect(early[0]!.documents).toBe(partial[0]!.documents);
    const all = (await searchIndexStore.search('roadmap', {}, 5_000)).map((h) => h.id);
    expect(early[0]!.hits.length).toBeGreaterThan(0);
    expect(all).toEqual(expect.arrayContaining(early[0]!.hits));
    expect(searchIndexStore.getState()).toMatchObject({
      status: 'ready',
      source: 'snapshot',
      documents: index.documentCount,
      unchecked: false,
    });
    for (const q of ['roadmap', 'stakeh', 'custmer', 'ana moreau']) expect(await searchIndexStore.search(q)).toEqual(index.search(q));
  });

  it('a first segment that cannot be taken in (read by the page while the worker starts): built from the records, and the reason kept', async () => {
    const { index } = await storeWithSnapshot(0);
    await startSearchIndex(db());
    expect(searchIndexStore.getState()).toMatchObject({ status: 'ready', source: 'build', unchecked: false });
    expect(searchIndexStore.getState().snapshotProblem).toMatch(/alphabet/);
    // Saved again, from the build: the next start loads it whole.
    await searchIndexStore.saveNow();
    await restart();
    expect(searchIndexStore.getState()).toMatchObject({ status: 'ready', source: 'snapshot', reconciled: { updated: 0, removed: 0 } });
    for (const q of ['roadmap', 'ana moreau']) expect(await searchIndexStore.search(q)).toEqual(index.search(q));
  });

  it('a segment damaged half-way: the index is built from the records instead, and answers as a build does', async () => {
    const { index } = await storeWithSnapshot(4);
    await startSearchIndex(db());
    expect(searchIndexStore.getState()).toMatchObject({ status: 'ready', source: 'build' });
    expect(searchIndexStore.getState().snapshotProblem).toMatch(/alphabet/);
    expect(searchIndexStore.getState().documents).toBe(index.documentCount);
    for (const q of ['roadmap', 'stakeh', 'ana moreau']) expect(await searchIndexStore.search(q)).toEqual(index.search(q));
  });
});

describe('a first build (no saved index)', () => {
  it('answers from what it has indexed so far while the status stays "building", then from the whole journal', async () => {
    const journal = generateJournal(5, sizeFor(2_500));
    await db().people.bulkPut(journal.people);
    await db().entries.bulkPut(journal.entries);
    const partial: { documents: number; hits: number }[] = [];
    let asked: Promise<void> | undefined;
    const unsubscribe = searchIndexStore.subscribe(() => {
      const state = searchIndexStore.getState();
      // The first time the index reports documents while still building: search it there and then.
      if (state.status !== 'building' || state.documents === 0 || asked) return;
      asked = searchIndexStore.search('roadmap', {}, 5_000).then((hits) => {
        partial.push({ documents: state.documents, hits: hits.length });
      });
    });
    await startSearchIndex(db(), { snapshot: false });
    unsubscribe();
    await asked;
    const all = (await searchIndexStore.search('roadmap', {}, 5_000)).length;
    // 2,500 entries are read in chunks of 500; the first report comes after the people (125) and
    // a chunk or two (here the worker's handler runs in the page, so the search is answered with
    // what is indexed at that moment): it finds some but not all.
    expect(partial).toHaveLength(1);
    expect(partial[0]!.documents).toBeGreaterThan(500);
    expect(partial[0]!.documents).toBeLessThan(searchIndexStore.getState().documents);
    expect(partial[0]!.hits).toBeGreaterThan(0);
    expect(partial[0]!.hits).toBeLessThan(all);
    expect(searchIndexStore.getState()).toMatchObject({ status: 'ready', source: 'build' });
  });
});

describe('the saved search index after a restore or an import', () => {
  const backup = () => makeBackup(sampleJournal(), '0.1.0', '2026-02-01T10:00:00.000Z');

  it('after a restore, the index takes in the restored journal and is saved at once: the next start loads it with nothing to correct', async () => {
    await saveEntry(reflection({ id: uuid(10), title: 'Lantern pricing review' }));
    await startSearchIndex(db());
    await searchIndexStore.saveNow();
    await applyRestore(backup(), 'replace');
    await indexAfterBulkWrite();
    // Saved now, not 3 s later: the snapshot holds the restored journal.
    expect(searchIndexStore.getState()).toMatchObject({ status: 'ready', saved: true });
    await restart();
    expect(searchIndexStore.getState()).toMatchObject({ source: 'snapshot', reconciled: { updated: 0, removed: 0 } });
    expect(await ids('stung')).toEqual([REFLECTION_ID]);
    expect(await ids('lantern')).toEqual([]);
  });

  it('an index that was not running is built from the restored journal (not loaded from the older snapshot) and saved', async () => {
    await saveEntry(reflection({ id: uuid(10), title: 'Lantern pricing review' }));
    await startSearchIndex(db());
    await searchIndexStore.saveNow();
    searchIndexStore.stop();
    await applyRestore(backup(), 'replace');
    await indexAfterBulkWrite();
    expect(searchIndexStore.getState()).toMatchObject({ status: 'ready', source: 'build', saved: true });
    await restart();
    expect(searchIndexStore.getState()).toMatchObject({ source: 'snapshot', reconciled: { updated: 0, removed: 0 } });
    expect(await ids('stung')).toEqual([REFLECTION_ID]);
    expect(await ids('lantern')).toEqual([]);
  });

  it('after an import, the imported entries are in the saved index at once', async () => {
    await startSearchIndex(db());
    await searchIndexStore.saveNow();
    const { updatedAt: _, ...imported } = reflection({ id: uuid(30), title: 'Imported fjord retrospective' });
    await applyReflectionImport([imported]);
    await indexAfterBulkWrite();
    expect(searchIndexStore.getState().saved).toBe(true);
    await restart();
    expect(searchIndexStore.getState()).toMatchObject({ source: 'snapshot', reconciled: { updated: 0, removed: 0 } });
    expect(await ids('fjord')).toEqual([uuid(30)]);
  });
});
