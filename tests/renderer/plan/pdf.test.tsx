import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { composePlan, type CareerPlan } from '../../../shared/plan';
import { renderPlanPdf } from '../../../renderer/features/plan/pdf/renderPlanPdf';
import { breakPoints } from '../../../renderer/features/plan/pdf/fonts';
import { planInput } from '../../shared/plan/fixture';
import { goal } from '../../shared/path/builders';
import { inspectPdf, occurrences, renderFirstPage } from './pdfTools';

// In Node the embedded fonts load from the files committed in the repository.
const FONTS = {
  regular: resolve('renderer/assets/fonts/NotoSans-Regular.ttf'),
  bold: resolve('renderer/assets/fonts/NotoSans-Bold.ttf'),
  cjk: resolve('renderer/assets/fonts/DroidSansFallbackFull.ttf'),
};

/** pdftotext -layout may wrap or pad; compare on collapsed whitespace. */
function flat(text: string): string {
  return text.replace(/\s+/g, ' ');
}

describe('plan PDF', () => {
  it('has the person, every goal and skill, accented and CJK names, on A4, and passes qpdf --check', async () => {
    const plan = composePlan(planInput());
    const facts = inspectPdf(await renderPlanPdf(plan, 'A4', FONTS), 'plan-a4');
    const text = flat(facts.text);
    expect(text).toContain('Zoë Ångström-Müller');
    for (const g of plan.goals!) expect(text).toContain(g.title);
    for (const s of plan.skills!) expect(text).toContain(s.name);
    expect(text).toContain('王小明');
    expect(text).toContain('山田太郎');
    expect(text).toContain('Présenter la feuille de route');
    expect(text).toContain('Strongly external');
    expect(text).toContain(`Zoë Ångström-Müller · Prepared on 1 Mar 2026 Page 1 of ${facts.pages}`);
    expect(facts.pageSize).toBe('595.28 x 841.89 pts (A4)');
    expect(facts.qpdf.status).toBe(0);
    expect(facts.qpdf.output).toContain('No syntax or stream encoding errors found');
    // Every font is embedded, including the one the radar's SVG labels use.
    expect(facts.unembeddedFonts).toEqual([]);
    expect(existsSync(renderFirstPage(facts.path, 'plan-a4'))).toBe(true);
    // Fonts are subset: the 4 MB CJK font does not travel whole.
    expect(statSync(facts.path).size).toBeLessThan(400_000);
  });

  it('prints on US Letter when asked', async () => {
    const plan = composePlan(planInput({ include: ['target'] }));
    const facts = inspectPdf(await renderPlanPdf(plan, 'LETTER', FONTS), 'plan-letter');
    expect(facts.pageSize).toBe('612 x 792 pts (letter)');
    expect(facts.qpdf.status).toBe(0);
  });

  it('paginates a long plan with every goal once, numbered pages, and no row cut at a break', async () => {
    const goals = Array.from({ length: 30 }, (_, i) =>
      goal('2026-01-01', `Goal number ${String(i + 1).padStart(2, '0')} on the road map`, {
        targetDate: '2026-06-30',
        why: 'Because a plan with many goals must still read cleanly across pages.',
        milestones: Array.from({ length: 3 }, (_, k) => ({
          id: crypto.randomUUID(),
          title: `Milestone ${k + 1} of goal ${i + 1}`,
          done: k === 0,
          ...(k === 0 ? { doneDate: '2026-02-01' } : {}),
        })),
      }),
    );
    const plan: CareerPlan = composePlan(planInput({ goals, include: ['path', 'skills', 'goals', 'next-steps'] }));
    const facts = inspectPdf(await renderPlanPdf(plan, 'A4', FONTS), 'plan-long');
    expect(facts.pages).toBeGreaterThan(1);
    for (let i = 1; i <= 30; i++) {
      expect(occurrences(flat(facts.text), `Goal number ${String(i).padStart(2, '0')} on the road map`)).toBe(1);
      // Every milestone row is whole on one page: its full text appears once.
      for (let k = 1; k <= 3; k++) expect(occurrences(flat(facts.text), `Milestone ${k} of goal ${i} (`)).toBe(1);
    }
    const pages = facts.text.split('\f').filter((p) => p.trim());
    expect(pages).toHaveLength(facts.pages);
    pages.forEach((p, i) => expect(flat(p)).toContain(`Page ${i + 1} of ${facts.pages}`));
    expect(facts.qpdf.status).toBe(0);
    renderFirstPage(facts.path, 'plan-long');
  });
});

describe('breakPoints', () => {
  it('lets Chinese and Japanese break between characters and keeps other words whole', () => {
    expect(breakPoints('王小明')).toEqual(['王', '小', '明']);
    expect(breakPoints('Ångström-Müller')).toEqual(['Ångström-Müller']);
    expect(breakPoints('x'.repeat(45))).toEqual(['x'.repeat(20), 'x'.repeat(20), 'x'.repeat(5)]);
  });
});
