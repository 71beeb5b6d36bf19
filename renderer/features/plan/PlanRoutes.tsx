import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { PLAN_SECTION_IDS, PLAN_SECTION_LABELS, composePlan, planToMarkdown, type PaperSize } from '../../../shared/plan';
import { CheckboxGroup, RadioGroup } from '../../components/form/ChoiceGroups';
import { NotEncryptedNote } from '../../components/NotEncryptedNote';
import { useToast } from '../../components/Toast';
import { useCommandRequest } from '../../app/commandRequest';
import { useAfterPaint } from '../../components/useAfterPaint';
import { platform } from '../../platform';
import { lazyScreen, usePreloaded } from '../../app/lazyScreen';
import { liveAtStart } from '../../app/startReads';
import { PlanEmpty } from './PlanEmpty';
import { PlanPdfExport } from './PlanPdfExport';
import { TakeawayChooser } from './TakeawayChooser';
import { nothingToPlan, PLAN_INPUT, readPlanInput, usePlanInput, useTakeaways } from './usePlanInput';
import { PLAN_PREFS, readPlanPrefs, usePlanPrefs, type PlanChoices } from './usePlanPrefs';
import './plan.css';

// The preview and the print view render Markdown: their code (and the Markdown library's) is
// evaluated only once the journal has something to plan, never before the empty state. A cold
// start on #/plan has it fetched already (scripts/routePreload.ts, vite.config.ts).
const PlanDocument = lazyScreen(() => import('./PlanDocument'), 'PlanDocument');
const PlanPrintView = lazyScreen(() => import('./PlanPrintView'), 'PlanPrintView');
const PLAN_DOCUMENTS = [PlanDocument, PlanPrintView];

const SECTION_OPTIONS = PLAN_SECTION_IDS.map((id) => ({ value: id, label: PLAN_SECTION_LABELS[id] }));
const PAPER_OPTIONS: { value: PaperSize; label: string }[] = [
  { value: 'A4', label: 'A4' },
  { value: 'Letter', label: 'US Letter' },
];
const OVERDUE_OPTION = [{ value: 'overdue' as const, label: 'List overdue follow-ups too' }];
const ALL_GOALS_OPTION = [{ value: 'all' as const, label: 'List every learning goal' }];

/**
 * As the app opens on the plan (`rest`: the path below /plan), reads what its first render shows:
 * the plan's input and the remembered choices, and, when there is something to plan, the
 * preview's code is evaluated too, so that first render shows the preview.
 */
export function warmPlanScreen(rest: string): Promise<unknown> | undefined {
  if (rest !== '') return undefined;
  return Promise.all([
    liveAtStart(PLAN_INPUT, readPlanInput).then(async (input) => {
      // A failed load is left to the screen (it shows the part's error when it renders it).
      if (input && !nothingToPlan(input)) await Promise.all(PLAN_DOCUMENTS.map((d) => d.preload())).catch(() => undefined);
    }),
    liveAtStart(PLAN_PREFS, readPlanPrefs),
  ]);
}

/** The career plan: choose sections (remembered), preview, export as PDF (Chromium's print layout) or Markdown. */
export function PlanRoutes() {
  const input = usePlanInput();
  const [saved, saveChoices] = usePlanPrefs();
  // The screen follows a change at once; the remembered copy is written in the background.
  const [changed, setChanged] = useState<PlanChoices | null>(null);
  const choices = changed ?? saved;
  const toast = useToast();
  // The preview comes first: the print view (hidden on screen) and the takeaways chooser follow
  // once it has been painted. Only the chosen takeaways are read before it.
  const chosenOffers = useMemo(() => {
    if (!input || !choices) return undefined;
    const chosen = new Set(choices.takeaways);
    return input.offers.filter((o) => chosen.has(o.id));
  }, [input, choices]);
  // Read alongside the plan's input (not after it): ids no longer offered are simply not used.
  const chosenTexts = useTakeaways(choices?.takeaways);
  const full = useMemo(() => {
    if (!input || !chosenOffers || !chosenTexts) return undefined;
    const conversations = chosenOffers.flatMap((o) => {
      const takeaways = chosenTexts.texts.get(o.id);
      return takeaways === undefined ? [] : [{ conversation: { id: o.id, date: o.date, takeaways }, personName: o.personName }];
    });
    return { ...input, conversations };
  }, [input, chosenOffers, chosenTexts]);
  const empty = !full || nothingToPlan(full);
  // Composed once per change of the journal or of the choices, not on every render (an export's
  // progress re-renders the screen; the documents below are memoised on the plan).
  const plan = useMemo(
    () =>
      full && choices && !empty
        ? composePlan({
            ...full,
            include: choices.sections,
            takeaways: choices.takeaways,
            includeOverdue: choices.includeOverdue,
            allGoals: choices.allGoals,
          })
        : null,
    [full, choices, empty],
  );
  const documentsReady = usePreloaded(PLAN_DOCUMENTS, !!plan);
  const [painted, paintNow] = useAfterPaint(!!plan && documentsReady);
  // The palette and the desktop menu ask for an export by coming here (renderer/app/commandActions.ts).
  useCommandRequest({ 'export-plan-markdown': () => exportMarkdown() }, !!full && !!choices && !empty && documentsReady);
  if (!full || !choices) return <h1>Career plan</h1>;
  const current = choices;
  if (!plan) return <PlanEmpty />;
  // Until the preview's code has arrived, the screen stays as it was (no loading flash).
  if (!documentsReady) return <h1>Career plan</h1>;
  const composed = plan;
  const fileBase = `career-plan-${plan.generatedOn}`;

  function choose(change: Partial<PlanChoices>) {
    const next = { ...current, ...change };
    setChanged(next);
    saveChoices(next).catch((err: unknown) =>
      toast(`Your choice could not be remembered: ${err instanceof Error ? err.message : String(err)}`, { tone: 'error' }),
    );
  }

  async function exportMarkdown() {
    try {
      const r = await platform.saveFile({
        suggestedName: `${fileBase}.md`,
        filter: { name: 'Markdown', extensions: ['md'] },
        data: planToMarkdown(composed),
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
        Your choices here are remembered.
      </p>
      <div className="plan-controls card">
        <CheckboxGroup
          legend="Sections to include"
          hint="Your name and current role always head the plan. An empty personal statement or target role is left out."
          values={choices.sections}
          options={SECTION_OPTIONS}
          onChange={(sections) => choose({ sections })}
        />
        {choices.sections.includes('follow-ups') && (
          <CheckboxGroup
            legend="Follow-ups"
            hint="Off by default: the plan is for someone else to read."
            values={choices.includeOverdue ? ['overdue'] : []}
            options={OVERDUE_OPTION}
            onChange={(v) => choose({ includeOverdue: v.includes('overdue') })}
          />
        )}
        {choices.sections.includes('goals') && (
          <CheckboxGroup
            legend="Learning goals"
            hint="Off by default: the plan lists your open goals and those finished in the last six months, 25 at most, and says how many it leaves out."
            values={choices.allGoals ? ['all'] : []}
            options={ALL_GOALS_OPTION}
            onChange={(v) => choose({ allGoals: v.includes('all') })}
          />
        )}
        {choices.sections.includes('takeaways') &&
          (!painted ? (
            <p className="muted" role="status">
              Reading your conversations&rsquo; takeaways…
            </p>
          ) : full.offers.length ? (
            <TakeawayChooser offers={full.offers} chosen={choices.takeaways} onChange={(takeaways) => choose({ takeaways })} />
          ) : (
            <p className="muted">No conversation has takeaways yet: add them to a conversation in the Journal to share them here.</p>
          ))}
        <RadioGroup legend="Paper size" value={choices.paper} options={PAPER_OPTIONS} onChange={(paper) => paper && choose({ paper })} />
        <PlanPdfExport suggestedName={`${fileBase}.pdf`} paper={choices.paper} onPrepare={paintNow}>
          <button type="button" onClick={exportMarkdown}>
            Export Markdown
          </button>
        </PlanPdfExport>
        {platform.kind === 'web' && <p className="muted">In the print dialog, choose &ldquo;Save as PDF&rdquo; as the destination.</p>}
        <NotEncryptedNote what="The PDF and the Markdown file" />
      </div>
      <h2 className="visually-hidden">Preview</h2>
      <div className="card plan-preview">
        <PlanDocument plan={plan} />
      </div>
      {painted && <PlanPrintView plan={plan} paper={choices.paper} />}
    </>
  );
}
