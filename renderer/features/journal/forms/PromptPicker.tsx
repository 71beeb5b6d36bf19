import { useRef } from 'react';
import { STEPS } from '../../../../shared/domain/framework';
import { promptById, promptsForStep, type ReflectionPrompt } from '../../../../shared/domain/prompts';

/** "Need a prompt?": questions grouped by the five steps; choosing one hands it to `onChoose`. */
export function PromptPicker({
  promptId,
  onChoose,
  onClear,
}: {
  promptId: string | undefined;
  onChoose: (prompt: ReflectionPrompt) => void;
  onClear: () => void;
}) {
  const details = useRef<HTMLDetailsElement>(null);
  const chosen = promptId ? promptById(promptId) : undefined;
  return (
    <div className="prompt-picker">
      <details ref={details}>
        <summary>Need a prompt?</summary>
        <p className="muted">Pick a question to write about. It becomes the title; you can still change it.</p>
        {STEPS.map((step) => (
          <section key={step.id} className="prompt-step" aria-labelledby={`prompt-step-${step.id}`}>
            <h2 id={`prompt-step-${step.id}`}>{step.name}</h2>
            <ul>
              {promptsForStep(step.id).map((p) => (
                <li key={p.id}>
                  <button
                    type="button"
                    className="prompt-choice"
                    aria-pressed={p.id === promptId}
                    onClick={() => {
                      if (details.current) details.current.open = false;
                      onChoose(p);
                    }}
                  >
                    {p.text}
                  </button>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </details>
      {chosen && (
        <p className="prompt-chosen">
          <span className="muted">Answering a prompt from “{STEPS.find((s) => s.id === chosen.step)?.name}”.</span>{' '}
          <button type="button" className="link-button" onClick={onClear}>
            Unlink the prompt
          </button>
        </p>
      )}
    </div>
  );
}
