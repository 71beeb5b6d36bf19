import { describe, expect, it } from 'vitest';
import { normalizeProfileUrl, planPeopleImport } from '../../../shared/import/people';
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

describe('planning a LinkedIn import against stored people', () => {
  it('normalizes profile URLs (scheme, www, query, trailing slash, case)', () => {
    expect(normalizeProfileUrl('HTTPS://www.LinkedIn.com/in/Ada/?trk=1#x')).toBe('linkedin.com/in/ada');
  });

  it('matches by URL, then by name and company; updates what is new, skips the unchanged and the repeated', () => {
    const plan = planPeopleImport([ada, kenji, priya], rows);
    expect(plan.add).toEqual([
      { line: 8, person: { name: 'Zoë Ångström', role: 'GPM', company: 'Fjord', path: 'unknown', email: 'zoe@example.com' } },
    ]);
    expect(plan.update).toEqual([
      // Matched by URL: LinkedIn's role is current; the date is filled in; her own notes, path and URL stay.
      { line: 5, person: { ...ada, role: 'Senior Product Manager', connectedOn: '2023-08-24' } },
      // Matched by name and company (case and spacing ignored): gains URL and date; role unchanged.
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
    expect(plan.skip).toEqual([
      { line: 7, name: 'Priya Raman', reason: 'unchanged' },
      { line: 9, name: 'Ada Okafor', reason: 'repeated' },
    ]);
  });

  it('into an empty list adds everyone once', () => {
    const plan = planPeopleImport([], rows);
    expect(plan.add.map((a) => a.line)).toEqual([5, 6, 7, 8]);
    expect(plan.skip).toEqual([{ line: 9, name: 'Ada Okafor', reason: 'repeated' }]);
  });
});
