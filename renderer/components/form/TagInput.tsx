import { useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { FieldNotes, useControlIds } from './Field';

/** How a typed tag is stored: trimmed, lower case, inner runs of spaces made one. */
export function normaliseTag(raw: string): string {
  return raw.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** `tags` plus the new ones, normalised, without empties or repeats (first spelling wins). */
export function addTags(tags: readonly string[], raw: readonly string[]): string[] {
  const out = [...tags];
  for (const r of raw) {
    const t = normaliseTag(r);
    if (t && !out.includes(t)) out.push(t);
  }
  return out;
}

const MAX_SUGGESTIONS = 8;

/**
 * Tags as removable chips plus a text box: Enter or a comma adds what was typed, Backspace in the
 * empty box removes the last chip, each chip has its own remove button, and existing tags are
 * offered as one-click suggestions. Text left in the box is added when focus leaves the control.
 */
export function TagInput({
  label,
  tags,
  onChange,
  suggestions = [],
  hint,
  error,
}: {
  label: ReactNode;
  tags: readonly string[];
  onChange: (tags: string[]) => void;
  suggestions?: readonly string[];
  hint?: ReactNode;
  error?: string;
}) {
  const [text, setText] = useState('');
  const [announcement, setAnnouncement] = useState('');
  const root = useRef<HTMLDivElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const { control, hintId, errorId } = useControlIds(hint, error);

  const add = (raw: readonly string[]) => {
    const next = addTags(tags, raw);
    const added = next.slice(tags.length);
    if (added.length) {
      onChange(next);
      setAnnouncement(`Added tag ${added.join(', ')}`);
    }
  };
  const remove = (tag: string) => {
    onChange(tags.filter((t) => t !== tag));
    setAnnouncement(`Removed tag ${tag}`);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if ((e.key === 'Enter' && !e.ctrlKey && !e.metaKey) || e.key === ',') {
      // Enter here adds a tag; it must not submit the form.
      e.preventDefault();
      add([text]);
      setText('');
    } else if (e.key === 'Backspace' && text === '' && tags.length > 0) {
      e.preventDefault();
      remove(tags[tags.length - 1]!);
    } else if (e.key === 'Escape' && text !== '') {
      // Clear the box rather than letting Escape cancel the whole form.
      e.preventDefault();
      e.stopPropagation();
      setText('');
    }
  };
  const onTextChange = (value: string) => {
    if (value.includes(',')) {
      // Pasted "a, b, c": every part but the last is complete.
      const parts = value.split(',');
      add(parts.slice(0, -1));
      setText(parts[parts.length - 1]!.trimStart());
    } else setText(value);
  };

  const typed = normaliseTag(text);
  const offered = suggestions.filter((s) => !tags.includes(s) && (!typed || s.includes(typed))).slice(0, MAX_SUGGESTIONS);

  return (
    <div
      ref={root}
      className="field tag-input"
      onBlur={(e) => {
        if (!root.current?.contains(e.relatedTarget) && text.trim()) {
          add([text]);
          setText('');
        }
      }}
    >
      <label htmlFor={control.id}>{label}</label>
      <div className="tag-box">
        {tags.length > 0 && (
          <ul className="tag-chips" aria-label="Chosen tags">
            {tags.map((t) => (
              <li key={t} className="chip">
                <span>{t}</span>
                <button
                  type="button"
                  className="chip-remove"
                  aria-label={`Remove tag ${t}`}
                  onClick={() => {
                    remove(t);
                    input.current?.focus();
                  }}
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
        )}
        <input
          ref={input}
          {...control}
          type="text"
          value={text}
          autoComplete="off"
          onChange={(e) => onTextChange(e.target.value)}
          onKeyDown={onKeyDown}
        />
      </div>
      <FieldNotes hint={hint} hintId={hintId} error={error} errorId={errorId} subject={typeof label === 'string' ? label : undefined} />
      {offered.length > 0 && (
        <div className="tag-suggestions" role="group" aria-label="Tags you have used">
          <span className="muted" aria-hidden="true">
            Used before:
          </span>
          {offered.map((s) => (
            <button
              key={s}
              type="button"
              className="chip chip-button"
              aria-label={`Add tag ${s}`}
              onClick={() => {
                add([s]);
                setText('');
                input.current?.focus();
              }}
            >
              + {s}
            </button>
          ))}
        </div>
      )}
      <span className="visually-hidden" aria-live="polite">
        {announcement}
      </span>
    </div>
  );
}
