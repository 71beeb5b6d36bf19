import { describe, expect, it } from 'vitest';
import { contactSummary, filterPeopleRows, likelyDuplicates, matchPeople, peopleRows, sortPeopleRows } from '../../shared/domain/people';
import { conversation, person, uuid } from './builders';

const ADA = person({ id: uuid(900), name: 'Ada Lovelace', role: 'Senior PM', company: 'Acme' });
const BO = person({ id: uuid(901), name: 'bo Chen', role: 'Group PM', company: 'Globex' });
const CY = person({ id: uuid(902), name: 'Cy Ödegaard', role: 'Designer', company: 'Initech' });

describe('contactSummary', () => {
  it("counts only this person's conversations, takes the latest past date and the earliest open follow-up", () => {
    const convs = [
      conversation({ id: uuid(1), personId: ADA.id, date: '2026-02-10', followUpDate: '2026-03-20', followUpDone: false }),
      conversation({ id: uuid(2), personId: ADA.id, date: '2026-03-05', followUpDate: '2026-03-01', followUpDone: true }),
      conversation({ id: uuid(3), personId: ADA.id, date: '2026-01-02', followUpDate: '2026-03-12', followUpDone: false }),
      conversation({ id: uuid(4), personId: BO.id, date: '2026-03-09', followUpDate: '2026-02-01' }),
    ];
    expect(contactSummary(ADA, convs, '2026-03-10')).toEqual({
      conversationCount: 3,
      lastContact: '2026-03-05',
      nextFollowUp: '2026-03-12',
    });
  });

  it('does not count a conversation planned after today as the last contact, but does count it', () => {
    const convs = [
      conversation({ id: uuid(1), personId: ADA.id, date: '2026-03-01' }),
      conversation({ id: uuid(2), personId: ADA.id, date: '2026-03-11' }),
    ];
    expect(contactSummary(ADA, convs, '2026-03-10')).toEqual({ conversationCount: 2, lastContact: '2026-03-01', nextFollowUp: undefined });
    // On the day of the planned conversation it becomes the last contact.
    expect(contactSummary(ADA, convs, '2026-03-11').lastContact).toBe('2026-03-11');
  });

  it('keeps an overdue follow-up as the next one (it is still open)', () => {
    const convs = [conversation({ personId: ADA.id, date: '2026-01-01', followUpDate: '2026-01-15' })];
    expect(contactSummary(ADA, convs, '2026-03-10').nextFollowUp).toBe('2026-01-15');
  });

  it('has nothing to say about someone never talked to', () => {
    expect(contactSummary(CY, [], '2026-03-10')).toEqual({ conversationCount: 0, lastContact: undefined, nextFollowUp: undefined });
  });
});

describe('the People list', () => {
  const convs = [
    conversation({ id: uuid(1), personId: ADA.id, date: '2026-02-01' }),
    conversation({ id: uuid(2), personId: BO.id, date: '2026-03-01' }),
    conversation({ id: uuid(3), personId: BO.id, date: '2026-01-01' }),
  ];
  const rows = peopleRows([CY, BO, ADA], convs, '2026-03-10');

  it('gives each person their own count and last contact', () => {
    expect(rows.map((r) => [r.person.name, r.conversationCount, r.lastContact])).toEqual([
      ['Cy Ödegaard', 0, undefined],
      ['bo Chen', 2, '2026-03-01'],
      ['Ada Lovelace', 1, '2026-02-01'],
    ]);
  });

  it('sorts by name ignoring case', () => {
    expect(sortPeopleRows(rows, 'name').map((r) => r.person.name)).toEqual(['Ada Lovelace', 'bo Chen', 'Cy Ödegaard']);
  });

  it('sorts by last contact, most recent first, never-contacted last', () => {
    expect(sortPeopleRows(rows, 'last-contact').map((r) => r.person.name)).toEqual(['bo Chen', 'Ada Lovelace', 'Cy Ödegaard']);
  });

  it('filters on name, role and company, every word must match, case-insensitive', () => {
    expect(filterPeopleRows(rows, 'acme').map((r) => r.person.name)).toEqual(['Ada Lovelace']);
    expect(filterPeopleRows(rows, 'PM').map((r) => r.person.name)).toEqual(['bo Chen', 'Ada Lovelace']);
    expect(filterPeopleRows(rows, 'group globex').map((r) => r.person.name)).toEqual(['bo Chen']);
    expect(filterPeopleRows(rows, 'group acme')).toEqual([]);
    expect(filterPeopleRows(rows, '   ').length).toBe(3);
  });
});

describe('sorting and narrowing People by follow-up and path', () => {
  const ada = person({ id: uuid(910), name: 'Ada', path: 'external' });
  const bo = person({ id: uuid(911), name: 'Bo', path: 'internal' });
  const cy = person({ id: uuid(912), name: 'Cy', path: 'unknown' });
  const di = person({ id: uuid(913), name: 'Di', path: 'internal' });
  const convs = [
    conversation({ id: uuid(20), personId: ada.id, date: '2026-01-01', followUpDate: '2026-04-02', followUpDone: false }),
    conversation({ id: uuid(21), personId: bo.id, date: '2026-01-01', followUpDate: '2026-02-01', followUpDone: false }),
    conversation({ id: uuid(22), personId: cy.id, date: '2026-01-01', followUpDate: '2026-01-05', followUpDone: true }),
  ];
  const rows = peopleRows([cy, ada, di, bo], convs, '2026-03-10');

  it('sorts by next open follow-up, soonest (overdue) first, people without one last by name', () => {
    expect(sortPeopleRows(rows, 'next-follow-up').map((r) => r.person.name)).toEqual(['Bo', 'Ada', 'Cy', 'Di']);
  });
  it('sorts by path: internal, external, other, not sure; by name within', () => {
    expect(sortPeopleRows(rows, 'path').map((r) => r.person.name)).toEqual(['Bo', 'Di', 'Ada', 'Cy']);
  });
  it('narrows to one path, and to people with an open follow-up', () => {
    expect(filterPeopleRows(rows, '', { path: 'internal' }).map((r) => r.person.name)).toEqual(['Di', 'Bo']);
    expect(filterPeopleRows(rows, '', { withFollowUp: true }).map((r) => r.person.name)).toEqual(['Ada', 'Bo']);
    expect(filterPeopleRows(rows, 'bo', { path: 'external' })).toEqual([]);
  });
});

describe('likelyDuplicates', () => {
  const marcus = person({ id: uuid(930), name: 'Marcus Chen', company: 'Stripe' });
  const other = person({ id: uuid(931), name: 'Marcus Chen', company: 'Adyen' });
  it('matches name and company ignoring case, accents and spacing', () => {
    expect(likelyDuplicates([marcus, other], { name: '  marcus  chén ', company: 'STRIPE' }).map((p) => p.id)).toEqual([marcus.id]);
  });
  it('does not match a namesake elsewhere, an empty name, or the person being edited', () => {
    expect(likelyDuplicates([marcus], { name: 'Marcus Chen', company: 'Shopify' })).toEqual([]);
    expect(likelyDuplicates([marcus], { name: ' ', company: 'Stripe' })).toEqual([]);
    expect(likelyDuplicates([marcus], { id: marcus.id, name: 'Marcus Chen', company: 'Stripe' })).toEqual([]);
  });
});

describe('matchPeople (the person picker)', () => {
  const people = [
    person({ id: uuid(940), name: 'Anna Berg', company: 'Klarna', role: 'PM' }),
    person({ id: uuid(941), name: 'Berit Anders', company: 'Spotify', role: 'PM' }),
    person({ id: uuid(942), name: 'Carl Nilsson', company: 'Annapurna Labs', role: 'Engineer' }),
    person({ id: uuid(943), name: 'Ánnika Holm', company: 'IKEA', role: 'Designer' }),
  ];
  it('ranks names that start with the text, then a later word of the name, then company or role', () => {
    expect(matchPeople(people, 'ann').map((p) => p.name)).toEqual(['Anna Berg', 'Ánnika Holm', 'Carl Nilsson']);
    expect(matchPeople(people, 'an').map((p) => p.name)).toEqual(['Anna Berg', 'Ánnika Holm', 'Berit Anders', 'Carl Nilsson']);
  });
  it('matches every word across name, company and role, and caps the list', () => {
    expect(matchPeople(people, 'pm spotify').map((p) => p.name)).toEqual(['Berit Anders']);
    expect(matchPeople(people, '', 2).map((p) => p.name)).toEqual(['Anna Berg', 'Ánnika Holm']);
    expect(matchPeople(people, 'zzz')).toEqual([]);
  });
});
