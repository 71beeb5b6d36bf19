/**
 * Writing validated imports: LinkedIn connections as people, Day One entries as reflections.
 * The planning is pure (shared/import); here it is re-run inside one transaction against the
 * stored records, and every record is validated before the first write.
 */
import { Entry, Person } from '../../shared/schemas';
import { parseOrThrow } from '../../shared/errors';
import {
  defaultChoices,
  planPeopleImport,
  reviewPeopleImport,
  type PeopleImportPlan,
  type ReviewedRow,
  type RowChoice,
} from '../../shared/import/people';
import { planReflectionImport, type ImportedReflection, type ReflectionImportPlan } from '../../shared/import/dayone';
import type { LinkedInRow } from '../../shared/import/linkedin';
import { AggregateBatch, entryWriteScope } from './aggregates';
import { db } from './db';
import { nowIso } from './ids';
import { readValid, stampAndValidate } from './records';

/** Every row of a LinkedIn import reviewed against the stored people: new, already here, or repeated; suggested path (nothing is written). */
export async function previewPeopleImport(rows: readonly LinkedInRow[]): Promise<ReviewedRow[]> {
  return reviewPeopleImport(readValid(Person, await db().people.toArray(), 'people'), rows);
}

/**
 * Adds and updates people from a LinkedIn import in one transaction, as the person chose (which
 * rows, which path each; by default the preview's ticks and suggestions), reviewed again against
 * the people stored at that moment; returns what was done.
 */
export async function applyPeopleImport(rows: readonly LinkedInRow[], choices?: readonly RowChoice[]): Promise<PeopleImportPlan> {
  return db().transaction('rw', db().people, async () => {
    const reviewed = reviewPeopleImport(readValid(Person, await db().people.toArray(), 'people'), rows);
    const plan = planPeopleImport(reviewed, choices ?? defaultChoices(reviewed));
    const records = [
      ...plan.add.map((a) => stampAndValidate(Person, a.person, 'person')),
      ...plan.update.map((u) => stampAndValidate(Person, u.person, 'person')),
    ];
    await db().people.bulkPut(records);
    return plan;
  });
}

async function storedIds(ids: string[]): Promise<Set<string>> {
  return new Set(await db().entries.where('id').anyOf(ids).primaryKeys());
}

/** What importing these Day One entries would do (nothing is written). */
export async function previewReflectionImport(reflections: readonly ImportedReflection[]): Promise<ReflectionImportPlan> {
  return planReflectionImport(await storedIds(reflections.map((r) => r.id)), reflections);
}

/** Adds the Day One entries not imported before, in one transaction; returns what was done. */
export async function applyReflectionImport(reflections: readonly ImportedReflection[]): Promise<ReflectionImportPlan> {
  return db().transaction('rw', entryWriteScope(), async () => {
    const plan = planReflectionImport(await storedIds(reflections.map((r) => r.id)), reflections);
    const now = nowIso();
    const records = plan.add.map((r) => parseOrThrow(Entry, { ...r, updatedAt: now, rev: 1 }, "This entry can't be saved"));
    await db().entries.bulkAdd(records);
    // New entries only (the plan leaves out ids already stored): their evidence is added in the same transaction.
    const batch = new AggregateBatch();
    await batch.changeMany(records.map((r) => [undefined, r]));
    await batch.flush();
    return plan;
  });
}
