import { Conversation, CONVERSATION_KINDS, Entry, PathLean, Person, Reflection } from '../schemas';
import {
  boolean,
  date,
  ENTRY_META,
  inSchemaOrder,
  level,
  literal,
  longText,
  oneOf,
  optional,
  quickGoal,
  quickPerson,
  quickRecord,
  shortText,
  uuid,
  type Shape,
} from '../schemas/quick';
import { TimeOfDay } from '../schemas/reminders';

/**
 * Entry.safeParse for the search index, quicker on the rows an app writes: a reflection or a
 * conversation whose values the schema would keep as they are (text already trimmed, tags already
 * lower case, every value within its limits, no other keys) is checked field by field here and
 * copied with its keys in the schema's order, which is what the schema gives back for it, so its
 * documents and fingerprint are the same; a learning goal likewise (quickGoal, milestones and
 * resources copied too). Any other row (a row the schema would
 * change or refuse) goes through the schema. At 10,000 entries the schema was about a fifth of the
 * search worker's build (issue 12).
 */
export function parseStoredEntry(row: unknown): Entry | undefined {
  const quick = quickEntry(row);
  if (quick) return quick;
  const parsed = Entry.safeParse(row);
  return parsed.success ? parsed.data : undefined;
}

/** Per kind: each field's check, in the schema's key order (worked out on first use, as the schemas are built). */
let shapes: Record<string, Shape> | undefined;
const SHAPES = (): Record<string, Shape> =>
  (shapes ??= {
    reflection: inSchemaOrder(Reflection.shape, {
      ...ENTRY_META,
      kind: literal('reflection'),
      title: shortText(1),
      body: longText,
      mood: optional(level),
      lean: optional(oneOf(PathLean.options)),
      promptId: optional(shortText(0)),
      starred: optional(boolean),
    }),
    conversation: inSchemaOrder(Conversation.shape, {
      ...ENTRY_META,
      kind: literal('conversation'),
      personId: uuid,
      conversationKind: oneOf(CONVERSATION_KINDS),
      notes: longText,
      takeaways: longText,
      energy: optional(level),
      followUpDate: optional(date),
      followUpTime: optional((v) => TimeOfDay.safeParse(v).success), // rarely set: the schema itself
      followUpNote: optional(shortText(0)),
      followUpDone: boolean,
    }),
  });

/** The entry the schema gives for a reflection, conversation or learning goal whose values it keeps as they are; undefined for any other row. */
export function quickEntry(row: unknown): Entry | undefined {
  const kind = typeof row === 'object' && row !== null ? (row as Record<string, unknown>).kind : undefined;
  if (kind === 'goal') return quickGoal(row);
  const shapes = SHAPES();
  return typeof kind === 'string' && Object.hasOwn(shapes, kind) ? (quickRecord(shapes[kind]!, row) as Entry | undefined) : undefined;
}

/** Person.safeParse for the search index, quicker on the rows an app writes (quickPerson; any other row goes through the schema). */
export function parseStoredPerson(row: unknown): Person | undefined {
  const quick = quickPerson(row);
  if (quick) return quick;
  const parsed = Person.safeParse(row);
  return parsed.success ? parsed.data : undefined;
}
