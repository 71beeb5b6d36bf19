import { z } from 'zod';
import { parseJsonSafely } from '../shared/safeJson';

/** The file in userData that records which reminders were shown (ids and times only). */
export const SHOWN_REMINDERS_FILE = 'shown-reminders.json';

/** How long a shown reminder is remembered: long past any catch-up window. */
const KEEP_MS = 120 * 86_400_000;

const ShownFile = z.record(z.string().max(300), z.number());

/** File access the store needs (node:fs/promises in the app, an in-memory map in tests). */
export interface ShownFs {
  readFile(file: string, encoding: 'utf8'): Promise<string>;
  writeFile(file: string, data: string): Promise<void>;
}

/**
 * What main has shown, kept on disk so a restart never shows a reminder again. claim() records
 * ids and returns those not seen before; calls run one after another.
 */
export function createShownReminders(file: string, fs: ShownFs, now: () => number) {
  let shown: Map<string, number> | null = null;
  let queue: Promise<unknown> = Promise.resolve();

  const load = async (): Promise<Map<string, number>> => {
    if (shown) return shown;
    try {
      const parsed = ShownFile.safeParse(
        parseJsonSafely(await fs.readFile(file, 'utf8'), { maxBytes: 5_000_000, what: 'The shown-reminders record' }),
      );
      shown = new Map(parsed.success ? Object.entries(parsed.data) : []);
    } catch {
      // No file yet, or unreadable: start an empty record (at worst a reminder shows once more).
      shown = new Map();
    }
    return shown;
  };

  const claimNow = async (ids: readonly string[]): Promise<string[]> => {
    const map = await load();
    const t = now();
    const fresh = ids.filter((id) => !map.has(id));
    if (!fresh.length) return [];
    for (const id of fresh) map.set(id, t);
    for (const [id, at] of map) if (at < t - KEEP_MS) map.delete(id);
    await fs.writeFile(file, JSON.stringify(Object.fromEntries(map)));
    return fresh;
  };

  return {
    claim(ids: readonly string[]): Promise<string[]> {
      const result = queue.then(() => claimNow(ids));
      queue = result.catch(() => undefined);
      return result;
    },
  };
}
