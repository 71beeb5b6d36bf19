import { memo, useId } from 'react';
import { formatDate } from '../../../shared/dates';
import {
  PLAN_SECTION_LABELS,
  emptySectionText,
  followUpsLeftOutText,
  formatPoints,
  formatPosition,
  ALL_GOALS_HINT,
  goalMeta,
  goalsLeftOutText,
  milestoneState,
  planHeading,
  skillTargetDatesText,
  takeawayHeading,
  targetText,
  type CareerPlan,
  type PlanSection,
  type PlanSectionOf,
} from '../../../shared/plan';
import { SkillRadar } from '../../components/charts/SkillRadar';
import { ExternalLink } from '../../components/form/ExternalLink';
import { Markdown } from '../../components/form/Markdown';

/**
 * The career plan as a document: the on-screen preview and the print view (which Chromium lays
 * out into the PDF) are this one component. Text the person wrote in Markdown is rendered as
 * Markdown; everything else is plain text. Every paragraph takes its direction from its own text.
 */
export const PlanDocument = memo(function PlanDocument({ plan }: { plan: CareerPlan }) {
  const { title, subtitle } = planHeading(plan);
  const id = useId();
  return (
    <article className="plan-doc" aria-labelledby={`${id}-title`}>
      <header className="plan-head">
        <h2 id={`${id}-title`} dir="auto">
          {title}
        </h2>
        <p className="plan-subtitle" dir="auto">
          {subtitle}
        </p>
      </header>
      {plan.sections.map((s) => (
        <section key={s.id} className={`plan-section plan-${s.id}`} aria-labelledby={`${id}-${s.id}`}>
          <h3 id={`${id}-${s.id}`}>{PLAN_SECTION_LABELS[s.id]}</h3>
          <EmptyLine section={s} />
          <SectionBody section={s} />
        </section>
      ))}
      {plan.sections.length === 0 && <p className="plan-muted">No sections chosen: tick at least one above.</p>}
    </article>
  );
});

function TargetDates({ text }: { text: string | null }) {
  return text ? <p className="plan-muted">{text}</p> : null;
}

function EmptyLine({ section }: { section: PlanSection }) {
  const text = emptySectionText(section);
  return text ? <p className="plan-muted">{text}</p> : null;
}

/** What the goal list leaves out and why (printed); on screen, how to list them all too. */
function GoalsLeftOutLine({ section }: { section: PlanSectionOf<'goals'> }) {
  const text = goalsLeftOutText(section.leftOut);
  if (!text) return null;
  return (
    <p className="plan-muted plan-goals-left-out">
      {text} <span className="plan-screen-only">{ALL_GOALS_HINT}</span>
    </p>
  );
}

/** The internal-external scale with the person's position marked (vector). */
function PositionScale({ position }: { position: number }) {
  const w = 320;
  const x = 12 + ((position + 1) / 2) * (w - 24);
  const tone = position < 0 ? 'internal' : position > 0 ? 'external' : 'neutral';
  return (
    <svg className="plan-scale" viewBox={`0 0 ${w} 36`} width={w} height={36} aria-hidden="true" focusable="false">
      <line x1={12} y1={12} x2={w - 12} y2={12} className="plan-scale-track" strokeWidth={3} />
      <line x1={w / 2} y1={6} x2={w / 2} y2={18} className="plan-scale-mid" strokeWidth={1} />
      <polygon points={`${x - 6},1 ${x + 6},1 ${x},12`} className={`plan-scale-mark plan-${tone}`} />
      <text x={12} y={32} className="plan-scale-label">
        Strongly internal
      </text>
      <text x={w / 2} y={32} textAnchor="middle" className="plan-scale-label">
        Undecided
      </text>
      <text x={w - 12} y={32} textAnchor="end" className="plan-scale-label">
        Strongly external
      </text>
    </svg>
  );
}

function SectionBody({ section: s }: { section: PlanSection }) {
  switch (s.id) {
    case 'statement':
      return <Markdown source={s.statement} className="plan-text" />;
    case 'path': {
      const p = s.path;
      return (
        <>
          <div className="plan-keep">
            <p>
              <strong>{p.label}</strong> ({formatPosition(p.position)}). Confidence: {p.confidence}. {p.confidenceReason}
            </p>
            <PositionScale position={p.position} />
          </div>
          {p.contributions.length > 0 && (
            <ul className="plan-points">
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
      return <p dir="auto">{targetText(s.role, s.date)}</p>;
    case 'skills':
      return (
        <div className="plan-radar">
          <SkillRadar rows={s.skills.map((k) => ({ ...k, earlier: null }))} />
          <TargetDates text={skillTargetDatesText(s.skills)} />
        </div>
      );
    case 'focus':
      return (
        <ul>
          {s.focus.map((f) => (
            <li key={f.skill}>
              <strong>{f.name}</strong>: {f.reason}
            </li>
          ))}
        </ul>
      );
    case 'goals':
      return (
        <>
          {s.goals.map((g, i) => (
            <div key={i} className="plan-goal">
              <div className="plan-keep">
                <h4 dir="auto">{g.title}</h4>
                <p className="plan-muted">{goalMeta(g)}</p>
              </div>
              {g.why && <Markdown source={g.why} className="plan-text" />}
              {g.milestones.length > 0 && (
                <ul className="plan-milestones">
                  {g.milestones.map((m, j) => (
                    <li key={j} className={m.done ? 'done' : undefined} dir="auto">
                      {m.title} <span className="plan-muted">({milestoneState(m)})</span>
                    </li>
                  ))}
                </ul>
              )}
              {g.resources.length > 0 && (
                <>
                  <p className="plan-label">Resources</p>
                  <ul>
                    {g.resources.map((r, j) => (
                      <li key={j} dir="auto">
                        {r.url ? <ExternalLink href={r.url}>{r.title}</ExternalLink> : r.title}
                        {r.url && <span className="plan-url"> ({r.url})</span>}
                      </li>
                    ))}
                  </ul>
                </>
              )}
            </div>
          ))}
          <GoalsLeftOutLine section={s} />
        </>
      );
    case 'takeaways':
      return (
        <>
          {s.takeaways.map((t, i) => (
            <div key={i} className="plan-takeaway">
              <h4 dir="auto">{takeawayHeading(t)}</h4>
              <Markdown source={t.text} className="plan-text" />
            </div>
          ))}
        </>
      );
    case 'follow-ups': {
      const leftOut = followUpsLeftOutText(s.leftOut);
      return (
        <>
          {s.followUps.length > 0 && (
            <ul>
              {s.followUps.map((f, i) => (
                <li key={i} dir="auto">
                  <strong>
                    {formatDate(f.date)}
                    {f.overdue ? ' (overdue)' : ''}
                  </strong>
                  : {f.personName}
                  {f.note ? `, ${f.note}` : ''}
                </li>
              ))}
            </ul>
          )}
          {leftOut && <p className="plan-muted">{leftOut}</p>}
        </>
      );
    }
    case 'next-steps':
      return (
        <ul>
          {s.steps.map((n) => (
            <li key={n.step}>
              <strong>{n.name}</strong>: {n.action}
            </li>
          ))}
        </ul>
      );
  }
}
