import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useNavigate } from 'react-router';
import type { AppCommand } from '../../../shared/commands';
import { HighlightedText } from '../../components/HighlightedText';
import { HIT_TYPE_LABELS, hitHref } from '../../components/searchHits';
import { useSearch } from '../../data/useSearch';
import { paletteCommands, type PaletteItem } from './paletteItems';
import './palette.css';

// Search results shown under the commands: enough to jump, few enough to scan.
const MAX_HITS = 8;

/**
 * The command palette (Ctrl/Cmd+K, caught by the app's one key handler): type to run any command
 * of the registry or jump to an entry or person. A combobox (the text box) controlling a
 * listbox; Up/Down choose, Enter runs, Escape closes.
 */
export function CommandPalette({
  open,
  onOpenChange,
  onCommand,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** Runs a registry command (the app's one command runner). */
  onCommand: (command: AppCommand) => void;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const navigate = useNavigate();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const listId = useId();
  const labelId = useId();

  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) {
      setQuery('');
      setActive(0);
      d.showModal();
      inputRef.current?.focus();
    }
    if (!open && d.open) d.close();
  }, [open]);

  // Checked against their records like Search's while the index is a saved one not yet checked
  // (useSearch): an entry deleted or changed while the app was closed is never offered.
  const { hits } = useSearch(open ? query : '', {}, MAX_HITS, 'idle');
  const items = useMemo<PaletteItem[]>(() => {
    const commands = paletteCommands(query);
    const found: PaletteItem[] = hits.map((h) => ({
      id: `hit-${h.id}`,
      group: 'Journal and people',
      label: h.title,
      detail: HIT_TYPE_LABELS[h.type],
      run: { to: hitHref(h) },
      terms: h.terms,
    }));
    const searchAll: PaletteItem[] = query.trim()
      ? [
          {
            id: 'search-all',
            group: 'Search',
            label: `Search everything for “${query.trim()}”`,
            run: { to: `/search?q=${encodeURIComponent(query.trim())}` },
          },
        ]
      : [];
    return [...commands, ...found, ...searchAll];
  }, [query, hits]);
  const current = Math.min(active, items.length - 1);

  function run(item: PaletteItem | undefined) {
    if (!item) return;
    onOpenChange(false);
    if ('command' in item.run) onCommand(item.run.command);
    else void navigate(item.run.to);
  }

  // Up/Down wrap around the list; Home/End stay with the text box, as in any text field.
  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    const last = items.length - 1;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (last < 0) return;
      if (e.key === 'ArrowDown') setActive(current >= last ? 0 : current + 1);
      else setActive(current <= 0 ? last : current - 1);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      run(items[current]);
    }
  }

  useEffect(() => {
    document.getElementById(`${listId}-${current}`)?.scrollIntoView({ block: 'nearest' });
  }, [current, listId]);

  const groups = [...new Set(items.map((i) => i.group))];
  return (
    <dialog
      ref={ref}
      className="palette"
      aria-labelledby={labelId}
      onClose={() => onOpenChange(false)}
      onCancel={(e) => {
        e.preventDefault();
        onOpenChange(false);
      }}
    >
      <h2 id={labelId} className="visually-hidden">
        Command palette
      </h2>
      <input
        ref={inputRef}
        className="palette-input"
        role="combobox"
        aria-label="Type a command, or words to find"
        aria-expanded={items.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={items.length > 0 ? `${listId}-${current}` : undefined}
        placeholder="Type a command, or words to find…"
        value={query}
        autoComplete="off"
        spellCheck={false}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      <div id={listId} role="listbox" aria-label="Commands and results" className="palette-list">
        {groups.map((g) => (
          <div key={g} role="group" aria-label={g}>
            <div className="palette-group" aria-hidden="true">
              {g}
            </div>
            {items.map((item, i) =>
              item.group !== g ? null : (
                <div
                  key={item.id}
                  id={`${listId}-${i}`}
                  role="option"
                  aria-selected={i === current}
                  className="palette-option"
                  onMouseMove={() => setActive(i)}
                  onClick={() => run(item)}
                >
                  <span className="palette-label">
                    {item.terms ? <HighlightedText text={item.label} terms={item.terms} /> : item.label}
                  </span>
                  {item.detail && <span className="palette-detail">{item.detail}</span>}
                </div>
              ),
            )}
          </div>
        ))}
      </div>
      {items.length === 0 && <p className="palette-empty muted">No command or entry matches.</p>}
      <p className="palette-help muted" aria-hidden="true">
        <kbd>↑</kbd> <kbd>↓</kbd> choose · <kbd>Enter</kbd> open · <kbd>Esc</kbd> close
      </p>
    </dialog>
  );
}
