import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  aggregatesSnapshot,
  changeEntry,
  lastContactsOfRows,
  computeAggregates,
  emptyAggregates,
  tagsInUse,
  factBucketOf,
  factBuckets,
  FACT_BUCKETS,
  type Aggregates,
} from '../../../shared/aggregates';
import { contactSummaryOfRow, contactSummary } from '../../../shared/domain/people';
import { lastContacts } from '../../../shared/reminders/cadence';
import { SKILL_IDS } from '../../../shared/domain/framework';
import { evidenceCounts, evidenceOfRows } from '../../../shared/skills/progress';
import type { Entry } from '../../../shared/schemas';
import { conversation, goal, reflection, uuid } from '../builders';

const NOW = '2026-03-10';

describe('aggregates from scratch', () => {
  it('counts per skill and day, per person and day with open follow-ups, and keeps one path fact per reflection and conversation', () => {
    const entries: Entry[] = [
      reflection({ id: uuid(1), date: '2026-03-01', skills: ['research', 'strategy'], lean: 'external', title: 'Clients' }),
      reflection({ id: uuid(2), date: '2026-03-01', skills: ['research'] }),
      conversation({ id: uuid(3), date: '2026-03-02', personId: uuid(900), followUpDate: '2026-03-20', energy: 4, takeaways: ' ' }),
      conversation({
        id: uuid(4),
        date: '2026-03-05',
        personId: uuid(900),
        followUpDate: '2026-03-15',
        followUpDone: true,
        takeaways: 'Ask',
      }),
      goal({ id: uuid(5), date: '2026-02-01', skills: ['strategy'] }),
    ];
    const snap = aggregatesSnapshot(computeAggregates(entries));
    expect(snap.skills).toEqual([
      { skill: 'research', days: { '2026-03-01': 2 } },
      { skill: 'strategy', days: { '2026-02-01': 1, '2026-03-01': 1 } },
    ]);
    // The done follow-up is not open: only 2026-03-20 is.
    expect(snap.people).toEqual([{ personId: uuid(900), days: { '2026-03-02': 1, '2026-03-05': 1 }, followUps: { '2026-03-20': 1 } }]);
    expect(snap.facts.map((f) => f.id)).toEqual([uuid(1), uuid(2), uuid(3), uuid(4)]);
    expect(snap.facts[0]).toEqual({ id: uuid(1), kind: 'reflection', date: '2026-03-01', title: 'Clients', lean: 'external' });
    expect(snap.facts[2]).toMatchObject({ kind: 'conversation', energy: 4, followUpDate: '2026-03-20', hasTakeaways: false });
    expect(snap.facts[3]).toMatchObject({ hasTakeaways: true, followUpDone: true });
  });

  it('gives the same evidence counts and contact summaries as reading every entry', () => {
    const entries: Entry[] = [
      reflection({ id: uuid(1), date: '2026-03-01', skills: ['research'] }),
      reflection({ id: uuid(2), date: '2025-03-01', skills: ['research'] }),
      reflection({ id: uuid(6), date: '2026-04-01', skills: ['research'] }),
      conversation({ id: uuid(3), date: '2026-03-02', skills: ['research'] }),
      conversation({ id: uuid(4), date: '2026-03-12', followUpDate: '2026-03-08' }),
    ];
    const agg = computeAggregates(entries);
    const rows = [...agg.skills.values()];
    // 3 entries on or before NOW (the April one is in the future), 2 of them in the last 90 days.
    expect(evidenceCounts(evidenceOfRows(rows), 'research', NOW)).toEqual(evidenceCounts(entries, 'research', NOW));
    expect(evidenceCounts(evidenceOfRows(rows), 'research', NOW)).toMatchObject({ total: 3, recent: 2, lastDate: '2026-03-02' });
    // The conversation on 03-12 has not happened yet on 03-10: the last contact is 03-02.
    const summary = contactSummaryOfRow(agg.people.get(uuid(900)), NOW);
    expect(summary).toEqual({ conversationCount: 2, lastContact: '2026-03-02', nextFollowUp: '2026-03-08' });
    expect(summary).toEqual(
      contactSummary(
        { id: uuid(900) },
        entries.filter((e) => e.kind === 'conversation'),
        NOW,
      ),
    );
    expect(contactSummaryOfRow(undefined, NOW)).toEqual({ conversationCount: 0, lastContact: undefined, nextFollowUp: undefined });
  });
});

// Small pools of ids, people, days and skills, so that random changes collide often.
const ids = fc.integer({ min: 1, max: 8 }).map(uuid);
const personId = fc.integer({ min: 900, max: 902 }).map(uuid);
const day = fc.constantFrom('2026-01-01', '2026-01-02', '2026-02-10', '2026-03-10', '2026-04-01');
const skills = fc.uniqueArray(fc.constantFrom(...SKILL_IDS), { maxLength: 3 });
const entryArb: fc.Arbitrary<Entry> = fc.oneof(
  fc
    .record({ id: ids, date: day, skills, lean: fc.constantFrom(undefined, 'internal', 'external', 'unsure' as const) })
    .map((o) => reflection({ id: o.id, date: o.date, skills: o.skills, ...(o.lean ? { lean: o.lean } : {}) })),
  fc
    .record({
      id: ids,
      date: day,
      skills,
      personId,
      followUpDate: fc.option(day, { nil: undefined }),
      followUpDone: fc.boolean(),
      energy: fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }),
      takeaways: fc.constantFrom('', 'A takeaway'),
    })
    .map(({ followUpDate, energy, ...o }) =>
      conversation({ ...o, ...(followUpDate ? { followUpDate } : {}), ...(energy ? { energy } : {}) }),
    ),
  fc
    .record({ id: ids, date: day, skills: fc.uniqueArray(fc.constantFrom(...SKILL_IDS), { minLength: 1, maxLength: 2 }) })
    .map((o) => goal(o)),
);
/** A write: put this entry (create or replace the one with its id) or delete the entry with this id. */
const op = fc.oneof(
  entryArb.map((e) => ({ put: e }) as const),
  ids.map((id) => ({ remove: id }) as const),
);

describe('aggregates kept change by change', () => {
  it('any sequence of creates, edits and deletes ends where computing from scratch ends', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 40 }), (ops) => {
        const stored = new Map<string, Entry>();
        const agg: Aggregates = emptyAggregates();
        for (const o of ops) {
          if ('put' in o) {
            changeEntry(agg, stored.get(o.put.id), o.put);
            stored.set(o.put.id, o.put);
          } else {
            changeEntry(agg, stored.get(o.remove), undefined);
            stored.delete(o.remove);
          }
        }
        expect(aggregatesSnapshot(agg)).toEqual(aggregatesSnapshot(computeAggregates(stored.values())));
      }),
      { numRuns: 300 },
    );
  });

  it('counts the entries carrying each tag, a tag repeated in one entry once, and drops a tag no entry carries any more', () => {
    const a = reflection({ id: uuid(1), tags: ['roadmap', 'q3'] });
    const b = conversation({ id: uuid(2), tags: ['roadmap', 'roadmap'] });
    const c = goal({ id: uuid(3), tags: ['Roadmap'] });
    const agg = computeAggregates([a, b, c]);
    expect(aggregatesSnapshot(agg).tags).toEqual({ Roadmap: 1, q3: 1, roadmap: 2 });
    expect(tagsInUse(agg.tags)).toEqual(['Roadmap', 'q3', 'roadmap']);
    const touched = changeEntry(agg, a, { ...a, tags: ['roadmap'] });
    expect([...touched.tags].sort()).toEqual(['q3', 'roadmap']);
    expect(agg.tags).toEqual({ Roadmap: 1, roadmap: 2 });
    changeEntry(agg, b, undefined);
    changeEntry(agg, c, undefined);
    expect(agg.tags).toEqual({ roadmap: 1 });
  });

  it("gives each person's last conversation on or before today, as reading every conversation gives", () => {
    const conversations = [
      conversation({ id: uuid(1), personId: uuid(900), date: '2026-02-01' }),
      conversation({ id: uuid(2), personId: uuid(900), date: '2026-03-04' }),
      conversation({ id: uuid(3), personId: uuid(900), date: '2026-04-01' }), // after today: not yet a contact
      conversation({ id: uuid(4), personId: uuid(901), date: '2026-05-01' }), // only a future one
      conversation({ id: uuid(5), personId: uuid(902), date: '2026-03-10' }),
    ];
    const rows = computeAggregates(conversations).people.values();
    const expected = new Map([
      [uuid(900), '2026-03-04'],
      [uuid(902), '2026-03-10'],
    ]);
    expect(lastContactsOfRows(rows, NOW)).toEqual(expected);
    expect(lastContacts(conversations, NOW)).toEqual(expected);
  });

  it('taking out every entry leaves nothing behind (no empty rows)', () => {
    const entries = [conversation({ followUpDate: '2026-03-01', skills: ['research'] }), reflection({ skills: ['research'] })];
    const agg = computeAggregates(entries);
    for (const e of entries) changeEntry(agg, e, undefined);
    expect(aggregatesSnapshot(agg)).toEqual({ skills: [], people: [], facts: [], tags: {} });
  });
});

describe('path fact buckets', () => {
  it('a fact always goes to the same bucket, one of FACT_BUCKETS, and the buckets hold every fact once', () => {
    // FNV-1a of "a" is 0xe40c292c; 0x2c = 44 of 256.
    expect(factBucketOf('a')).toBe('facts:2c');
    expect(factBucketOf(uuid(7))).toBe(factBucketOf(uuid(7)));
    const facts = Array.from({ length: 2_000 }, (_, i) => ({
      id: uuid(i + 1),
      kind: 'reflection' as const,
      date: '2026-03-01',
      title: 't',
    }));
    const buckets = factBuckets(facts);
    expect(buckets.size).toBeLessThanOrEqual(FACT_BUCKETS);
    // 2,000 ids spread over most of the 256 buckets (an unlucky hash would crowd a few).
    expect(buckets.size).toBeGreaterThan(200);
    expect([...buckets.values()].flatMap((b) => b.facts.map((f) => f.id)).sort()).toEqual(facts.map((f) => f.id).sort());
    for (const [key, b] of buckets) {
      expect(b.id).toBe(key);
      expect(b.facts.every((f) => factBucketOf(f.id) === key)).toBe(true);
    }
    const one = factBucketOf(uuid(1));
    expect([...factBuckets(facts, new Set([one])).keys()]).toEqual([one]);
  });
});
