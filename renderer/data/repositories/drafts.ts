/**
 * Autosaved form drafts, kept in their own table (so the journal's encryption covers them like any
 * other record). A draft is offered back when its form opens again, and removed on save or discard.
 */
import { FormDraft } from '../../../shared/schemas';
import { db } from '../db';
import { nowIso } from '../ids';
import { readOne } from '../records';

/** The draft stored for a form, if any (a damaged one is reported and ignored). */
export async function loadFormDraft(key: string): Promise<FormDraft | undefined> {
  return readOne(FormDraft, await db().drafts.get(key), 'drafts');
}

/** Stores (replaces) a form's draft; returns when it was saved. */
export async function saveFormDraft(key: string, value: object): Promise<string> {
  const draft = FormDraft.parse({ key, value: JSON.parse(JSON.stringify(value)) as unknown, savedAt: nowIso() });
  await db().drafts.put(draft);
  return draft.savedAt;
}

/** Removes a form's draft (after a save, or when the person discards it). */
export async function discardFormDraft(key: string): Promise<void> {
  await db().drafts.delete(key);
}
