import { useId, useState } from 'react';
import { defaultChoices, duplicateReason, type ReviewedRow, type RowChoice } from '../../../shared/import/people';
import { PERSON_PATH_LABELS, type PersonPath } from '../../../shared/schemas';
import { DataTable, type Column } from '../../components/table/DataTable';
import { PreviewActions } from './ImportPreviewActions';

/** The paths a row can be given here (the brief three: a person picks "Other role" later, on the person). */
const PATHS = ['internal', 'external', 'unknown'] as const satisfies readonly PersonPath[];
const PAGE_ROWS = 50;
type Show = 'all' | 'new' | 'flagged';
const SHOW_LABELS: Record<Show, string> = { all: 'All rows', new: 'New people only', flagged: 'Flagged as duplicates only' };

interface Item {
  row: ReviewedRow;
  index: number;
}

function PathSelect({ value, label, onChange }: { value: PersonPath; label: string; onChange: (p: PersonPath) => void }) {
  return (
    <select aria-label={label} value={value} onChange={(e) => onChange(e.target.value as PersonPath)}>
      {PATHS.map((p) => (
        <option key={p} value={p}>
          {PERSON_PATH_LABELS[p]}
        </option>
      ))}
    </select>
  );
}

/**
 * The LinkedIn import preview: every row with a tick (duplicates start unticked, with the reason),
 * a path per row (suggested from the position's words, changeable), a bulk "Set ticked rows to…",
 * and pages of 50 so a 20,000-row file stays quick.
 */
export function LinkedInPreview({
  file,
  rows,
  busy,
  onImport,
  onCancel,
}: {
  file: string;
  rows: ReviewedRow[];
  busy: boolean;
  onImport: (choices: RowChoice[]) => void;
  onCancel: () => void;
}) {
  const id = useId();
  const [choices, setChoices] = useState<RowChoice[]>(() => defaultChoices(rows));
  const [show, setShow] = useState<Show>('all');
  const [page, setPage] = useState(0);
  const [bulkPath, setBulkPath] = useState<PersonPath>('internal');

  const change = (index: number, patch: Partial<RowChoice>) => setChoices((cs) => cs.map((c, i) => (i === index ? { ...c, ...patch } : c)));
  const ticked = choices.filter((c) => c.include).length;
  const counts = { new: 0, existing: 0, repeated: 0, suggested: 0 };
  for (const r of rows) {
    counts[r.status.kind]++;
    if (r.suggestion.path !== 'unknown') counts.suggested++;
  }
  const shown: Item[] = rows
    .map((row, index) => ({ row, index }))
    .filter(({ row }) => show === 'all' || (show === 'new' ? row.status.kind === 'new' : row.status.kind !== 'new'));
  const pages = Math.max(1, Math.ceil(shown.length / PAGE_ROWS));
  const current = Math.min(page, pages - 1);
  const pageItems = shown.slice(current * PAGE_ROWS, (current + 1) * PAGE_ROWS);
  const allTicked = ticked === rows.length;

  const columns: Column<Item>[] = [
    {
      id: 'tick',
      header: (
        <input
          type="checkbox"
          aria-label="Tick every row"
          checked={allTicked}
          ref={(el) => {
            if (el) el.indeterminate = ticked > 0 && !allTicked;
          }}
          onChange={() => setChoices((cs) => cs.map((c) => ({ ...c, include: !allTicked })))}
        />
      ),
      cell: ({ row, index }) => (
        <input
          type="checkbox"
          aria-label={`Import ${row.connection.name} (row ${row.line})`}
          checked={choices[index]!.include}
          onChange={(e) => change(index, { include: e.target.checked })}
        />
      ),
    },
    { id: 'line', header: 'Row', cell: ({ row }) => row.line },
    { id: 'name', header: 'Name', rowHeader: true, cell: ({ row }) => <span dir="auto">{row.connection.name}</span> },
    { id: 'company', header: 'Company', cell: ({ row }) => <span dir="auto">{row.connection.company}</span> },
    { id: 'position', header: 'Position', cell: ({ row }) => <span dir="auto">{row.connection.role}</span> },
    {
      id: 'path',
      header: 'Path',
      className: 'import-path',
      cell: ({ row, index }) => (
        <>
          <PathSelect
            value={choices[index]!.path}
            label={`Path for ${row.connection.name} (row ${row.line})`}
            onChange={(path) => change(index, { path })}
          />
          {row.suggestion.because !== null && (
            <span className="muted import-suggestion">
              Suggested {PERSON_PATH_LABELS[row.suggestion.path]}, from &ldquo;{row.suggestion.because}&rdquo;
            </span>
          )}
        </>
      ),
    },
    {
      id: 'status',
      header: 'Status',
      cell: ({ row }) => {
        const reason = duplicateReason(row.status);
        return reason ? <span className="import-flag">⚠ {reason}</span> : 'New';
      },
    },
  ];

  return (
    <section className="data-preview" aria-label="LinkedIn import preview">
      <h4>Import preview: {file}</h4>
      <p>
        <strong>{counts.new.toLocaleString()}</strong> new, <strong>{counts.existing.toLocaleString()}</strong> already in your journal,{' '}
        <strong>{counts.repeated.toLocaleString()}</strong> repeated in this file. <strong>{ticked.toLocaleString()}</strong> of{' '}
        {rows.length.toLocaleString()} ticked to import.
      </p>
      <p className="muted">
        {counts.suggested > 0
          ? `A path is suggested for ${counts.suggested.toLocaleString()} of ${rows.length.toLocaleString()} rows from the words of their position; check them before importing. `
          : ''}
        Rows flagged as duplicates are left out unless you tick them; a ticked one updates the person already in your journal.
      </p>
      <div className="row import-bulk">
        <label>
          Show{' '}
          <select
            value={show}
            onChange={(e) => {
              setShow(e.target.value as Show);
              setPage(0);
            }}
          >
            {(Object.keys(SHOW_LABELS) as Show[]).map((s) => (
              <option key={s} value={s}>
                {SHOW_LABELS[s]}
              </option>
            ))}
          </select>
        </label>
        <span>
          <label htmlFor={`${id}-bulk`}>Set ticked rows to</label>{' '}
          <select id={`${id}-bulk`} value={bulkPath} onChange={(e) => setBulkPath(e.target.value as PersonPath)}>
            {PATHS.map((p) => (
              <option key={p} value={p}>
                {PERSON_PATH_LABELS[p]}
              </option>
            ))}
          </select>{' '}
          <button
            type="button"
            disabled={ticked === 0}
            onClick={() => setChoices((cs) => cs.map((c) => (c.include ? { ...c, path: bulkPath } : c)))}
          >
            Apply to {ticked.toLocaleString()} ticked {ticked === 1 ? 'row' : 'rows'}
          </button>
        </span>
      </div>
      <div className="table-scroll">
        <DataTable
          className="data-table import-table"
          caption={
            shown.length === 0
              ? 'No rows to show'
              : `Rows ${(current * PAGE_ROWS + 1).toLocaleString()}–${(current * PAGE_ROWS + pageItems.length).toLocaleString()} of ${shown.length.toLocaleString()} (${SHOW_LABELS[show].toLowerCase()})`
          }
          columns={columns}
          rows={pageItems}
          rowKey={({ row }) => row.line}
        />
      </div>
      {pages > 1 && (
        <nav className="row" aria-label="Preview pages">
          <button type="button" disabled={current === 0} onClick={() => setPage(current - 1)}>
            Previous rows
          </button>
          <span>
            Page {current + 1} of {pages}
          </span>
          <button type="button" disabled={current >= pages - 1} onClick={() => setPage(current + 1)}>
            Next rows
          </button>
        </nav>
      )}
      <PreviewActions count={ticked} noun={['person', 'people']} busy={busy} onConfirm={() => onImport(choices)} onCancel={onCancel} />
    </section>
  );
}
