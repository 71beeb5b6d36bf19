import { describe, expect, it } from 'vitest';
import { composePlan, escapeMarkdown, planToMarkdown } from '../../../shared/plan';
import { planInput } from './fixture';

describe('planToMarkdown', () => {
  it('writes a short plan exactly', () => {
    const md = planToMarkdown(
      composePlan(planInput({ include: ['target', 'follow-ups', 'statement', 'takeaways'], includeOverdue: true })),
    );
    expect(md).toBe(
      [
        '# Career plan: Zoë Ångström-Müller',
        '',
        'Product manager, payments · Prepared on 1 Mar 2026',
        '',
        '## Personal statement',
        '',
        'I want to work closer to customers.',
        '',
        'My next year is about pricing.',
        '',
        '## Target role',
        '',
        'Senior external PM, by 31 Dec 2026',
        '',
        '## What I took away from conversations',
        '',
        '### 3 Feb 2026, with 王小明',
        '',
        'Price on **outcomes**, not seats.',
        '',
        '### 5 Feb 2026, with 山田太郎',
        '',
        'On-call is *the* price of platform work.',
        '',
        '## Upcoming follow-ups',
        '',
        '- 20 Feb 2026 (overdue): 山田太郎, Ask about on-call',
        '- 10 Mar 2026: 王小明, Send the pricing deck',
        '',
      ].join('\n'),
    );
  });

  it('includes every goal with its milestones as a checklist, and the skills as a table', () => {
    const md = planToMarkdown(composePlan(planInput()));
    expect(md).toContain(
      '### Run a pricing study with 山田太郎\n\nActive · due 1 May 2026 · Market research & analysis, Product strategy & roadmapping',
    );
    expect(md).toContain('- [x] Read two pricing books (done 1 Feb 2026)\n- [ ] Interview five customers (open)');
    expect(md).toContain('| Adaptability & resilience | – | 3 |');
    expect(md).toContain('\n\nTarget dates: Leadership & influence by 31 Oct 2026.\n\n');
    expect(md).toContain('**Leans external**: 0.31 toward external');
    expect(md).toContain(
      '- +0.114 Who you work with: I said I strongly prefer earning the trust of clients and paying customers over that of colleagues.',
    );
    expect(md).not.toContain('Abandoned idea');
    // The person's Markdown stays Markdown (not escaped); resources become links.
    expect(md).toContain('\n\nUnderstand how customers **value** the product.\n\n');
    expect(md).toContain('Resources:\n\n- [Pricing primer](<https://example.com/pricing>)\n- Notes from the sales team\n');
    // Overdue follow-ups are left out by default.
    expect(md).not.toContain('(overdue)');
    expect(md).toContain('## Upcoming follow-ups\n\n- 10 Mar 2026: 王小明, Send the pricing deck\n');
  });

  it('escapes text that Markdown would treat as formatting', () => {
    expect(escapeMarkdown('a*b_c | d [x](y) #1')).toBe('a\\*b\\_c \\| d \\[x\\](y) \\#1');
    expect(escapeMarkdown('- not a list')).toBe('\\- not a list');
    expect(escapeMarkdown('1. not a list')).toBe('1\\. not a list');
    expect(escapeMarkdown('Ångström-Müller')).toBe('Ångström-Müller');
  });
});
