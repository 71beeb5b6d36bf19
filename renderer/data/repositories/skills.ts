import { CheckIn, SkillTarget } from '../../../shared/schemas';
import { InputError, parseOrThrow } from '../../../shared/errors';
import { sortCheckIns } from '../../../shared/skills/progress';
import { db } from '../db';
import { nowIso } from '../ids';
import { readOne, readValid, stampAndValidate } from '../records';

/** A check-in as a form hands it over (no id: the repository stamps new ones). */
export type CheckInDraft = Pick<CheckIn, 'date' | 'ratings' | 'blind'>;

/** A target as a form hands it over (the time stamp is added on save). */
export type TargetDraft = Omit<SkillTarget, 'updatedAt'>;

/** Validates and adds a check-in; nothing is written if invalid. */
export async function addCheckIn(draft: CheckInDraft): Promise<CheckIn> {
  const checkIn = stampAndValidate(CheckIn, { date: draft.date, ratings: draft.ratings, blind: draft.blind }, 'check-in');
  // add (not put) so an id collision could never overwrite an earlier check-in.
  await db().checkIns.add(checkIn);
  return checkIn;
}

/**
 * Corrects a mistaken check-in: its ratings, date and notes are replaced, its id and creation
 * time kept (so it keeps its place among same-day check-ins) and `updatedAt` records the
 * correction. Throws when it no longer exists; nothing is written if the result is invalid.
 */
export async function updateCheckIn(id: string, draft: CheckInDraft): Promise<CheckIn> {
  return db().transaction('rw', db().checkIns, async () => {
    const existing = await getCheckIn(id);
    if (!existing) throw new InputError("This check-in can't be saved", [{ where: 'id', message: 'it was deleted meanwhile' }]);
    const checkIn = stampAndValidate(
      CheckIn,
      { id, createdAt: existing.createdAt, date: draft.date, ratings: draft.ratings, blind: draft.blind },
      'check-in',
    );
    await db().checkIns.put(checkIn);
    return checkIn;
  });
}

/** Deletes a check-in and returns it, so the caller can offer undo with `restoreCheckIn`. */
export async function deleteCheckIn(id: string): Promise<CheckIn | undefined> {
  return db().transaction('rw', db().checkIns, async () => {
    const existing = await getCheckIn(id);
    await db().checkIns.delete(id);
    return existing;
  });
}

/** Puts a deleted check-in back exactly as it was (undo). */
export async function restoreCheckIn(checkIn: CheckIn): Promise<void> {
  await db().checkIns.put(CheckIn.parse(checkIn));
}

/** Every check-in, oldest first (by date, then by when it was saved). */
export async function listCheckIns(): Promise<CheckIn[]> {
  return sortCheckIns(readValid(CheckIn, await db().checkIns.toArray(), 'checkIns'));
}

/** One check-in by id. */
export async function getCheckIn(id: string): Promise<CheckIn | undefined> {
  return readOne(CheckIn, await db().checkIns.get(id), 'checkIns');
}

/** The targets that are set, in no particular order (one per skill at most). */
export async function listTargets(): Promise<SkillTarget[]> {
  return readValid(SkillTarget, await db().targets.toArray(), 'targets');
}

/**
 * Replaces all targets with `drafts` in one transaction (a skill left out has no target
 * afterwards). Every draft is validated first, so a bad one leaves the stored targets untouched.
 */
export async function saveTargets(drafts: readonly TargetDraft[]): Promise<SkillTarget[]> {
  const now = nowIso();
  const targets = drafts.map((d, i) => parseOrThrow(SkillTarget, { ...d, updatedAt: now }, `Target ${i + 1} can't be saved`));
  const skills = targets.map((t) => t.skill);
  if (new Set(skills).size !== skills.length) {
    throw new InputError("The targets can't be saved", [{ where: 'targets', message: 'each skill can have only one target' }]);
  }
  await db().transaction('rw', db().targets, async () => {
    await db().targets.clear();
    await db().targets.bulkPut(targets);
  });
  return targets;
}
