import { statSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composePlan, type CareerPlan } from '../../../shared/plan';
import { launch } from '../../e2e/browser';
import { goal } from '../../shared/path/builders';
import { planInput } from '../../shared/plan/fixture';
import { inspectPdf, occurrences, renderPages } from './pdfTools';
import { printPlanPdf } from './printPlan';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** pdftotext -layout may wrap or pad; compare on collapsed whitespace. */
function flat(text: string): string {
  return text.replace(/\s+/g, ' ');
}

// Bidi controls pdftotext puts around right-to-left runs; NFKC folds Arabic presentation forms
// and precomposes accents, so "e + combining acute" and "é" compare equal.
const BIDI = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
function normal(text: string): string {
  return text.normalize('NFKC').replace(BIDI, '');
}

/** The words of a text: runs of letters, marks, digits and emoji. */
function words(text: string): Set<string> {
  return new Set(normal(text).match(/[\p{L}\p{M}\p{N}\p{Extended_Pictographic}]+/gu) ?? []);
}

const HAN = /\p{Script=Han}/u;
const ARABIC = 'مرحبا بكم في خطة التطوير المهني';
const HEBREW = 'שלום לכולם ותודה על ההקשבה';
const CHINESE = '我们的产品路线图需要更多的客户访谈';
const EMOJI = '🎉 🚀 ✅';
const LONG_WORD = `Donaudampfschifffahrtsgesellschaftskapitän${'Kajütenschlüssel'.repeat(6)}`;
const COMBINING = 'Cafe\u0301 de\u0301ja\u0300 vu';

/** A why of about 10,000 characters: 1,100 distinct words, every 40th in **bold**, a paragraph every 100. */
function longWhy(): string {
  const parts: string[] = [];
  for (let i = 1; i <= 1_100; i++) {
    const w = `word${String(i).padStart(4, '0')}`;
    parts.push(i % 40 === 0 ? `**bold${w}**` : w);
    if (i % 100 === 0) parts.push('\n\n');
  }
  return parts.join(' ').replace(/ \n\n /g, '\n\n');
}

/** A plan with every hard case: long text, 60-item lists, four scripts, emoji, combining marks and a word longer than a line. */
function hardPlan(): { plan: CareerPlan; sources: string[] } {
  const why = longWhy();
  const statementList = Array.from({ length: 60 }, (_, i) => `- statement line ${String(i + 1).padStart(2, '0')} of sixty`).join('\n');
  const statement = `${ARABIC}\n\n${HEBREW}\n\n${CHINESE}\n\n${EMOJI} ${COMBINING}\n\n${LONG_WORD}\n\n${statementList}`;
  const milestones = Array.from({ length: 60 }, (_, i) => ({
    id: crypto.randomUUID(),
    title: `Milestone ${String(i + 1).padStart(2, '0')} ${i % 3 === 0 ? HEBREW.split(' ')[0] : 'of the long list'}`,
    done: i % 2 === 0,
  }));
  const g = goal('2026-01-10', `Learn pricing ${CHINESE.slice(0, 5)} and ${ARABIC.split(' ')[2]}`, { why, milestones });
  const input = planInput({ goals: [g] });
  const plan = composePlan({ ...input, profile: { ...input.profile, personalStatement: statement } });
  return { plan, sources: [why.replace(/\*\*/g, ''), statement.replace(/^- /gm, ''), ...milestones.map((m) => m.title), g.title] };
}

describe('plan PDF (the print view laid out by Chromium)', () => {
  it('keeps every word in every script, leaves no page blank, numbers the pages and passes qpdf --check (A4)', async () => {
    const { plan, sources } = hardPlan();
    const facts = inspectPdf(await printPlanPdf(browser, plan, 'A4'), 'plan-hard-a4');
    expect(facts.pageSize).toMatch(/\(A4\)$/);
    expect(facts.qpdf.status).toBe(0);
    expect(facts.qpdf.output).toContain('No syntax or stream encoding errors found');
    expect(facts.unembeddedFonts).toEqual([]);
    expect(facts.pages).toBeGreaterThan(3);

    const pdfWords = words(facts.text);
    const joined = normal(facts.text).replace(/\s+/g, '');
    const missing: string[] = [];
    for (const source of sources)
      for (const w of words(source)) {
        // Chinese has no spaces and a word longer than a line is broken across lines: look for those
        // in the text with the line breaks taken out.
        const found = HAN.test(w) || w.length > 40 ? joined.includes(w) : pdfWords.has(w);
        if (!found) missing.push(w);
      }
    expect(missing).toEqual([]);
    // The 1,100 words of the why are all there, once each; bold words without their asterisks.
    for (const n of [1, 550, 1_100]) expect(occurrences(facts.text, `word${String(n).padStart(4, '0')}`)).toBe(1);
    expect(facts.text).toContain('boldword0040');
    expect(facts.text).not.toContain('**');
    expect(joined).toContain(normal(LONG_WORD));
    for (const e of EMOJI.split(' ')) expect(pdfWords.has(e)).toBe(true);

    // No blank page: every page has text besides its footer, and the footer numbers it.
    const pages = facts.text.split('\f').slice(0, facts.pages);
    expect(pages).toHaveLength(facts.pages);
    pages.forEach((p, i) => {
      expect(flat(p)).toContain(`Page ${i + 1} of ${facts.pages}`);
      expect(
        flat(p)
          .replace(/Zoë Ångström-Müller · Prepared on 1 Mar 2026|Page \d+ of \d+/g, '')
          .trim().length,
      ).toBeGreaterThan(20);
    });
    expect(renderPages(facts.path, 'plan-hard-a4').length).toBeGreaterThanOrEqual(facts.pages);
  });

  it('has the person, every section, accented and CJK names, the rendered Markdown and the radar as vectors', async () => {
    const plan = composePlan(planInput());
    const facts = inspectPdf(await printPlanPdf(browser, plan, 'A4'), 'plan-a4');
    const text = flat(facts.text);
    expect(text).toContain('Career plan: Zoë Ångström-Müller');
    for (const needle of [
      'Personal statement',
      'I want to work closer to customers.',
      'Strongly external',
      'Run a pricing study with 山田太郎',
      'Présenter la feuille de route',
      'Pricing primer',
      'Notes from the sales team',
      '3 Feb 2026, with 王小明',
      'Price on outcomes, not seats.',
      'Leadership & influence',
      'No rating for Adaptability & resilience',
      'Target dates: Leadership & influence by 31 Oct 2026.',
    ])
      expect(text).toContain(needle);
    // Markdown is rendered: bold and italic words without their asterisks.
    expect(text).toContain('Understand how customers value the product.');
    expect(text).not.toContain('*');
    // Overdue follow-ups are off by default.
    expect(text).not.toContain('Ask about on-call');
    // The statement opens the plan: it comes before the path.
    expect(text.indexOf('Personal statement')).toBeLessThan(text.indexOf('Path I lean to'));
    expect(text).toMatch(/Zoë Ångström-Müller · Prepared on 1 Mar 2026 +Page 1 of \d/);
    expect(facts.qpdf.status).toBe(0);
    renderPages(facts.path, 'plan-a4', 70);
    // Fonts are subset: the 4 MB CJK font does not travel whole.
    expect(statSync(facts.path).size).toBeLessThan(600_000);
  });

  it('prints on US Letter when asked', async () => {
    const plan = composePlan(planInput({ include: ['target'] }));
    const facts = inspectPdf(await printPlanPdf(browser, plan, 'Letter'), 'plan-letter');
    expect(facts.pageSize).toBe('612 x 792 pts (letter)');
    expect(facts.pages).toBe(1);
    expect(facts.qpdf.status).toBe(0);
  });

  it('paginates a long plan with every goal once and no milestone cut at a break', async () => {
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
    // More than a plan lists by default: the person asked for every goal.
    const plan = composePlan(planInput({ goals, include: ['path', 'skills', 'goals', 'next-steps'], allGoals: true }));
    const facts = inspectPdf(await printPlanPdf(browser, plan, 'A4'), 'plan-long');
    expect(facts.pages).toBeGreaterThan(1);
    for (let i = 1; i <= 30; i++) {
      expect(occurrences(flat(facts.text), `Goal number ${String(i).padStart(2, '0')} on the road map`)).toBe(1);
      // Every milestone row is whole on one page: its full text appears once.
      for (let k = 1; k <= 3; k++) expect(occurrences(flat(facts.text), `Milestone ${k} of goal ${i} (`)).toBe(1);
    }
    expect(facts.qpdf.status).toBe(0);
  });

  it('lists a journal of years by its current goals, every word of each, and says in the PDF what it left out', async () => {
    // 400 goals over six years (NOW is 1 Mar 2026): 6 current ones, one of them with a why of
    // about 10,000 characters; the others finished or long overdue, with nothing done since.
    const old = Array.from({ length: 394 }, (_, i) => {
      const date = `20${20 + Math.floor(i / 80)}-0${1 + (i % 9)}-1${i % 10}`;
      return goal(date, `Old goal ${i + 1}`, {
        status: i % 2 ? 'done' : 'active',
        targetDate: date,
        updatedAt: `${date}T08:00:00.000Z`,
        why: 'An older goal that a shared plan counts instead of listing.',
      });
    });
    const why = longWhy();
    const current = Array.from({ length: 6 }, (_, i) =>
      goal('2026-02-01', `Current goal ${i + 1}`, {
        targetDate: `2026-0${4 + i}-01`,
        updatedAt: '2026-02-01T08:00:00.000Z',
        ...(i === 2 ? { why } : {}),
      }),
    );
    const plan = composePlan(planInput({ goals: [...old, ...current], include: ['goals'] }));
    const facts = inspectPdf(await printPlanPdf(browser, plan, 'A4'), 'plan-years');
    const text = flat(facts.text);
    for (let i = 1; i <= 6; i++) expect(occurrences(text, `Current goal ${i}`)).toBe(1);
    expect(text).not.toContain('Old goal');
    const pdfWords = words(facts.text);
    const missing = [...words(why.replace(/\*\*/g, ''))].filter((w) => !pdfWords.has(w));
    expect(missing).toEqual([]);
    expect(text).toContain(
      'Not listed here, to keep this plan short: 197 goals I finished before 30 Aug 2025 and 197 open goals whose target date passed before then. They are all in my journal.',
    );
    // How to change that is said on screen only.
    expect(text).not.toContain('List every learning goal');
    expect(facts.qpdf.status).toBe(0);
    renderPages(facts.path, 'plan-years', 60);
  });
});
