import { formatDate } from '../../../shared/dates';
import {
  PLAN_SECTION_LABELS,
  followUpsLeftOutText,
  formatPoints,
  formatPosition,
  goalMeta,
  milestoneState,
  planHeading,
  type CareerPlan,
  type PlanSectionId,
} from '../../../shared/plan';
import { SkillRadar } from '../skills/SkillRadar';

/** The composed plan on screen: the same content, in the same order, as the PDF and the Markdown. */
export function PlanPreview({ plan }: { plan: CareerPlan }) {
  const { title, subtitle } = planHeading(plan);
  return (
    <article className="plan-preview card" aria-labelledby="plan-title">
      <h2 id="plan-title">{title}</h2>
      <p className="muted">{subtitle}</p>
      {plan.sections.map((id) => (
        <section key={id} aria-labelledby={`plan-${id}`}>
          <h3 id={`plan-${id}`}>{PLAN_SECTION_LABELS[id]}</h3>
          <SectionBody id={id} plan={plan} />
        </section>
      ))}
      {plan.sections.length === 0 && <p className="muted">No sections chosen: tick at least one above.</p>}
    </article>
  );
}

function SectionBody({ id, plan }: { id: PlanSectionId; plan: CareerPlan }) {
  switch (id) {
    case 'path': {
      const p = plan.path!;
      return (
        <>
          <p>
            <strong>{p.label}</strong> ({formatPosition(p.position)}). Confidence: {p.confidence}. {p.confidenceReason}
          </p>
          {p.contributions.length > 0 && (
            <ul>
              {p.contributions.map((c, i) => (
                <li key={i}>
                  <strong>
                    {formatPoints(c.points)} {c.label}
                  </strong>
                  : {c.reason}
                </li>
              ))}
            </ul>
          )}
          {p.nextStep && (
            <p>
              <strong>Next step:</strong> {p.nextStep}
            </p>
          )}
        </>
      );
    }
    case 'target':
      return (
        <p>
          {plan.target!.role || 'Not set yet (add it in Settings)'}
          {plan.target!.date ? `, by ${formatDate(plan.target!.date)}` : ''}
        </p>
      );
    case 'skills':
      return (
        // The radar component carries its own table alternative.
        <SkillRadar rows={plan.skills!.map((s) => ({ ...s, earlier: null }))} width={420} height={320} />
      );
    case 'focus':
      return plan.focus!.length ? (
        <ul>
          {plan.focus!.map((f) => (
            <li key={f.skill}>
              <strong>{f.name}</strong>: {f.reason}
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">No skill is below its target.</p>
      );
    case 'goals':
      return plan.goals!.length ? (
        <>
          {plan.goals!.map((g, i) => (
            <div key={i} className="plan-goal">
              <h4>{g.title}</h4>
              <p className="muted">{goalMeta(g)}</p>
              {g.why && <p>{g.why}</p>}
              {g.milestones.length > 0 && (
                <ul>
                  {g.milestones.map((m, j) => (
                    <li key={j}>
                      {m.title} <span className="muted">({milestoneState(m)})</span>
                    </li>
                  ))}
                </ul>
              )}
            </div>
          ))}
        </>
      ) : (
        <p className="muted">No learning goals yet.</p>
      );
    case 'follow-ups':
      return plan.followUps!.length ? (
        <>
          <ul>
            {plan.followUps!.map((f, i) => (
              <li key={i}>
                <strong>
                  {formatDate(f.date)}
                  {f.overdue ? ' (overdue)' : ''}
                </strong>
                : {f.personName}
                {f.note ? `, ${f.note}` : ''}
              </li>
            ))}
          </ul>
          <LeftOut text={followUpsLeftOutText(plan)} />
        </>
      ) : (
        <p className="muted">No follow-ups planned.</p>
      );
    case 'next-steps':
      return (
        <ul>
          {plan.nextSteps!.map((s) => (
            <li key={s.step}>
              <strong>{s.name}</strong>: {s.action}
            </li>
          ))}
        </ul>
      );
    case 'statement':
      return (
        <>
          {plan.statement!.split(/\n\s*\n/).map((para, i) => (
            <p key={i}>{para}</p>
          ))}
        </>
      );
  }
}

/** The muted line after a shortened list, if any. */
function LeftOut({ text }: { text: string | null }) {
  return text ? <p className="muted">{text}</p> : null;
}
