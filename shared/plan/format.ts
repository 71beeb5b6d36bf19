/** Wording shared by every plan renderer (screen, PDF, Markdown), so they say the same thing. */
import { formatDate } from '../dates';
import type { CareerPlan, PlanGoal } from './types';

/** Signed points for reading: "+2", "-0.5", "0" (ASCII minus: the embedded PDF font has no U+2212). */
export function formatPoints(points: number): string {
  if (points === 0) return '0';
  return `${points > 0 ? '+' : '-'}${Math.abs(points)}`;
}

/** The position as words a reader can check against the scale, e.g. "0.58 toward external, on a scale of 0 to 1". */
export function formatPosition(position: number): string {
  if (position === 0) return 'exactly between the two paths';
  return `${Math.abs(position).toFixed(2)} toward ${position < 0 ? 'internal' : 'external'}, on a scale of 0 to 1`;
}

/** A level or a dash. */
export function formatLevel(level: number | null): string {
  return level === null ? '\u2013' : String(level);
}

/** The plan's title and subtitle, e.g. "Career plan: Zoë" and "Product manager · Prepared on 1 Mar 2026". */
export function planHeading(plan: CareerPlan): { title: string; subtitle: string } {
  const prepared = `Prepared on ${formatDate(plan.generatedOn)}`;
  return {
    title: plan.person.name ? `Career plan: ${plan.person.name}` : 'Career plan',
    subtitle: plan.person.currentRole ? `${plan.person.currentRole} \u00b7 ${prepared}` : prepared,
  };
}

/** "Active · due 1 Jun 2026 · Strategy, Leadership". */
export function goalMeta(g: PlanGoal): string {
  return [g.statusLabel, g.targetDate ? `due ${formatDate(g.targetDate)}` : null, g.skills.join(', ')].filter(Boolean).join(' \u00b7 ');
}

/** "Done on 3 Mar 2026" / "Open". */
export function milestoneState(m: PlanGoal['milestones'][number]): string {
  return m.done ? (m.doneDate ? `done ${formatDate(m.doneDate)}` : 'done') : 'open';
}

/** The line after a shortened follow-up list ("And 3 more open follow-ups, not listed here."), or null. */
export function followUpsLeftOutText(plan: Pick<CareerPlan, 'followUpsLeftOut'>): string | null {
  const n = plan.followUpsLeftOut ?? 0;
  if (n <= 0) return null;
  return `And ${n} more open follow-up${n === 1 ? '' : 's'}, not listed here.`;
}
