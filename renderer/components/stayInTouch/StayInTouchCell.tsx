import { cadenceLabel, stayInTouchLabel, stayInTouchStatus } from '../../../shared/reminders/cadence';
import type { Person } from '../../../shared/schemas';

/** A People-table cell: "3 weeks overdue" / "due in 5 days" with the cadence, or "Not set". */
export function StayInTouchCell({ person, lastContact, today }: { person: Person; lastContact: string | undefined; today: string }) {
  const s = stayInTouchStatus(person, lastContact, today);
  if (!s) return <td className="muted">Not set</td>;
  return (
    <td>
      <span className={s.daysOverdue > 0 ? 'people-overdue' : undefined}>{stayInTouchLabel(s.daysOverdue)}</span>{' '}
      <span className="muted">({cadenceLabel(s.weeks)})</span>
    </td>
  );
}
