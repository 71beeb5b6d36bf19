import { describe, expect, it } from 'vitest';
import { stepProgress } from '../../../shared/path';
import { goal, person, reflection, talk, type Entry } from './builders';

const NOW = '2026-03-01';
const ana = person('Ana', 'internal');
const ari = person('Ari', 'internal');
const ben = person('Ben', 'external');
const cy = person('Cy', 'other');
const people = [ana, ari, ben, cy];

describe('stepProgress', () => {
  it('shows every step as not started, each with a first action, when the journal is empty', () => {
    const steps = stepProgress([], people, NOW);
    expect(steps.map((s) => [s.step, s.count, s.lastDate, s.status])).toEqual([
      ['self-reflection', 0, null, 'not-started'],
      ['networking', 0, null, 'not-started'],
      ['shadowing', 0, null, 'not-started'],
      ['mentorship', 0, null, 'not-started'],
      ['learning', 0, null, 'not-started'],
    ]);
    expect(steps[1]!.nextAction).toBe('Arrange an informational conversation with an internal PM and one with an external PM.');
    expect(steps[4]!.summary).toBe('No learning goals set yet.');
  });

  it('counts conversations per step and distinct contacts per side, and points at the thinner side', () => {
    const entries: Entry[] = [
      talk('2026-01-05', ana, 4),
      talk('2026-01-20', ana, 3),
      talk('2026-02-01', ari),
      talk('2026-02-10', cy, 2, 'other'),
      talk('2026-02-12', ben, 5, 'shadowing'),
      talk('2026-02-14', ari, 4, 'mentorship'),
    ];
    const [, networking, shadowing, mentorship] = stepProgress(entries, people, NOW);
    // Networking: informational + other → 4 conversations, 2 internal people (Ana twice), 0 external, 1 other.
    expect(networking).toMatchObject({ count: 4, internal: 2, external: 0, otherSide: 1, lastDate: '2026-02-10', status: 'started' });
    expect(networking!.summary).toBe(
      '4 conversations: 2 internal contacts and 0 external contacts, 1 in other roles. Last on 10 Feb 2026 (19 days ago).',
    );
    expect(networking!.nextAction).toBe('Talk to an external PM next: your contacts lean to the other side.');
    expect(shadowing).toMatchObject({ count: 1, internal: 0, external: 1, status: 'started' });
    expect(shadowing!.nextAction).toBe('Shadow an internal PM too, so you can compare both sides first-hand.');
    expect(mentorship).toMatchObject({ count: 1, internal: 1, external: 0, lastDate: '2026-02-14' });
    expect(mentorship!.nextAction).toBe('Consider a mentor on the external side too, for a second view.');
  });

  it('puts an overdue follow-up ahead of new contacts', () => {
    const entries: Entry[] = [
      talk('2026-01-05', ana, 4, 'informational', { followUpDate: '2026-02-20', followUpDone: false }),
      talk('2026-01-06', ben, 4, 'informational', { followUpDate: '2026-02-10', followUpDone: true }),
    ];
    const networking = stepProgress(entries, people, NOW)[1]!;
    expect(networking.status).toBe('on-track');
    expect(networking.nextAction).toBe('Follow up with Ana: it was due on 20 Feb 2026.');
  });

  it('notices a lapsed reflection habit and a mentor not seen for a while', () => {
    const entries: Entry[] = [reflection('2026-01-10', 'internal'), talk('2025-12-01', ana, 4, 'mentorship')];
    const steps = stepProgress(entries, people, NOW);
    // 10 Jan → 1 Mar is 50 days (> 30); 1 Dec → 1 Mar is 90 days (> 60).
    expect(steps[0]!.nextAction).toBe('It has been 50 days since your last reflection: write one about what you have learned since.');
    expect(steps[0]!.status).toBe('started');
    expect(steps[3]!.nextAction).toBe('Check in with your mentor: the last conversation was 90 days ago.');
  });

  it('summarises learning goals and milestones, and flags a goal whose target date has passed', () => {
    const m = (title: string, done: boolean, doneDate?: string) => ({
      id: crypto.randomUUID(),
      title,
      done,
      ...(doneDate ? { doneDate } : {}),
    });
    const entries: Entry[] = [
      goal('2026-01-01', 'Run a pricing study', {
        targetDate: '2026-02-15',
        milestones: [m('Read two pricing books', true, '2026-01-20'), m('Interview 5 customers', false)],
      }),
      goal('2026-01-15', 'Lead a roadmap review', { milestones: [m('Draft the roadmap', false)] }),
      goal('2025-10-01', 'Learn SQL', { status: 'done', milestones: [m('Finish course', true, '2025-12-01')] }),
    ];
    const learning = stepProgress(entries, people, NOW)[4]!;
    expect(learning.count).toBe(3);
    // Latest of goal dates and milestone done dates: 20 Jan 2026.
    expect(learning.lastDate).toBe('2026-01-20');
    expect(learning.summary).toBe('3 learning goals (2 open), 2 of 4 milestones done. Last on 20 Jan 2026 (40 days ago).');
    expect(learning.nextAction).toBe('Review "Run a pricing study": its target date (15 Feb 2026) has passed.');
    expect(learning.status).toBe('started');
  });

  it('names the next open milestone when nothing is overdue', () => {
    const entries: Entry[] = [
      goal('2026-01-15', 'Lead a roadmap review', { milestones: [{ id: crypto.randomUUID(), title: 'Draft the roadmap', done: false }] }),
    ];
    const learning = stepProgress(entries, people, NOW)[4]!;
    expect(learning.nextAction).toBe('Next milestone: "Draft the roadmap" (Lead a roadmap review).');
    expect(learning.status).toBe('on-track');
  });
});

describe('counted words', () => {
  it('says "1 internal contact and 1 external contact" and "today", never "0 days ago"', async () => {
    const { plural, daysAgo } = await import('../../../shared/plural');
    expect(`${plural(1, 'internal contact')} and ${plural(1, 'external contact')}`).toBe('1 internal contact and 1 external contact');
    expect(plural(2, 'person', 'people')).toBe('2 people');
    expect([daysAgo(0), daysAgo(1), daysAgo(19), daysAgo(-1), daysAgo(-3)]).toEqual([
      'today',
      'yesterday',
      '19 days ago',
      'tomorrow',
      'in 3 days',
    ]);
  });
});
