import { useId, type ReactNode } from 'react';
import { LIMITS } from '../../../shared/schemas/common';
import { fieldMessage } from '../../../shared/errors';

/** The accessibility attributes a control needs to be tied to its label, hint and error. */
export interface ControlProps {
  id: string;
  'aria-invalid'?: true;
  'aria-describedby'?: string;
}

/** Ids for a control's hint and error, and the attributes that point the control at them. */
export function useControlIds(
  hint: ReactNode | undefined,
  error: string | undefined,
): { control: ControlProps; hintId: string; errorId: string } {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ');
  return {
    control: { id, ...(error ? { 'aria-invalid': true as const } : {}), ...(describedBy ? { 'aria-describedby': describedBy } : {}) },
    hintId,
    errorId,
  };
}

/** A field's hint and error lines (the error is what aria-describedby points at); `subject` names the field in an error ("Title is required"). */
export function FieldNotes({
  hint,
  hintId,
  error,
  errorId,
  subject,
}: {
  hint?: ReactNode;
  hintId: string;
  error?: string;
  errorId: string;
  subject?: ReactNode;
}) {
  return (
    <>
      {hint && (
        <p className="hint" id={hintId}>
          {hint}
        </p>
      )}
      {error && (
        <p className="error" id={errorId}>
          <span aria-hidden="true">⚠ </span>
          {fieldMessage(typeof subject === 'string' ? subject : undefined, error)}
        </p>
      )}
    </>
  );
}

/**
 * "12 characters left" once a text is within a fifth of its limit (announced politely), so a
 * person sees the limit coming instead of meeting it in an error.
 */
export function LengthCounter({ length, limit }: { length: number; limit: number | undefined }) {
  if (!limit || length < limit * 0.8) return null;
  const left = limit - length;
  return (
    <p className={`counter${left < 0 ? ' over' : ''}`} aria-live="polite">
      {left >= 0 ? `${left} of ${limit} characters left` : `${-left} characters over the limit of ${limit}`}
    </p>
  );
}

interface FieldProps {
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  className?: string;
  subject?: string;
  /** Shown below the notes (a counter, a one-click fix). */
  after?: ReactNode;
  children: (control: ControlProps) => ReactNode;
}

/** A Field whose label carries the required mark when `required`; a text label names it in errors. */
function RequirableField({ label, required, ...rest }: Omit<FieldProps, 'subject'> & { required: boolean | undefined }) {
  return (
    <Field
      label={
        <>
          {label}
          {required && <RequiredMark />}
        </>
      }
      subject={typeof label === 'string' ? label : undefined}
      {...rest}
    />
  );
}

/** A labelled control with an optional hint and an error message at the field; `subject` names it in errors (default: the label, when it is text). */
export function Field({ label, hint, error, className, subject, after, children }: FieldProps) {
  const { control, hintId, errorId } = useControlIds(hint, error);
  return (
    <div className={`field${className ? ` ${className}` : ''}`}>
      <label htmlFor={control.id}>{label}</label>
      {children(control)}
      <FieldNotes
        hint={hint}
        hintId={hintId}
        error={error}
        errorId={errorId}
        subject={subject ?? (typeof label === 'string' ? label : undefined)}
      />
      {after}
    </div>
  );
}

interface TextFieldProps {
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  hint?: ReactNode;
  error?: string;
  type?: 'text' | 'url' | 'date' | 'email' | 'time' | 'number';
  required?: boolean;
  placeholder?: string;
  className?: string;
  autoFocus?: boolean;
  /** The stored limit (a counter shows near it); text fields default to the short-text limit. */
  limit?: number;
  /** Shown below the field (e.g. a "Use 31 Dec 2026" fix). */
  after?: ReactNode;
}

/** A one-line text (or date, or url) field. */
export function TextField({
  label,
  value,
  onChange,
  hint,
  error,
  type = 'text',
  required,
  placeholder,
  className,
  autoFocus,
  limit = type === 'text' ? LIMITS.shortText : undefined,
  after,
}: TextFieldProps) {
  return (
    <RequirableField
      label={label}
      required={required}
      hint={hint}
      error={error}
      className={className}
      after={
        <>
          <LengthCounter length={value.length} limit={limit} />
          {after}
        </>
      }
    >
      {(control) => (
        <input
          {...control}
          type={type}
          value={value}
          required={required}
          aria-required={required || undefined}
          placeholder={placeholder}
          autoFocus={autoFocus}
          dir={type === 'text' ? 'auto' : undefined}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </RequirableField>
  );
}

/** What a multi-line text field takes (the Markdown field too). */
export interface TextAreaProps {
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  hint?: ReactNode;
  error?: string;
  rows?: number;
  /** The stored limit (a counter shows near it). */
  limit?: number;
}

/** A multi-line text field. */
export function TextAreaField({ label, value, onChange, hint, error, rows = 4, limit }: TextAreaProps) {
  return (
    <Field label={label} hint={hint} error={error} after={<LengthCounter length={value.length} limit={limit} />}>
      {(control) => <textarea {...control} dir="auto" rows={rows} value={value} onChange={(e) => onChange(e.target.value)} />}
    </Field>
  );
}

/** A select of fixed options. */
export function SelectField<T extends string>({
  label,
  value,
  onChange,
  options,
  hint,
  error,
  required,
  className,
}: {
  label: ReactNode;
  value: T | '';
  onChange: (value: T) => void;
  options: readonly { value: T | ''; label: string }[];
  hint?: ReactNode;
  error?: string;
  required?: boolean;
  className?: string;
}) {
  return (
    <RequirableField label={label} required={required} hint={hint} error={error} className={className}>
      {(control) => (
        <select {...control} value={value} required={required} onChange={(e) => onChange(e.target.value as T)}>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </RequirableField>
  );
}

/** The visible "required" marker (the control itself carries `required` for assistive tech). */
export function RequiredMark() {
  return (
    <span className="required-mark" aria-hidden="true">
      {' '}
      *
    </span>
  );
}
