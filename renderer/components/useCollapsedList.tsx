import { useState, type ReactNode } from 'react';

/**
 * The first `limit` items of a long list, and a "Show all N" / "Show fewer" button (nothing
 * when the list is short): a years-old journal can have hundreds of follow-ups or goals, and a
 * summary screen should stay a summary.
 */
export function useCollapsedList<T>(
  items: readonly T[],
  limit: number,
  noun: string,
  /** Whether the list is expanded, when the caller keeps it (to read only what is shown). */
  control?: readonly [expanded: boolean, setExpanded: (expanded: boolean) => void],
): { shown: readonly T[]; toggle: ReactNode } {
  const own = useState(false);
  const [expanded, setExpanded] = control ?? own;
  if (items.length <= limit) return { shown: items, toggle: null };
  const toggle = (
    <button type="button" className="link-button show-all" aria-expanded={expanded} onClick={() => setExpanded(!expanded)}>
      {expanded ? `Show fewer ${noun}` : `Show all ${items.length} ${noun}`}
    </button>
  );
  return { shown: expanded ? items : items.slice(0, limit), toggle };
}
