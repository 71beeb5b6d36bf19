import type { Page } from 'playwright-core';
import type { GeneratedJournal } from '../../bench/generate';

/**
 * Writes a generated journal straight into the app's IndexedDB stores (as a long-used journal
 * would have them), then reloads so the app reads it from the start.
 */
export async function seedJournal(
  page: Page,
  journal: Pick<GeneratedJournal, 'entries' | 'people'> & Partial<Pick<GeneratedJournal, 'checkIns' | 'targets' | 'pathAnswers'>>,
): Promise<void> {
  await page.evaluate(
    (data) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('sextant');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const idb = open.result;
          const tx = idb.transaction(['entries', 'people', 'checkIns', 'targets', 'pathAnswers', 'aggregateMeta'], 'readwrite');
          // Written past the app's write-time aggregates: marked unbuilt, so the app rebuilds them at its first read.
          tx.objectStore('aggregateMeta').clear();
          for (const e of data.entries) tx.objectStore('entries').put(e);
          for (const p of data.people) tx.objectStore('people').put(p);
          for (const c of data.checkIns ?? []) tx.objectStore('checkIns').put(c);
          for (const t of data.targets ?? []) tx.objectStore('targets').put(t);
          for (const a of data.pathAnswers ?? []) tx.objectStore('pathAnswers').put(a);
          tx.oncomplete = () => {
            idb.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    journal,
  );
  await page.reload();
  await page.getByRole('navigation', { name: 'Main' }).waitFor();
}
