/**
 * Benchmark hooks, compiled only into the bench build (VITE_BENCH=1; see renderer/main.tsx), never
 * into the app: `window.__sextantBench` lets bench/run.mjs drive the app's own code paths inside
 * the page (restore, search index, skill progress, path fit, plan PDF) and time them there.
 * Features that have not landed are found missing through import.meta.glob (an absent file gives
 * no module) and reported as such.
 */
import type { Backup } from '../../shared/backup/format';
import { generateJournal, sizeFor, type GeneratedJournal } from '../generate';
import { db } from '../../renderer/data/db';
import { listEntries } from '../../renderer/data/repositories/entries';
import { listPeople } from '../../renderer/data/repositories/people';
import { searchIndexStore, startSearchIndex } from '../../renderer/data/searchIndex';

type Loader<T> = (() => Promise<T>) | undefined;
const first = <T>(mods: Record<string, () => Promise<unknown>>): Loader<T> => Object.values(mods)[0] as Loader<T>;

// Optional features: each is a loader, or undefined when its file does not exist.
const backupFormat = first<{ makeBackup(data: unknown, appVersion: string, exportedAt: string): Backup }>(
  import.meta.glob('../../shared/backup/format.ts'),
);
const backupStore = first<{
  applyRestore(b: Backup, mode: 'replace', onProgress?: () => void): Promise<unknown>;
  deleteAllData(eraseFiles: () => Promise<boolean>): Promise<unknown>;
}>(import.meta.glob('../../renderer/data/backupStore.ts'));
const skills = first<{ skillProgress(...a: unknown[]): unknown; focusSuggestions(p: unknown): unknown }>(
  import.meta.glob('../../shared/skills/index.ts'),
);
const skillsRepo = first<{ listCheckIns(): Promise<unknown[]>; listTargets(): Promise<unknown[]> }>(
  import.meta.glob('../../renderer/data/repositories/skills.ts'),
);
const path = first<{ pathFit(...a: unknown[]): unknown; fitHistory(...a: unknown[]): unknown; stepProgress(...a: unknown[]): unknown }>(
  import.meta.glob('../../shared/path/index.ts'),
);
const pathRepo = first<{ listPathAnswers(): Promise<unknown[]> }>(import.meta.glob('../../renderer/data/repositories/path.ts'));
const plan = first<{ composePlan(input: unknown): unknown; PLAN_SECTION_IDS: readonly string[] }>(
  import.meta.glob('../../shared/plan/index.ts'),
);
const printView = first<{ PlanPrintPage(props: { plan: unknown; paper: 'A4' }): unknown }>(
  import.meta.glob('../../renderer/features/plan/PlanPrintView.tsx'),
);
const settingsRepo = first<{ getProfile(): Promise<unknown> }>(import.meta.glob('../../renderer/data/repositories/settings.ts'));

const NOW = '2026-03-01';
let journal: GeneratedJournal | null = null;

function recordCount(j: GeneratedJournal): number {
  return j.entries.length + j.people.length + j.checkIns.length + j.targets.length + j.pathAnswers.length;
}

function timeMany(runs: number, fn: () => unknown): number[] {
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    out.push(performance.now() - t);
  }
  return out;
}

/** The scratch database of the raw baseline. */
const RAW_DB = 'sextant-bench-raw';

function deleteDatabase(name: string): Promise<void> {
  return new Promise<void>((resolve) => {
    const r = indexedDB.deleteDatabase(name);
    r.onsuccess = r.onerror = r.onblocked = () => resolve();
  });
}

/**
 * Raw IndexedDB: the same records put into a scratch database with the same stores and indexes,
 * in one transaction, every put queued at once. The scratch database (and whatever copy it held)
 * is deleted first, untimed; it is left filled (`dropRaw` deletes it).
 */
async function rawPuts(j: GeneratedJournal, settle = true): Promise<number> {
  // Nothing else at work while it is timed: the app's search index has caught up with the last
  // restore. Waited for before the deletion, as the restore's is, so neither write gets more time
  // than the other for the storage engine to clean up after the deletion before it.
  if (settle) await searchIndexStore.settled();
  await deleteDatabase(RAW_DB);
  const tables = { entries: j.entries, people: j.people, checkIns: j.checkIns, targets: j.targets, pathAnswers: j.pathAnswers };
  const idb = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open(RAW_DB, 1);
    open.onupgradeneeded = () => {
      for (const t of Object.keys(tables)) {
        const schema = db().table(t).schema;
        const store = open.result.createObjectStore(t, { keyPath: schema.primKey.keyPath as string });
        for (const ix of schema.indexes)
          store.createIndex(ix.name, ix.keyPath as string | string[], { multiEntry: ix.multi, unique: ix.unique });
      }
    };
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  const started = performance.now();
  await new Promise<void>((resolve, reject) => {
    const tx = idb.transaction(Object.keys(tables), 'readwrite');
    for (const [t, rows] of Object.entries(tables)) {
      const store = tx.objectStore(t);
      for (const row of rows as unknown[]) store.put(row);
    }
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  const ms = performance.now() - started;
  idb.close();
  return ms;
}

/** The generated journal as a backup (settings empty), made at the bench's fixed time. */
async function backupOf(j: GeneratedJournal): Promise<Backup> {
  const { makeBackup } = await backupFormat!();
  return makeBackup(
    { entries: j.entries, people: j.people, settings: [], checkIns: j.checkIns, targets: j.targets, pathAnswers: j.pathAnswers },
    'bench',
    `${NOW}T00:00:00.000Z`,
  );
}

/** The journal a season later: every 4th entry edited since (a later updatedAt), every 10th deleted since. */
function seasonLater(j: GeneratedJournal): GeneratedJournal {
  const entries = j.entries
    .filter((_, i) => i % 10 !== 1)
    .map((e, i) => (i % 4 === 0 ? { ...e, updatedAt: '2026-06-01T09:00:00.000Z', rev: (e.rev ?? 1) + 1 } : e));
  return { ...j, entries };
}

const api = {
  /** Generates a journal of `entries` entries in the page (deterministic), ready to restore. */
  generate(entries: number): { records: number; entries: number } {
    journal = generateJournal(20260301, sizeFor(entries), NOW);
    return { records: recordCount(journal), entries: journal.entries.length };
  },

  /**
   * One pair: a timed restore through the app's restore (replace, into a journal just emptied by
   * Delete all data) and a timed raw-put baseline of the same records (into a scratch database just
   * deleted); or null without the feature. Each write follows the deletion of the copy the previous
   * pair left (the journal's, the scratch database's: the same records), so each pays the same
   * storage-engine clean-up; `rawFirst` alternates which of the two goes first. `legacy` is the
   * measurement before that (raw first, then the restore right after deleting both copies).
   */
  async restore({ rawFirst = true, legacy = false }: { rawFirst?: boolean; legacy?: boolean } = {}): Promise<{
    records: number;
    restoreMs: number;
    rawMs: number;
  } | null> {
    const j = journal!;
    if (!backupFormat || !backupStore) {
      // Without the restore feature, still seed the journal so the other figures can be measured.
      await db().transaction('rw', [db().entries, db().people, db().checkIns, db().targets, db().pathAnswers], async () => {
        await db().entries.bulkPut(j.entries);
        await db().people.bulkPut(j.people);
        await db().checkIns.bulkPut(j.checkIns);
        await db().targets.bulkPut(j.targets);
        await db().pathAnswers.bulkPut(j.pathAnswers);
      });
      return null;
    }
    const { makeBackup } = await backupFormat();
    const store = await backupStore();
    const backup = makeBackup(
      { entries: j.entries, people: j.people, settings: [], checkIns: j.checkIns, targets: j.targets, pathAnswers: j.pathAnswers },
      'bench',
      `${NOW}T00:00:00.000Z`,
    );
    const timedRestore = async () => {
      if (!legacy) await searchIndexStore.settled();
      // Empty the journal before the restore (the storage files need no erasing between runs).
      await store.deleteAllData(async () => false);
      // The index, started again on the empty journal, is built at once (nothing to read).
      await searchIndexStore.settled();
      const started = performance.now();
      await store.applyRestore(backup, 'replace');
      return performance.now() - started;
    };
    if (legacy) {
      const rawMs = await rawPuts(j, false);
      await deleteDatabase(RAW_DB);
      return { records: recordCount(j), rawMs, restoreMs: await timedRestore() };
    }
    let rawMs: number;
    let restoreMs: number;
    if (rawFirst) {
      rawMs = await rawPuts(j);
      restoreMs = await timedRestore();
    } else {
      restoreMs = await timedRestore();
      rawMs = await rawPuts(j);
    }
    return { records: recordCount(j), restoreMs, rawMs };
  },

  /** Deletes the raw baseline's scratch database (after the last pair). */
  async dropRaw(): Promise<void> {
    await deleteDatabase(RAW_DB);
  },

  /** Resolves once the search index has caught up with every write so far (the restore's follow-up work). */
  async settle(): Promise<void> {
    await searchIndexStore.settled();
  },

  /**
   * Restore alone, timed: every table of the journal emptied first (untimed), then the app's
   * restore (replace, one transaction) of the generated journal. Runs with encryption as it is
   * now, so the same call gives the figure with encryption off and on (each record sealed by the
   * database middleware).
   */
  async restoreTimed(): Promise<{ records: number; ms: number }> {
    const j = journal!;
    const { makeBackup } = await backupFormat!();
    const store = await backupStore!();
    const backup = makeBackup(
      { entries: j.entries, people: j.people, settings: [], checkIns: j.checkIns, targets: j.targets, pathAnswers: j.pathAnswers },
      'bench',
      `${NOW}T00:00:00.000Z`,
    );
    const tables = [db().entries, db().people, db().checkIns, db().targets, db().pathAnswers, db().deletions];
    await db().transaction('rw', tables, () => Promise.all(tables.map((t) => t.clear())));
    await searchIndexStore.settled();
    const started = performance.now();
    await store.applyRestore(backup, 'replace');
    return { records: recordCount(j), ms: performance.now() - started };
  },

  /**
   * "Replace over a full journal", step one (untimed): the journal made to hold the generated
   * journal, by a replace restore over whatever the last run left (the season-later version).
   */
  async fillForReplace(): Promise<void> {
    const store = await backupStore!();
    await searchIndexStore.settled();
    await store.applyRestore(await backupOf(journal!), 'replace');
    await searchIndexStore.settled();
  },

  /**
   * Step two (after a forced GC): a replace restore of the same journal a season later (every
   * 4th entry edited since, every 10th deleted since) over the full journal, timed, with the
   * page's JS heap before and its peak during the restore, sampled every millisecond the main
   * thread is free (garbage included: it depends on when V8 collects). `live` (the page started
   * with --expose-gc): instead, the heap that is still in use, after a full GC at each step of the
   * restore's progress (the first one right after planning); the time is then not comparable.
   */
  async replaceOverFull({ live = false } = {}): Promise<{ records: number; ms: number; heapBefore: number; heapPeak: number }> {
    const store = await backupStore!();
    const later = await backupOf(seasonLater(journal!));
    const heap = () => (performance as unknown as { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize;
    const collect = (globalThis as { gc?: () => void }).gc;
    if (live && !collect) throw new Error('replaceOverFull({ live: true }) needs a page started with --js-flags=--expose-gc');
    collect?.();
    const heapBefore = heap();
    let heapPeak = heapBefore;
    const sample = () => (heapPeak = Math.max(heapPeak, heap()));
    const sampler = live ? undefined : setInterval(sample, 1);
    const started = performance.now();
    await store.applyRestore(later, 'replace', live ? () => (collect!(), sample()) : undefined);
    const ms = performance.now() - started;
    clearInterval(sampler);
    if (!live) sample();
    return { records: recordCount(journal!), ms, heapBefore, heapPeak };
  },

  /**
   * Turns encryption on for the whole journal: the passphrase KDF alone (three times), then the
   * copy into the encrypted database, timed from the prepared keyring to the old copy erased.
   * The page stays unlocked; the journal stays encrypted until `encryptionOff`.
   */
  async encryptionOn(pass: string): Promise<{ kdfMs: number[]; records: number; enableMs: number }> {
    const { passphraseKek, KDF_ITERATIONS } = await import('../../renderer/crypto/keys');
    const enc = await import('../../renderer/data/encryption/journalEncryption');
    const kdfMs = [];
    for (let i = 0; i < 3; i++) {
      const t = performance.now();
      await passphraseKek(pass, { name: 'PBKDF2-SHA256', iterations: KDF_ITERATIONS, salt: 'AAAAAAAAAAAAAAAAAAAAAA==' });
      kdfMs.push(performance.now() - t);
    }
    await searchIndexStore.settled();
    let records = 0;
    const prepared = await enc.prepareEncryption(pass);
    const t = performance.now();
    await enc.turnEncryptionOn(prepared, (_done, total) => (records = total));
    return { kdfMs, records, enableMs: performance.now() - t };
  },

  /** Unlocks this page (KDF + unwrap; it opens locked on an encrypted journal), then turns encryption off, both timed. */
  async encryptionOff(pass: string): Promise<{ unlockMs: number; disableMs: number }> {
    const enc = await import('../../renderer/data/encryption/journalEncryption');
    await enc.loadEncryptionState();
    let t = performance.now();
    await enc.unlockJournal(pass);
    const unlockMs = performance.now() - t;
    t = performance.now();
    await enc.turnEncryptionOff(pass);
    return { unlockMs, disableMs: performance.now() - t };
  },

  /**
   * Builds the search index from the database (in its worker); then times each query (a list of
   * keystroke prefixes) from asking to having the hits back in the page.
   */
  async search(queries: string[], passes: number): Promise<{ buildMs: number; documents: number; latencies: number[] }> {
    await searchIndexStore.settled();
    searchIndexStore.stop();
    // A full build every time (not the saved index): this times the build itself.
    await startSearchIndex(db(), { snapshot: false });
    const { buildMs = NaN, documents } = searchIndexStore.getState();
    // One unmeasured pass lets the JIT compile the search path, as it is after a person's first searches.
    for (const q of queries) await searchIndexStore.search(q);
    const latencies: number[] = [];
    for (let p = 0; p < passes; p++) {
      for (const q of queries) {
        const t = performance.now();
        await searchIndexStore.search(q);
        latencies.push(performance.now() - t);
      }
    }
    return { buildMs, documents, latencies };
  },

  /** Drops the saved search index (this page's index stopped first, so it saves none), so the next start builds it. */
  async dropSearchSnapshot(): Promise<void> {
    await searchIndexStore.settled();
    searchIndexStore.stop();
    await db().searchSnapshot.clear();
  },

  /** Times skill progress and path fit over the whole journal (read once from the database). */
  async compute(runs: number): Promise<{ progress: number[] | null; fit: number[] | null; history: number[] | null }> {
    const [entries, people] = await Promise.all([listEntries(), listPeople()]);
    let progress: number[] | null = null;
    let fit: number[] | null = null;
    let history: number[] | null = null;
    if (skills && skillsRepo) {
      const { skillProgress } = await skills();
      const repo = await skillsRepo();
      const [checkIns, targets] = await Promise.all([repo.listCheckIns(), repo.listTargets()]);
      progress = timeMany(runs, () => skillProgress(checkIns, targets, entries, NOW));
    }
    if (path && pathRepo) {
      const { pathFit, fitHistory } = await path();
      const answers = await (await pathRepo()).listPathAnswers();
      fit = timeMany(runs, () => pathFit(answers, entries, people, NOW));
      // The Path page's history: one fit a month of journal. Fewer runs: each is many fits.
      history = timeMany(Math.max(3, Math.ceil(runs / 10)), () => fitHistory(answers, entries, people, NOW));
    }
    return { progress, fit, history };
  },

  /**
   * Times the page's own share of a plan PDF export: composing every section and laying out the
   * print view (React render + style + layout, on the main thread, as before Chromium prints it).
   * The PDF itself (Chromium's print layout and PDF writing) is timed by bench/run.mjs with
   * page.pdf() on the Plan screen. Null without the feature.
   */
  async printView(runs: number): Promise<{ ms: number[]; height: number } | null> {
    if (!plan || !printView || !skills || !skillsRepo || !path || !pathRepo || !settingsRepo) return null;
    const [
      { composePlan, PLAN_SECTION_IDS },
      { PlanPrintPage },
      { skillProgress, focusSuggestions },
      { pathFit, stepProgress },
      react,
      dom,
    ] = await Promise.all([plan(), printView(), skills(), path(), import('react'), import('react-dom/client')]);
    const { flushSync } = await import('react-dom');
    const [entries, people, checkIns, targets, answers, profile] = await Promise.all([
      listEntries(),
      listPeople(),
      (await skillsRepo()).listCheckIns(),
      (await skillsRepo()).listTargets(),
      (await pathRepo()).listPathAnswers(),
      (await settingsRepo()).getProfile(),
    ]);
    const names = new Map(people.map((p) => [p.id, p.name]));
    const ms: number[] = [];
    let height = 0;
    for (let i = 0; i < runs; i++) {
      const host = document.createElement('div');
      // Laid out at A4's text width, visible (the print view is hidden on screen).
      host.style.cssText = 'position:absolute;left:-10000px;top:0;width:176mm';
      document.body.append(host);
      const root = dom.createRoot(host);
      const t = performance.now();
      const progress = skillProgress(checkIns, targets, entries, NOW);
      const composed = composePlan({
        profile,
        fit: pathFit(answers, entries, people, NOW),
        steps: stepProgress(entries, people, NOW),
        skills: progress,
        focus: focusSuggestions(progress),
        goals: entries.filter((e) => e.kind === 'goal'),
        followUps: entries
          .filter((e) => e.kind === 'conversation')
          .map((conversation) => ({ conversation, personName: names.get(conversation.personId) ?? '' })),
        conversations: [],
        takeaways: [],
        includeOverdue: false,
        now: NOW,
        include: PLAN_SECTION_IDS,
      });
      flushSync(() => root.render(react.createElement(PlanPrintPage as never, { plan: composed, paper: 'A4' })));
      const view = host.querySelector<HTMLElement>('.plan-print')!;
      view.style.display = 'block';
      height = view.getBoundingClientRect().height;
      ms.push(performance.now() - t);
      root.unmount();
      host.remove();
    }
    return { ms, height };
  },
};

declare global {
  interface Window {
    __sextantBench?: typeof api;
  }
}
window.__sextantBench = api;
