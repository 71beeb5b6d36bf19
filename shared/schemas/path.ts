import { z } from 'zod';
import { DIMENSION_IDS } from '../path/dimensions';
import { FACTOR_IDS } from '../path/factors';
import { IsoDate, RecordMeta } from './common';
import { built, lazySchema } from './lazy';

/** -2 strongly internal, -1 internal, 0 either, 1 external, 2 strongly external. */
export const Lean = lazySchema(() =>
  z
    .number()
    .int('must be a whole number')
    .min(-2, 'must be from -2 (strongly internal) to 2 (strongly external)')
    .max(2, 'must be from -2 (strongly internal) to 2 (strongly external)'),
);
/** How much a pro or con matters to the person: 0 (not at all) to 3 (a lot). */
export const Weight = lazySchema(() =>
  z.number().int('must be a whole number').min(0, 'must be from 0 to 3').max(3, 'must be from 0 to 3'),
);

export const DimensionId = lazySchema(() => z.enum(DIMENSION_IDS, { message: 'must be one of relationships, risk, success-metric' }));
export const FactorId = lazySchema(() => z.enum(FACTOR_IDS, { message: 'must be a known factor id' }));

/**
 * One dated answer to the path questionnaire (revisitable: each visit adds one, earlier ones are
 * kept as history). Keys are the known ids only; a question left unanswered is simply absent.
 */
export const PathAnswers = lazySchema(() =>
  z.strictObject({
    ...RecordMeta,
    date: built(IsoDate),
    dimensions: z.partialRecord(built(DimensionId), built(Lean)),
    factors: z.partialRecord(built(FactorId), built(Weight)),
  }),
);
export type PathAnswers = z.infer<typeof PathAnswers>;
