import { describe, expect, it } from 'vitest';
import { cadenceLabel, lastContacts, stayInTouchDue, stayInTouchLabel, stayInTouchStatus } from '../../../shared/reminders/cadence';
import { conversation, person, uuid } from '../builders';

describe('stay-in-touch cadence', () => {
  it('is due the cadence after the last conversation, and counts days overdue', () => {
    const p = person({ stayInTouchWeeks: 4 });
    expect(stayInTouchStatus(p, '2026-03-01', '2026-03-20')).toMatchObject({ dueDate: '2026-03-29', daysOverdue: -9 });
    expect(stayInTouchStatus(p, '2026-03-01', '2026-03-29')).toMatchObject({ dueDate: '2026-03-29', daysOverdue: 0 });
    expect(stayInTouchStatus(p, '2026-03-01', '2026-04-03')).toMatchObject({ daysOverdue: 5 });
  });

  it('counts from the day the person was added when there is no conversation yet', () => {
    // createdAt 2026-01-01 + 2 weeks.
    expect(stayInTouchStatus(person({ stayInTouchWeeks: 2 }), undefined, '2026-01-10')?.dueDate).toBe('2026-01-15');
  });

  it('has no status for a person without a cadence', () => {
    expect(stayInTouchStatus(person(), '2026-03-01', '2026-09-01')).toBeNull();
  });

  it('resets when a conversation is logged: only conversations on or before today count', () => {
    const convs = [
      conversation({ id: uuid(1), date: '2026-02-01' }),
      conversation({ id: uuid(2), date: '2026-03-05' }),
      conversation({ id: uuid(3), date: '2026-04-30' }), // planned, not yet happened
      conversation({ id: uuid(4), date: '2026-03-09', personId: uuid(901) }),
    ];
    const last = lastContacts(convs, '2026-03-10');
    expect(last.get(uuid(900))).toBe('2026-03-05');
    expect(last.get(uuid(901))).toBe('2026-03-09');
  });

  it('lists the due and overdue, the most overdue first, then by name', () => {
    const a = person({ id: uuid(1), name: 'Bea', stayInTouchWeeks: 2 });
    const b = person({ id: uuid(2), name: 'Al', stayInTouchWeeks: 2 });
    const c = person({ id: uuid(3), name: 'Cy', stayInTouchWeeks: 8 });
    const d = person({ id: uuid(4), name: 'Di', stayInTouchWeeks: 4 });
    const last = new Map([
      [uuid(1), '2026-03-01'], // due 03-15: 5 overdue
      [uuid(2), '2026-03-01'], // due 03-15: 5 overdue (ties by name: Al first)
      [uuid(3), '2026-01-01'], // due 02-26: 22 overdue
      [uuid(4), '2026-03-10'], // due 04-07: not due
    ]);
    const due = stayInTouchDue([a, b, c, d], last, '2026-03-20');
    expect(due.map((s) => [s.person.name, s.daysOverdue])).toEqual([
      ['Cy', 22],
      ['Al', 5],
      ['Bea', 5],
    ]);
  });

  it('words the state', () => {
    expect(stayInTouchLabel(0)).toBe('due today');
    expect(stayInTouchLabel(1)).toBe('1 day overdue');
    expect(stayInTouchLabel(13)).toBe('13 days overdue');
    expect(stayInTouchLabel(22)).toBe('3 weeks overdue');
    expect(stayInTouchLabel(-1)).toBe('due tomorrow');
    expect(stayInTouchLabel(-5)).toBe('due in 5 days');
    expect(cadenceLabel(1)).toBe('every week');
    expect(cadenceLabel(8)).toBe('every 8 weeks');
  });
});

describe('People list by stay-in-touch', () => {
  it('sorts the most overdue first (people without a cadence last) and filters to those due', async () => {
    const { dueToKeepInTouch, sortPeopleRows } = await import('../../../shared/domain/people');
    const row = (n: number, name: string, weeks: number | undefined, lastContact?: string) => ({
      person: person({ id: uuid(n), name, stayInTouchWeeks: weeks }),
      conversationCount: lastContact ? 1 : 0,
      lastContact,
    });
    const rows = [
      row(1, 'Ana', undefined, '2026-01-01'),
      row(2, 'Ben', 4, '2026-03-01'), // due 03-29
      row(3, 'Cas', 2, '2026-02-01'), // due 02-15
      row(4, 'Dot', 12, '2026-03-15'), // due 06-07
    ];
    expect(sortPeopleRows(rows, 'touch-due').map((r) => r.person.name)).toEqual(['Cas', 'Ben', 'Dot', 'Ana']);
    expect(dueToKeepInTouch(rows, '2026-03-29').map((r) => r.person.name)).toEqual(['Ben', 'Cas']);
  });
});
