import { describe, expect, it } from 'vitest';
import { fingerprintJson, JournalIndex } from '../../../shared/search';
import { Entry } from '../../../shared/schemas';
import { reflection, uuid } from '../builders';

/**
 * A build answers before its entries are fingerprinted (issue 12): the fingerprints are worked
 * out later (settlePrints, or whenever a snapshot or a reconciliation needs them), and come out
 * as if each had been worked out when its entry was indexed: the same values, in the same order.
 */
describe('fingerprints worked out after the build answers', () => {
  const a = Entry.parse(reflection({ id: uuid(1), title: 'Roadmap review' }));
  const b = Entry.parse(reflection({ id: uuid(2), title: 'Pricing test' }));
  const c = Entry.parse(reflection({ id: uuid(3), title: 'Hiring loop' }));
  const editedA = { ...a, title: 'Roadmap review, second pass' };

  it('an index edited and pruned before its prints are settled exports the prints of what it holds, in indexing order', () => {
    const index = new JournalIndex();
    index.addEntries([a, b]);
    // Edited before any print was worked out: A moves behind B, as it would have in the map.
    index.addEntries([editedA]);
    index.removeEntry(b.id);
    index.addEntries([c]);
    expect([...index.exportState().entryPrints]).toEqual([
      [a.id, fingerprintJson(editedA)],
      [c.id, fingerprintJson(c)],
    ]);
    expect(index.search('roadmap').map((h) => h.title)).toEqual(['Roadmap review, second pass']);
    expect(index.search('pricing')).toEqual([]);
  });

  it('settled, then edited: the edit is fingerprinted again and goes last', () => {
    const index = new JournalIndex();
    index.addEntries([a, b, c]);
    index.settlePrints();
    index.addEntries([editedA]);
    expect([...index.exportState().entryPrints]).toEqual([
      [b.id, fingerprintJson(b)],
      [c.id, fingerprintJson(c)],
      [a.id, fingerprintJson(editedA)],
    ]);
  });

  it('a reconciliation right after a build (nothing settled yet) finds nothing to index again', () => {
    const index = new JournalIndex();
    index.addEntries([a, b, c]);
    index.reconcileStart();
    index.reconcilePeople([]);
    index.reconcileEntries([a, b]);
    index.reconcileEntries([{ ...c, title: 'Hiring loop, revised' }]);
    expect(index.reconcileEnd()).toEqual({ updated: 1, removed: 0 });
    expect(index.search('revised').map((h) => h.title)).toEqual(['Hiring loop, revised']);
  });
});
