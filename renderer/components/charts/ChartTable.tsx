import type { ReactNode } from 'react';

/** One row of a chart's table: a row heading (the category) and its value cells. */
export interface ChartTableRow {
  key: string;
  heading: ReactNode;
  cells: ReactNode;
}

/**
 * The table beside a chart that gives its data as text (the chart's accessible alternative):
 * a caption, the column headings, one row per category and an optional note under it.
 */
export function ChartTable({
  caption,
  headings,
  rows,
  note,
}: {
  caption: string;
  headings: ReactNode;
  rows: readonly ChartTableRow[];
  note?: string;
}) {
  return (
    <div className="chart-side">
      <table className="data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>{headings}</tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key}>
              <th scope="row">{r.heading}</th>
              {r.cells}
            </tr>
          ))}
        </tbody>
      </table>
      {note !== undefined && <p className="muted chart-note">{note}</p>}
    </div>
  );
}
