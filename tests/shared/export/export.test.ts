import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { entriesToMarkdownFiles, slugify, zipMarkdownFiles } from '../../../shared/export/markdown';
import { buildCalendar, calendarEvents, escapeText, foldLine } from '../../../shared/export/ics';
import { CONVERSATION_ID, GOAL_ID, REFLECTION_ID, sampleJournal } from '../backup/sampleJournal';

describe('Markdown export', () => {
  it('names files by date, kind, title and id, in date order', () => {
    const { entries, people } = sampleJournal();
    const files = entriesToMarkdownFiles(entries.slice().reverse(), people);
    expect(files.map((f) => f.name)).toEqual([
      `2026-01-05-reflection-why-the-roadmap-review-stung-${REFLECTION_ID.slice(0, 8)}.md`,
      `2026-01-10-conversation-informational-interview-with-ada-okafor-${CONVERSATION_ID.slice(0, 8)}.md`,
      `2026-01-12-goal-finish-the-pricing-course-${GOAL_ID.slice(0, 8)}.md`,
    ]);
  });

  it('writes front matter and sections a person can read', () => {
    const { entries, people } = sampleJournal();
    const [reflection, conversation, goal] = entriesToMarkdownFiles(entries, people).map((f) => f.content);
    expect(reflection).toBe(
      [
        '---',
        `id: "${REFLECTION_ID}"`,
        'kind: "Reflection"',
        'date: "2026-01-05"',
        'title: "Why the roadmap review stung"',
        'mood: 3',
        'lean: "internal"',
        'skills: ["Product strategy & roadmapping", "Communication & collaboration"]',
        'tags: ["review", "roadmap"]',
        'created: "2026-01-05T09:00:00.000Z"',
        'updated: "2026-01-05T09:10:00.000Z"',
        '---',
        '',
        '# Why the roadmap review stung',
        '',
        'Cost first, then **vision**.',
        '',
        '- lesson one',
        '',
      ].join('\n'),
    );
    expect(conversation).toContain('person: "Ada Okafor"\nconversation: "Informational interview"\nenergy: 4\n');
    expect(conversation).toContain('## Follow-up\n\n- [ ] 2026-02-01: Send her the design-system deck\n');
    expect(goal).toContain('## Milestones\n\n- [x] Module 1 (done 2026-01-19)\n- [ ] Module 2\n');
    expect(goal).toContain('## Resources\n\n- [Pricing primer](https://example.com/pricing)\n');
  });

  it('quotes front matter strings safely (colons, quotes, newlines)', () => {
    const { entries, people } = sampleJournal();
    const tricky = { ...entries[0]!, title: 'Q3: "the" plan' } as (typeof entries)[number];
    expect(entriesToMarkdownFiles([tricky], people)[0]!.content).toContain('title: "Q3: \\"the\\" plan"\n');
  });

  it('slugs any script to ASCII, and zips the same journal to the same bytes', () => {
    expect(slugify('Zoë & the Café — Q3!')).toBe('zoe-the-cafe-q3');
    expect(slugify('日本語')).toBe('');
    const { entries, people } = sampleJournal();
    const a = zipMarkdownFiles(entriesToMarkdownFiles(entries, people));
    const b = zipMarkdownFiles(entriesToMarkdownFiles(entries.slice().reverse(), people));
    expect(a).toEqual(b);
    const unzipped = unzipSync(a);
    expect(Object.keys(unzipped)).toHaveLength(3);
    expect(strFromU8(unzipped[`sextant-journal/2026-01-12-goal-finish-the-pricing-course-${GOAL_ID.slice(0, 8)}.md`]!)).toContain(
      '# Finish the pricing course',
    );
  });
});

describe('iCalendar export', () => {
  it('escapes backslash, semicolon, comma and newlines', () => {
    expect(escapeText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne');
  });

  it('drops control characters RFC 5545 forbids, keeping tabs and turning CR, LF and CRLF into \\n', () => {
    expect(escapeText('Bell\u0007 NUL\u0000 ESC\u001b[31m DEL\u007f\tTab\r\nA\rB\u000bC\u000cD')).toBe(
      'Bell NUL ESC[31m DEL\tTab\\nA\\nBCD',
    );
  });

  it('folds lines at 75 octets without splitting a character', () => {
    const line = `DESCRIPTION:${'é'.repeat(40)}`;
    const folded = foldLine(line).split('\r\n');
    // 'DESCRIPTION:' is 12 octets; each é is 2: 12 + 31*2 = 74 fits, a 32nd would make 76.
    expect(folded[0]).toBe(`DESCRIPTION:${'é'.repeat(31)}`);
    expect(folded[1]).toBe(` ${'é'.repeat(9)}`);
    for (const l of folded) expect(new TextEncoder().encode(l).length).toBeLessThanOrEqual(75);
    expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75));
    expect(foldLine('x'.repeat(76))).toBe(`${'x'.repeat(75)}\r\n x`);
  });

  it('exports the open follow-up and the active goal as all-day events', () => {
    const { entries, people } = sampleJournal();
    const ics = buildCalendar(calendarEvents(entries, people), '2026-02-01T10:30:00.123Z');
    expect(ics).toBe(
      [
        'BEGIN:VCALENDAR',
        'VERSION:2.0',
        'PRODID:-//Sextant//Career journal//EN',
        'CALSCALE:GREGORIAN',
        'METHOD:PUBLISH',
        'BEGIN:VEVENT',
        `UID:followup-${CONVERSATION_ID}@sextant.invalid`,
        'DTSTAMP:20260201T103000Z',
        'DTSTART;VALUE=DATE:20260201',
        'DTEND;VALUE=DATE:20260202',
        'SUMMARY:Follow up with Ada Okafor',
        // 12 + 31 + 2 + 25 + 5 = 75 octets on the first line.
        'DESCRIPTION:Send her the design-system deck\\nFrom the conversation of 2026-',
        ' 01-10.',
        'TRANSP:TRANSPARENT',
        'END:VEVENT',
        'BEGIN:VEVENT',
        `UID:goal-${GOAL_ID}@sextant.invalid`,
        'DTSTAMP:20260201T103000Z',
        'DTSTART;VALUE=DATE:20260331',
        'DTEND;VALUE=DATE:20260401',
        'SUMMARY:Goal due: Finish the pricing course',
        // 12 + 33 + 4 + 16 + 2 + 8 = 75: the space before "2" starts the continuation line.
        'DESCRIPTION:External roles ask about pricing.\\n\\nOpen milestones:\\n- Module',
        '  2',
        'TRANSP:TRANSPARENT',
        'END:VEVENT',
        'END:VCALENDAR',
        '',
      ].join('\r\n'),
    );
  });

  it('leaves out done follow-ups and finished goals', () => {
    const { entries, people } = sampleJournal();
    const done = entries.map((e) =>
      e.kind === 'conversation' ? { ...e, followUpDone: true } : e.kind === 'goal' ? { ...e, status: 'done' as const } : e,
    );
    expect(calendarEvents(done, people)).toEqual([]);
  });
});
