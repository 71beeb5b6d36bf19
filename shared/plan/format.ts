/** Wording shared by every plan renderer (screen, PDF, Markdown), so they say the same thing. */
import { formatDate } from '../dates';
import type { CareerPlan, GoalsLeftOut, PlanGoal, PlanSection, PlanSkill, PlanTakeaway } from './types';

/** Signed points for reading: "+2", "-0.5", "0" (ASCII minus, as in the Markdown). */
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
export function followUpsLeftOutText(leftOut: number): string | null {
  if (leftOut <= 0) return null;
  return `And ${leftOut} more open follow-up${leftOut === 1 ? '' : 's'}, not listed here.`;
}

/** "3 goals" / "1 goal", with an optional word between ("3 open goals"). */
function goalCount(n: number, adjective = ''): string {
  return `${n} ${adjective ? `${adjective} ` : ''}goal${n === 1 ? '' : 's'}`;
}

/** "a, b and c". */
function listWords(parts: readonly string[]): string {
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

/**
 * The line after a shortened goal list, in the person's voice: what is not listed and why, e.g.
 * "Not listed here, to keep this plan short: 12 goals I finished before 1 Jun 2026 and 3 open
 * goals whose target date passed before then. They are all in my journal."
 */
export function goalsLeftOutText(leftOut: GoalsLeftOut | null): string | null {
  if (!leftOut) return null;
  const since = formatDate(leftOut.since);
  const parts: string[] = [];
  if (leftOut.finished) parts.push(`${goalCount(leftOut.finished)} I finished before ${since}`);
  if (leftOut.overdue)
    parts.push(`${goalCount(leftOut.overdue, 'open')} whose target date passed before ${leftOut.finished ? 'then' : since}`);
  if (leftOut.beyondLimit) parts.push(`${goalCount(leftOut.beyondLimit, 'more current')} (this plan lists ${leftOut.limit} at most)`);
  if (!parts.length) return null;
  const total = leftOut.finished + leftOut.overdue + leftOut.beyondLimit;
  return `Not listed here, to keep this plan short: ${listWords(parts)}. ${total === 1 ? 'It is' : 'They are all'} in my journal.`;
}

/** What the plan screen adds under that line (not printed): how to list every goal. */
export const ALL_GOALS_HINT = 'To list every goal in full, tick “List every learning goal” above.';

/** The line under an empty follow-up list. */
export function noFollowUpsText(withOverdue: boolean): string {
  return withOverdue ? 'No follow-ups planned.' : 'No upcoming follow-ups planned.';
}

/** "3 Mar 2026, with Wang Xiaoming". */
export function takeawayHeading(t: PlanTakeaway): string {
  return `${formatDate(t.date)}, with ${t.personName}`;
}

/** The target role line, e.g. "Senior PM, by 30 Jun 2027". */
export function targetText(role: string, date: string | null): string {
  return `${role}${date ? `, by ${formatDate(date)}` : ''}`;
}

/** "Target dates: Leadership & influence by 31 Dec 2026; Product strategy & roadmapping by 30 Jun 2027.", or null when no target has a date. */
export function skillTargetDatesText(skills: readonly PlanSkill[]): string | null {
  const dated = skills.flatMap((s) => (s.targetDate ? [`${s.name} by ${formatDate(s.targetDate)}`] : []));
  return dated.length ? `Target dates: ${dated.join('; ')}.` : null;
}

/** The line under the skills table. */
export const LEVELS_NOTE = 'Levels run from 1 (new to it) to 5 (could teach it).';

/** The text of the "none yet" line of a section whose list is empty, or null when it has items. */
export function emptySectionText(section: PlanSection): string | null {
  switch (section.id) {
    case 'focus':
      return section.focus.length ? null : 'No skill is below its target.';
    case 'goals':
      return section.goals.length ? null : section.leftOut ? 'No current learning goals.' : 'No learning goals yet.';
    case 'follow-ups':
      return section.followUps.length ? null : noFollowUpsText(section.withOverdue);
    default:
      return null;
  }
}
