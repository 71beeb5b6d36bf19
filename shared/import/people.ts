/**
 * De-duplicating imported connections against the people already stored, as a pure plan: match
 * by profile URL first, then by name and company; a match gains what it lacks (email, profile
 * URL, connected-on date) and LinkedIn's current role and company; nothing else of theirs (path,
 * notes, name) is touched. Nothing is written here.
 */
import type { Person } from '../schemas';
import type { LinkedInRow } from './linkedin';

/** A person to create (the data layer adds id and timestamps). */
export type NewPerson = Omit<Person, 'id' | 'createdAt' | 'updatedAt'>;

export interface PeopleImportPlan {
  add: { line: number; person: NewPerson }[];
  /** Existing people with the imported fields applied (updatedAt is set when written). */
  update: { line: number; person: Person }[];
  /** Rows that match someone and would change nothing, or repeat an earlier row of the file. */
  skip: { line: number; name: string; reason: 'unchanged' | 'repeated' }[];
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

/** Name and company folded for comparison (case, accents, spacing). */
function nameCompanyKey(name: string, company: string): string {
  const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
  return `${fold(name)}\u0000${fold(company)}`;
}

/** Plans an import: which rows add a person, which update one, which are skipped. */
export function planPeopleImport(existing: readonly Person[], rows: readonly LinkedInRow[]): PeopleImportPlan {
  const byUrl = new Map<string, Person>();
  const byNameCompany = new Map<string, Person>();
  for (const p of existing) {
    if (p.profileUrl) byUrl.set(normalizeProfileUrl(p.profileUrl), p);
    byNameCompany.set(nameCompanyKey(p.name, p.company), p);
  }
  const plan: PeopleImportPlan = { add: [], update: [], skip: [] };
  const seenUrls = new Set<string>();
  const seenNames = new Set<string>();
  for (const { line, connection: c } of rows) {
    const url = c.profileUrl ? normalizeProfileUrl(c.profileUrl) : undefined;
    const nameKey = nameCompanyKey(c.name, c.company);
    if ((url && seenUrls.has(url)) || (!url && seenNames.has(nameKey))) {
      plan.skip.push({ line, name: c.name, reason: 'repeated' });
      continue;
    }
    if (url) seenUrls.add(url);
    seenNames.add(nameKey);
    const match = (url ? byUrl.get(url) : undefined) ?? byNameCompany.get(nameKey);
    if (!match) {
      plan.add.push({
        line,
        person: {
          name: c.name,
          role: c.role,
          company: c.company,
          path: 'unknown',
          ...(c.profileUrl ? { profileUrl: c.profileUrl } : {}),
          ...(c.email ? { email: c.email } : {}),
          ...(c.connectedOn ? { connectedOn: c.connectedOn } : {}),
        },
      });
      continue;
    }
    const merged: Person = {
      ...match,
      role: c.role || match.role,
      company: c.company || match.company,
      ...(match.profileUrl || !c.profileUrl ? {} : { profileUrl: c.profileUrl }),
      ...(match.email || !c.email ? {} : { email: c.email }),
      ...(match.connectedOn || !c.connectedOn ? {} : { connectedOn: c.connectedOn }),
    };
    const changed = (['role', 'company', 'profileUrl', 'email', 'connectedOn'] as const).some((k) => merged[k] !== match[k]);
    if (changed) plan.update.push({ line, person: merged });
    else plan.skip.push({ line, name: c.name, reason: 'unchanged' });
  }
  return plan;
}
