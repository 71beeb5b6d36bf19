/** The career plan as Markdown (for pasting into notes or a doc). Pure: reads only the plan structure. */
import { formatDate } from '../dates';
import * as fmt from './format';
import { PLAN_SECTION_LABELS, type CareerPlan, type PlanSection } from './types';

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

/** A link to a resource: "[title](url)" for a web address, the escaped title otherwise. */
function resourceLink(r: { title: string; url: string | null }): string {
  return r.url ? `[${e(r.title)}](<${r.url.replace(/[<>\s]/g, encodeURIComponent)}>)` : e(r.title);
}

/**
 * Text the person wrote in Markdown (a goal's why, the statement, takeaways): kept as Markdown,
 * so **bold** stays bold wherever the file is read. Blank lines around it keep it its own block.
 */
function markdownBlock(text: string): string[] {
  return [text.trim(), ''];
}

function sectionLines(s: PlanSection): string[] {
  const out: string[] = [`## ${PLAN_SECTION_LABELS[s.id]}`, ''];
  const none = fmt.emptySectionText(s);
  if (none) out.push(none, '');
  switch (s.id) {
    case 'statement':
      out.push(...markdownBlock(s.statement));
      break;
    case 'path': {
      const p = s.path;
      out.push(`**${p.label}**: ${fmt.formatPosition(p.position)}.`, '', `Confidence: ${p.confidence}. ${e(p.confidenceReason)}`, '');
      if (p.contributions.length) {
        out.push('What the fit rests on:', '');
        for (const c of p.contributions) out.push(`- ${fmt.formatPoints(c.points)} ${e(c.label)}: ${e(c.reason)}`);
        out.push('');
      }
      if (p.nextStep) out.push(`Next step: ${e(p.nextStep)}`, '');
      break;
    }
    case 'target':
      out.push(e(fmt.targetText(s.role, s.date)), '');
      break;
    case 'skills':
      out.push('| Skill | Current | Target |', '| --- | --- | --- |');
      for (const k of s.skills) out.push(`| ${e(k.name)} | ${fmt.formatLevel(k.current)} | ${fmt.formatLevel(k.target)} |`);
      out.push('', fmt.LEVELS_NOTE, '');
      {
        const dates = fmt.skillTargetDatesText(s.skills);
        if (dates) out.push(e(dates), '');
      }
      break;
    case 'focus':
      for (const f of s.focus) out.push(`- **${e(f.name)}**: ${e(f.reason)}`);
      out.push('');
      break;
    case 'goals':
      for (const g of s.goals) {
        out.push(`### ${e(g.title)}`, '', fmt.goalMeta(g).split(' \u00b7 ').map(e).join(' \u00b7 '), '');
        if (g.why) out.push(...markdownBlock(g.why));
        for (const m of g.milestones) out.push(`- [${m.done ? 'x' : ' '}] ${e(m.title)} (${fmt.milestoneState(m)})`);
        if (g.milestones.length) out.push('');
        if (g.resources.length) {
          out.push('Resources:', '');
          for (const r of g.resources) out.push(`- ${resourceLink(r)}`);
          out.push('');
        }
      }
      {
        const leftOut = fmt.goalsLeftOutText(s.leftOut);
        if (leftOut) out.push(e(leftOut), '');
      }
      break;
    case 'takeaways':
      for (const t of s.takeaways) out.push(`### ${e(fmt.takeawayHeading(t))}`, '', ...markdownBlock(t.text));
      break;
    case 'follow-ups': {
      for (const f of s.followUps)
        out.push(`- ${formatDate(f.date)}${f.overdue ? ' (overdue)' : ''}: ${e(f.personName)}${f.note ? `, ${e(f.note)}` : ''}`);
      out.push('');
      const leftOut = fmt.followUpsLeftOutText(s.leftOut);
      if (leftOut) out.push(leftOut, '');
      break;
    }
    case 'next-steps':
      for (const n of s.steps) out.push(`- **${e(n.name)}**: ${e(n.action)}`);
      out.push('');
      break;
  }
  return out;
}

/** The plan as a Markdown document, ending with a newline. */
export function planToMarkdown(plan: CareerPlan): string {
  const { title, subtitle } = fmt.planHeading(plan);
  const lines = [`# ${e(title)}`, '', e(subtitle), ''];
  for (const s of plan.sections) lines.push(...sectionLines(s));
  return `${lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
}
