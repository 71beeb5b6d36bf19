import { useState } from 'react';
import type { FitContribution } from '../../../shared/path';
import { getEntry, saveEntry } from '../../data/repositories/entries';

/** Shown at most; the rest are counted. */
const SHOWN = 10;

/** Conversations with internal or external PMs that have no energy rating: listed, not counted, rated in one click. */
export function UnratedList({ items }: { items: readonly FitContribution[] }) {
  const [problem, setProblem] = useState<string | null>(null);
  if (items.length === 0) return null;
  async function rate(entryId: string, energy: number) {
    const entry = await getEntry(entryId);
    if (!entry || entry.kind !== 'conversation') {
      setProblem('That conversation is no longer in the journal.');
      return;
    }
    try {
      await saveEntry({ ...entry, energy });
      setProblem(null);
    } catch (err) {
      setProblem(err instanceof Error ? err.message : String(err));
    }
  }
  return (
    <section aria-labelledby="unrated-heading" className="card">
      <h2 id="unrated-heading">Not rated, not counted</h2>
      <p className="muted">How energising did each feel? 1 is very draining, 3 neutral, 5 very energising. One click saves it.</p>
      <ul className="fit-unrated">
        {items.slice(0, SHOWN).map((c) => (
          <li key={c.id}>
            <span>{c.reason.replace(/: not rated, not counted\.$/, '')}</span>
            <span className="fit-rate" role="group" aria-label={`Rate ${c.label}`}>
              {[1, 2, 3, 4, 5].map((n) => (
                <button key={n} type="button" onClick={() => void rate(c.entryId!, n)} aria-label={`${n} of 5`}>
                  {n}
                </button>
              ))}
            </span>
          </li>
        ))}
      </ul>
      {items.length > SHOWN && <p className="muted">And {items.length - SHOWN} more; rate these first.</p>}
      {problem && (
        <p className="error" role="alert">
          {problem}
        </p>
      )}
    </section>
  );
}
