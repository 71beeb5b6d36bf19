import type { ImportProgress as Progress } from '../../../shared/import/progress';

/** What the reading is doing, in words: "Checking row 12,000 of 40,000". */
export function progressText(progress: Progress | null): string {
  if (!progress) return 'Opening the file…';
  if (progress.unit === 'percent') return `Reading the file… ${progress.done}%`;
  const noun = progress.unit === 'rows' ? 'row' : 'entry';
  return `Checking ${noun} ${progress.done.toLocaleString()} of ${progress.total.toLocaleString()}`;
}

/** The reading of a chosen file: a progress bar with its count in words, and Cancel (the window stays usable meanwhile). */
export function ImportProgress({ file, progress, onCancel }: { file: string; progress: Progress | null; onCancel: () => void }) {
  const text = progressText(progress);
  // Reading and checking are two halves of one bar, so it never runs backwards.
  const fraction = !progress
    ? 0
    : progress.unit === 'percent'
      ? progress.done / 200
      : 0.5 + progress.done / Math.max(1, progress.total) / 2;
  return (
    <div className="data-preview import-progress">
      <p>
        Reading <strong>{file}</strong> <span className="muted">(you can go on using Sextant meanwhile)</span>
      </p>
      <progress aria-label={`Reading ${file}`} aria-valuetext={text} max={100} value={Math.round(fraction * 100)} />
      <p className="import-progress-text">{text}</p>
      <button type="button" onClick={onCancel}>
        Cancel import
      </button>
    </div>
  );
}
