import { useState, type ReactNode } from 'react';

/**
 * The first `limit` items of a long list, and a "Show all N" / "Show fewer" button (nothing
 * when the list is short): a years-old journal can have hundreds of follow-ups or goals, and a
 * summary screen should stay a summary.
 */
export function useCollapsedList<T>(items: readonly T[], limit: number, noun: string): { shown: readonly T[]; toggle: ReactNode } {
  const [expanded, setExpanded] = useState(false);
  if (items.length <= limit) return { shown: items, toggle: null };
  const toggle = (
    <button type="button" className="link-button show-all" aria-expanded={expanded} onClick={() => setExpanded(!expanded)}>
      {expanded ? `Show fewer ${noun}` : `Show all ${items.length} ${noun}`}
    </button>
  );
  return { shown: expanded ? items : items.slice(0, limit), toggle };
}
