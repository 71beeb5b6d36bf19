import type { ReadProgress } from '../../data/backupFile';
import { ProgressLine } from './ProgressLine';

/** How far reading a backup file has got: parsing, then checking its records (a large backup takes some seconds). */
export function ReadingProgress({ progress }: { progress: ReadProgress }) {
  return progress.phase === 'parse' ? (
    <ProgressLine text="Reading the backup file…" label="Backup read" />
  ) : (
    <ProgressLine
      text={`Checking the backup: ${progress.done.toLocaleString()} of ${progress.total.toLocaleString()} records…`}
      label="Backup checked"
      done={progress.done}
      total={progress.total}
    />
  );
}
