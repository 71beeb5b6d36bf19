import type { BackupData } from '../../../shared/backup/format';

/** A small, realistic journal touching every table and every entry kind (written by hand). */
export const ADA_ID = '0b6f3c1e-2a4d-4c8e-9f10-1a2b3c4d5e6f';
export const REFLECTION_ID = '1c7a4d2f-3b5e-4d9f-8a21-2b3c4d5e6f70';
export const CONVERSATION_ID = '2d8b5e3a-4c6f-4e0a-9b32-3c4d5e6f7081';
export const GOAL_ID = '3e9c6f4b-5d7a-4f1b-8c43-4d5e6f708192';

export function sampleJournal(): BackupData {
  return {
    entries: [
      {
        id: REFLECTION_ID,
        kind: 'reflection',
        createdAt: '2026-01-05T09:00:00.000Z',
        updatedAt: '2026-01-05T09:10:00.000Z',
        date: '2026-01-05',
        title: 'Why the roadmap review stung',
        body: 'Cost first, then **vision**.\n\n- lesson one',
        skills: ['strategy', 'communication'],
        tags: ['review', 'roadmap'],
        mood: 3,
        lean: 'internal',
      },
      {
        id: CONVERSATION_ID,
        kind: 'conversation',
        createdAt: '2026-01-10T12:00:00.000Z',
        updatedAt: '2026-01-10T12:30:00.000Z',
        date: '2026-01-10',
        personId: ADA_ID,
        conversationKind: 'informational',
        notes: 'Talked about platform work, budgets; on-call.',
        takeaways: 'Internal PMs own cost.',
        skills: ['research'],
        tags: [],
        energy: 4,
        followUpDate: '2026-02-01',
        followUpNote: 'Send her the design-system deck',
        followUpDone: false,
      },
      {
        id: GOAL_ID,
        kind: 'goal',
        createdAt: '2026-01-12T08:00:00.000Z',
        updatedAt: '2026-01-20T08:00:00.000Z',
        date: '2026-01-12',
        title: 'Finish the pricing course',
        why: 'External roles ask about pricing.',
        skills: ['research', 'strategy'],
        tags: ['course'],
        targetDate: '2026-03-31',
        status: 'active',
        milestones: [
          { id: '4fad7a5c-6e8b-4a2c-9d54-5e6f708192a3', title: 'Module 1', done: true, doneDate: '2026-01-19' },
          { id: '50be8b6d-7f9c-4b3d-8e65-6f708192a3b4', title: 'Module 2', done: false },
        ],
        resources: [{ title: 'Pricing primer', url: 'https://example.com/pricing' }],
        progressNotes: '',
      },
    ],
    people: [
      {
        id: ADA_ID,
        createdAt: '2026-01-10T11:00:00.000Z',
        updatedAt: '2026-01-10T11:00:00.000Z',
        name: 'Ada Okafor',
        role: 'Senior PM, Internal Tools',
        company: 'Northwind Platforms',
        path: 'internal',
        profileUrl: 'https://www.linkedin.com/in/ada-okafor-example',
        connectedOn: '2023-08-24',
        notes: 'Met at the platform meetup.',
      },
    ],
    settings: [
      {
        key: 'profile',
        value: {
          name: 'Sam Rivera',
          currentRole: 'Associate PM',
          targetRole: 'Product Manager',
          targetDate: '2026-12-31',
          onboardingDone: true,
        },
      },
    ],
    checkIns: [
      {
        id: '61cf9c7e-809d-4c4e-9f76-708192a3b4c5',
        createdAt: '2026-01-15T10:00:00.000Z',
        updatedAt: '2026-01-15T10:00:00.000Z',
        date: '2026-01-15',
        blind: true,
        ratings: [
          { skill: 'strategy', level: 2 },
          { skill: 'communication', level: 4, note: 'Good with stakeholders' },
        ],
      },
    ],
    targets: [{ skill: 'strategy', level: 4, targetDate: '2026-12-31', updatedAt: '2026-01-15T10:05:00.000Z' }],
    pathAnswers: [
      {
        id: '72d0ad8f-91ae-4d5f-8087-8192a3b4c5d6',
        createdAt: '2026-01-16T10:00:00.000Z',
        updatedAt: '2026-01-16T10:00:00.000Z',
        date: '2026-01-16',
        dimensions: { relationships: -1, risk: 0 },
        factors: { 'job-security': 3 },
      },
    ],
  };
}
