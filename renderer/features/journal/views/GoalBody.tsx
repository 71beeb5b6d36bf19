import { formatDate } from '../../../../shared/dates';
import { GOAL_STATUS_LABELS, type LearningGoal } from '../../../../shared/schemas';
import { patchEntry } from '../../../data/repositories/entries';
import { saveFailureMessage } from '../../../data/saveErrors';
import { ExternalLink } from '../../../components/form/ExternalLink';
import { useToast } from '../../../components/Toast';
import { setMilestoneDone } from '../lists';
import { today } from '../../../data/clock';
import { useOptimisticValue } from './useOptimisticValue';
import { goalProgress } from '../../../../shared/domain/home';
import { Facts, skillAndTagRows } from './Facts';
import { TextSection } from './TextSection';

/** A learning goal: why, facts, milestones to tick off with a progress bar, resources, progress notes. */
export function GoalBody({ entry }: { entry: LearningGoal }) {
  const toast = useToast();
  // Shown at once while the save is under way; the live entry takes over when it arrives.
  const [milestones, setPending] = useOptimisticValue(entry.milestones, entry.updatedAt);
  const progress = goalProgress({ milestones });
  const toggle = (id: string, done: boolean) => {
    const next = setMilestoneDone(milestones, id, done, today());
    setPending(next);
    patchEntry(entry.id, { before: { milestones }, after: { milestones: next } }).catch((e: unknown) => {
      setPending(null);
      toast(saveFailureMessage(e, 'the milestones'), { tone: 'error' });
    });
  };
  return (
    <>
      <Facts
        rows={[
          ['Status', <span className={`status status-${entry.status}`}>{GOAL_STATUS_LABELS[entry.status]}</span>],
          ['Started', formatDate(entry.date)],
          ['Target date', entry.targetDate ? formatDate(entry.targetDate) : null],
          ...skillAndTagRows(entry),
        ]}
      />
      <TextSection heading="Why it matters" source={entry.why} />
      <section className="entry-section" aria-labelledby="milestones-heading">
        <h2 id="milestones-heading">Milestones</h2>
        {milestones.length === 0 ? (
          <p className="muted">No milestones yet. Edit the goal to add some.</p>
        ) : (
          <>
            <div className="progress-line">
              <progress
                id="milestone-progress"
                max={progress.total}
                value={progress.done}
                aria-label="Milestones done"
                aria-valuetext={progress.label}
              />
              <span>{progress.label}</span>
            </div>
            <ul className="milestone-checklist">
              {milestones.map((m) => (
                <li key={m.id} className={m.done ? 'is-done' : undefined}>
                  <label className="choice">
                    <input type="checkbox" checked={m.done} onChange={(e) => toggle(m.id, e.target.checked)} />
                    <span dir="auto">{m.title}</span>
                  </label>
                  {m.done && m.doneDate && (
                    <span className="muted">
                      {' '}
                      · done <time dateTime={m.doneDate}>{formatDate(m.doneDate)}</time>
                    </span>
                  )}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
      {entry.resources.length > 0 && (
        <section className="entry-section" aria-labelledby="resources-heading">
          <h2 id="resources-heading">Resources</h2>
          <ul className="resource-list">
            {entry.resources.map((r, i) => (
              <li key={`${i}-${r.title}`} dir="auto">
                {r.url ? <ExternalLink href={r.url}>{r.title}</ExternalLink> : r.title}
              </li>
            ))}
          </ul>
        </section>
      )}
      <TextSection heading="Progress notes" source={entry.progressNotes} />
    </>
  );
}
