import { useState, type Ref } from 'react';
import { LIMITS } from '../../../shared/schemas/common';
import { FieldNotes, LengthCounter, useControlIds, type TextAreaProps } from './Field';
import { Markdown } from './Markdown';

/** A Markdown textarea with a Write / Preview toggle. */
export function MarkdownField({
  label,
  value,
  onChange,
  hint,
  error,
  rows = 10,
  inputRef,
}: Omit<TextAreaProps, 'limit'> & { inputRef?: Ref<HTMLTextAreaElement> }) {
  const [preview, setPreview] = useState(false);
  const { control, hintId, errorId } = useControlIds(hint, error);
  return (
    <div className="field markdown-field">
      <div className="markdown-field-head">
        <label htmlFor={control.id}>{label}</label>
        <button type="button" className="small" aria-pressed={preview} onClick={() => setPreview((p) => !p)}>
          {preview ? 'Back to writing' : 'Preview'}
        </button>
      </div>
      {/* The textarea stays mounted (hidden) in preview so its label and value survive. */}
      <textarea
        ref={inputRef}
        {...control}
        dir="auto"
        rows={rows}
        value={value}
        hidden={preview}
        onChange={(e) => onChange(e.target.value)}
      />
      {preview && (
        <div className="markdown-preview" aria-label="Preview" role="region">
          {value.trim() ? <Markdown source={value} /> : <p className="muted">Nothing to preview yet.</p>}
        </div>
      )}
      <FieldNotes hint={hint} hintId={hintId} error={error} errorId={errorId} subject={typeof label === 'string' ? label : undefined} />
      <LengthCounter length={value.length} limit={LIMITS.longText} />
    </div>
  );
}
