/**
 * Day One's JSON export (the Journal.json inside its export zip) as reflections. Each entry
 * keeps its date (the local day where it was written), its Markdown text, its tags and its
 * starred flag; unknown fields are ignored; photos and other media are not imported and are
 * replaced by a short note. Ids are derived from Day One's uuid (UUID v5), so importing the same
 * export twice finds the entries already there. Pure: bytes in, validated reflections out.
 */
import { z } from 'zod';
import { InputError, type InputProblem } from '../errors';
import { fieldWords, issueSentence, listPlace, plainProblems, valueAt } from '../problemSentences';
import { PROGRESS_EVERY, type OnProgress } from './progress';
import { parseJsonSafely } from '../safeJson';
import { IsoDateTime, LIMITS, LongText, Reflection } from '../schemas';
import { dateInZone } from '../dates';
import { uuidV5 } from './stableId';

export const MAX_DAYONE_BYTES = 50_000_000;
export const MAX_DAYONE_ENTRIES = 50_000;
/** The tag every imported entry carries, so they can be found (and told apart) later. */
export const DAYONE_TAG = 'day-one';
const WHAT = 'This Day One file';
const MEDIA_NOTE = '*(A photo or other media from Day One was here; media are not imported.)*';

const Media = z
  .array(z.object({ identifier: z.string().max(200).optional() }))
  .max(10_000)
  .optional();

/** One Day One entry: the fields we use are checked, any others are ignored. */
const DayOneEntry = z.object({
  uuid: z
    .string()
    .regex(/^[0-9A-Fa-f]{32}$/, 'must be 32 hexadecimal characters')
    .optional(),
  creationDate: IsoDateTime,
  modifiedDate: IsoDateTime.optional(),
  timeZone: z.string().max(100).optional(),
  starred: z.boolean().optional(),
  // One tag fewer than the limit leaves room for the "day-one" tag.
  tags: z
    .array(z.string().max(LIMITS.tag, `tags must be at most ${LIMITS.tag} characters`))
    .max(LIMITS.tags - 1, `at most ${LIMITS.tags - 1} tags`)
    .optional(),
  text: LongText.optional(),
  photos: Media,
  videos: Media,
  audios: Media,
  pdfAttachments: Media,
});
type DayOneEntry = z.infer<typeof DayOneEntry>;

const DayOneExport = z.object({
  metadata: z.object({ version: z.string().max(20).optional() }).optional(),
  entries: z.array(DayOneEntry).max(MAX_DAYONE_ENTRIES, `at most ${MAX_DAYONE_ENTRIES} entries`),
});

/** An imported reflection, ready to store (the data layer sets updatedAt when writing). */
export type ImportedReflection = Omit<Reflection, 'updatedAt'>;

/** The calendar date (YYYY-MM-DD) of an instant in an IANA time zone; the UTC date when the zone is unknown. */
export function dateInTimeZone(instant: string, timeZone: string | undefined): string {
  const d = new Date(instant);
  if (timeZone) {
    try {
      return dateInZone(d, timeZone);
    } catch {
      // An unknown zone name: fall through to UTC.
    }
  }
  return d.toISOString().slice(0, 10);
}

/** Title from the first Markdown heading, else the first non-empty line; at most 200 characters. */
export function titleFromMarkdown(text: string): { title: string; fromHeading: boolean } {
  const lines = text.split('\n').map((l) => l.trim());
  const heading = lines.find((l) => /^#{1,6}\s+\S/.test(l));
  const first = heading ?? lines.find((l) => l.length > 0) ?? '';
  const title = first
    .replace(/^#{1,6}\s+/, '')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .trim();
  // Cut at the limit in UTF-16 units (what the schema counts) without splitting a surrogate pair.
  let cut = title.slice(0, LIMITS.shortText);
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return { title: cut.trim(), fromHeading: heading !== undefined && heading === first };
}

/** Replaces Day One media references (`![](dayone-moment://...)`) with a note that media were not imported. */
export function replaceMedia(text: string): { text: string; media: number } {
  let media = 0;
  const out = text.replace(/!\[[^\]]*\]\(dayone-moment:\/*[^)]*\)/g, () => {
    media++;
    return MEDIA_NOTE;
  });
  return { text: out, media };
}

/** The tag a Day One star becomes. */
export const FAVOURITE_TAG = 'favourite';
/** A first line at most this long, with more text after it, is taken as the entry's title. */
const TITLE_LINE_MAX = 80;

function toReflection(e: DayOneEntry): ImportedReflection {
  const raw = (e.text ?? '').replace(/\r\n/g, '\n');
  const date = dateInTimeZone(e.creationDate, e.timeZone);
  const { title: found, fromHeading } = titleFromMarkdown(raw);
  // Day One has no title field. A heading, or a short first line with more text after it, reads as
  // one: it becomes the title and leaves the body. A first line that is the text itself stays in
  // the body and the entry is titled by its date, so nothing is shown twice.
  const lines = raw.split('\n').filter((l) => l.trim());
  const titleLine = fromHeading || (found.length > 0 && found.length <= TITLE_LINE_MAX && lines.length > 1);
  const title = titleLine ? found : '';
  const bodyText = titleLine ? raw.replace(fromHeading ? /^\s*#{1,6}[^\n]*\n?/ : /^\s*[^\n]*\n?/, '').replace(/^\n+/, '') : raw;
  const { text: body } = replaceMedia(bodyText);
  const name = e.uuid ? `dayone:${e.uuid.toUpperCase()}` : `dayone:${e.creationDate}:${raw}`;
  // A starred entry keeps its flag and is tagged "favourite", so it can be filtered and searched
  // like any tag and the mark survives editing and export.
  const tags = [
    ...new Set([...(e.tags ?? []).map((t) => t.trim().toLowerCase()).filter(Boolean), DAYONE_TAG, ...(e.starred ? [FAVOURITE_TAG] : [])]),
  ];
  return {
    id: uuidV5(name),
    kind: 'reflection',
    createdAt: new Date(e.creationDate).toISOString(),
    date,
    title: title || `Day One entry of ${date}`,
    body,
    skills: [],
    tags,
    ...(e.starred ? { starred: true } : {}),
  };
}

/**
 * Parses a Day One JSON export into validated reflections; throws InputError when anything is
 * wrong, each problem placed by entry number and field in words ("Entry 3" + "the date it was
 * written “yesterday” is not a date and time…"). `onProgress` hears how far the checking has got.
 */
export function parseDayOneExport(input: Uint8Array | string, onProgress?: OnProgress): ImportedReflection[] {
  onProgress?.({ phase: 'reading', done: 0, total: 100, unit: 'percent' });
  const raw = parseJsonSafely(input, { maxBytes: MAX_DAYONE_BYTES, what: WHAT });
  const parsed = DayOneExport.safeParse(raw);
  if (!parsed.success) throw new InputError(`${WHAT} can't be imported`, plainProblems(parsed.error, raw, listPlace('entries', 'Entry')));
  const problems: InputProblem[] = [];
  const out: ImportedReflection[] = [];
  const total = parsed.data.entries.length;
  for (const [i, e] of parsed.data.entries.entries()) {
    if (onProgress && i % PROGRESS_EVERY === 0) onProgress({ phase: 'checking', done: i, total, unit: 'entries' });
    const reflection = toReflection(e);
    // The note replacing media is longer than the reference, so a body at the limit can overflow it.
    const check = Reflection.omit({ updatedAt: true }).safeParse(reflection);
    if (check.success) out.push(check.data);
    else
      for (const issue of check.error.issues) {
        const key = issue.path[0] === 'body' ? 'text' : issue.path.at(-1);
        problems.push({ where: `Entry ${i + 1}`, message: issueSentence(issue, fieldWords(key), valueAt(reflection, issue.path)) });
      }
  }
  if (problems.length) throw new InputError(`${WHAT} can't be imported`, problems);
  return out;
}

export interface ReflectionImportPlan {
  add: ImportedReflection[];
  /** Entries imported before (their id is already stored): left as they are, so edits made since are kept. */
  alreadyImported: number;
  /** Entries that repeat an earlier one of the same file (same Day One uuid). */
  repeated: number;
}

/** Plans a Day One import against the ids already stored; nothing already there is overwritten. */
export function planReflectionImport(existingIds: ReadonlySet<string>, reflections: readonly ImportedReflection[]): ReflectionImportPlan {
  const plan: ReflectionImportPlan = { add: [], alreadyImported: 0, repeated: 0 };
  const seen = new Set<string>();
  for (const r of reflections) {
    if (seen.has(r.id)) plan.repeated++;
    else if (existingIds.has(r.id)) plan.alreadyImported++;
    else plan.add.push(r);
    seen.add(r.id);
  }
  return plan;
}
