/**
 * Reviewing imported connections against the people already stored, as pure functions. Every row
 * gets a status (new; already in the journal; repeated in the file), whether it is ticked for
 * import by default (duplicates are not), and a suggested path. Then the person's choices (which
 * rows, which path each) become a plan: a ticked new row adds a person with the chosen path; a
 * ticked duplicate of a stored person updates that person (what they lack: email, profile link,
 * connected-on date; LinkedIn's current role and company; the chosen path only where theirs is
 * "not sure"), leaving their notes and name alone. Nothing is written here.
 */
import type { Person, PersonPath } from '../schemas';
import type { LinkedInRow } from './linkedin';
import { suggestPath, type PathSuggestion } from './pathSuggestion';

/** A person to create (the data layer adds id and timestamps). */
export type NewPerson = Omit<Person, 'id' | 'createdAt' | 'updatedAt'>;

/** Why a row is (or is not) flagged as a duplicate. */
export type RowStatus =
  | { kind: 'new' }
  /** Matches a stored person by profile link, or by name (and company when both have one). */
  | { kind: 'existing'; person: Person; by: 'profile link' | 'name and company' | 'name'; changes: boolean }
  /** Repeats an earlier row of the same file. */
  | { kind: 'repeated'; firstLine: number };

/** One row of the import preview. */
export interface ReviewedRow extends LinkedInRow {
  status: RowStatus;
  suggestion: PathSuggestion;
  /** Ticked for import unless it is a duplicate. */
  includeByDefault: boolean;
}

/** The person's choice for one row (by index into the reviewed rows). */
export interface RowChoice {
  include: boolean;
  path: PersonPath;
}

export interface PeopleImportPlan {
  add: { line: number; person: NewPerson }[];
  /** Stored people with the imported fields applied (updatedAt is set when written). */
  update: { line: number; person: Person }[];
  /** Rows left out (unticked, or ticked duplicates that would change nothing). */
  skip: { line: number; name: string }[];
}

/** A profile URL reduced to what identifies the profile: no scheme, "www.", query, fragment, trailing slash or case. */
export function normalizeProfileUrl(url: string): string {
  return url
    .trim()
    .toLowerCase()
    .replace(/^https?:\/\//, '')
    .replace(/^www\./, '')
    .replace(/[?#].*$/, '')
    .replace(/\/+$/, '');
}

/** Text folded for comparison: case, accents and spacing ignored ("Zoë  Ångström" = "zoe angstrom"). */
export function foldName(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Two companies agree when either is blank or they fold to the same text. */
const sameCompany = (a: string, b: string) => !a.trim() || !b.trim() || foldName(a) === foldName(b);

/** Finds people by profile link, or by folded name with an agreeing company. */
class PeopleIndex<T extends { name: string; company: string; profileUrl?: string | undefined }> {
  private byUrl = new Map<string, T>();
  private byName = new Map<string, T[]>();
  add(p: T): void {
    if (p.profileUrl) {
      const url = normalizeProfileUrl(p.profileUrl);
      if (!this.byUrl.has(url)) this.byUrl.set(url, p);
    }
    const key = foldName(p.name);
    const list = this.byName.get(key);
    if (list) list.push(p);
    else this.byName.set(key, [p]);
  }
  find(c: {
    name: string;
    company: string;
    profileUrl?: string | undefined;
  }): { match: T; by: 'profile link' | 'name and company' | 'name' } | null {
    const byUrl = c.profileUrl ? this.byUrl.get(normalizeProfileUrl(c.profileUrl)) : undefined;
    if (byUrl) return { match: byUrl, by: 'profile link' };
    const named = this.byName.get(foldName(c.name))?.find((p) => sameCompany(p.company, c.company));
    if (!named) return null;
    return { match: named, by: named.company.trim() && c.company.trim() ? 'name and company' : 'name' };
  }
}

/** A stored person with a row's LinkedIn fields applied (see the module comment for what changes). */
function mergeInto(p: Person, row: LinkedInRow, path: PersonPath): Person {
  const c = row.connection;
  return {
    ...p,
    role: c.role || p.role,
    company: c.company || p.company,
    ...(p.path === 'unknown' && path !== 'unknown' ? { path } : {}),
    ...(p.profileUrl || !c.profileUrl ? {} : { profileUrl: c.profileUrl }),
    ...(p.email || !c.email ? {} : { email: c.email }),
    ...(p.connectedOn || !c.connectedOn ? {} : { connectedOn: c.connectedOn }),
  };
}

const CHANGED_FIELDS = ['role', 'company', 'path', 'profileUrl', 'email', 'connectedOn'] as const;
const differs = (a: Person, b: Person) => CHANGED_FIELDS.some((k) => a[k] !== b[k]);

/** Reviews every row: its status against the stored people and the rows before it, its default tick and its suggested path. */
export function reviewPeopleImport(existing: readonly Person[], rows: readonly LinkedInRow[]): ReviewedRow[] {
  const stored = new PeopleIndex<Person>();
  for (const p of existing) stored.add(p);
  const earlier = new PeopleIndex<LinkedInRow['connection'] & { line: number }>();
  return rows.map((row) => {
    const c = row.connection;
    const suggestion = suggestPath(c.role);
    const inFile = earlier.find(c);
    earlier.add({ ...c, line: row.line });
    // Someone already in the journal is named as such even when the file repeats them too.
    const found = stored.find(c);
    if (found) {
      const changes = differs(found.match, mergeInto(found.match, row, suggestion.path));
      return { ...row, suggestion, status: { kind: 'existing', person: found.match, by: found.by, changes }, includeByDefault: false };
    }
    if (inFile) return { ...row, suggestion, status: { kind: 'repeated', firstLine: inFile.match.line }, includeByDefault: false };
    return { ...row, suggestion, status: { kind: 'new' }, includeByDefault: true };
  });
}

/** The choices a preview starts with: duplicates unticked, every path as suggested. */
export function defaultChoices(reviewed: readonly ReviewedRow[]): RowChoice[] {
  return reviewed.map((r) => ({ include: r.includeByDefault, path: r.suggestion.path }));
}

/**
 * Turns the reviewed rows and the person's choices into a plan. A ticked row that matches a stored
 * person updates them (two ticked rows for one person apply in order); any other ticked row,
 * repeated ones included (the person said it is someone else), adds a person with the chosen path.
 */
export function planPeopleImport(reviewed: readonly ReviewedRow[], choices: readonly RowChoice[]): PeopleImportPlan {
  const plan: PeopleImportPlan = { add: [], update: [], skip: [] };
  const updated = new Map<string, { line: number; person: Person; original: Person }>();
  reviewed.forEach((row, i) => {
    const choice = choices[i] ?? { include: false, path: 'unknown' };
    const c = row.connection;
    if (!choice.include) {
      plan.skip.push({ line: row.line, name: c.name });
      return;
    }
    if (row.status.kind === 'existing') {
      const original = row.status.person;
      const before = updated.get(original.id);
      const person = mergeInto(before?.person ?? original, row, choice.path);
      updated.set(original.id, { line: before?.line ?? row.line, person, original });
      return;
    }
    plan.add.push({
      line: row.line,
      person: {
        name: c.name,
        role: c.role,
        company: c.company,
        path: choice.path,
        ...(c.profileUrl ? { profileUrl: c.profileUrl } : {}),
        ...(c.email ? { email: c.email } : {}),
        ...(c.connectedOn ? { connectedOn: c.connectedOn } : {}),
      },
    });
  });
  for (const { line, person, original } of updated.values()) {
    if (differs(original, person)) plan.update.push({ line, person });
    else plan.skip.push({ line, name: person.name });
  }
  return plan;
}

/** Why a row is flagged, in a sentence for the preview; null for a new row. */
export function duplicateReason(status: RowStatus): string | null {
  switch (status.kind) {
    case 'new':
      return null;
    case 'repeated':
      return `Repeats row ${status.firstLine} of this file.`;
    case 'existing': {
      const who = `${status.person.name}${status.person.company ? ` (${status.person.company})` : ''}`;
      const by =
        status.by === 'profile link' ? 'the same profile link' : status.by === 'name' ? 'the same name' : 'the same name and company';
      return `Already in your journal as ${who}: ${by}.${status.changes ? ' Ticking it updates them.' : ' Nothing new to add.'}`;
    }
  }
}
