import { useId, type ReactNode } from 'react';
import { FieldNotes } from './Field';

interface Choice<T> {
  value: T;
  label: string;
}

/** A fieldset with a legend, an optional hint and an error message for a group of choices. */
function Group({
  legend,
  hint,
  error,
  hintId,
  errorId,
  className,
  children,
}: {
  legend: ReactNode;
  hint?: ReactNode;
  error?: string;
  hintId: string;
  errorId: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <fieldset className={`field choice-group${className ? ` ${className}` : ''}`}>
      <legend>{legend}</legend>
      <FieldNotes hint={hint} hintId={hintId} error={error} errorId={errorId} subject={typeof legend === 'string' ? legend : undefined} />
      <div className="choices">{children}</div>
    </fieldset>
  );
}

function describedBy(hint: ReactNode | undefined, hintId: string, error: string | undefined, errorId: string): string | undefined {
  return [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
}

/** One-of-several radio buttons; when `clearable`, a "not set" choice clears the value. */
export function RadioGroup<T extends string | number>({
  legend,
  value,
  options,
  onChange,
  hint,
  error,
  clearLabel,
}: {
  legend: ReactNode;
  value: T | undefined;
  options: readonly Choice<T>[];
  onChange: (value: T | undefined) => void;
  hint?: ReactNode;
  error?: string;
  clearLabel?: string;
}) {
  const name = useId();
  const hintId = `${name}-hint`;
  const errorId = `${name}-error`;
  const described = describedBy(hint, hintId, error, errorId);
  const choices: Choice<T | undefined>[] = clearLabel ? [{ value: undefined, label: clearLabel }, ...options] : [...options];
  return (
    <Group legend={legend} hint={hint} error={error} hintId={hintId} errorId={errorId} className="radio-group">
      {choices.map((o) => (
        <label key={String(o.value)} className={`choice${o.value === undefined ? ' choice-clear' : ''}`}>
          <input
            type="radio"
            name={name}
            checked={value === o.value}
            aria-invalid={error ? true : undefined}
            aria-describedby={described}
            onChange={() => onChange(o.value)}
          />
          <span>{o.label}</span>
        </label>
      ))}
    </Group>
  );
}

/** Any-of-several checkboxes; the values stay in the order of `options`. */
export function CheckboxGroup<T extends string>({
  legend,
  values,
  options,
  onChange,
  hint,
  error,
}: {
  legend: ReactNode;
  values: readonly T[];
  options: readonly Choice<T>[];
  onChange: (values: T[]) => void;
  hint?: ReactNode;
  error?: string;
}) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const described = describedBy(hint, hintId, error, errorId);
  const toggle = (v: T, on: boolean) => {
    const next = new Set(values);
    if (on) next.add(v);
    else next.delete(v);
    onChange(options.map((o) => o.value).filter((x) => next.has(x)));
  };
  return (
    <Group legend={legend} hint={hint} error={error} hintId={hintId} errorId={errorId} className="checkbox-group">
      {options.map((o) => (
        <label key={o.value} className="choice">
          <input
            type="checkbox"
            checked={values.includes(o.value)}
            aria-invalid={error ? true : undefined}
            aria-describedby={described}
            onChange={(e) => toggle(o.value, e.target.checked)}
          />
          <span>{o.label}</span>
        </label>
      ))}
    </Group>
  );
}
