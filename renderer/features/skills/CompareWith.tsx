import { useId } from 'react';
import type { CheckIn } from '../../../shared/schemas';
import { checkInLabel, sameDaySuffix } from './format';

/** "Compare with": picks one of the earlier check-ins (latest first), or none. */
export function CompareWith({
  earlier,
  all,
  value,
  onChange,
}: {
  /** The check-ins that can be compared with, oldest first. */
  earlier: readonly CheckIn[];
  /** Every check-in (to tell apart two on the same day). */
  all: readonly CheckIn[];
  value: string;
  onChange: (id: string) => void;
}) {
  const selectId = useId();
  return (
    <div className="field compare-field">
      <label htmlFor={selectId}>Compare with</label>
      <select id={selectId} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">No earlier check-in</option>
        {[...earlier].reverse().map((c) => (
          <option key={c.id} value={c.id}>
            {checkInLabel(c.date)}
            {sameDaySuffix(all, c)}
          </option>
        ))}
      </select>
    </div>
  );
}
