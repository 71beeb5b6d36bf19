import { pdf } from '@react-pdf/renderer';
import type { CareerPlan } from '../../../../shared/plan';
import { registerPlanFonts, type PlanFontSources } from './fonts';
import { PlanDocument, type PaperSize } from './PlanDocument';

/**
 * The one PDF code path (desktop renderer, web mode and Node tests): react-pdf lays the plan out
 * and returns the bytes; the caller decides where they go (save dialog, download, temp file).
 */
export async function renderPlanPdf(plan: CareerPlan, paper: PaperSize, fonts: PlanFontSources): Promise<Uint8Array<ArrayBuffer>> {
  registerPlanFonts(fonts);
  const blob = await pdf(<PlanDocument plan={plan} paper={paper} />).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}
