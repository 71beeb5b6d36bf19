import { useRef } from 'react';
import type { Resource } from '../../../../shared/schemas';
import { TextField } from '../../../components/form/Field';

/** A goal's resources: a title and an optional web link each; add and remove. */
export function ResourcesEditor({
  resources,
  onChange,
  errorFor,
}: {
  resources: readonly Resource[];
  onChange: (resources: Resource[]) => void;
  errorFor: (path: string) => string | undefined;
}) {
  const list = useRef<HTMLOListElement>(null);
  const update = (i: number, patch: Partial<Resource>) => onChange(resources.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const focusRow = (i: number) =>
    requestAnimationFrame(() => {
      const titles = list.current?.querySelectorAll<HTMLInputElement>('li input[type="text"]');
      titles?.[Math.min(i, titles.length - 1)]?.focus();
    });
  return (
    <fieldset className="list-editor resources-editor">
      <legend>Resources</legend>
      {resources.length === 0 && <p className="muted">Courses, books, articles or people that will help.</p>}
      <ol ref={list}>
        {resources.map((r, i) => (
          <li key={i} className="list-editor-row">
            <TextField
              label={`Resource ${i + 1}`}
              value={r.title}
              onChange={(title) => update(i, { title })}
              error={errorFor(`resources[${i}].title`)}
              className="field-grow"
            />
            <TextField
              label="Link (optional)"
              type="url"
              value={r.url ?? ''}
              onChange={(url) => update(i, { url: url || undefined })}
              error={errorFor(`resources[${i}].url`)}
              className="field-grow"
              placeholder="https://"
            />
            <div className="list-editor-buttons">
              <button
                type="button"
                className="icon danger"
                aria-label={`Remove resource ${i + 1}${r.title ? ` (${r.title})` : ''}`}
                onClick={() => {
                  onChange(resources.filter((_, j) => j !== i));
                  focusRow(i);
                }}
              >
                ×
              </button>
            </div>
          </li>
        ))}
      </ol>
      <button
        type="button"
        onClick={() => {
          onChange([...resources, { title: '' }]);
          focusRow(resources.length);
        }}
      >
        Add resource
      </button>
    </fieldset>
  );
}
