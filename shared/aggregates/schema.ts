/** zod schemas of the aggregate rows kept at write time (checked on read like every stored record). */
import { z } from 'zod';
import { ConversationKind, Id, IsoDate, Level, PathLean, RequiredText, SkillIdSchema } from '../schemas';

export const DayCountsSchema = z.record(IsoDate, z.number().int().positive());

export const SkillEvidenceRowSchema = z.strictObject({ skill: SkillIdSchema, days: DayCountsSchema });

export const PersonSummaryRowSchema = z.strictObject({ personId: Id, days: DayCountsSchema, followUps: DayCountsSchema });

export const PathFactSchema = z.discriminatedUnion('kind', [
  z.strictObject({ id: Id, kind: z.literal('reflection'), date: IsoDate, title: RequiredText, lean: PathLean.optional() }),
  z.strictObject({
    id: Id,
    kind: z.literal('conversation'),
    date: IsoDate,
    personId: Id,
    conversationKind: ConversationKind,
    energy: Level.optional(),
    followUpDate: IsoDate.optional(),
    followUpDone: z.boolean(),
    hasTakeaways: z.boolean(),
  }),
]);
