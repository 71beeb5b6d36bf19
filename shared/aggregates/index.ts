/**
 * Derived data kept at write time, so that the Skills, People, Path and Plan screens read a few
 * small rows instead of every entry. Pure: each entry contributes to the aggregates, and a change
 * (create, edit, delete) takes the old version's contribution out and puts the new one in. Rows
 * hold counts per day (not totals), so figures that depend on today (recent evidence, last
 * contact on or before today) are worked out at read time from the same rows, and a row left
 * with no counts is removed: applying changes one by one always ends where computing from
 * scratch ends (see tests/shared/aggregates).
 */
import type { SkillId } from '../domain/framework';
import type { ConversationLike, ReflectionLike } from '../path/evidence';
import type { Entry } from '../schemas';

/** How many entries fall on each day (YYYY-MM-DD -> count; days without one are absent). */
export type DayCounts = Record<string, number>;

/** The journal evidence of one skill: the entries tagged with it, counted per day. */
export interface SkillEvidenceRow {
  skill: SkillId;
  days: DayCounts;
}

/** One person's conversations per day, and their open follow-ups per due day. */
export interface PersonSummaryRow {
  personId: string;
  days: DayCounts;
  followUps: DayCounts;
}

/** The parts of a reflection the path fit and the step tracker read. */
export type ReflectionFact = ReflectionLike;
/** The parts of a conversation the path fit, the step tracker and the plan read. */
export type ConversationFact = ConversationLike & {
  /** Whether its takeaways say anything (the plan offers those to quote). */
  hasTakeaways: boolean;
};
/** What the path screens need of one reflection or conversation (goals are read whole: they are few). */
export type PathFact = ReflectionFact | ConversationFact;

/**
 * How many entries carry each tag (tag -> count; tags no entry carries are absent). Stored as ONE
 * row, sealed like every record when the journal is encrypted: a row per tag would keep the tag in
 * clear as its key.
 */
export type TagCounts = Record<string, number>;

/**
 * Path facts are stored many to a row, in buckets picked by a hash of the entry's id: a restore of
 * 50,000 entries writes a few hundred rows instead of one more row per entry (each row written,
 * and sealed when encryption is on, has a cost of its own), and a screen reads as few. An entry
 * never changes bucket (its id never changes); a save rewrites its bucket's row.
 */
export const FACT_BUCKETS = 256;

/** A stored row of path facts: its bucket's key and every fact in it. */
export interface PathFactBucket {
  id: string;
  facts: PathFact[];
}

/** The bucket an entry's path fact is stored in (FNV-1a of the id). */
export function factBucketOf(entryId: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < entryId.length; i++) h = Math.imul(h ^ entryId.charCodeAt(i), 0x01000193);
  return `facts:${((h >>> 0) % FACT_BUCKETS).toString(16).padStart(2, '0')}`;
}

/** The facts grouped into their buckets' rows (only the buckets in `only`, when given). */
export function factBuckets(facts: Iterable<PathFact>, only?: ReadonlySet<string>): Map<string, PathFactBucket> {
  const out = new Map<string, PathFactBucket>();
  for (const f of facts) {
    const id = factBucketOf(f.id);
    if (only && !only.has(id)) continue;
    let row = out.get(id);
    if (!row) out.set(id, (row = { id, facts: [] }));
    row.facts.push(f);
  }
  return out;
}

/** Every aggregate, keyed as stored. */
export interface Aggregates {
  skills: Map<string, SkillEvidenceRow>;
  people: Map<string, PersonSummaryRow>;
  facts: Map<string, PathFact>;
  tags: TagCounts;
}

/** The keys of the rows a change touched, per aggregate (for tags: the tags whose count changed). */
export interface Touched {
  skills: Set<string>;
  people: Set<string>;
  facts: Set<string>;
  tags: Set<string>;
}

/** Aggregates of an empty journal. */
export function emptyAggregates(): Aggregates {
  return { skills: new Map(), people: new Map(), facts: new Map(), tags: {} };
}

/** No rows touched yet. */
export function noneTouched(): Touched {
  return { skills: new Set(), people: new Set(), facts: new Set(), tags: new Set() };
}

/** The path fact of an entry: its reflection or conversation facts, null for a goal. */
export function pathFactOf(e: Entry): PathFact | null {
  if (e.kind === 'reflection') {
    const f: ReflectionFact = { id: e.id, kind: e.kind, date: e.date, title: e.title };
    if (e.lean !== undefined) f.lean = e.lean;
    return f;
  }
  if (e.kind === 'conversation') {
    const f: ConversationFact = {
      id: e.id,
      kind: e.kind,
      date: e.date,
      personId: e.personId,
      conversationKind: e.conversationKind,
      followUpDone: e.followUpDone,
      hasTakeaways: e.takeaways.trim() !== '',
    };
    if (e.energy !== undefined) f.energy = e.energy;
    if (e.followUpDate !== undefined) f.followUpDate = e.followUpDate;
    return f;
  }
  return null;
}

function bump(days: DayCounts, day: string, by: number): void {
  const n = (days[day] ?? 0) + by;
  if (n > 0) days[day] = n;
  else delete days[day];
}

/** Whether no day has a count. Constant time: a skill's row holds a key per day of a decade of entries. */
function isEmpty(days: DayCounts): boolean {
  for (const _ in days) return false;
  return true;
}

/**
 * Adds (sign 1) or takes out (sign -1) one entry's contribution, recording the rows it touched.
 * The rows it needs must already be in `agg` when taking out (they are loaded before a change).
 */
export function applyEntry(agg: Aggregates, e: Entry, sign: 1 | -1, touched: Touched = noneTouched()): void {
  for (const skill of new Set(e.skills)) {
    let row = agg.skills.get(skill);
    if (!row) agg.skills.set(skill, (row = { skill, days: {} }));
    bump(row.days, e.date, sign);
    if (sign === -1 && isEmpty(row.days)) agg.skills.delete(skill);
    touched.skills.add(skill);
  }
  if (e.kind === 'conversation') {
    let row = agg.people.get(e.personId);
    if (!row) agg.people.set(e.personId, (row = { personId: e.personId, days: {}, followUps: {} }));
    bump(row.days, e.date, sign);
    if (e.followUpDate && !e.followUpDone) bump(row.followUps, e.followUpDate, sign);
    if (sign === -1 && isEmpty(row.days) && isEmpty(row.followUps)) agg.people.delete(e.personId);
    touched.people.add(e.personId);
  }
  for (const tag of new Set(e.tags)) {
    bump(agg.tags, tag, sign);
    touched.tags.add(tag);
  }
  const fact = pathFactOf(e);
  if (fact) {
    if (sign === 1) agg.facts.set(fact.id, fact);
    else agg.facts.delete(fact.id);
    touched.facts.add(fact.id);
  }
}

/** Replaces `before` (undefined: a new entry) with `after` (undefined: deleted) in the aggregates. */
export function changeEntry(
  agg: Aggregates,
  before: Entry | undefined,
  after: Entry | undefined,
  touched: Touched = noneTouched(),
): Touched {
  if (before) applyEntry(agg, before, -1, touched);
  if (after) applyEntry(agg, after, 1, touched);
  return touched;
}

/** The rows a change from `before` to `after` reads and writes (to load them before applying it). */
export function keysOf(before: Entry | undefined, after: Entry | undefined): Touched {
  const t = noneTouched();
  for (const e of [before, after]) {
    if (!e) continue;
    for (const s of e.skills) t.skills.add(s);
    for (const tag of e.tags) t.tags.add(tag);
    if (e.kind === 'conversation') t.people.add(e.personId);
    if (e.kind !== 'goal') t.facts.add(e.id);
  }
  return t;
}

/** The aggregates of a whole journal, from scratch. */
export function computeAggregates(entries: Iterable<Entry>): Aggregates {
  const agg = emptyAggregates();
  for (const e of entries) applyEntry(agg, e, 1);
  return agg;
}

/** An aggregate as plain sorted data (rows by key, days by date), to compare two of them. */
export function aggregatesSnapshot(agg: Aggregates): {
  skills: SkillEvidenceRow[];
  people: PersonSummaryRow[];
  facts: PathFact[];
  tags: TagCounts;
} {
  const byKey = <T>(m: Map<string, T>) => [...m.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, v]) => v);
  const sortKeys = (d: DayCounts) => Object.fromEntries(Object.entries(d).sort(([a], [b]) => (a < b ? -1 : 1)));
  return {
    skills: byKey(agg.skills).map((r) => ({ skill: r.skill, days: sortKeys(r.days) })),
    people: byKey(agg.people).map((r) => ({ personId: r.personId, days: sortKeys(r.days), followUps: sortKeys(r.followUps) })),
    facts: byKey(agg.facts),
    tags: sortKeys(agg.tags),
  };
}

/** The tags in use, sorted as the tag index lists them (by code unit). */
export function tagsInUse(tags: TagCounts): string[] {
  return Object.keys(tags).sort();
}

/** Sum of the counts, optionally only of the days for which `keep` holds. */
export function countDays(days: DayCounts, keep: (day: string) => boolean = () => true): number {
  let n = 0;
  for (const [d, c] of Object.entries(days)) if (keep(d)) n += c;
  return n;
}

/** The latest day with a count on or before `asOf` (every day when absent); undefined when none. */
export function latestDay(days: DayCounts, asOf?: string): string | undefined {
  let out: string | undefined;
  for (const d of Object.keys(days)) if ((asOf === undefined || d <= asOf) && (out === undefined || d > out)) out = d;
  return out;
}

/**
 * Each person's last conversation on or before `asOf`, from their summary rows: what
 * `lastContacts` works out from every conversation, without reading them.
 */
export function lastContactsOfRows(rows: Iterable<PersonSummaryRow>, asOf: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const r of rows) {
    const day = latestDay(r.days, asOf);
    if (day !== undefined) out.set(r.personId, day);
  }
  return out;
}

/** The earliest day with a count; undefined when none. */
export function earliestDay(days: DayCounts): string | undefined {
  let out: string | undefined;
  for (const d of Object.keys(days)) if (out === undefined || d < out) out = d;
  return out;
}
