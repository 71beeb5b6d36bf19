import { describe, expect, it } from 'vitest';
import { generateJournal, QUICK_SIZE } from '../../../bench/generate';
import { Entry } from '../../../shared/schemas';
import { fingerprint, JournalIndex } from '../../../shared/search';

/**
 * The build's postings, scores' inputs and fingerprints are those of the code before this
 * session's faster build (issue 12: the word table's character pool, post as a method, the quicker
 * Markdown stripping and entry check): the index's state holds every posting in order, every
 * stored field and field length and every fingerprint, so equal states mean equal answers. The figures
 * below were printed by the previous code (main at 7ad55dc) for the same journals.
 */
function snapshotOf(entries: readonly unknown[], people: readonly unknown[]): string {
  const index = new JournalIndex();
  index.addPeople(people);
  for (let i = 0; i < entries.length; i += 500) index.addEntries(entries.slice(i, i + 500));
  // The index's own state (not the snapshot's text, whose format may change on its own).
  const { engine, entryPrints, personPrints } = index.exportState();
  return JSON.stringify({ engine, entryPrints: [...entryPrints], personPrints: [...personPrints] });
}

describe('a build gives the same index as the previous code', () => {
  const journal = generateJournal(42, QUICK_SIZE);

  it('rows as generated (keys in the generator order)', () => {
    const text = snapshotOf(structuredClone(journal.entries), structuredClone(journal.people));
    expect([text.length, fingerprint(text)]).toEqual(GENERATED);
  });

  it('rows as the app stores them (the schema’s result), with Markdown that exercises the stripping', () => {
    const marked = journal.entries.map((e, i) =>
      e.kind === 'reflection' && i % 3 === 0
        ? {
            ...e,
            body: `# ${e.title}\n\n1. **first** _one_ \`code\` ~~old~~\n  - [x] done\t<br>item &amp; [link](https://x.io)\\*\n\n\n> ${e.body}`,
          }
        : e,
    );
    const stored = marked.map((e) => Entry.parse(e));
    // One row the schema refuses (a title too long): left out, as before.
    const withDamage = [...stored.slice(0, 10), { ...stored[10]!, title: 'x'.repeat(201) }, ...stored.slice(11)];
    const text = snapshotOf(withDamage, structuredClone(journal.people));
    expect([text.length, fingerprint(text)]).toEqual(STORED);
  });
});

const GENERATED = [1_063_432, 3_709_525_472];
const STORED = [1_070_389, 1_130_714_815];
