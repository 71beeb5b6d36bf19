import { describe, expect, it } from 'vitest';
import { defaultChoices, duplicateReason, normalizeProfileUrl, planPeopleImport, reviewPeopleImport } from '../../../shared/import/people';
import type { LinkedInRow } from '../../../shared/import/linkedin';
import type { Person } from '../../../shared/schemas';

const meta = { createdAt: '2025-01-01T00:00:00.000Z', updatedAt: '2025-01-01T00:00:00.000Z' };
const ada: Person = {
  id: 'a0000000-0000-4000-8000-000000000001',
  ...meta,
  name: 'Ada Okafor',
  role: 'PM',
  company: 'Northwind Platforms',
  path: 'internal',
  profileUrl: 'http://linkedin.com/in/ada-okafor-example/',
  notes: 'mine',
};
const kenji: Person = {
  id: 'a0000000-0000-4000-8000-000000000002',
  ...meta,
  name: 'kenji watanabe',
  role: 'Product Manager, Core Platform',
  company: 'Contoso  Cloud',
  path: 'other',
};
const priya: Person = {
  id: 'a0000000-0000-4000-8000-000000000003',
  ...meta,
  name: 'Priya Raman',
  role: 'Director of Product',
  company: 'Lumen Health',
  path: 'external',
  profileUrl: 'https://www.linkedin.com/in/priya-raman-example',
  email: 'priya.raman@example.org',
  connectedOn: '2024-02-29',
};

const rows: LinkedInRow[] = [
  {
    line: 5,
    connection: {
      name: 'Ada Okafor',
      role: 'Senior Product Manager',
      company: 'Northwind Platforms',
      profileUrl: 'https://www.linkedin.com/in/ada-okafor-example',
      connectedOn: '2023-08-24',
    },
  },
  {
    line: 6,
    connection: {
      name: 'Kenji Watanabe',
      role: 'Product Manager, Core Platform',
      company: 'Contoso Cloud',
      profileUrl: 'https://www.linkedin.com/in/kenji-w-example',
      connectedOn: '2022-03-15',
    },
  },
  {
    line: 7,
    connection: {
      name: 'Priya Raman',
      role: 'Director of Product',
      company: 'Lumen Health',
      profileUrl: 'https://www.linkedin.com/in/priya-raman-example',
      email: 'priya.raman@example.org',
      connectedOn: '2024-02-29',
    },
  },
  { line: 8, connection: { name: 'Zoë Ångström', role: 'GPM', company: 'Fjord', email: 'zoe@example.com' } },
  {
    line: 9,
    connection: {
      name: 'Ada Okafor',
      role: 'Senior Product Manager',
      company: 'Northwind Platforms',
      profileUrl: 'https://linkedin.com/in/ada-okafor-example?trk=x',
    },
  },
];

const ids = (r: { line: number }[]) => r.map((x) => x.line);

describe('reviewing a LinkedIn import against stored people', () => {
  it('normalizes profile URLs (scheme, www, query, trailing slash, case)', () => {
    expect(normalizeProfileUrl('HTTPS://www.LinkedIn.com/in/Ada/?trk=1#x')).toBe('linkedin.com/in/ada');
  });

  it('flags rows that match a stored person (by link, by name and company) or repeat an earlier row, unticked, with the reason', () => {
    const reviewed = reviewPeopleImport([ada, kenji, priya], rows);
    expect(reviewed.map((r) => [r.line, r.status.kind, r.includeByDefault])).toEqual([
      [5, 'existing', false],
      [6, 'existing', false],
      [7, 'existing', false],
      [8, 'new', true],
      [9, 'existing', false],
    ]);
    expect(reviewed.map((r) => duplicateReason(r.status))).toEqual([
      'Already in your journal as Ada Okafor (Northwind Platforms): the same profile link. Ticking it updates them.',
      // "kenji watanabe" at "Contoso  Cloud": case and spacing are ignored.
      'Already in your journal as kenji watanabe (Contoso  Cloud): the same name and company. Ticking it updates them.',
      'Already in your journal as Priya Raman (Lumen Health): the same profile link. Nothing new to add.',
      null,
      // Also a repeat of row 5, but being in the journal already is what matters.
      'Already in your journal as Ada Okafor (Northwind Platforms): the same profile link. Ticking it updates them.',
    ]);
  });

  it('matches names without accents or case, and a blank company on either side, but not two different companies', () => {
    const { profileUrl: _link, ...rest } = ada;
    const zoe: Person = { ...rest, id: 'a0000000-0000-4000-8000-000000000009', name: 'ZOE angstrom', company: '' };
    const row = (line: number, name: string, company: string): LinkedInRow => ({ line, connection: { name, role: 'PM', company } });
    const reviewed = reviewPeopleImport(
      [zoe],
      [row(2, 'Zoë Ångström', 'Fjord'), row(3, 'Marcus Chen', 'Stripe'), row(4, 'marcus chen', 'stripe'), row(5, 'Marcus Chen', 'Shopify')],
    );
    expect(reviewed.map((r) => (r.status.kind === 'repeated' ? `repeats ${r.status.firstLine}` : r.status.kind))).toEqual([
      'existing',
      'new',
      'repeats 3',
      'new',
    ]);
    expect(reviewed[0]!.status).toMatchObject({ by: 'name' });
  });

  it('suggests each path from the position words, and the default choices follow the ticks and suggestions', () => {
    const reviewed = reviewPeopleImport([ada, kenji, priya], rows);
    expect(reviewed.map((r) => r.suggestion.path)).toEqual(['unknown', 'internal', 'unknown', 'unknown', 'unknown']);
    expect(defaultChoices(reviewed)).toEqual([
      { include: false, path: 'unknown' },
      { include: false, path: 'internal' },
      { include: false, path: 'unknown' },
      { include: true, path: 'unknown' },
      { include: false, path: 'unknown' },
    ]);
  });
});

describe('planning a LinkedIn import from the choices', () => {
  it('adds the ticked new rows with their chosen path, and leaves the unticked out', () => {
    const reviewed = reviewPeopleImport([ada, kenji, priya], rows);
    const choices = defaultChoices(reviewed);
    choices[3] = { include: true, path: 'external' };
    const plan = planPeopleImport(reviewed, choices);
    expect(plan.add).toEqual([
      { line: 8, person: { name: 'Zoë Ångström', role: 'GPM', company: 'Fjord', path: 'external', email: 'zoe@example.com' } },
    ]);
    expect(plan.update).toEqual([]);
    expect(ids(plan.skip)).toEqual([5, 6, 7, 9]);
  });

  it('updates a ticked duplicate: current role, missing fields, the path only where it was "not sure"; notes, name and path stay', () => {
    const reviewed = reviewPeopleImport([ada, kenji, priya], rows);
    const choices = reviewed.map(() => ({ include: true, path: 'external' as const }));
    const plan = planPeopleImport(reviewed, choices);
    expect(plan.update).toEqual([
      // Ada (path internal, her notes): LinkedIn's role is current; the date is filled in; the later repeat of her row (line 9) changes nothing more.
      { line: 5, person: { ...ada, role: 'Senior Product Manager', connectedOn: '2023-08-24' } },
      // Kenji (path other): gains the URL and date and LinkedIn's spelling of the company; his path stays.
      {
        line: 6,
        person: {
          ...kenji,
          company: 'Contoso Cloud',
          profileUrl: 'https://www.linkedin.com/in/kenji-w-example',
          connectedOn: '2022-03-15',
        },
      },
    ]);
    expect(ids(plan.add)).toEqual([8]);
    expect(ids(plan.skip)).toEqual([7]);
  });

  it('sets the chosen path on a stored person who was "not sure"', () => {
    const unsure: Person = { ...priya, path: 'unknown' };
    const reviewed = reviewPeopleImport([unsure], [rows[2]!]);
    const plan = planPeopleImport(reviewed, [{ include: true, path: 'internal' }]);
    expect(plan.update).toEqual([{ line: 7, person: { ...unsure, path: 'internal' } }]);
  });

  it('into an empty journal adds everyone once by default, the repeat left out', () => {
    const reviewed = reviewPeopleImport([], rows);
    const plan = planPeopleImport(reviewed, defaultChoices(reviewed));
    expect(ids(plan.add)).toEqual([5, 6, 7, 8]);
    expect(plan.skip).toEqual([{ line: 9, name: 'Ada Okafor' }]);
    expect(duplicateReason(reviewed[4]!.status)).toBe('Repeats row 5 of this file.');
  });

  it('adds a ticked repeated row as a person of its own (the person said it is someone else)', () => {
    const reviewed = reviewPeopleImport([], rows);
    const plan = planPeopleImport(
      reviewed,
      reviewed.map(() => ({ include: true, path: 'unknown' as const })),
    );
    expect(ids(plan.add)).toEqual([5, 6, 7, 8, 9]);
  });
});
