/**
 * What the page and the import worker say to each other, and the work itself: the worker only
 * runs `readImportFile` (the pure parsers of shared/import) and posts progress and the result.
 * Where there are no workers (unit tests under jsdom) the page runs the same function.
 */
import { InputError, type InputProblem } from '../../../shared/errors';
import { parseDayOneExport, type ImportedReflection } from '../../../shared/import/dayone';
import { parseLinkedInConnections, type LinkedInRow } from '../../../shared/import/linkedin';
import type { ImportProgress } from '../../../shared/import/progress';

export type ImportKind = 'linkedin' | 'dayone';

/** The one message to the worker: which importer, and the file's bytes (transferred, not copied). */
export interface ToImportWorker {
  kind: ImportKind;
  data: Uint8Array;
}

/** What a file became. */
export type ImportParsed = { kind: 'linkedin'; rows: LinkedInRow[] } | { kind: 'dayone'; reflections: ImportedReflection[] };

/** A failure, as plain data (an InputError's class does not survive the trip between threads). */
export type ImportFailure = { summary: string; problems: InputProblem[] } | { message: string };

export type FromImportWorker =
  { type: 'progress'; progress: ImportProgress } | { type: 'done'; parsed: ImportParsed } | { type: 'failed'; failure: ImportFailure };

/** Parses one file with the importer of its kind, reporting progress; never throws (a failure is a message). */
export function readImportFile(msg: ToImportWorker, post: (reply: FromImportWorker) => void): void {
  const onProgress = (progress: ImportProgress) => post({ type: 'progress', progress });
  try {
    const parsed: ImportParsed =
      msg.kind === 'linkedin'
        ? { kind: 'linkedin', rows: parseLinkedInConnections(msg.data, onProgress) }
        : { kind: 'dayone', reflections: parseDayOneExport(msg.data, onProgress) };
    post({ type: 'done', parsed });
  } catch (e) {
    post({
      type: 'failed',
      failure:
        e instanceof InputError
          ? { summary: e.summary, problems: [...e.problems] }
          : { message: e instanceof Error ? e.message : String(e) },
    });
  }
}

/** The failure back as the error the rest of the app knows (InputError for bad files). */
export function failureToError(failure: ImportFailure): Error {
  return 'summary' in failure ? new InputError(failure.summary, failure.problems) : new Error(failure.message);
}
