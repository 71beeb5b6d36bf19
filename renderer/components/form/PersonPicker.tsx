import { useDeferredValue, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { matchPeople } from '../../../shared/domain/people';
import { PERSON_PATH_LABELS, type Person } from '../../../shared/schemas';
import { useControlIds, FieldNotes, RequiredMark } from './Field';
import './personPicker.css';

// Options shown at once: enough to scan, few enough to render instantly with 5,000 people.
const SHOWN = 50;

/** "Stripe · External PM": what tells two people of one name apart. */
function detail(p: Person): string {
  return [p.company || p.role, PERSON_PATH_LABELS[p.path]].filter(Boolean).join(' · ');
}

/**
 * A type-ahead person picker (ARIA 1.2 combobox with a listbox popup): type part of a name,
 * company or role; Up/Down move, Enter or a click chooses, Escape closes. Each option shows the
 * company and path, so namesakes can be told apart. The text shows the chosen person's name.
 */
export function PersonPicker({
  label,
  people,
  value,
  onChange,
  error,
  required,
}: {
  label: string;
  people: readonly Person[];
  value: string;
  onChange: (personId: string) => void;
  error?: string;
  required?: boolean;
}) {
  const chosen = people.find((p) => p.id === value);
  const [text, setText] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const listId = useId();
  const optionId = useId();
  const input = useRef<HTMLInputElement>(null);
  const hint = chosen ? detail(chosen) : `Type part of a name or company (${people.length} ${people.length === 1 ? 'person' : 'people'}).`;
  const { control, hintId, errorId } = useControlIds(hint, error);
  const typed = text ?? chosen?.name ?? '';
  const query = useDeferredValue(text ?? '');
  const matches = useMemo(() => (open ? matchPeople(people, query, SHOWN) : []), [open, people, query]);
  const activeIndex = Math.min(active, matches.length - 1);

  const choose = (p: Person) => {
    onChange(p.id);
    setText(null);
    setOpen(false);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!open) setOpen(true);
      else setActive((i) => Math.max(0, Math.min(matches.length - 1, i + (e.key === 'ArrowDown' ? 1 : -1))));
    } else if (e.key === 'Enter' && open && matches[activeIndex]) {
      e.preventDefault();
      choose(matches[activeIndex]);
    } else if (e.key === 'Escape' && open) {
      // Closing the list is all Escape does here; the form's own Escape (cancel) waits for the next one.
      e.preventDefault();
      setOpen(false);
      setText(null);
    }
  };

  return (
    <div className="field person-combobox">
      <label htmlFor={control.id}>
        {label}
        {required && <RequiredMark />}
      </label>
      <div className="person-combobox-box">
        <input
          ref={input}
          {...control}
          type="text"
          role="combobox"
          dir="auto"
          autoComplete="off"
          aria-autocomplete="list"
          aria-expanded={open}
          aria-controls={listId}
          aria-required={required || undefined}
          aria-activedescendant={open && matches[activeIndex] ? `${optionId}-${activeIndex}` : undefined}
          placeholder="Type a name…"
          value={typed}
          onChange={(e) => {
            setText(e.target.value);
            setActive(0);
            setOpen(true);
          }}
          onFocus={(e) => e.target.select()}
          onClick={() => setOpen(true)}
          onBlur={() => {
            setOpen(false);
            setText(null);
          }}
          onKeyDown={onKeyDown}
        />
        <ul id={listId} role="listbox" aria-label={`${label}: matching people`} className="person-options" hidden={!open}>
          {matches.map((p, i) => (
            <li
              key={p.id}
              id={`${optionId}-${i}`}
              role="option"
              aria-selected={i === activeIndex}
              className={i === activeIndex ? 'active' : undefined}
              // mousedown, not click: it runs before the input's blur closes the list.
              onMouseDown={(e) => {
                e.preventDefault();
                choose(p);
              }}
            >
              <span className="person-option-name" dir="auto">
                {p.name}
              </span>
              <span className="person-option-detail muted" dir="auto">
                {detail(p)}
              </span>
            </li>
          ))}
          {open && matches.length === 0 && (
            <li role="option" aria-disabled="true" aria-selected={false} className="muted">
              Nobody matches “{query}”.
            </li>
          )}
        </ul>
      </div>
      <FieldNotes hint={hint} hintId={hintId} error={error} errorId={errorId} subject={label} />
    </div>
  );
}
