import { CheckIn, SkillTarget } from '../../../shared/schemas';
import { InputError, parseOrThrow } from '../../../shared/errors';
import { sortCheckIns } from '../../../shared/skills/progress';
import { db } from '../db';
import { nowIso } from '../ids';
import { readOne, readValid, stampAndValidate } from '../records';

/** A new check-in as a form hands it over (no id: check-ins are only ever added, never updated). */
export type CheckInDraft = Pick<CheckIn, 'date' | 'ratings' | 'blind'>;

/** A target as a form hands it over (the time stamp is added on save). */
export type TargetDraft = Omit<SkillTarget, 'updatedAt'>;

/** Validates and adds a check-in; nothing is written if invalid. There is deliberately no update: a correction is a new check-in. */
export async function addCheckIn(draft: CheckInDraft): Promise<CheckIn> {
  const checkIn = stampAndValidate(CheckIn, { date: draft.date, ratings: draft.ratings, blind: draft.blind }, 'check-in');
  // add (not put) so an id collision could never overwrite an earlier check-in.
  await db().checkIns.add(checkIn);
  return checkIn;
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
