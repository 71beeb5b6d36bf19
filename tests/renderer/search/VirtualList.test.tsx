// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { VirtualList } from '../../../renderer/components/VirtualList';

// jsdom has no layout: give the scroller a 400px viewport and every row 50px, and make scrolling
// move scrollTop and fire "scroll", as a browser would. (Overrides on HTMLElement.prototype shadow
// jsdom's own getters, so deleting them restores jsdom.)
beforeAll(() => {
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', {
    configurable: true,
    get() {
      return this.classList.contains('vlist') ? 400 : 0;
    },
  });
  Object.defineProperty(HTMLElement.prototype, 'scrollHeight', {
    configurable: true,
    get() {
      return this.classList.contains('vlist') ? parseFloat((this.firstElementChild as HTMLElement).style.height) : 0;
    },
  });
  Object.defineProperty(HTMLElement.prototype, 'offsetHeight', {
    configurable: true,
    get() {
      return this.tagName === 'LI' ? 50 : 0;
    },
  });
  Object.defineProperty(HTMLElement.prototype, 'scrollTo', {
    configurable: true,
    value(this: HTMLElement, options: ScrollToOptions) {
      Object.defineProperty(this, 'scrollTop', { configurable: true, writable: true, value: options.top ?? 0 });
      this.dispatchEvent(new Event('scroll'));
    },
  });
});
afterAll(() => {
  for (const key of ['clientHeight', 'scrollHeight', 'offsetHeight', 'scrollTo'])
    delete (HTMLElement.prototype as unknown as Record<string, unknown>)[key];
});
afterEach(cleanup);

const items = Array.from({ length: 10_000 }, (_, i) => ({ id: `e${i}`, title: `Entry ${i}` }));

function renderList(props: Partial<Parameters<typeof VirtualList<(typeof items)[number]>>[0]> = {}) {
  return render(
    <VirtualList
      items={items}
      getKey={(it) => it.id}
      label="Entries"
      estimateSize={50}
      overscan={2}
      renderItem={(it) => <a href={`#/journal/${it.id}`}>{it.title}</a>}
      {...props}
    />,
  );
}

describe('VirtualList', () => {
  it('renders only the visible rows of 10,000 (400px / 50px = 8, plus 2 overscan below)', () => {
    renderList();
    const list = screen.getByRole('list', { name: 'Entries' });
    const rows = list.querySelectorAll('li');
    expect(rows.length).toBe(10);
    expect(rows[0]!.getAttribute('aria-setsize')).toBe('10000');
    expect(rows[0]!.getAttribute('aria-posinset')).toBe('1');
  });

  it('is one Tab stop, and Down / End / Home / Up move focus between items', async () => {
    renderList();
    const rows = () => [...screen.getByRole('list').querySelectorAll<HTMLElement>('li')];
    expect(rows().filter((r) => r.tabIndex === 0)).toHaveLength(1);
    rows()[0]!.focus();
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    await act(async () => {});
    expect(document.activeElement?.getAttribute('aria-posinset')).toBe('2');
    fireEvent.keyDown(document.activeElement!, { key: 'End' });
    await act(async () => {
      await new Promise((r) => setTimeout(r, 50));
    });
    expect(document.activeElement?.textContent).toBe('Entry 9999');
    // Still bounded after jumping to the end.
    expect(rows().length).toBeLessThanOrEqual(12);
    fireEvent.keyDown(document.activeElement!, { key: 'Home' });
    await act(async () => {
      await new Promise((r) => setTimeout(r, 50));
    });
    expect(document.activeElement?.textContent).toBe('Entry 0');
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowUp' });
    await act(async () => {});
    expect(document.activeElement?.textContent).toBe('Entry 0');
  });

  it('keeps the focused row mounted (and focused) when the list scrolls far away from it', async () => {
    renderList();
    const list = screen.getByRole('list');
    list.querySelector<HTMLElement>('[data-index="3"]')!.focus();
    const scroller = list.parentElement!;
    await act(async () => {
      scroller.scrollTo({ top: 5000 * 50 });
      await new Promise((r) => setTimeout(r, 50));
    });
    const indexes = [...list.querySelectorAll<HTMLElement>('li')].map((li) => Number(li.dataset.index));
    // Rows 4998..5009 are in view (with overscan), and row 3 is still there, in order, first.
    expect(indexes[0]).toBe(3);
    expect(indexes).toContain(5000);
    expect(indexes.length).toBeLessThanOrEqual(13);
    expect(document.activeElement?.getAttribute('aria-posinset')).toBe('4');
    // So the next arrow key still has somewhere to go from.
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    await act(async () => {
      await new Promise((r) => setTimeout(r, 50));
    });
    expect(document.activeElement?.getAttribute('aria-posinset')).toBe('5');
  });

  it('opens the focused item with Enter', () => {
    const onActivate = vi.fn();
    renderList({ onActivate });
    const first = screen.getByRole('list').querySelector<HTMLElement>('li')!;
    first.focus();
    fireEvent.keyDown(first, { key: 'ArrowDown' });
    fireEvent.keyDown(screen.getByRole('list').querySelector<HTMLElement>('[data-index="1"]')!, { key: 'Enter' });
    expect(onActivate).toHaveBeenCalledWith(items[1], 1);
  });

  it("follows the item's link on Enter when no handler is given", () => {
    renderList();
    const first = screen.getByRole('list').querySelector<HTMLElement>('li')!;
    const click = vi.fn((e: Event) => e.preventDefault());
    first.querySelector('a')!.addEventListener('click', click);
    first.focus();
    fireEvent.keyDown(first, { key: 'Enter' });
    expect(click).toHaveBeenCalledTimes(1);
  });

  it('asks for more once when the end of a short, incomplete list is in view', () => {
    const onEndReached = vi.fn();
    renderList({ items: items.slice(0, 5), hasMore: true, onEndReached });
    expect(onEndReached).toHaveBeenCalledTimes(1);
    const rows = screen.getByRole('list').querySelectorAll('li');
    expect(rows[0]!.getAttribute('aria-setsize')).toBe('-1');
  });
});
