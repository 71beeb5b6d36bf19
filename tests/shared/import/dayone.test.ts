import { readFileSync } from 'node:fs';
import { fixturePath } from '../../fixtures';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../shared/errors';
import { dateInTimeZone, parseDayOneExport, planReflectionImport, titleFromMarkdown } from '../../../shared/import/dayone';
import { uuidV5 } from '../../../shared/import/stableId';

const FIXTURE = new Uint8Array(readFileSync(fixturePath('dayone-Journal.json')));
const NOTE = '*(A photo or other media from Day One was here; media are not imported.)*';

function problems(input: string) {
  try {
    parseDayOneExport(input);
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return [...(e as InputError).problems];
  }
  throw new Error('expected a rejection');
}

describe('Day One JSON export', () => {
  it('reads the fixture into reflections worked out by hand', () => {
    expect(parseDayOneExport(FIXTURE)).toEqual([
      {
        id: uuidV5('dayone:6F2D1C0A9B8E4D7F8A1B2C3D4E5F6A7B'),
        kind: 'reflection',
        createdAt: '2025-03-14T08:12:45.000Z',
        date: '2025-03-14',
        title: 'Roadmap review went sideways',
        body: 'The platform team pushed back on the Q3 roadmap because the cost model was missing. I should have brought the infra estimates first.\n\n- Lesson: lead with cost for internal stakeholders\n- Felt energised by the architecture debate, oddly',
        skills: [],
        // Starred: the flag is kept and the entry tagged "favourite".
        tags: ['career', 'reflection', 'day-one', 'favourite'],
        starred: true,
      },
      {
        id: uuidV5('dayone:A1B2C3D4E5F60718293A4B5C6D7E8F90'),
        kind: 'reflection',
        createdAt: '2025-04-02T19:05:00.000Z',
        date: '2025-04-02',
        // No heading, and the first line is the text itself: titled by its date, not repeated.
        title: 'Day One entry of 2025-04-02',
        body: `Coffee chat with a PM from the payments team. Customers call her directly when checkout breaks; revenue is the scoreboard. ${NOTE}\n\nCould I live with that pressure? Maybe. Ünïcödé test: café, naïve, 日本語.`,
        skills: [],
        tags: ['day-one'],
      },
      {
        id: uuidV5('dayone:0F1E2D3C4B5A69788796A5B4C3D2E1F0'),
        kind: 'reflection',
        createdAt: '2025-05-20T06:45:30.000Z',
        date: '2025-05-20',
        title: 'Day One entry of 2025-05-20',
        body: 'Short one: finished the pricing course module 3.',
        skills: [],
        tags: ['day-one'],
      },
    ]);
  });

  it('derives ids as RFC 4122 v5 UUIDs (checked against a published vector)', () => {
    expect(uuidV5('python.org', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe('886313e1-3b8a-5372-9b90-0c9aee199e5d');
  });

  it('dates an entry by the local day where it was written, UTC when the zone is unknown', () => {
    expect(dateInTimeZone('2025-04-03T02:00:00Z', 'America/New_York')).toBe('2025-04-02');
    expect(dateInTimeZone('2025-04-02T23:30:00Z', 'Asia/Tokyo')).toBe('2025-04-03');
    expect(dateInTimeZone('2025-04-02T23:30:00Z', 'Mars/Olympus_Mons')).toBe('2025-04-02');
    expect(dateInTimeZone('2025-04-02T23:30:00Z', undefined)).toBe('2025-04-02');
  });

  it('takes a short first line followed by more text as the title, and leaves it out of the body', () => {
    const [r] = parseDayOneExport(
      JSON.stringify({
        entries: [{ uuid: 'AB'.repeat(16), creationDate: '2025-01-01T10:00:00Z', text: 'Offsite notes\n\nWe argued about cost.' }],
      }),
    );
    expect([r!.title, r!.body]).toEqual(['Offsite notes', 'We argued about cost.']);
  });

  it('titles by the first heading, else the first line, at most 200 characters', () => {
    expect(titleFromMarkdown('intro line\n## Real title\nmore')).toEqual({ title: 'Real title', fromHeading: true });
    expect(titleFromMarkdown('\n\n  plain first line  \nmore')).toEqual({ title: 'plain first line', fromHeading: false });
    expect(titleFromMarkdown('x'.repeat(250)).title).toHaveLength(200);
  });

  it('accepts the smallest entry (creationDate and text) and ignores unknown fields', () => {
    const [r] = parseDayOneExport(
      JSON.stringify({ entries: [{ creationDate: '2025-01-01T10:00:00Z', text: '', someNewField: { x: 1 } }] }),
    );
    expect(r!.title).toBe('Day One entry of 2025-01-01');
    expect(r!.id).toBe(uuidV5('dayone:2025-01-01T10:00:00Z:'));
  });

  it('names the JSON path of each problem', () => {
    const bad = {
      entries: [
        { creationDate: '2025-01-01T10:00:00Z', text: 'ok' },
        { creationDate: 'yesterday', text: 'x', tags: 'career' },
      ],
    };
    expect(problems(JSON.stringify(bad))).toEqual([
      { where: 'Entry 2', message: 'the date it was written “yesterday” is not a date and time like 2026-03-14T09:30:00Z' },
      { where: 'Entry 2', message: 'the tags should be a list but is “career”' },
    ]);
  });

  it('refuses text over the length limit and files without entries', () => {
    expect(problems(JSON.stringify({ entries: [{ creationDate: '2025-01-01T10:00:00Z', text: 'x'.repeat(100_001) }] }))).toEqual([
      { where: 'Entry 1', message: 'the text is 100001 characters long; at most 100000 fit' },
    ]);
    expect(problems('{"metadata":{}}')).toEqual([{ where: 'The file', message: 'the list of entries is missing' }]);
  });

  it('plans a second import of the same file as all already imported', () => {
    const reflections = parseDayOneExport(FIXTURE);
    const again = planReflectionImport(new Set(reflections.map((r) => r.id)), reflections);
    expect(again).toEqual({ add: [], alreadyImported: 3, repeated: 0 });
    const doubled = planReflectionImport(new Set(), [...reflections, reflections[0]!]);
    expect(doubled.add).toHaveLength(3);
    expect(doubled.repeated).toBe(1);
  });
});

describe('Day One dates use the cached zone formatters', () => {
  it('builds one Intl formatter per time zone, not one per entry', () => {
    const zone = 'Pacific/Chatham'; // a zone no other test formats with, so its formatter is not cached yet
    const entries = Array.from({ length: 40 }, (_, i) => ({
      uuid: `C0FFEE${String(i).padStart(26, '0')}`,
      creationDate: `2025-03-10T11:${String(i).padStart(2, '0')}:00Z`,
      timeZone: zone,
      text: `Entry ${i}`,
    }));
    const Original = Intl.DateTimeFormat;
    let built = 0;
    // Counts the formatters built for the zone (a subclass, so formatting itself is untouched).
    Intl.DateTimeFormat = class extends Original {
      constructor(locales?: Intl.LocalesArgument, options?: Intl.DateTimeFormatOptions) {
        super(locales, options);
        if (options?.timeZone === zone) built++;
      }
    } as typeof Intl.DateTimeFormat;
    try {
      const out = parseDayOneExport(JSON.stringify({ entries }));
      expect(out).toHaveLength(40);
      // 11:00-11:39 UTC is 00:45-01:24 of the next day in Chatham (UTC+13:45 in summer time).
      expect(new Set(out.map((r) => r.date))).toEqual(new Set(['2025-03-11']));
      expect(built).toBe(1);
    } finally {
      Intl.DateTimeFormat = Original;
    }
  });
});
