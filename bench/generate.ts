/**
 * A deterministic, realistic journal for the benchmark and for tests: entries of every kind with
 * Markdown bodies of realistic length, people, learning goals with milestones, check-ins, skill
 * targets and path answers. Pure (no DOM, no Node, no clock): the same seed gives the same journal.
 */
import { addDays } from '../shared/dates';
import { SKILL_IDS, type SkillId } from '../shared/domain/framework';
import {
  CONVERSATION_KINDS,
  PERSON_PATHS,
  type CheckIn,
  type Conversation,
  type Entry,
  type LearningGoal,
  type PathAnswers,
  type Person,
  type Reflection,
  type SkillTarget,
} from '../shared/schemas';

export interface JournalSize {
  /** Entries of every kind, learning goals included. */
  entries: number;
  people: number;
  /** How many of the entries are learning goals. */
  goals: number;
  checkIns: number;
}

/** The full benchmark journal, and the quick one the smoke test uses. */
export const FULL_SIZE: JournalSize = { entries: 10_000, people: 500, goals: 200, checkIns: 50 };
export const QUICK_SIZE: JournalSize = { entries: 1_000, people: 50, goals: 20, checkIns: 5 };

/** A journal of `entries` entries in the proportions of the two above (1,000 and 10,000 give exactly them). */
export function sizeFor(entries: number): JournalSize {
  return {
    entries,
    people: Math.max(1, Math.round(entries / 20)),
    goals: Math.round(entries / 50),
    checkIns: entries >= FULL_SIZE.entries ? FULL_SIZE.checkIns : QUICK_SIZE.checkIns,
  };
}

export interface GeneratedJournal {
  entries: Entry[];
  people: Person[];
  checkIns: CheckIn[];
  targets: SkillTarget[];
  pathAnswers: PathAnswers[];
}

/** mulberry32: a small, fast PRNG with a 32-bit state; good enough for test data, and reproducible. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Rng {
  constructor(readonly next: () => number) {}
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }
  some<T>(items: readonly T[], min: number, max: number): T[] {
    const n = this.int(min, Math.min(max, items.length));
    const pool = items.slice();
    const out: T[] = [];
    while (out.length < n) out.push(pool.splice(Math.floor(this.next() * pool.length), 1)[0]!);
    return out;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  /** A UUID v4 made of PRNG bits (valid for the schemas, stable across runs). */
  uuid(): string {
    const hex = Array.from({ length: 32 }, () => this.int(0, 15).toString(16));
    hex[12] = '4';
    hex[16] = ((this.int(0, 15) & 0x3) | 0x8).toString(16);
    const h = hex.join('');
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
  }
}

// Vocabulary for the text: our own phrases about product work, combined at random.
const SUBJECTS = [
  'The roadmap review',
  'Our platform team',
  'The design system',
  'Sprint planning',
  'The pricing experiment',
  'A customer interview',
  'The billing migration',
  'The quarterly planning session',
  'Our onboarding funnel',
  'The data pipeline',
  'The partner integration',
  'Stakeholder sync',
  'The launch retrospective',
  'The API deprecation',
  'Support escalation',
  'The churn analysis',
];
const VERBS = [
  'showed me',
  'reminded me',
  'made it clear',
  'taught me',
  'pushed me to admit',
  'helped me see',
  'confirmed',
  'raised the question',
];
const OBJECTS = [
  'that alignment takes more than one meeting',
  'how much I enjoy talking to customers',
  'that internal tooling is undervalued',
  'why cost reduction is hard to celebrate',
  'that revenue targets shape every decision',
  'how often priorities shift mid-quarter',
  'that I need better market data before deciding',
  'that engineers trust a clear written rationale',
  'how little control I have over sales commitments',
  'that a stable platform frees every other team',
  'that I prefer deep work on long-term vision',
  'how energising a demo with a client can be',
  'that I avoid saying no to stakeholders',
  'that our success metric was the wrong one',
];
const CLOSERS = [
  'Next time I will write the decision down first.',
  'I want to try this again with the design lead.',
  'Worth raising with my mentor.',
  'This fits the internal path better than I expected.',
  'This is a point for the external path.',
  'I should measure this rather than guess.',
  'I felt calm and prepared, which is new.',
  'I still do not know what I would choose.',
];
const HEADINGS = ['What happened', 'What I learned', 'Open questions', 'Next steps', 'How it felt'];
const BULLETS = [
  'ask for the usage numbers',
  'book a follow-up with finance',
  'draft a one-page strategy memo',
  'shadow a support call',
  'read the incident review',
  'compare churn across segments',
  'map the stakeholders again',
  'prototype the settings screen',
  'interview two enterprise customers',
  'pair with the tech lead on estimates',
];
const TITLES = [
  'Reflections on',
  'Notes after',
  'Thinking about',
  'Lessons from',
  'A week of',
  'Why I struggled with',
  'Small win in',
  'Second thoughts on',
];
const TOPICS = [
  'roadmap trade-offs',
  'stakeholder alignment',
  'the platform rewrite',
  'customer discovery',
  'saying no',
  'pricing',
  'the internal tools backlog',
  'leading without authority',
  'market sizing',
  'a tough launch',
  'cost savings',
  'team changes',
  'an ambiguous brief',
  'client escalations',
  'long-term vision',
  'the reorg',
];
const TAGS = [
  'roadmap',
  'stakeholders',
  'customers',
  'platform',
  'pricing',
  'hiring',
  'launch',
  'metrics',
  'ambiguity',
  'strategy',
  'internal-tools',
  'sales',
  'design',
  'engineering',
  'mentor',
  'career',
  'feedback',
  'research',
  'churn',
  'growth',
  'api',
  'security',
  'ops',
  'planning',
  'offsite',
  'retro',
  'okrs',
  'budget',
  'vendor',
  'support',
];
const FIRST = [
  'Ana',
  'Ben',
  'Chloé',
  'Dmitri',
  'Eszter',
  'Farid',
  'Grace',
  'Hiro',
  'Ines',
  'Jonas',
  'Kemi',
  'Lars',
  'Mei',
  'Noor',
  'Omar',
  'Priya',
  'Quentin',
  'Rosa',
  'Sven',
  'Tariq',
  'Uma',
  'Viktor',
  'Wen',
  'Ximena',
  'Yusuf',
  'Zofia',
];
const LAST = [
  'Almeida',
  'Brandt',
  'Chen',
  'Dubois',
  'Eriksen',
  'Fischer',
  'García',
  'Haddad',
  'Ivanova',
  'Jansen',
  'Kowalski',
  'Lindqvist',
  'Moreau',
  'Nakamura',
  'Okafor',
  'Petrov',
  'Quinn',
  'Rossi',
  'Schmidt',
  'Tanaka',
  'Usman',
  'Varga',
  'Weber',
  'Yilmaz',
  'Zhang',
];
const ROLES = [
  'Senior PM',
  'Group PM',
  'Platform PM',
  'Product Director',
  'Staff Engineer',
  'Design Lead',
  'Head of Product',
  'Customer Success Lead',
  'Solutions Architect',
  'Associate PM',
];
const COMPANIES = [
  'Northwind',
  'Globex',
  'Initech',
  'Umbrella Labs',
  'Hooli',
  'Vandelay',
  'Stark Systems',
  'Wayne Analytics',
  'Acme Cloud',
  'Soylent Data',
  'Cyberdyne',
  'Tyrell Apps',
];
const GOAL_TITLES = [
  'Get fluent in SQL for product analytics',
  'Run a pricing experiment end to end',
  'Write a platform strategy memo',
  'Lead a cross-team planning session',
  'Interview ten customers',
  'Learn the basics of cloud cost management',
  'Present the roadmap to the leadership team',
  'Mentor an associate PM',
  'Build a market sizing model',
  'Practise decision records',
];
const MILESTONES = [
  'Finish the online course',
  'Share a first draft',
  'Get feedback from my mentor',
  'Present it to the team',
  'Write up what I learned',
  'Book the sessions',
  'Collect the data',
];

const SYLLABLES = ['ka', 'lo', 'mi', 'ren', 'to', 'vex', 'sa', 'dor', 'qui', 'ne', 'bri', 'zal', 'fen', 'ora', 'tis', 'mun'];
/** A made-up project code name: gives the text a long tail of rare words, as real notes have. */
function codeName(r: Rng): string {
  const word = Array.from({ length: r.int(2, 3) }, () => r.pick(SYLLABLES)).join('');
  return word[0]!.toUpperCase() + word.slice(1);
}

function sentence(r: Rng): string {
  if (r.chance(0.15)) return `We looked at project ${codeName(r)} with ${r.pick(COMPANIES)} and agreed on ${r.int(2, 12)} follow-ups.`;
  return `${r.pick(SUBJECTS)} ${r.pick(VERBS)} ${r.pick(OBJECTS)}.`;
}

function paragraph(r: Rng, sentences: number): string {
  return Array.from({ length: sentences }, () => (r.chance(0.25) ? r.pick(CLOSERS) : sentence(r))).join(' ');
}

/** A Markdown body of roughly `words` words: headings, paragraphs, a list, some emphasis. */
function markdownBody(r: Rng, words: number): string {
  const parts: string[] = [];
  let count = 0;
  while (count < words) {
    if (r.chance(0.35)) parts.push(`## ${r.pick(HEADINGS)}`);
    if (r.chance(0.3)) {
      const items = r.some(BULLETS, 2, 4).map((b) => `- ${r.chance(0.3) ? `**${b}**` : b}`);
      parts.push(items.join('\n'));
      count += items.length * 5;
    }
    const p = paragraph(r, r.int(2, 5));
    parts.push(p);
    count += p.split(' ').length;
  }
  return parts.join('\n\n');
}

function skills(r: Rng, min: number): SkillId[] {
  return r.some(SKILL_IDS, min, 3);
}

/** The generated journal for a seed and size; `today` is the newest date used. */
export function generateJournal(seed: number, size: JournalSize, today = '2026-03-01'): GeneratedJournal {
  const r = new Rng(prng(seed));
  const days = 6 * 365;
  const stamp = (date: string) => `${date}T12:00:00.000Z`;
  const people: Person[] = Array.from({ length: size.people }, (_, i) => {
    const connectedOn = addDays(today, -r.int(0, days));
    const name = `${r.pick(FIRST)} ${r.pick(LAST)}${i >= FIRST.length * LAST.length ? ` ${i}` : ''}`;
    return {
      id: r.uuid(),
      createdAt: stamp(connectedOn),
      updatedAt: stamp(connectedOn),
      name,
      role: r.pick(ROLES),
      company: r.pick(COMPANIES),
      path: r.pick(PERSON_PATHS),
      connectedOn,
      notes: r.chance(0.5) ? paragraph(r, 2) : undefined,
    };
  });
  const entries: Entry[] = [];
  const goalEvery = size.goals > 0 ? Math.floor(size.entries / size.goals) : 0;
  let goals = 0;
  for (let i = 0; i < size.entries; i++) {
    const date = addDays(today, -Math.floor((i * days) / size.entries) - r.int(0, 1));
    const meta = { id: r.uuid(), createdAt: stamp(date), updatedAt: stamp(date), date, tags: r.some(TAGS, 0, 3) };
    // Spread the goals evenly through the journal.
    if (goalEvery > 0 && i % goalEvery === 0 && goals < size.goals) {
      goals++;
      const goal: LearningGoal = {
        ...meta,
        kind: 'goal',
        title: r.pick(GOAL_TITLES),
        why: paragraph(r, 2),
        skills: skills(r, 1),
        targetDate: addDays(date, r.int(30, 180)),
        status: r.pick(['planned', 'active', 'done', 'dropped'] as const),
        milestones: r.some(MILESTONES, 2, 4).map((title) => {
          const done = r.chance(0.5);
          return { id: r.uuid(), title, done, doneDate: done ? addDays(date, r.int(5, 60)) : undefined };
        }),
        resources: [{ title: 'Course notes', url: 'https://example.com/course' }],
        progressNotes: markdownBody(r, 60),
      };
      entries.push(goal);
    } else if (people.length > 0 && r.chance(0.35)) {
      const conversation: Conversation = {
        ...meta,
        kind: 'conversation',
        skills: skills(r, 0),
        personId: r.pick(people).id,
        conversationKind: r.pick(CONVERSATION_KINDS),
        notes: markdownBody(r, r.int(80, 250)),
        takeaways: paragraph(r, r.int(1, 3)),
        energy: r.int(1, 5),
        followUpDate: r.chance(0.3) ? addDays(date, r.int(3, 30)) : undefined,
        followUpDone: r.chance(0.7),
      };
      entries.push(conversation);
    } else {
      const reflection: Reflection = {
        ...meta,
        kind: 'reflection',
        skills: skills(r, 0),
        title: `${r.pick(TITLES)} ${r.pick(TOPICS)}`,
        body: markdownBody(r, r.int(100, 350)),
        mood: r.int(1, 5),
        lean: r.pick(['internal', 'external', 'unsure'] as const),
      };
      entries.push(reflection);
    }
  }
  const checkIns: CheckIn[] = Array.from({ length: size.checkIns }, (_, i) => {
    const date = addDays(today, -Math.floor((i * days) / Math.max(1, size.checkIns)));
    return {
      id: r.uuid(),
      createdAt: stamp(date),
      updatedAt: stamp(date),
      date,
      ratings: SKILL_IDS.map((skill) => ({ skill, level: r.int(1, 5) })),
      blind: r.chance(0.5),
    };
  });
  const targets: SkillTarget[] = SKILL_IDS.map((skill) => ({ skill, level: r.int(3, 5), updatedAt: stamp(today) }));
  const pathAnswers: PathAnswers[] = [0, 1, 2].map((i) => {
    const date = addDays(today, -i * 200);
    return {
      id: r.uuid(),
      createdAt: stamp(date),
      updatedAt: stamp(date),
      date,
      dimensions: { relationships: r.int(-2, 2), risk: r.int(-2, 2), 'success-metric': r.int(-2, 2) },
      factors: {},
    };
  });
  return { entries, people, checkIns, targets, pathAnswers };
}
