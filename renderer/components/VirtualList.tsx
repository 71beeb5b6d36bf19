import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import { useEffect, useLayoutEffect, useRef, useState, type FocusEvent, type KeyboardEvent, type ReactNode } from 'react';
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

/**
 * The virtualiser both shapes (list and table) share: which items to render, measured as they
 * render, with the active item always rendered. The active item is the one with focus (or
 * keyboard navigation's target): a focused element that is removed from the DOM drops focus to
 * <body>, and the next key press would go nowhere; keeping it mounted means focus never falls
 * out while the virtualiser is still settling a jump (End, then Home).
 */
function useVirtualItems<T>(items: readonly T[], getKey: (item: T, index: number) => string, estimateSize: number, overscan: number) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState(0);
  const activeIndex = Math.min(active, Math.max(0, items.length - 1));
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => estimateSize,
    overscan,
    getItemKey: (i) => getKey(items[i]!, i),
    rangeExtractor: (range: Range) => withIndex(defaultRangeExtractor(range), activeIndex, range.count),
  });
  /** Focus inside an item (the item itself, or a link in it) makes it the active item. */
  const onFocusItem = (e: FocusEvent<HTMLElement>) => {
    const item = e.target.closest<HTMLElement>('[data-index]');
    if (item) setActive(Number(item.dataset.index));
  };
  return { scrollRef, virtualizer, virtualItems: virtualizer.getVirtualItems(), activeIndex, setActive, onFocusItem };
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
  const { scrollRef, virtualizer, virtualItems, activeIndex, setActive, onFocusItem } = useVirtualItems(
    items,
    getKey,
    estimateSize,
    overscan,
  );
  // The item keyboard navigation moved to, until it is rendered and focused. An index, not a
  // flag: an effect of an earlier render (with an earlier active item) must not consume it.
  const focusPending = useRef<number | null>(null);

  // Move focus once the item that keyboard navigation moved to is rendered: in a layout effect,
  // right after the commit, so no key press can arrive between the render and the focus (after every
  // commit: a cheap check, and it cannot miss the render that brings the row in).
  useLayoutEffect(() => {
    if (focusPending.current !== null && focusRow(focusPending.current)) focusPending.current = null;
  });

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
            onFocus={onFocusItem}
            style={{ transform: `translateY(${v.start}px)` }}
          >
            {renderItem(items[v.index]!, v.index)}
          </li>
        ))}
      </ul>
    </div>
  );
}

export interface VirtualTableProps<T> {
  rows: readonly T[];
  /** A stable key per row (its record id). */
  getKey: (row: T, index: number) => string;
  /** The header row's cells (<th scope="col">). */
  header: ReactNode;
  /** One row's cells. */
  renderCells: (row: T, index: number) => ReactNode;
  /** How many cells a row has (for the spacer rows). */
  columnCount: number;
  /** The table's accessible name (a visually hidden caption). */
  caption: string;
  /** A first guess of a row's height in pixels; real heights are measured as rows render. */
  estimateSize?: number;
  overscan?: number;
  /** Class of the scroll box (which holds the sticky header). */
  className?: string;
  /** Attributes of the <table> itself (class, aria-busy, data-*). */
  tableAttributes?: Record<string, string | number | boolean | undefined>;
}

/**
 * A table that renders only the rows in view (plus a few), with the same virtualiser as
 * VirtualList. Table semantics are kept: aria-rowcount gives the full count and each row its
 * aria-rowindex (the header is row 1); spacer rows stand in for the rows not rendered, so the
 * scrollbar is true. Tab moves through the links in the rows; the row holding focus stays
 * rendered, and focusing a link scrolls its row into view, which renders the next ones.
 */
export function VirtualTable<T>({
  rows,
  getKey,
  header,
  renderCells,
  columnCount,
  caption,
  estimateSize = 33,
  overscan = 8,
  className,
  tableAttributes,
}: VirtualTableProps<T>) {
  const { scrollRef, virtualizer, virtualItems, onFocusItem } = useVirtualItems(rows, getKey, estimateSize, overscan);
  const before = virtualItems[0]?.start ?? 0;
  const after = virtualizer.getTotalSize() - (virtualItems[virtualItems.length - 1]?.end ?? 0);
  const spacer = (height: number) => (
    <tr className="vtable-spacer" aria-hidden="true">
      <td colSpan={columnCount} style={{ height }} />
    </tr>
  );
  return (
    <div ref={scrollRef} className={`table-scroll vtable${className ? ` ${className}` : ''}`}>
      <table {...tableAttributes} aria-rowcount={rows.length + 1}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr aria-rowindex={1}>{header}</tr>
        </thead>
        <tbody onFocus={onFocusItem}>
          {before > 0 && spacer(before)}
          {virtualItems.map((v) => (
            <tr key={v.key} ref={virtualizer.measureElement} data-index={v.index} aria-rowindex={v.index + 2}>
              {renderCells(rows[v.index]!, v.index)}
            </tr>
          ))}
          {after > 0 && spacer(after)}
        </tbody>
      </table>
    </div>
  );
}
