/**
 * The small journal whose saved search index tests/shared/search/fixtures holds in the formats
 * before the current one (written by the encoder of its time): a newer reader must still load them.
 */
import type { Entry, Person } from '../../../shared/schemas';
import { conversation, goal, milestone, person, reflection, uuid } from '../builders';

export const OLD_PEOPLE: Person[] = [
  person({ id: uuid(900), name: 'Ada Quist', notes: 'Platform lead' }),
  person({ id: uuid(901), name: 'Bo Berg', company: 'Harbor' }),
];

export const OLD_ENTRIES: Entry[] = [
  reflection({ id: uuid(10), title: 'Lantern pricing review', body: 'The roadmap needs a pricing experiment.', tags: ['pricing'] }),
  conversation({ id: uuid(11), personId: uuid(900), notes: 'Walrus launch and the roadmap', date: '2026-02-11' }),
  goal({ id: uuid(12), title: 'Learn SQL', why: 'Answer my own questions', milestones: [milestone(1, true), milestone(2, false)] }),
  reflection({ id: uuid(13), title: 'Quarterly roadmap retro', date: '2025-12-30', skills: ['strategy'] }),
];
