import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import './virtualList.css';

export interface VirtualListProps<T> {
  items: readonly T[];
  /** A stable key per item (its record id). */
  getKey: (item: T, index: number) => string;
  renderItem: (item: T, index: number) => ReactNode;
  /** The accessible name of the list. */
  label: string;
  /** A first guess of an item's height in pixels; real heights are measured as items render. */
  estimateSize?: number;
  /** Enter on an item: by default, follows the item's first link (or presses its first button). */
  onActivate?: (item: T, index: number) => void;
  /** Whether more items can be loaded; `onEndReached` is called as the end comes into view. */
  hasMore?: boolean;
  onEndReached?: () => void;
  /** Items rendered beyond the visible ones, above and below. */
  overscan?: number;
  className?: string;
  /** Element id of the list, e.g. for aria-controls. */
  id?: string;
}

/** The indexes to render, with `index` added in order when it is not among them. */
function withIndex(indexes: number[], index: number, count: number): number[] {
  if (index >= count || indexes.includes(index)) return indexes;
  return [...indexes, index].sort((a, b) => a - b);
}

// Load the next page when the last rendered item is this close to the end of what is loaded.
const END_MARGIN = 5;

/**
 * A list that renders only the items in view (plus a few), so thousands of items stay smooth.
 * Keyboard: the list is one Tab stop; Up/Down/Home/End move between items (scrolling them into
 * view), Enter opens the focused one. Screen readers hear a list of N items with each item's
 * position (aria-setsize/aria-posinset), since most items are not in the DOM.
 */
export function VirtualList<T>({
  items,
  getKey,
  renderItem,
  label,
  estimateSize = 96,
  onActivate,
  hasMore = false,
  onEndReached,
  overscan = 6,
  className,
  id,
}: VirtualListProps<T>) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState(0);
  // The item keyboard navigation moved to, until it is rendered and focused. An index, not a
  // flag: an effect of an earlier render (with an earlier active item) must not consume it.
  const focusPending = useRef<number | null>(null);
  const activeIndex = Math.min(active, Math.max(0, items.length - 1));
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => estimateSize,
    overscan,
    getItemKey: (i) => getKey(items[i]!, i),
    // The active row is always rendered, even when scrolled out of view: a focused element that
    // is removed from the DOM drops focus to <body>, and the next arrow key
    // would go nowhere. Keeping it mounted means focus never falls out of the list while the
    // virtualizer is still settling a jump (End, then Home).
    rangeExtractor: (range: Range) => withIndex(defaultRangeExtractor(range), activeIndex, range.count),
  });
  const virtualItems = virtualizer.getVirtualItems();

  // Move focus once the item that keyboard navigation moved to is rendered: in a layout effect,
  // right after the commit, so no key press can arrive between the render and the focus.
  useLayoutEffect(() => {
    if (focusPending.current !== null && focusRow(focusPending.current)) focusPending.current = null;
  }, [activeIndex, virtualItems]);

  /** Focuses the row at `index` if it is rendered; says whether it was. */
  function focusRow(index: number): boolean {
    const el = scrollRef.current?.querySelector<HTMLElement>(`[data-index="${index}"]`);
    el?.focus({ preventScroll: true });
    return !!el;
  }

  // Ask for the next page as the end comes into view, once per length of the list.
  const askedAt = useRef(-1);
  const lastRendered = virtualItems[virtualItems.length - 1]?.index ?? -1;
  useEffect(() => {
    if (!hasMore || !onEndReached || items.length === 0) return;
    if (lastRendered >= items.length - 1 - END_MARGIN && askedAt.current !== items.length) {
      askedAt.current = items.length;
      onEndReached();
    }
  }, [hasMore, onEndReached, lastRendered, items.length]);

  function moveTo(index: number) {
    const next = Math.max(0, Math.min(items.length - 1, index));
    setActive(next);
    // Focus at once when the item is rendered; otherwise once it is (after the scroll below).
    focusPending.current = focusRow(next) ? null : next;
    virtualizer.scrollToIndex(next, { align: 'auto' });
  }

  function onKeyDown(e: KeyboardEvent<HTMLUListElement>) {
    const target = e.target as HTMLElement;
    if (target.closest('input, textarea, select, [contenteditable="true"]')) return;
    const item = target.closest<HTMLElement>('[data-index]');
    const from = item ? Number(item.dataset.index) : activeIndex;
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 0) / estimateSize));
    const moves: Record<string, number> = {
      ArrowDown: from + 1,
      ArrowUp: from - 1,
      Home: 0,
      End: items.length - 1,
      PageDown: from + page,
      PageUp: from - page,
    };
    if (e.key in moves) {
      e.preventDefault();
      moveTo(moves[e.key]!);
    } else if (e.key === 'Enter' && item && target === item) {
      // Only when the item itself has focus: Enter on a link inside keeps its own meaning.
      e.preventDefault();
      if (onActivate) onActivate(items[from]!, from);
      else item.querySelector<HTMLElement>('a[href], button')?.click();
    }
  }

  return (
    <div ref={scrollRef} className={`vlist${className ? ` ${className}` : ''}`}>
      <ul
        id={id}
        role="list"
        aria-label={label}
        className="vlist-items"
        style={{ height: virtualizer.getTotalSize() }}
        onKeyDown={onKeyDown}
      >
        {virtualItems.map((v) => (
          <li
            key={v.key}
            data-index={v.index}
            ref={virtualizer.measureElement}
            className="vlist-item"
            aria-setsize={hasMore ? -1 : items.length}
            aria-posinset={v.index + 1}
            tabIndex={v.index === activeIndex ? 0 : -1}
            // Focus on the row or on a link inside it makes it the active (always rendered) row.
            onFocus={() => setActive(v.index)}
            style={{ transform: `translateY(${v.start}px)` }}
          >
            {renderItem(items[v.index]!, v.index)}
          </li>
        ))}
      </ul>
    </div>
  );
}
