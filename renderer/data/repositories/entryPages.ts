import { Entry } from '../../../shared/schemas';
import { db } from '../db';
import { readQuick } from '../records';
import { quickEntry } from '../../../shared/search/storedEntry';
import { newestFirst } from '../../../shared/domain/entryOrder';
import { listEntries, type EntryFilter } from './entries';
import { getSkillEvidence } from '../aggregates';
import { newestDays } from '../../../shared/aggregates/dayWindow';
import type { SkillId } from '../../../shared/domain/framework';

/** Where the next page starts: the entries dated strictly before `before`. */
export interface EntryCursor {
  before: string;
}

export interface EntryPage {
  /** Newest first (`newestFirst`: by date, then by last edit, then by id, as everywhere in the journal). */
  entries: Entry[];
  /** The cursor for the next page; null when this was the last one. */
  next: EntryCursor | null;
}

// '\uffff' sorts after every YYYY-MM-DD string: an open upper bound.
const OPEN = '\uffff';

/** Rows read past a page's `limit`, to find where its last day ends without another read. */
const DAY_LOOKAHEAD = 8;

/**
 * One page of entries, newest first, read through an index so the timeline never loads the whole
 * journal: the `date` index without filters (or with only a date range), `[kind+date]` for a kind.
 * Filters on skill, tag or person are narrow enough to read whole. A page holds at least `limit`
 * entries (fewer on the last page) and always whole days, so the order within a day (last edited
 * first, then by id) is the same as on a single list, and the next page starts at an earlier day:
 * an entry is never on two pages nor skipped, however many share its date and edit time.
 */
export async function pageEntries(filter: EntryFilter, cursor: EntryCursor | null, limit: number): Promise<EntryPage> {
  const upper = cursor?.before ?? OPEN;
  const skill = skillOnly(filter);
  if (skill) return pageSkillEntries(skill, cursor, limit);
  if (filter.skill || filter.tag || filter.personId) {
    const older = (await listEntries(filter)).filter((e) => e.date < upper);
    return wholeDays(older, limit);
  }
  const table = db().entries;
  const lower = filter.from ?? '';
  const top = filter.to && filter.to < upper ? filter.to : upper;
  const inclusiveTop = top !== upper; // `to` is inclusive, a cursor is exclusive
  const between = (from: string, to: string, includeTo: boolean) =>
    filter.kind
      ? table.where('[kind+date]').between([filter.kind, from], [filter.kind, to], true, includeTo)
      : table.where('date').between(from, to, true, includeTo);
  // A few rows past the page: they usually show where its last day ends and that more follow,
  // so the page takes one read instead of three in a row.
  const rows = await between(lower, top, inclusiveTop)
    .reverse()
    .limit(limit + DAY_LOOKAHEAD)
    .toArray();
  if (rows.length <= limit) return pageOf(rows, [], null);
  const lastDay = rows[limit - 1]!.date;
  const earlier = rows.findIndex((r, i) => i >= limit && r.date < lastDay);
  if (earlier !== -1 || rows.length < limit + DAY_LOOKAHEAD) {
    // The whole last day was read (and something older, or nothing more at all).
    const newer = rows.filter((r) => r.date > lastDay);
    const day = rows.filter((r) => r.date === lastDay);
    return pageOf(newer, day, earlier !== -1 ? { before: lastDay } : null);
  }
  // The last day goes on past what was read: read it whole, and whether anything is older, at once.
  const [day, older] = await Promise.all([
    between(lastDay, lastDay, true).toArray(),
    between(lower, lastDay, false).reverse().limit(1).count(),
  ]);
  return pageOf(
    rows.filter((r) => r.date > lastDay),
    day,
    older > 0 ? { before: lastDay } : null,
  );
}

/** A page of the days after its last one and its last day, in the journal's one order (whatever order they were read in). */
function pageOf(newer: readonly Entry[], lastDay: readonly Entry[], next: EntryCursor | null): EntryPage {
  return { entries: readQuick(Entry, quickEntry, [...newer, ...lastDay], 'entries').sort(newestFirst), next };
}

/** The `count` newest entries (Home's recent list): the first of the Journal's first page, in its order. */
export async function recentEntries(count: number): Promise<Entry[]> {
  return (await pageEntries({}, null, count)).entries.slice(0, count);
}

/** The first `limit` entries of a newest-first list, extended to the end of the last day. */
function wholeDays(sorted: Entry[], limit: number): EntryPage {
  if (sorted.length <= limit) return { entries: sorted, next: null };
  const lastDay = sorted[limit - 1]!.date;
  const page = sorted.filter((e) => e.date >= lastDay);
  return { entries: page, next: page.length < sorted.length ? { before: lastDay } : null };
}

/** The skill of a filter on a skill alone (no kind, tag, person or dates), else undefined. */
function skillOnly(filter: EntryFilter): SkillId | undefined {
  const { skill, ...rest } = filter;
  return skill && Object.values(rest).every((v) => v === undefined) ? skill : undefined;
}

/**
 * A page of the entries tagged with `skill` (pageEntries' contract: newest first, whole days, at
 * least `limit` unless it is the last), read by date range: the skill's entries per day are kept at
 * write time (skillEvidence), so the newest days holding a page of them are known before any entry
 * is read, and the date index reads just those days (about a page of the skill's entries among the
 * others of those days), not every entry with the skill.
 */
export async function pageSkillEntries(skill: SkillId, cursor: EntryCursor | null, limit: number): Promise<EntryPage> {
  const evidence = await getSkillEvidence(skill);
  const days = evidence && newestDays(evidence.days, cursor?.before ?? null, limit);
  if (!days) return { entries: [], next: null };
  const rows = await db().entries.where('date').between(days.from, days.to, true, true).toArray();
  const entries = readQuick(Entry, quickEntry, rows, 'entries').filter((e) => e.skills.includes(skill));
  return { entries: entries.sort(newestFirst), next: days.more ? { before: days.from } : null };
}

/** How many entries match the filter, counted on the index where one fits (a skill's, on its entries per day). */
export async function countEntries(filter: EntryFilter = {}): Promise<number> {
  const table = db().entries;
  const skill = skillOnly(filter);
  if (skill) return Object.values((await getSkillEvidence(skill))?.days ?? {}).reduce((a, n) => a + n, 0);
  if (filter.skill || filter.tag || filter.personId) return (await listEntries(filter)).length;
  if (filter.kind)
    return table
      .where('[kind+date]')
      .between([filter.kind, filter.from ?? ''], [filter.kind, filter.to ?? OPEN], true, true)
      .count();
  if (filter.from || filter.to)
    return table
      .where('date')
      .between(filter.from ?? '', filter.to ?? OPEN, true, true)
      .count();
  return table.count();
}
