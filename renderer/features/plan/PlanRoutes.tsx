import { useState } from 'react';
import { Link } from 'react-router';
import { PLAN_SECTION_IDS, PLAN_SECTION_LABELS, composePlan, planToMarkdown, type PlanSectionId } from '../../../shared/plan';
import { CheckboxGroup, RadioGroup } from '../../components/form/ChoiceGroups';
import { useToast } from '../../components/Toast';
import { platform } from '../../platform';
import type { PaperSize } from './pdf/PlanDocument';
import { PlanPreview } from './PlanPreview';
import { usePlanInput } from './usePlanInput';
import './plan.css';

const SECTION_OPTIONS = PLAN_SECTION_IDS.map((id) => ({ value: id, label: PLAN_SECTION_LABELS[id] }));
const PAPER_OPTIONS = [
  { value: 'A4' as const, label: 'A4' },
  { value: 'LETTER' as const, label: 'US Letter' },
];

/** The career plan: choose sections, preview, export as PDF or Markdown. */
export function PlanRoutes() {
  const input = usePlanInput();
  const toast = useToast();
  const [include, setInclude] = useState<PlanSectionId[]>([...PLAN_SECTION_IDS]);
  const [paper, setPaper] = useState<PaperSize>(() => (navigator.language === 'en-US' || navigator.language === 'en-CA' ? 'LETTER' : 'A4'));
  const [busy, setBusy] = useState(false);
  if (!input) return <h1>Career plan</h1>;
  const plan = composePlan({ ...input, include });
  const fileBase = `career-plan-${plan.generatedOn}`;

  async function exportPdf() {
    setBusy(true);
    try {
      // react-pdf and the fonts load only now, so they never slow down app start.
      const { planPdfBytes } = await import('./pdf/exportPlanPdf');
      const data = await planPdfBytes(plan, paper);
      const r = await platform.saveFile({ suggestedName: `${fileBase}.pdf`, filter: { name: 'PDF', extensions: ['pdf'] }, data });
      if (r.saved) toast(r.path ? `Plan saved to ${r.path}` : 'Plan exported as PDF.');
    } catch (err) {
      toast(`The PDF could not be made: ${err instanceof Error ? err.message : String(err)}`, { tone: 'error' });
    } finally {
      setBusy(false);
    }
  }

  async function exportMarkdown() {
    try {
      const r = await platform.saveFile({
        suggestedName: `${fileBase}.md`,
        filter: { name: 'Markdown', extensions: ['md'] },
        data: planToMarkdown(plan),
      });
      if (r.saved) toast(r.path ? `Plan saved to ${r.path}` : 'Plan exported as Markdown.');
    } catch (err) {
      toast(`The Markdown file could not be saved: ${err instanceof Error ? err.message : String(err)}`, { tone: 'error' });
    }
  }

  return (
    <>
      <h1>Career plan</h1>
      <p className="muted">
        A plan to share with a mentor or manager. Your name, roles and personal statement come from <Link to="/settings">Settings</Link>.
      </p>
      <div className="plan-controls card">
        <CheckboxGroup
          legend="Sections to include"
          hint="Your name and current role always head the plan. An empty personal statement is left out."
          values={include}
          options={SECTION_OPTIONS}
          onChange={setInclude}
        />
        <RadioGroup legend="Paper size" value={paper} options={PAPER_OPTIONS} onChange={(v) => v && setPaper(v)} />
        <div className="row">
          <button type="button" className="primary" onClick={exportPdf} disabled={busy} aria-busy={busy}>
            {busy ? 'Making the PDF…' : 'Export PDF'}
          </button>
          <button type="button" onClick={exportMarkdown}>
            Export Markdown
          </button>
        </div>
      </div>
      <h2 className="visually-hidden">Preview</h2>
      <PlanPreview plan={plan} />
    </>
  );
}
