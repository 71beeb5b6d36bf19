import { PathAnswers } from '../../../shared/schemas';
import { db } from '../db';
import { readValid, stampAndValidate, type Draft } from '../records';

export type PathAnswersDraft = Pick<PathAnswers, 'date' | 'dimensions' | 'factors'>;

/** Adds one dated set of questionnaire answers (earlier ones are kept as history); nothing is written if invalid. */
export async function addPathAnswers(draft: PathAnswersDraft): Promise<PathAnswers> {
  const record = stampAndValidate(PathAnswers, draft as Draft<PathAnswers>, 'set of answers');
  await db().pathAnswers.add(record);
  return record;
}

/** Every set of answers, oldest first (two on one day: in the order they were saved). */
export async function listPathAnswers(): Promise<PathAnswers[]> {
  const rows = readValid(PathAnswers, await db().pathAnswers.orderBy('date').toArray(), 'pathAnswers');
  return rows.sort((a, b) => (a.date === b.date ? (a.createdAt < b.createdAt ? -1 : 1) : a.date < b.date ? -1 : 1));
}
