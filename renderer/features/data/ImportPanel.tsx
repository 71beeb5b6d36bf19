import { useCallback, useState } from 'react';
import { MAX_DAYONE_BYTES, type ImportedReflection, type ReflectionImportPlan } from '../../../shared/import/dayone';
import { MAX_LINKEDIN_BYTES } from '../../../shared/import/linkedin';
import { plural } from '../../../shared/plural';
import type { ReviewedRow, RowChoice } from '../../../shared/import/people';
import type { ImportProgress as Progress } from '../../../shared/import/progress';
import { applyPeopleImport, applyReflectionImport, previewPeopleImport, previewReflectionImport } from '../../data/importStore';
import { indexAfterBulkWrite } from '../../data/searchIndex';
import { useToast } from '../../components/Toast';
import { openFile } from './fileActions';
import { ImportProgress } from './ImportProgress';
import { LinkedInPreview } from './ImportLinkedInPreview';
import { PreviewActions } from './ImportPreviewActions';
import type { ImportKind } from './importWorkerProtocol';
import { ImportCancelled, parseOffThread } from './parseOffThread';
import { ProblemReport } from './ProblemReport';
import { useTask } from './useTask';

type Stage =
  | { step: 'idle' }
  | { step: 'reading'; file: string; progress: Progress | null; cancel: () => void }
  | { step: 'linkedin'; file: string; rows: ReviewedRow[] }
  | { step: 'dayone'; file: string; reflections: ImportedReflection[]; plan: ReflectionImportPlan };

const PREVIEW_ROWS = 10;

const FILES: Record<ImportKind, { filter: Parameters<typeof openFile>[0]; maxBytes: number }> = {
  linkedin: { filter: { name: 'LinkedIn Connections (CSV)', extensions: ['csv'] }, maxBytes: MAX_LINKEDIN_BYTES },
  dayone: { filter: { name: 'Day One export (JSON)', extensions: ['json'] }, maxBytes: MAX_DAYONE_BYTES },
};

/**
 * Imports from LinkedIn (Connections.csv) and Day One (JSON): pick a file, watch it being read
 * (in a worker, with progress and Cancel), see what would change and choose, then import.
 */
export function ImportPanel() {
  const toast = useToast();
  const [stage, setStage] = useState<Stage>({ step: 'idle' });
  const [note, setNote] = useState('');
  const reset = useCallback(() => setStage({ step: 'idle' }), []);
  const { busy, error, run } = useTask(reset);

  /** Open a file, read it off the main thread, and keep the preview of what importing it would change. */
  const pick = (kind: ImportKind) =>
    run(async () => {
      setNote('');
      const file = await openFile(FILES[kind].filter, FILES[kind].maxBytes);
      if (!file) return;
      const parse = parseOffThread(kind, file.data, (progress) => setStage((s) => (s.step === 'reading' ? { ...s, progress } : s)));
      setStage({ step: 'reading', file: file.name, progress: null, cancel: parse.cancel });
      try {
        const parsed = await parse.result;
        if (parsed.kind === 'linkedin') setStage({ step: 'linkedin', file: file.name, rows: await previewPeopleImport(parsed.rows) });
        else
          setStage({
            step: 'dayone',
            file: file.name,
            reflections: parsed.reflections,
            plan: await previewReflectionImport(parsed.reflections),
          });
      } catch (e) {
        if (!(e instanceof ImportCancelled)) throw e;
        setStage({ step: 'idle' });
        setNote(`Import of ${file.name} cancelled. Nothing was changed.`);
      }
    });

  const importPeople = (rows: ReviewedRow[], choices: RowChoice[]) =>
    run(async () => {
      const done = await applyPeopleImport(
        rows.map(({ line, connection }) => ({ line, connection })),
        choices,
      );
      void indexAfterBulkWrite();
      toast(
        `LinkedIn import: ${plural(done.add.length, 'person', 'people')} added, ${done.update.length} updated, ${done.skip.length} skipped.`,
      );
      setStage({ step: 'idle' });
    });
  const importReflections = (reflections: ImportedReflection[]) =>
    run(async () => {
      const done = await applyReflectionImport(reflections);
      void indexAfterBulkWrite();
      toast(
        `Day One import: ${plural(done.add.length, 'reflection')} added${done.alreadyImported ? `, ${done.alreadyImported} already imported before` : ''}.`,
      );
      setStage({ step: 'idle' });
    });

  return (
    <div>
      <p>Bring in what you already keep elsewhere. Nothing is written until you have seen what would change.</p>
      <div className="row">
        <button type="button" onClick={() => void pick('linkedin')} disabled={busy}>
          Import LinkedIn connections…
        </button>
        <button type="button" onClick={() => void pick('dayone')} disabled={busy}>
          Import a Day One journal…
        </button>
      </div>
      <p className="muted data-hint">
        LinkedIn: use <em>Connections.csv</em> from LinkedIn&apos;s &ldquo;Get a copy of your data&rdquo;. Each row gets a path suggested
        from its position, which you can change; people already in your journal are flagged and left out unless you tick them. Day One: use
        the <em>.json</em> file inside Day One&apos;s JSON export; entries become reflections, photos are not imported.
      </p>
      <p role="status" className="muted">
        {note}
      </p>
      {stage.step === 'reading' && <ImportProgress file={stage.file} progress={stage.progress} onCancel={stage.cancel} />}
      {error !== null && <ProblemReport error={error} />}
      {stage.step === 'linkedin' && (
        <LinkedInPreview
          file={stage.file}
          rows={stage.rows}
          busy={busy}
          onImport={(choices) => void importPeople(stage.rows, choices)}
          onCancel={reset}
        />
      )}
      {stage.step === 'dayone' && (
        <section className="data-preview" aria-label="Day One import preview">
          <h4>Import preview: {stage.file}</h4>
          <p>
            <strong>{stage.plan.add.length}</strong> new reflections, <strong>{stage.plan.alreadyImported}</strong> already imported before
            {stage.plan.repeated ? (
              <>
                , <strong>{stage.plan.repeated}</strong> repeated in the file
              </>
            ) : null}
            . Imported entries are tagged <code>day-one</code>.
          </p>
          <ul>
            {stage.plan.add.slice(0, PREVIEW_ROWS).map((r) => (
              <li key={r.id}>
                {r.date}: {r.title}
              </li>
            ))}
            {stage.plan.add.length > PREVIEW_ROWS && <li>…and {stage.plan.add.length - PREVIEW_ROWS} more.</li>}
          </ul>
          <PreviewActions
            count={stage.plan.add.length}
            noun={['reflection', 'reflections']}
            busy={busy}
            onConfirm={() => void importReflections(stage.reflections)}
            onCancel={reset}
          />
        </section>
      )}
    </div>
  );
}
