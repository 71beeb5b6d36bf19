import type { Entry, Person } from '../schemas';
import {
  boolean,
  date,
  ENTRY_META,
  level,
  literal,
  longText,
  oneOf,
  optional,
  quickGoal,
  quickPerson,
  quickRecord,
  shapeOf,
  shortText,
  uuid,
  type Shape,
} from '../schemas/quick';
import { CONVERSATION_KINDS, PATH_LEANS, TIME_OF_DAY } from '../schemas/values';

/**
 * The search index's readers of stored rows: Entry.safeParse and Person.safeParse, quicker on the
 * rows an app writes. A reflection or a conversation whose values the schema would keep as they
 * are (text already trimmed, tags already lower case, every value within its limits, no other
 * keys) is checked field by field here and copied with its keys in the schema's order, which is
 * what the schema gives back for it, so its documents and fingerprint are the same; a learning
 * goal and a person likewise (quickGoal, quickPerson). Any other row (a row the schema would
 * change or refuse) goes through the schema. At 10,000 entries the schema was about a fifth of the
 * search worker's build (issue 12).
 *
 * Nothing here loads zod: the schemas for the rows the quick checks refuse are provided by
 * ./recordSchemas.ts once it is loaded (the page and Node load it with the rest of the app; the
 * search worker imports it only when it meets such a row, issue 12). Until then such a row throws
 * SchemasNotLoaded, which says where in its rows the reader stopped.
 */

/** The schemas' readers of a stored row: the record as the schema gives it, or undefined when it refuses it. */
export interface RecordSchemas {
  entry(row: unknown): Entry | undefined;
  person(row: unknown): Person | undefined;
}

let schemas: RecordSchemas | undefined;

/** Called by ./recordSchemas.ts as it loads: rows the quick checks refuse go through these from now on. */
export function provideRecordSchemas(provided: RecordSchemas): void {
  schemas = provided;
}

/** Whether the schemas are loaded (a row the quick checks refuse can be read at once). */
export function recordSchemasLoaded(): boolean {
  return schemas !== undefined;
}

/** A row needed the schemas before ./recordSchemas.ts was loaded; `at`: its place among the rows being read (see eachRow). */
export class SchemasNotLoaded extends Error {
  at = 0;
  constructor() {
    super('The record schemas are not loaded.');
    this.name = 'SchemasNotLoaded';
  }
}

function loaded(): RecordSchemas {
  if (!schemas) throw new SchemasNotLoaded();
  return schemas;
}

/**
 * Runs `take` on each row in order. When a row needs the schemas before they are loaded, the rows
 * before it are taken and SchemasNotLoaded says its place (`at`): the caller loads the schemas and
 * takes the rest from there. `take` must read the row before it changes anything.
 */
export function eachRow(rows: readonly unknown[], take: (row: unknown) => void): void {
  for (let i = 0; i < rows.length; i++) {
    try {
      take(rows[i]);
    } catch (e) {
      if (e instanceof SchemasNotLoaded) e.at = i;
      throw e;
    }
  }
}

/** The entry the schema gives for a stored row (quickEntry, else the schema); undefined when the schema refuses it. */
export function parseStoredEntry(row: unknown): Entry | undefined {
  return quickEntry(row) ?? loaded().entry(row);
}

/** Per kind: each field's check, in the schema's key order (worked out on first use). */
let shapes: Record<string, Shape> | undefined;
const SHAPES = (): Record<string, Shape> =>
  (shapes ??= {
    reflection: shapeOf({
      ...ENTRY_META,
      kind: literal('reflection'),
      title: shortText(1),
      body: longText,
      mood: optional(level),
      lean: optional(oneOf(PATH_LEANS)),
      promptId: optional(shortText(0)),
      starred: optional(boolean),
    }),
    conversation: shapeOf({
      ...ENTRY_META,
      kind: literal('conversation'),
      personId: uuid,
      conversationKind: oneOf(CONVERSATION_KINDS),
      notes: longText,
      takeaways: longText,
      energy: optional(level),
      followUpDate: optional(date),
      followUpTime: optional((v) => typeof v === 'string' && TIME_OF_DAY.test(v)),
      followUpNote: optional(shortText(0)),
      followUpDone: boolean,
    }),
  });

/** The shapes of a reflection and a conversation: tests compare them with the schemas. */
export const entryShapes = (): Readonly<Record<string, Shape>> => SHAPES();

/** The entry the schema gives for a reflection, conversation or learning goal whose values it keeps as they are; undefined for any other row. */
export function quickEntry(row: unknown): Entry | undefined {
  const kind = typeof row === 'object' && row !== null ? (row as Record<string, unknown>).kind : undefined;
  if (kind === 'goal') return quickGoal(row);
  const shapes = SHAPES();
  return typeof kind === 'string' && Object.hasOwn(shapes, kind) ? (quickRecord(shapes[kind]!, row) as Entry | undefined) : undefined;
}

/** The person the schema gives for a stored row (quickPerson, else the schema); undefined when the schema refuses it. */
export function parseStoredPerson(row: unknown): Person | undefined {
  return quickPerson(row) ?? loaded().person(row);
}
