import { formatDate } from '../../../../shared/dates';

/** The one-click answer to "did you mean …?": puts the likelier date in the field. */
export function DateFix({ suggestion, onUse }: { suggestion: string | undefined; onUse: (date: string) => void }) {
  if (!suggestion) return null;
  return (
    <button type="button" className="small date-fix" onClick={() => onUse(suggestion)}>
      Use {formatDate(suggestion)}
    </button>
  );
}
