import { useCallback, useEffect, useState } from 'react';
import { TABLE_LABELS } from '../../../shared/backup/format';
import { plainProblem } from '../../../shared/plainProblems';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { errorMessage } from '../../components/problems';
import { useToast } from '../../components/Toast';
import { deleteDamagedRecords, findDamagedRecords, type DamagedRecord } from '../../data/backupStore';
import { nowIso, today } from '../../data/clock';
import { onReadProblem } from '../../data/records';
import { platform } from '../../platform';

// Rows shown in the table; the count, the export and the delete cover them all.
const SHOWN = 100;

const records = (n: number) => `${n} damaged ${n === 1 ? 'record' : 'records'}`;

/** The damaged records as one JSON file: each as stored, with its table, key and what is wrong. */
function damagedRecordsFile(damaged: readonly DamagedRecord[]): string {
  return JSON.stringify(
    {
      app: 'Sextant',
      kind: 'damaged-records',
      exportedAt: nowIso(),
      records: damaged.map((d) => ({ table: d.table, key: d.key, problems: d.problems.map(plainProblem), record: d.row })),
    },
    null,
    2,
  );
}

/**
 * "Damaged records" in Settings > Your data: every stored record that no longer reads as valid
 * (it is hidden everywhere else and left out of backups), with what is wrong in words, and
 * actions to export them (to repair by hand or send with a bug report) or delete them.
 */
export function DamagedRecords() {
  const toast = useToast();
  const [damaged, setDamaged] = useState<DamagedRecord[] | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);

  const check = useCallback(() => {
    findDamagedRecords().then(
      (found) => {
        setDamaged(found);
        setFailed(null);
      },
      (e: unknown) => setFailed(errorMessage(e)),
    );
  }, []);
  // Checked when the section opens, and again whenever another screen meets a damaged record.
  useEffect(() => {
    check();
    return onReadProblem(check);
  }, [check]);

  async function exportThem(list: DamagedRecord[]) {
    setBusy(true);
    try {
      const r = await platform.saveFile({
        suggestedName: `sextant-damaged-records-${today()}.json`,
        filter: { name: 'JSON', extensions: ['json'] },
        data: damagedRecordsFile(list),
      });
      if (r.saved) toast(`${records(list.length)} exported${r.path ? ` to ${r.path}` : ''}.`);
    } catch (e) {
      toast(`The damaged records could not be exported: ${errorMessage(e)}`, { tone: 'error' });
    } finally {
      setBusy(false);
    }
  }

  async function deleteThem(list: DamagedRecord[]) {
    setConfirming(false);
    setBusy(true);
    try {
      const n = await deleteDamagedRecords(list);
      toast(`${records(n)} deleted.`);
    } catch (e) {
      toast(`The damaged records could not be deleted: ${errorMessage(e)}`, { tone: 'error' });
    } finally {
      setBusy(false);
      check();
    }
  }

  if (failed !== null) return <p role="alert">The records could not be checked: {failed}</p>;
  if (damaged === null)
    return (
      <p className="muted" role="status">
        Checking every record…
      </p>
    );
  if (damaged.length === 0)
    return (
      <p className="muted" role="status">
        Every record reads correctly: nothing is damaged.
      </p>
    );
  return (
    <div className="damaged-records">
      <p role="status">
        {records(damaged.length)} could not be read. {damaged.length === 1 ? 'It is' : 'They are'} hidden everywhere else in Sextant and
        left out of backups. Export {damaged.length === 1 ? 'it' : 'them'} to keep a copy (to repair by hand, or to send with a bug report),
        then delete {damaged.length === 1 ? 'it' : 'them'} if you no longer need {damaged.length === 1 ? 'it' : 'them'}.
      </p>
      <div className="table-scroll">
        <table className="damaged-table">
          <caption className="visually-hidden">Damaged records</caption>
          <thead>
            <tr>
              <th scope="col">Kind of record</th>
              <th scope="col">Id</th>
              <th scope="col">What is wrong</th>
            </tr>
          </thead>
          <tbody>
            {damaged.slice(0, SHOWN).map((d) => (
              <tr key={`${d.table}/${d.key}`}>
                <td>{TABLE_LABELS[d.table]}</td>
                <td>
                  <code>{d.key}</code>
                </td>
                <td>
                  <ul className="damaged-problems">
                    {d.problems.map((p, i) => (
                      <li key={i}>{plainProblem(p)}</li>
                    ))}
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {damaged.length > SHOWN && <p className="muted">And {damaged.length - SHOWN} more, all included in the export.</p>}
      <div className="row">
        <button type="button" onClick={() => void exportThem(damaged)} disabled={busy}>
          Export them
        </button>
        <button type="button" className="danger" onClick={() => setConfirming(true)} disabled={busy}>
          Delete them
        </button>
      </div>
      <ConfirmDialog
        open={confirming}
        title={`Delete ${records(damaged.length)}?`}
        message="They are removed for good and cannot be restored from Sextant. Export them first if you may want to repair them."
        confirmLabel={`Delete ${records(damaged.length)}`}
        onConfirm={() => void deleteThem(damaged)}
        onCancel={() => setConfirming(false)}
      />
    </div>
  );
}
