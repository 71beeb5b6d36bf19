import { useRef, useState, type ReactNode } from 'react';
import type { PaperSize } from '../../../shared/plan';
import { useCommandRequest } from '../../app/commandRequest';
import { useToast } from '../../components/Toast';
import { platform } from '../../platform';

/** Resolves after the browser has painted what React just committed (the progress line). */
const nextPaint = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/**
 * The Export PDF button with its progress and Cancel. Its state is its own, so an export
 * re-renders this row only, never the plan's controls and documents (a journal of years has
 * thousands of takeaways to choose from). `children`: the other buttons of the row. `onPrepare`:
 * called first, to make sure the print view is there (the plan mounts it after the preview).
 */
export function PlanPdfExport({
  suggestedName,
  paper,
  onPrepare,
  children,
}: {
  suggestedName: string;
  paper: PaperSize;
  onPrepare?: () => void;
  children: ReactNode;
}) {
  const toast = useToast();
  // 'preparing' (the print view's fonts), then 'printing' (Chromium lays out and writes the PDF).
  const [exporting, setExporting] = useState<'preparing' | 'printing' | null>(null);
  const cancelled = useRef(false);
  // The palette and the desktop menu ask for an export by coming here (renderer/app/commandActions.ts).
  useCommandRequest({ 'export-plan-pdf': () => exportPdf() }, true);

  async function exportPdf() {
    cancelled.current = false;
    onPrepare?.();
    setExporting('preparing');
    try {
      // Let the progress show first, then wait for the print view's own fonts.
      await nextPaint();
      await document.fonts.ready;
      if (cancelled.current) return toast('PDF export cancelled.');
      setExporting('printing');
      await nextPaint();
      const r = await platform.printToPdf({ suggestedName, paper });
      if (r.saved) toast(r.path ? `Plan saved to ${r.path}` : 'Plan exported as PDF.');
    } catch (err) {
      toast(`The PDF could not be made: ${err instanceof Error ? err.message : String(err)}`, { tone: 'error' });
    } finally {
      setExporting(null);
    }
  }

  return (
    <>
      <div className="row">
        <button type="button" className="primary" onClick={() => void exportPdf()} disabled={!!exporting} aria-busy={!!exporting}>
          {exporting ? 'Making the PDF…' : platform.kind === 'web' ? 'Export PDF (print dialog)' : 'Export PDF'}
        </button>
        {children}
      </div>
      {exporting && (
        <div className="plan-export-progress row" role="status">
          <progress aria-label="PDF export" />
          <span>{exporting === 'preparing' ? 'Preparing the pages…' : 'Printing the plan to PDF…'}</span>
          {exporting === 'preparing' && (
            <button type="button" onClick={() => (cancelled.current = true)}>
              Cancel
            </button>
          )}
        </div>
      )}
    </>
  );
}
