import { Entry, Person, type Conversation, type EntryKind, type LearningGoal, type Reflection } from '../../../shared/schemas';
import type { SkillId } from '../../../shared/domain/framework';
import { InputError, type InputProblem } from '../../../shared/errors';
import { isEncrypted } from '../../crypto/session';
import { bySoonestFollowUp, isOpenFollowUp, openFollowUpIds } from '../../../shared/domain/home';
import { newestFirst } from '../../../shared/domain/entryOrder';
import { entryWriteScope, listPathFacts } from '../aggregates';
import { db } from '../db';
import { newId } from '../ids';
import type { PersonDraft } from './people';
import { readByIds, readOne, readQuick, stampAndValidate, type Draft } from '../records';
import { quickEntry } from '../../../shared/search/storedEntry';
import { baseRevOf, deleteWithTombstone, patchChecked, putChecked, undeleteChecked, type SaveOptions } from '../revisions';
import type { Patch } from '../../../shared/revisions';

export type EntryDraft = Draft<Reflection> | Draft<Conversation> | Draft<LearningGoal>;

export interface EntryFilter {
  kind?: EntryKind;
  skill?: SkillId;
  tag?: string;
  personId?: string;
  /** Inclusive YYYY-MM-DD bounds. */
  from?: string;
  to?: string;
}

/**
 * Validates and saves an entry (create when it has no id, otherwise update the revision the draft
 * carries); nothing is written if it is invalid, and SaveConflictError (nothing written) when the
 * stored entry moved on or was deleted, unless `overwrite` says the person chose their version.
 */
export async function saveEntry(draft: EntryDraft, options: SaveOptions = {}): Promise<Entry> {
  const entry = stampAndValidate(Entry, draft as Draft<Entry>, 'entry');
  return db().transaction('rw', entryWriteScope(), async () => putChecked('entries', entry, baseRevOf(draft), options));
}

/**
 * Applies one announced change to an entry (e.g. follow-up done), touching only those fields and
 * only while they still hold their `before` values; undo is the inverted patch.
 */
export async function patchEntry(id: string, patch: Patch<Entry>): Promise<Entry> {
  return patchChecked<Entry>('entries', id, patch, (e) => Entry.parse(e));
}

/** Runs a validation; its problems are collected (each path prefixed) instead of thrown. */
function collect<T>(validate: () => T, prefix: string, problems: InputProblem[]): T | undefined {
  try {
    return validate();
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    problems.push(...e.problems.map((p) => ({ where: `${prefix}${p.where}`, message: p.message })));
    return undefined;
  }
}

/**
 * Saves a conversation with someone not yet in People: creates the person and the entry in one
 * transaction, so either both are stored or neither. Problems with the person come back located
 * under `person.` (e.g. `person.name`), problems with the entry at their own paths.
 */
export async function saveConversationWithNewPerson(
  person: PersonDraft,
  conversation: Omit<Draft<Conversation>, 'personId'>,
  options: SaveOptions = {},
): Promise<{ entry: Conversation; person: Person }> {
  const problems: InputProblem[] = [];
  const personId = person.id ?? newId();
  const storedPerson = collect(() => stampAndValidate(Person, { ...person, id: personId }, 'person'), 'person.', problems);
  const entry = collect(() => stampAndValidate(Entry, { ...conversation, personId } as Draft<Entry>, 'entry'), '', problems);
  if (problems.length || !storedPerson || !entry) throw new InputError("This conversation can't be saved", problems);
  await db().transaction('rw', [db().people, ...entryWriteScope()], async () => {
    await db().people.add(storedPerson);
    await putChecked('entries', entry, baseRevOf(conversation), options);
  });
  return { entry: entry as Conversation, person: storedPerson };
}

/** One entry by id. */
export async function getEntry(id: string): Promise<Entry | undefined> {
  return readOne(Entry, await db().entries.get(id), 'entries');
}

/** The entries with these ids that exist and read correctly, newest first. */
export async function getEntries(ids: readonly string[]): Promise<Entry[]> {
  return (await readByIds(Entry, db().entries, ids)).sort(newestFirst);
}

/** Deletes an entry, leaving a tombstone, and returns it, so the caller can offer undo with `restoreEntry`. */
export async function deleteEntry(id: string): Promise<Entry | undefined> {
  return db().transaction('rw', entryWriteScope(), async () => {
    const existing = await getEntry(id);
    await deleteWithTombstone('entries', id);
    return existing;
  });
}

/** Puts a deleted entry back as it was (undo), unless an entry was stored under its id since. */
export async function restoreEntry(entry: Entry): Promise<void> {
  await undeleteChecked('entries', Entry.parse(entry));
}

/**
 * Entries matching every given filter, newest first. The most selective indexed filter drives
 * the query; the rest are checked per row.
 */
export async function listEntries(filter: EntryFilter = {}): Promise<Entry[]> {
  const table = db().entries;
  let collection;
  if (filter.personId) collection = table.where('personId').equals(filter.personId);
  // Tags are sealed with encryption on (their index is then empty): the filter is applied per row below.
  else if (filter.tag && !isEncrypted()) collection = table.where('tags').equals(filter.tag);
  else if (filter.skill) collection = table.where('skills').equals(filter.skill);
  else if (filter.kind)
    collection = table.where('[kind+date]').between([filter.kind, filter.from ?? ''], [filter.kind, filter.to ?? '\uffff'], true, true);
  else if (filter.from || filter.to) collection = table.where('date').between(filter.from ?? '', filter.to ?? '\uffff', true, true);
  else collection = table.toCollection();
  const rows = await collection.toArray();
  // Thousands of rows on a skill's page or a filtered timeline: a quick look first (the schema's
  // result for a row it keeps as it is), the schema for any row it does not pass.
  return readQuick<Entry>(Entry, quickEntry, rows, 'entries')
    .filter((e) => matches(e, filter))
    .sort(newestFirst);
}

/** Whether one entry passes every filter. */
export function matches(e: Entry, f: EntryFilter): boolean {
  if (f.kind && e.kind !== f.kind) return false;
  if (f.skill && !e.skills.includes(f.skill)) return false;
  if (f.tag && !e.tags.includes(f.tag)) return false;
  if (f.personId && (e.kind !== 'conversation' || e.personId !== f.personId)) return false;
  if (f.from && e.date < f.from) return false;
  if (f.to && e.date > f.to) return false;
  return true;
}

/** Whether the journal holds any entry (one key looked at, no record read). */
export async function hasEntries(): Promise<boolean> {
  return (await db().entries.limit(1).primaryKeys()).length > 0;
}

/** How many entries are dated after `date` (YYYY-MM-DD), counted on the date index (no record is read). */
export async function countEntriesAfter(date: string): Promise<number> {
  return db().entries.where('date').above(date).count();
}

/**
 * Conversations with a follow-up not yet done, soonest (most overdue) first. The path facts kept
 * at write time say which conversations have an open follow-up, so only those are read and
 * validated (not every conversation that ever had a follow-up date); each is checked again as
 * read, so a conversation shows only while it really is open.
 */
export async function openFollowUps(): Promise<Conversation[]> {
  return (await getOpenFollowUps(openFollowUpIds(await listPathFacts()))).sort(bySoonestFollowUp);
}

/** The conversations with these ids whose follow-up is open (in no particular order; others are left out). */
export async function getOpenFollowUps(ids: readonly string[]): Promise<Conversation[]> {
  return (await readByIds(Entry, db().entries, ids)).filter(isOpenFollowUp);
}

/**
 * Marks a conversation's follow-up done (or open again) as a patch: only that field changes, and
 * only from the opposite value, so an Undo after a newer edit keeps the newer edit.
 */
export async function setFollowUpDone(conversation: Conversation, done: boolean): Promise<void> {
  await patchEntry(conversation.id, { before: { followUpDone: !done }, after: { followUpDone: done } });
}
