import { describe, expect, it } from 'vitest';
import type { PathFact } from '../../shared/aggregates';
import {
  activeGoals,
  bySoonestFollowUp,
  followUpDue,
  followUpsByUrgency,
  goalProgress,
  isOpenFollowUp,
  openFollowUpIds,
  profileHeadline,
} from '../../shared/domain/home';
import { conversation, goal, milestone, reflection, uuid } from './builders';

describe('followUpDue', () => {
  it.each([
    ['2026-03-07', 'overdue', -3, '3 days overdue'],
    ['2026-03-09', 'overdue', -1, '1 day overdue'],
    ['2026-03-10', 'today', 0, 'due today'],
    ['2026-03-11', 'upcoming', 1, 'due tomorrow'],
    ['2026-03-15', 'upcoming', 5, 'in 5 days'],
    // Across a month end and the March daylight-saving change in Europe (29 March 2026).
    ['2026-04-02', 'upcoming', 23, 'in 23 days'],
    // Long spans: days under two whole months, then whole months, then whole years from 24 months.
    ['2026-01-11', 'overdue', -58, '58 days overdue'],
    ['2026-01-10', 'overdue', -59, '2 months overdue'],
    ['2024-03-11', 'overdue', -729, '23 months overdue'],
    ['2024-03-10', 'overdue', -730, '2 years overdue'],
    // A badge the bench showed: 2423 days before 10 March 2026 is 22 July 2019, 6 years and 7 months.
    ['2019-07-22', 'overdue', -2423, '6 years overdue'],
    // 10 March to 9 May is one whole month and 29 days; to 10 May, two months.
    ['2026-05-09', 'upcoming', 60, 'in 60 days'],
    ['2026-05-10', 'upcoming', 61, 'in 2 months'],
  ])('a follow-up due %s, seen on 2026-03-10, is %s (%i days): "%s"', (due, urgency, days, label) => {
    expect(followUpDue(due, '2026-03-10')).toEqual({ urgency, days, label });
  });
});

describe('followUpsByUrgency', () => {
  it('keeps open follow-ups only, most overdue first, then today, then soonest upcoming', () => {
    const convs = [
      conversation({ id: uuid(1), followUpDate: '2026-03-15' }),
      conversation({ id: uuid(2), followUpDate: '2026-03-01' }),
      conversation({ id: uuid(3), followUpDate: '2026-03-10' }),
      conversation({ id: uuid(4), followUpDate: '2026-02-01', followUpDone: true }),
      conversation({ id: uuid(5) }),
      conversation({ id: uuid(6), followUpDate: '2026-03-08' }),
    ];
    const items = followUpsByUrgency(convs, '2026-03-10');
    expect(items.map((i) => [i.conversation.id, i.label])).toEqual([
      [uuid(2), '9 days overdue'],
      [uuid(6), '2 days overdue'],
      [uuid(3), 'due today'],
      [uuid(1), 'in 5 days'],
    ]);
  });

  it('orders two follow-ups due the same day by the older conversation first', () => {
    const convs = [
      conversation({ id: uuid(1), date: '2026-03-05', followUpDate: '2026-03-12' }),
      conversation({ id: uuid(2), date: '2026-02-05', followUpDate: '2026-03-12' }),
    ];
    expect(followUpsByUrgency(convs, '2026-03-10').map((i) => i.conversation.id)).toEqual([uuid(2), uuid(1)]);
  });
});

describe('goalProgress', () => {
  it('counts done milestones: 2 of 5', () => {
    const g = goal({ milestones: [milestone(1, true), milestone(2, false), milestone(3, true), milestone(4, false), milestone(5, false)] });
    expect(goalProgress(g)).toEqual({ done: 2, total: 5, ratio: 0.4, label: '2 of 5 milestones' });
  });
  it('uses the singular for one milestone', () => {
    expect(goalProgress(goal({ milestones: [milestone(1, true)] }))).toEqual({ done: 1, total: 1, ratio: 1, label: '1 of 1 milestone' });
  });
  it('says so when there are no milestones, without dividing by zero', () => {
    expect(goalProgress(goal({ milestones: [] }))).toEqual({ done: 0, total: 0, ratio: 0, label: 'No milestones yet' });
  });
});

describe('activeGoals', () => {
  it('keeps active goals only, nearest target date first, undated last', () => {
    const entries = [
      goal({ id: uuid(1), title: 'Undated B', targetDate: undefined }),
      goal({ id: uuid(2), title: 'Later', targetDate: '2026-09-01' }),
      goal({ id: uuid(3), title: 'Done one', status: 'done', targetDate: '2026-01-01' }),
      goal({ id: uuid(4), title: 'Sooner', targetDate: '2026-04-01' }),
      goal({ id: uuid(5), title: 'Undated A' }),
      goal({ id: uuid(6), title: 'Planned', status: 'planned' }),
      reflection({ id: uuid(7) }),
    ];
    expect(activeGoals(entries).map((g) => g.title)).toEqual(['Sooner', 'Later', 'Undated A', 'Undated B']);
  });
});

describe('profileHeadline', () => {
  it('greets by name and states the target role and date', () => {
    expect(profileHeadline({ name: ' Sam ', targetRole: 'Internal PM', targetDate: '2027-01-31' })).toBe(
      'Hi Sam. Working toward Internal PM by 31 Jan 2027.',
    );
  });
  it('leaves out what the profile does not say', () => {
    expect(profileHeadline({ name: '', targetRole: 'External PM' })).toBe('Working toward External PM.');
    expect(profileHeadline({ name: 'Sam', targetRole: '', targetDate: '2027-01-31' })).toBe('Hi Sam.');
    expect(profileHeadline({ name: '  ', targetRole: '' })).toBeNull();
  });
});

describe('open follow-ups from the path facts', () => {
  const talk = (id: number, followUpDate: string | undefined, followUpDone: boolean): PathFact => ({
    id: uuid(id),
    kind: 'conversation',
    date: '2026-03-01',
    personId: uuid(900),
    conversationKind: 'informational',
    followUpDate,
    followUpDone,
    hasTakeaways: false,
  });

  it('names the conversations with a follow-up date not done, in the order given, and no reflection', () => {
    const facts: PathFact[] = [
      talk(3, '2026-03-09', false),
      { id: uuid(4), kind: 'reflection', date: '2026-03-02', title: 'Harbor notes' },
      talk(5, '2026-03-01', true),
      talk(6, undefined, false),
      talk(1, '2026-02-20', false),
    ];
    expect(openFollowUpIds(facts)).toEqual([uuid(3), uuid(1)]);
    expect(openFollowUpIds([])).toEqual([]);
  });

  it('checks an entry itself: a conversation with a date and not done', () => {
    expect(isOpenFollowUp(conversation({ followUpDate: '2026-03-09' }))).toBe(true);
    expect(isOpenFollowUp(conversation({ followUpDate: '2026-03-09', followUpDone: true }))).toBe(false);
    expect(isOpenFollowUp(conversation({ followUpDate: undefined }))).toBe(false);
    expect(isOpenFollowUp(reflection())).toBe(false);
  });

  it('sorts the soonest due first, the same day by id (the order of the follow-up date index)', () => {
    const list = [
      conversation({ id: uuid(7), followUpDate: '2026-03-09' }),
      conversation({ id: uuid(9), followUpDate: '2026-02-28' }),
      conversation({ id: uuid(2), followUpDate: '2026-03-09' }),
      conversation({ id: uuid(5), followUpDate: '2026-03-10' }),
    ];
    expect([...list].sort(bySoonestFollowUp).map((c) => c.id)).toEqual([uuid(9), uuid(2), uuid(7), uuid(5)]);
  });
});
