import { InputError } from '../../../shared/errors';
import { problemSentence } from '../../../shared/problemSentences';
import { isStorageFull } from '../../data/saveErrors';

const SHOWN = 5;

/** A failed import or restore, explained: the summary, then each problem as a sentence saying where and what (the first few). */
export function ProblemReport({ error, id }: { error: unknown; id?: string }) {
  if (isStorageFull(error)) {
    return (
      <div className="data-problems" role="alert" id={id}>
        <p>
          <strong>Your computer's disk is full.</strong> Nothing was changed: your journal is as it was. Free some disk space, then try
          again.
        </p>
      </div>
    );
  }
  const summary = error instanceof InputError ? error.summary : error instanceof Error ? error.message : String(error);
  const problems = error instanceof InputError ? error.problems : [];
  return (
    <div className="data-problems" role="alert" id={id}>
      <p>
        <strong>{summary}.</strong> Nothing was changed.
      </p>
      {problems.length > 0 && (
        <ul>
          {problems.slice(0, SHOWN).map((p, i) => (
            <li key={i}>{problemSentence(p)}</li>
          ))}
          {problems.length > SHOWN && (
            <li>
              …and {problems.length - SHOWN} more {problems.length - SHOWN === 1 ? 'problem' : 'problems'}.
            </li>
          )}
        </ul>
      )}
    </div>
  );
}
