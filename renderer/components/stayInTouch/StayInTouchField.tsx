import { useState } from 'react';
import { STAY_IN_TOUCH_WEEKS } from '../../../shared/schemas';
import { SelectField, TextField } from '../form/Field';

type Choice = '' | `${(typeof STAY_IN_TOUCH_WEEKS)[number]}` | 'custom';
const OPTIONS: { value: Choice; label: string }[] = [
  { value: '', label: 'Not set' },
  ...STAY_IN_TOUCH_WEEKS.map((w) => ({ value: `${w}` as Choice, label: `Every ${w} weeks` })),
  { value: 'custom', label: 'Custom…' },
];

const isPreset = (weeks: number | undefined) => weeks !== undefined && (STAY_IN_TOUCH_WEEKS as readonly number[]).includes(weeks);

/** "Keep in touch every N weeks" on a person: 2, 4, 8, 12 weeks, a custom number, or not set. */
export function StayInTouchField({
  value,
  onChange,
  error,
}: {
  value: number | undefined;
  onChange: (weeks: number | undefined) => void;
  error?: string;
}) {
  const [custom, setCustom] = useState(value !== undefined && !isPreset(value));
  const [text, setText] = useState(value !== undefined ? String(value) : '');
  const choice: Choice = custom ? 'custom' : value === undefined ? '' : (`${value}` as Choice);
  return (
    <div className="field-row">
      <SelectField
        label="Keep in touch"
        value={choice}
        options={OPTIONS}
        onChange={(c) => {
          setCustom(c === 'custom');
          if (c === 'custom') onChange(text ? Number(text) : undefined);
          else onChange(c ? Number(c) : undefined);
        }}
        hint="A stay-in-touch reminder comes this long after your last conversation."
        error={custom ? undefined : error}
      />
      {custom && (
        <TextField
          label="Every how many weeks"
          type="number"
          value={text}
          onChange={(t) => {
            setText(t);
            onChange(t.trim() === '' ? undefined : Number(t));
          }}
          error={error}
        />
      )}
    </div>
  );
}
