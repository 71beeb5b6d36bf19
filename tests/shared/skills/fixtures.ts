import type { SkillId } from '../../../shared/domain/framework';
import type { CheckInLike } from '../../../shared/skills/progress';

let n = 0;
/** A check-in on `date` with the given levels (createdAt defaults to noon that day). */
export function checkIn(date: string, levels: Partial<Record<SkillId, number>>, createdAt = `${date}T12:00:00.000Z`): CheckInLike {
  n += 1;
  return {
    id: `c${n}-${date}`,
    date,
    createdAt,
    ratings: Object.entries(levels).map(([skill, level]) => ({ skill: skill as SkillId, level: level })),
  };
}

/** A journal entry dated `date` tagged with `skills`. */
export function entry(date: string, ...skills: SkillId[]) {
  return { date, skills };
}
