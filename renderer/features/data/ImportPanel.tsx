import { useCallback, useState } from 'react';
import { MAX_DAYONE_BYTES, parseDayOneExport, type ImportedReflection, type ReflectionImportPlan } from '../../../shared/import/dayone';
import { MAX_LINKEDIN_BYTES, parseLinkedInConnections, type LinkedInRow } from '../../../shared/import/linkedin';
import type { PeopleImportPlan } from '../../../shared/import/people';
import { applyPeopleImport, applyReflectionImport, previewPeopleImport, previewReflectionImport } from '../../data/importStore';
import { useToast } from '../../components/Toast';
import { openFile } from './fileActions';
import { ProblemReport } from './ProblemReport';
import { useTask } from './useTask';

type Pending =
  | { kind: 'linkedin'; file: string; rows: LinkedInRow[]; plan: PeopleImportPlan }
  | { kind: 'dayone'; file: string; reflections: ImportedReflection[]; plan: ReflectionImportPlan };

const PREVIEW_ROWS = 10;

type OpenFileFilter = Parameters<typeof openFile>[0];

/** Imports from LinkedIn (Connections.csv) and Day One (JSON): pick a file, see what would change, then import. */
export function ImportPanel() {
  const toast = useToast();
  const [pending, setPending] = useState<Pending | null>(null);
  const clearPending = useCallback(() => setPending(null), []);
  const { busy, error, run } = useTask(clearPending);

  /** Open a file of one kind, read it and keep the preview of what importing it would change. */
  const pick = (filter: OpenFileFilter, maxBytes: number, preview: (data: Uint8Array, file: string) => Promise<Pending>) =>
    run(async () => {
      const file = await openFile(filter, maxBytes);
      if (!file) return;
      setPending(await preview(file.data, file.name));
    });
  const pickLinkedIn = () =>
    pick({ name: 'LinkedIn Connections (CSV)', extensions: ['csv'] }, MAX_LINKEDIN_BYTES, async (data, file) => {
      const rows = parseLinkedInConnections(data);
      return { kind: 'linkedin', file, rows, plan: await previewPeopleImport(rows) };
    });
  const pickDayOne = () =>
    pick({ name: 'Day One export (JSON)', extensions: ['json'] }, MAX_DAYONE_BYTES, async (data, file) => {
      const reflections = parseDayOneExport(data);
      return { kind: 'dayone', file, reflections, plan: await previewReflectionImport(reflections) };
    });
  const confirm = () =>
    run(async () => {
      if (!pending) return;
      if (pending.kind === 'linkedin') {
        const done = await applyPeopleImport(pending.rows);
        toast(`LinkedIn import: ${done.add.length} people added, ${done.update.length} updated, ${done.skip.length} skipped.`);
      } else {
        const done = await applyReflectionImport(pending.reflections);
        toast(
          `Day One import: ${done.add.length} reflections added${done.alreadyImported ? `, ${done.alreadyImported} already imported before` : ''}.`,
        );
      }
      setPending(null);
    });

  return (
    <div>
      <p>Bring in what you already keep elsewhere. Nothing is written until you have seen what would change.</p>
      <div className="row">
        <button type="button" onClick={() => void pickLinkedIn()} disabled={busy}>
          Import LinkedIn connections…
        </button>
        <button type="button" onClick={() => void pickDayOne()} disabled={busy}>
          Import a Day One journal…
        </button>
      </div>
      <p className="muted data-hint">
        LinkedIn: use <em>Connections.csv</em> from LinkedIn&apos;s &ldquo;Get a copy of your data&rdquo;. People already here are matched
        by profile link, then by name and company. Day One: use the <em>.json</em> file inside Day One&apos;s JSON export; entries become
        reflections, photos are not imported.
      </p>
      {error !== null && <ProblemReport error={error} />}
      {pending?.kind === 'linkedin' && (
        <section className="data-preview" aria-label="LinkedIn import preview">
          <h4>Import preview: {pending.file}</h4>
          <p>
            <strong>{pending.plan.add.length}</strong> new, <strong>{pending.plan.update.length}</strong> updated,{' '}
            <strong>{pending.plan.skip.length}</strong> skipped (already here unchanged, or repeated in the file).
          </p>
          <table className="data-table">
            <caption>
              The first {Math.min(PREVIEW_ROWS, pending.rows.length)} of {pending.rows.length} connections
            </caption>
            <thead>
              <tr>
                <th scope="col">Line</th>
                <th scope="col">Name</th>
                <th scope="col">Company</th>
                <th scope="col">Role</th>
                <th scope="col">Will be</th>
              </tr>
            </thead>
            <tbody>
              {pending.rows.slice(0, PREVIEW_ROWS).map(({ line, connection }) => (
                <tr key={line}>
                  <td>{line}</td>
                  <td>{connection.name}</td>
                  <td>{connection.company}</td>
                  <td>{connection.role}</td>
                  <td>
                    {pending.plan.add.some((a) => a.line === line)
                      ? 'added'
                      : pending.plan.update.some((u) => u.line === line)
                        ? 'updated'
                        : 'skipped'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <PreviewActions
            count={pending.plan.add.length + pending.plan.update.length}
            noun={['person', 'people']}
            busy={busy}
            onConfirm={() => void confirm()}
            onCancel={() => setPending(null)}
          />
        </section>
      )}
      {pending?.kind === 'dayone' && (
        <section className="data-preview" aria-label="Day One import preview">
          <h4>Import preview: {pending.file}</h4>
          <p>
            <strong>{pending.plan.add.length}</strong> new reflections, <strong>{pending.plan.alreadyImported}</strong> already imported
            before
            {pending.plan.repeated ? (
              <>
                , <strong>{pending.plan.repeated}</strong> repeated in the file
              </>
            ) : null}
            . Imported entries are tagged <code>day-one</code>.
          </p>
          <ul>
            {pending.plan.add.slice(0, PREVIEW_ROWS).map((r) => (
              <li key={r.id}>
                {r.date}: {r.title}
              </li>
            ))}
            {pending.plan.add.length > PREVIEW_ROWS && <li>…and {pending.plan.add.length - PREVIEW_ROWS} more.</li>}
          </ul>
          <PreviewActions
            count={pending.plan.add.length}
            noun={['reflection', 'reflections']}
            busy={busy}
            onConfirm={() => void confirm()}
            onCancel={() => setPending(null)}
          />
        </section>
      )}
    </div>
  );
}

/** "Import N things" (off when there is nothing to import) and Cancel, under an import preview. */
function PreviewActions({
  count,
  noun,
  busy,
  onConfirm,
  onCancel,
}: {
  count: number;
  /** Singular and plural. */
  noun: readonly [string, string];
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  return (
    <div className="row">
      <button type="button" className="primary" onClick={onConfirm} disabled={busy || count === 0}>
        Import {count} {count === 1 ? noun[0] : noun[1]}
      </button>
      <button type="button" onClick={onCancel} disabled={busy}>
        Cancel
      </button>
    </div>
  );
}
