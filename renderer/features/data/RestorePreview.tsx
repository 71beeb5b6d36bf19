import { useEffect, useId, useState } from 'react';
import { TABLE_LABELS, TABLE_NAMES, type Backup, type TableName } from '../../../shared/backup/format';
import type { RestoreMode, RestorePlan } from '../../../shared/backup/plan';
import { applyRestore, createBackup, previewRestore, type RestoreProgress } from '../../data/backupStore';
import { indexAfterBulkWrite } from '../../data/searchIndex';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { DataTable, type Column } from '../../components/table/DataTable';
import { useToast } from '../../components/Toast';
import { platform } from '../../platform';
import { ProblemReport } from './ProblemReport';
import { ProgressLine } from './ProgressLine';

const MODE_TEXT: Record<RestoreMode, { label: string; hint: string }> = {
  merge: {
    label: 'Merge into my journal',
    hint: 'Adds what is missing; where a record exists in both, the one edited last is kept. Nothing is deleted.',
  },
  replace: { label: 'Replace my journal', hint: 'Your journal becomes exactly this backup: records that are not in it are deleted.' },
};

function total(plan: RestorePlan, key: 'added' | 'updated' | 'removed'): number {
  return TABLE_NAMES.reduce((n, t) => n + plan.tables[t][key], 0);
}

/** The preview's columns: each table's records in the backup, and what restoring would do to them. */
function restoreColumns(backup: Backup, plan: RestorePlan): Column<TableName>[] {
  const count = (id: 'added' | 'updated' | 'unchanged' | 'removed', header: string): Column<TableName> => ({
    id,
    header,
    cell: (t) => plan.tables[t][id],
  });
  return [
    { id: 'table', header: 'Records', rowHeader: true, cell: (t) => TABLE_LABELS[t] },
    { id: 'backup', header: 'In the backup', cell: (t) => backup.counts[t] },
    count('added', 'Added'),
    count('updated', 'Updated'),
    count('unchanged', 'Unchanged'),
    count('removed', 'Removed'),
  ];
}

/** What a backup holds and what restoring it would change, then the restore itself (all or nothing). */
export function RestorePreview({ backup, source, onClose }: { backup: Backup; source: string; onClose: () => void }) {
  const toast = useToast();
  const headingId = useId();
  const [plans, setPlans] = useState<Record<RestoreMode, RestorePlan> | null>(null);
  const [mode, setMode] = useState<RestoreMode>('merge');
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<RestoreProgress | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    let live = true;
    previewRestore(backup).then(
      (p) => {
        if (live) setPlans(p);
      },
      (e: unknown) => {
        if (live) setError(e);
      },
    );
    return () => {
      live = false;
    };
  }, [backup]);

  const restore = async () => {
    setConfirming(false);
    setBusy(true);
    setError(null);
    try {
      // Desktop: keep the current state first, so even a wrong restore can be undone.
      if (platform.backups) await platform.backups.write((await createBackup((await platform.appInfo()).version)).json, 'before-restore');
      const plan = await applyRestore(backup, mode, setProgress);
      // The search index is rebuilt and saved now, so the next start loads it (in the background).
      void indexAfterBulkWrite();
      toast(`Backup restored: ${total(plan, 'added')} added, ${total(plan, 'updated')} updated, ${total(plan, 'removed')} removed.`);
      onClose();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
      setProgress(null);
    }
  };

  const plan = plans?.[mode];
  return (
    <section className="data-preview" aria-labelledby={headingId}>
      <h4 id={headingId}>Restore preview: {source}</h4>
      <p className="muted">
        Saved {new Date(backup.exportedAt).toLocaleString()} by Sextant {backup.appVersion} (backup format {backup.formatVersion}).
      </p>
      <fieldset className="data-modes">
        <legend>How to restore</legend>
        {(['merge', 'replace'] as const).map((m) => (
          <label key={m}>
            <input type="radio" name={`${headingId}-mode`} value={m} checked={mode === m} onChange={() => setMode(m)} />
            <span>
              <strong>{MODE_TEXT[m].label}</strong> <span className="muted">{MODE_TEXT[m].hint}</span>
            </span>
          </label>
        ))}
      </fieldset>
      {plan ? (
        <DataTable
          className="data-table"
          caption={`What restoring would change (${MODE_TEXT[mode].label.toLowerCase()})`}
          columns={restoreColumns(backup, plan)}
          rows={TABLE_NAMES}
          rowKey={(t) => t}
        />
      ) : (
        !error && <p>Comparing with your journal…</p>
      )}
      {error !== null && <ProblemReport error={error} />}
      {busy && (
        <ProgressLine
          text={
            progress
              ? `Restoring: ${progress.done.toLocaleString()} of ${progress.total.toLocaleString()} records written…`
              : 'Preparing the restore…'
          }
          label="Restore"
          done={progress?.done}
          total={progress?.total}
        />
      )}
      <div className="row">
        <button
          type="button"
          className={mode === 'replace' ? 'danger' : 'primary'}
          disabled={!plan || busy}
          onClick={() => (mode === 'replace' ? setConfirming(true) : void restore())}
        >
          {busy ? 'Restoring…' : mode === 'replace' ? 'Replace my journal…' : 'Merge this backup'}
        </button>
        <button type="button" onClick={onClose} disabled={busy}>
          Cancel
        </button>
      </div>
      <ConfirmDialog
        open={confirming}
        title="Replace your journal?"
        message={
          plan
            ? `Your journal will become exactly this backup: ${total(plan, 'removed')} records deleted, ${total(plan, 'updated')} overwritten and ${total(plan, 'added')} added.${platform.backups ? ' A backup of your current journal is saved first.' : ' Export a backup of your current journal first if you may want it back.'}`
            : ''
        }
        confirmLabel="Replace my journal"
        onConfirm={() => void restore()}
        onCancel={() => setConfirming(false)}
      />
    </section>
  );
}
