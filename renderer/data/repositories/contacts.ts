import type { ContactFact } from '../../../shared/domain/people';
import { db } from '../db';
import { openFollowUps } from './entries';

// '\uffff' sorts after every YYYY-MM-DD string: an open upper bound.
const OPEN = '\uffff';

/**
 * Every conversation's person and date, and its follow-up while still open: what the People list
 * summarises. Person and date come from the `personId` and `[kind+date]` indexes, keys only, so
 * the conversations' notes are never read and the list stays quick with thousands of them; only
 * the open follow-ups (few) are read whole. One read transaction, so the three reads agree.
 */
export async function contactFacts(): Promise<ContactFact[]> {
  const entries = db().entries;
  return db().transaction('r', entries, async () => {
    const dates = new Map<string, string>();
    await entries.where('[kind+date]').between(['conversation', ''], ['conversation', OPEN]).eachKey((key, cursor) => {
      dates.set(String(cursor.primaryKey), (key as [string, string])[1]);
    });
    const facts = new Map<string, ContactFact>();
    await entries.where('personId').above('').eachKey((personId, cursor) => {
      const id = String(cursor.primaryKey);
      const date = dates.get(id);
      if (date !== undefined) facts.set(id, { personId: String(personId), date });
    });
    for (const c of await openFollowUps()) {
      const fact = facts.get(c.id);
      if (fact) facts.set(c.id, { ...fact, followUpDate: c.followUpDate, followUpDone: false });
    }
    return [...facts.values()];
  });
}
