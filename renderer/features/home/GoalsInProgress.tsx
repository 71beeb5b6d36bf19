import { Link } from 'react-router';
import { formatDate } from '../../../shared/dates';
import { goalProgress } from '../../../shared/domain/home';
import { skillName } from '../../../shared/domain/framework';
import type { LearningGoal } from '../../../shared/schemas';
import { useCollapsedList } from '../../components/useCollapsedList';

// Goals shown before "Show all".
const SHOWN = 5;

/** Active learning goals with a milestone progress bar (its text says the same, for every reader). */
export function GoalsInProgress({ goals }: { goals: readonly LearningGoal[] }) {
  const { shown, toggle } = useCollapsedList(goals, SHOWN, 'goals');
  if (!goals.length) {
    return (
      <p className="muted">
        No active learning goals. <Link to="/journal/new/goal">Set one</Link> for a skill you want to grow.
      </p>
    );
  }
  return (
    <>
      <ul className="home-goals">
        {shown.map((g) => {
          const p = goalProgress(g);
          return (
            <li key={g.id} className="home-goal">
              <div className="home-goal-head">
                <Link to={`/journal/${g.id}`} dir="auto">
                  {g.title}
                </Link>
                {g.targetDate && <span className="muted">by {formatDate(g.targetDate)}</span>}
              </div>
              <div className="home-goal-progress">
                <progress max={Math.max(p.total, 1)} value={p.done} aria-label={`${g.title}: ${p.label}`} />
                <span>{p.label}</span>
              </div>
              <span className="muted home-goal-skills">{g.skills.map(skillName).join(', ')}</span>
            </li>
          );
        })}
      </ul>
      {toggle}
    </>
  );
}
