import { z } from 'zod';
import { IsoDate, RecordMeta } from './common';

/** -2 strongly internal, -1 internal, 0 either, 1 external, 2 strongly external. */
export const Lean = z.number().int().min(-2).max(2);
/** How much a pro or con matters to the person: 0 (not at all) to 3 (a lot). */
export const Weight = z.number().int().min(0).max(3);

/** One dated answer to the path questionnaire (revisitable: each visit adds one). */
export const PathAnswers = z.strictObject({
  ...RecordMeta,
  date: IsoDate,
  /** Keyed by dimension id (relationships, risk, success-metric). */
  dimensions: z.record(z.string().max(40), Lean),
  /** Keyed by factor id (a named pro or con of a path). */
  factors: z.record(z.string().max(40), Weight),
});
export type PathAnswers = z.infer<typeof PathAnswers>;
