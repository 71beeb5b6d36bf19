import { memo } from 'react';
import { createPortal } from 'react-dom';
import { formatDate } from '../../../shared/dates';
import type { CareerPlan, PaperSize } from '../../../shared/plan';
import { PlanDocument } from './PlanDocument';
import { pageCss } from './printPage';
import './print.css';

/** The print page: the page rules (paper, margins, running footer) and the same document as the preview. */
export function PlanPrintPage({ plan, paper }: { plan: CareerPlan; paper: PaperSize }) {
  const footer = `${plan.person.name ? `${plan.person.name} \u00b7 ` : ''}Prepared on ${formatDate(plan.generatedOn)}`;
  return (
    <div className="plan-print" data-paper={paper}>
      <style>{pageCss(paper, footer)}</style>
      <PlanDocument plan={plan} />
    </div>
  );
}

/**
 * The plan's print view, placed straight under <body> so that, when printing (printToPDF in the
 * desktop app, the print dialog in web mode, page.pdf() in tests), the print style sheet shows it
 * alone. Hidden on screen.
 */
export const PlanPrintView = memo(function PlanPrintView({ plan, paper }: { plan: CareerPlan; paper: PaperSize }) {
  return createPortal(<PlanPrintPage plan={plan} paper={paper} />, document.body);
});
