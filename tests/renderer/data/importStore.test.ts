import { readFileSync } from 'node:fs';
import { fixturePath } from '../../fixtures';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db, SextantDB, setDatabase } from '../../../renderer/data/db';
import { setClock } from '../../../renderer/data/ids';
import { applyPeopleImport, applyReflectionImport, previewPeopleImport, previewReflectionImport } from '../../../renderer/data/importStore';
import { parseDayOneExport } from '../../../shared/import/dayone';
import { parseLinkedInConnections } from '../../../shared/import/linkedin';
import { defaultChoices } from '../../../shared/import/people';

const LINKEDIN = new Uint8Array(readFileSync(fixturePath('linkedin-Connections.csv')));
const DAYONE = new Uint8Array(readFileSync(fixturePath('dayone-Journal.json')));

let n = 0;
beforeEach(async () => {
  setDatabase(new SextantDB(`import-test-${++n}`));
  setClock(() => '2026-03-01T12:00:00.000Z');
  await db().open();
});
afterEach(() => db().close());

describe('writing imports', () => {
  it('imports the LinkedIn fixture as 7 people, and a second import changes nothing', async () => {
    const rows = parseLinkedInConnections(LINKEDIN);
    const preview = await previewPeopleImport(rows);
    expect(preview.map((r) => r.status.kind)).toEqual(['new', 'new', 'new', 'new', 'new', 'new', 'new']);
    // Paths as suggested from the positions (Internal Tools, Core Platform, Checkout), the rest not sure; Sam's row is left out.
    const choices = defaultChoices(preview);
    choices[6] = { include: false, path: 'unknown' };
    const done = await applyPeopleImport(rows, choices);
    expect([done.add.length, done.update.length, done.skip.length]).toEqual([6, 0, 1]);
    expect((await db().people.toArray()).map((p) => [p.name, p.path]).sort()).toEqual([
      ['Ada Okafor', 'internal'],
      ['Kenji Watanabe', 'internal'],
      ['Marcus O\'Neil "Mac"', 'external'],
      ['Priya Raman', 'unknown'],
      ['Zoë Ångström', 'unknown'],
      ['李 娜', 'unknown'],
    ]);
    // A second preview flags the six as already here (unticked); Sam is still new.
    const second = await previewPeopleImport(rows);
    expect(second.map((r) => r.includeByDefault)).toEqual([false, false, false, false, false, false, true]);
    await applyPeopleImport(rows);
    const people = await db().people.orderBy('name').toArray();
    expect(people.map((p) => p.name)).toEqual([
      'Ada Okafor',
      'Kenji Watanabe',
      'Marcus O\'Neil "Mac"',
      'Priya Raman',
      'Sam',
      'Zoë Ångström',
      '李 娜',
    ]);
    const zoe = people.find((p) => p.name === 'Zoë Ångström')!;
    expect(zoe).toMatchObject({
      role: 'Group Product Manager',
      company: 'Fjord Analytics, Inc.',
      path: 'unknown',
      email: 'zoe@example.com',
      connectedOn: '2024-01-03',
      createdAt: '2026-03-01T12:00:00.000Z',
    });
    const again = await applyPeopleImport(rows);
    expect([again.add.length, again.update.length, again.skip.length]).toEqual([0, 0, 7]);
    expect(await db().people.count()).toBe(7);
  });

  it('imports the Day One fixture as 3 reflections, and a second import adds none', async () => {
    const reflections = parseDayOneExport(DAYONE);
    expect((await previewReflectionImport(reflections)).add).toHaveLength(3);
    await applyReflectionImport(reflections);
    const stored = await db().entries.orderBy('date').toArray();
    expect(stored.map((e) => [e.date, e.kind, (e as { title: string }).title, e.updatedAt])).toEqual([
      ['2025-03-14', 'reflection', 'Roadmap review went sideways', '2026-03-01T12:00:00.000Z'],
      // No heading and no short title line: titled by their dates (their text stays in the body).
      ['2025-04-02', 'reflection', 'Day One entry of 2025-04-02', '2026-03-01T12:00:00.000Z'],
      ['2025-05-20', 'reflection', 'Day One entry of 2025-05-20', '2026-03-01T12:00:00.000Z'],
    ]);
    expect(await applyReflectionImport(reflections)).toEqual({ add: [], alreadyImported: 3, repeated: 0 });
    expect(await db().entries.count()).toBe(3);
  });
});
