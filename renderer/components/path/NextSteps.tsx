import { Link } from 'react-router';
import type { NextStep, StepAction } from '../../../shared/path';

const ACTION_LINKS: Record<StepAction['kind'], { to: string; label: string }> = {
  questionnaire: { to: '/path/questionnaire', label: 'Open the questionnaire' },
  rate: { to: '#unrated-heading', label: 'Rate it below' },
  'new-conversation': { to: '/journal/new/conversation', label: 'Log a conversation' },
  'new-reflection': { to: '/journal/new/reflection', label: 'Write a reflection' },
};

/** The next steps in order (the first is the one to do now), each with its one-click link. */
export function NextSteps({ steps }: { steps: readonly NextStep[] }) {
  return (
    <ol className="fit-steps">
      {steps.map((s, i) => {
        const link = s.action ? ACTION_LINKS[s.action.kind] : null;
        return (
          <li key={s.rule} className={i === 0 ? 'fit-next' : undefined}>
            {i === 0 && <strong>Next step: </strong>}
            {s.text}{' '}
            {link &&
              (link.to.startsWith('#') ? (
                <a href={link.to} onClick={(e) => jumpTo(e, link.to.slice(1))}>
                  {link.label}
                </a>
              ) : (
                <Link to={link.to}>{link.label}</Link>
              ))}
          </li>
        );
      })}
    </ol>
  );
}

/** In-page jump that works under a hash router too. */
function jumpTo(e: React.MouseEvent, id: string) {
  e.preventDefault();
  const target = document.getElementById(id);
  target?.scrollIntoView({ block: 'start' });
  target?.closest('section')?.querySelector<HTMLElement>('button')?.focus();
}
