import type { Key, ReactNode } from 'react';

/** One column of a DataTable: its heading and how a row fills its cell. */
export interface Column<T> {
  /** Stable key of the column (React key). */
  id: string;
  header: ReactNode;
  cell: (row: T) => ReactNode;
  /** The cell names its row (a `th scope="row"`), as the first column of a summary table does. */
  rowHeader?: boolean;
  /** Class of the column's body cells. */
  className?: string;
}

/**
 * The app's plain data table: a caption (visible, or for screen readers only), column headings
 * with `scope`, one row per item. The import and restore previews and the path tables use it.
 */
export function DataTable<T>({
  caption,
  captionHidden = false,
  columns,
  rows,
  rowKey,
  className,
}: {
  caption: ReactNode;
  captionHidden?: boolean;
  columns: readonly Column<T>[];
  rows: readonly T[];
  rowKey: (row: T) => Key;
  className?: string;
}) {
  return (
    <table className={className}>
      <caption className={captionHidden ? 'visually-hidden' : undefined}>{caption}</caption>
      <thead>
        <tr>
          {columns.map((c) => (
            <th key={c.id} scope="col">
              {c.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={rowKey(row)}>
            {columns.map((c) =>
              c.rowHeader ? (
                <th key={c.id} scope="row" className={c.className}>
                  {c.cell(row)}
                </th>
              ) : (
                <td key={c.id} className={c.className}>
                  {c.cell(row)}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
