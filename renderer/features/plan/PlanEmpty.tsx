import { Link } from 'react-router';
import './plan.css';

/** What the plan screen shows before the journal has anything a plan could say: where to start, not an empty PDF. */
export function PlanEmpty() {
  return (
    <>
      <h1>Career plan</h1>
      <section className="card plan-empty" aria-labelledby="plan-empty-heading">
        <h2 id="plan-empty-heading">Your plan builds itself from your journal</h2>
        <p>
          There is nothing to put in a plan yet. Any one of these steps gives it something to say; once you have done one, the preview and
          the PDF and Markdown exports appear here.
        </p>
        <ol>
          <li>
            <Link to="/settings">Write who you are and where you are heading</Link>: your name, current and target role, and a personal
            statement, which opens the plan.
          </li>
          <li>
            <Link to="/path">Answer the path questions</Link>: the plan states which path you lean to and why.
          </li>
          <li>
            <Link to="/skills/check-in/new">Rate your six skills</Link>, then set the level you aim for on each.
          </li>
          <li>
            <Link to="/journal/new/goal">Add a learning goal</Link> with its milestones and resources.
          </li>
        </ol>
      </section>
    </>
  );
}
