/** The career plan as Markdown (for pasting into notes or a doc). Pure: reads only the plan structure. */
import { formatDate } from '../dates';
import { followUpsLeftOutText, formatLevel, formatPoints, formatPosition, goalMeta, milestoneState, planHeading } from './format';
import { PLAN_SECTION_LABELS, type CareerPlan, type PlanSectionId } from './types';

/** Escapes characters that Markdown would read as formatting, so names and notes print as typed. */
export function escapeMarkdown(text: string): string {
  return (
    text
      .replace(/\r?\n/g, ' ')
      .replace(/[\\`*_[\]<>|#~]/g, (c) => `\\${c}`)
      // A leading "-", "+" or "1." would start a list (a backslash only escapes punctuation, so "1\\.").
      .replace(/^(\s*)([-+])/, '$1\\$2')
      .replace(/^(\s*\d+)([.)])/, '$1\\$2')
  );
}

const e = escapeMarkdown;

function section(plan: CareerPlan, id: PlanSectionId): string[] {
  const out: string[] = [`## ${PLAN_SECTION_LABELS[id]}`, ''];
  switch (id) {
    case 'path': {
      const p = plan.path!;
      out.push(`**${p.label}**: ${formatPosition(p.position)}.`, '', `Confidence: ${p.confidence}. ${e(p.confidenceReason)}`, '');
      if (p.contributions.length) {
        out.push('What the fit rests on:', '');
        for (const c of p.contributions) out.push(`- ${formatPoints(c.points)} ${e(c.label)}: ${e(c.reason)}`);
        out.push('');
      }
      if (p.nextStep) out.push(`Next step: ${e(p.nextStep)}`, '');
      break;
    }
    case 'target': {
      const t = plan.target!;
      out.push(`${t.role ? e(t.role) : 'Not set yet'}${t.date ? `, by ${formatDate(t.date)}` : ''}`, '');
      break;
    }
    case 'skills':
      out.push('| Skill | Current | Target |', '| --- | --- | --- |');
      for (const s of plan.skills!) out.push(`| ${e(s.name)} | ${formatLevel(s.current)} | ${formatLevel(s.target)} |`);
      out.push('', 'Levels run from 1 (new to it) to 5 (could teach it).', '');
      break;
    case 'focus':
      if (!plan.focus!.length) out.push('No skill is below its target.', '');
      for (const f of plan.focus!) out.push(`- **${e(f.name)}**: ${e(f.reason)}`);
      if (plan.focus!.length) out.push('');
      break;
    case 'goals':
      if (!plan.goals!.length) out.push('No learning goals yet.', '');
      for (const g of plan.goals!) {
        out.push(`### ${e(g.title)}`, '', goalMeta(g).split(' \u00b7 ').map(e).join(' \u00b7 '), '');
        if (g.why) out.push(e(g.why), '');
        for (const m of g.milestones) out.push(`- [${m.done ? 'x' : ' '}] ${e(m.title)} (${milestoneState(m)})`);
        if (g.milestones.length) out.push('');
      }
      break;
    case 'follow-ups': {
      if (!plan.followUps!.length) out.push('No follow-ups planned.', '');
      for (const f of plan.followUps!)
        out.push(`- ${formatDate(f.date)}${f.overdue ? ' (overdue)' : ''}: ${e(f.personName)}${f.note ? `, ${e(f.note)}` : ''}`);
      if (plan.followUps!.length) out.push('');
      const leftOut = followUpsLeftOutText(plan);
      if (leftOut) out.push(leftOut, '');
      break;
    }
    case 'next-steps':
      for (const s of plan.nextSteps!) out.push(`- **${e(s.name)}**: ${e(s.action)}`);
      out.push('');
      break;
    case 'statement':
      // Paragraphs survive; each line is escaped on its own.
      out.push(...plan.statement!.split(/\r?\n/).map((l) => (l.trim() ? e(l) : '')), '');
      break;
  }
  return out;
}

/** The plan as a Markdown document, ending with a newline. */
export function planToMarkdown(plan: CareerPlan): string {
  const { title, subtitle } = planHeading(plan);
  const lines = [`# ${e(title)}`, '', e(subtitle), ''];
  for (const id of plan.sections) lines.push(...section(plan, id));
  return `${lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
}
