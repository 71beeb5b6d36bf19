/** How far an import's reading has got, reported by the parsers (and passed on by the import worker). */
export interface ImportProgress {
  /** Reading the file's text into rows, then checking each row or entry. */
  phase: 'reading' | 'checking';
  done: number;
  total: number;
  /** What `done` and `total` count. */
  unit: 'percent' | 'rows' | 'entries';
}

/** Called now and then while a parser works (never per row: every `PROGRESS_EVERY` items). */
export type OnProgress = (progress: ImportProgress) => void;

/** How many rows or entries pass between two progress reports. */
export const PROGRESS_EVERY = 1_000;
