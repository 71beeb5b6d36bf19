import { createPortal } from 'react-dom';
import { formatDate } from '../../../shared/dates';
import type { CareerPlan, PaperSize } from '../../../shared/plan';
import { PlanDocument } from './PlanDocument';
import { pageCss } from './printPage';
import './print.css';

/**
 * The plan's print view: the same document as the preview, placed straight under <body> so that,
 * when printing (printToPDF in the desktop app, the print dialog in web mode, page.pdf() in
 * tests), the print style sheet shows it alone. Hidden on screen.
 */
export function PlanPrintView({ plan, paper }: { plan: CareerPlan; paper: PaperSize }) {
  const footer = `${plan.person.name ? `${plan.person.name} \u00b7 ` : ''}Prepared on ${formatDate(plan.generatedOn)}`;
  return createPortal(
    <div className="plan-print" data-paper={paper}>
      <style>{pageCss(paper, footer)}</style>
      <PlanDocument plan={plan} />
    </div>,
    document.body,
  );
}
