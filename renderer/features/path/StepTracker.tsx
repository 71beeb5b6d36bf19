import type { StepProgress } from '../../../shared/path';

const STATUS_LABELS: Record<StepProgress['status'], string> = { 'not-started': 'Not started', started: 'Started', 'on-track': 'On track' };

/** The five steps of choosing a path: what the journal shows for each, and what to do next. */
export function StepTracker({ steps }: { steps: readonly StepProgress[] }) {
  return (
    <section aria-labelledby="steps-heading">
      <h2 id="steps-heading">Five steps to a choice</h2>
      <ol className="step-tracker">
        {steps.map((s) => (
          <li key={s.step} className={`card step-${s.status}`}>
            <h3>
              {s.name} <span className="chip">{STATUS_LABELS[s.status]}</span>
            </h3>
            <p>{s.summary}</p>
            <p>
              <strong>Next:</strong> {s.nextAction}
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}
