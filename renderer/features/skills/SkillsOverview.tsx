import { useState } from 'react';
import { Link } from 'react-router';
import { formatDate } from '../../../shared/dates';
import { focusSuggestions } from '../../../shared/skills/focus';
import { defaultReferenceCheckIn, skillProgress, skillsDataNote, type SkillProgress } from '../../../shared/skills/progress';
import { checkInLabel, gapText, signed } from './format';
import { SkillRadar } from '../../components/charts/SkillRadar';
import { NumCell, NumHeading, SkillLevelHeadings } from '../../components/table/cells';
import '../../components/path/scale.css';
import { CompareWith } from './CompareWith';
import { useSkillsData } from './useSkillsData';

/** The skills overview: radar (current, target, an earlier check-in), focus suggestions and a row per skill. */
export function SkillsOverview() {
  const data = useSkillsData();
  // undefined = the default comparison; '' = none; otherwise a check-in id.
  const [chosen, setChosen] = useState<string | undefined>(undefined);
  if (!data) return <h1>Skills</h1>;
  const { checkIns, targets, evidence, futureEntries, today } = data;
  const earlier = checkIns.slice(0, -1);
  const reference = chosen === undefined ? defaultReferenceCheckIn(checkIns, today) : (earlier.find((c) => c.id === chosen) ?? null);
  const progress = skillProgress(checkIns, targets, evidence, today, reference);
  const dataNote = skillsDataNote(checkIns, futureEntries, today);
  const earlierLabel = reference ? checkInLabel(reference.date) : 'Earlier check-in';
  // Nothing rated and no target: the empty-state card alone, no empty chart and no all-dash table.
  const empty = checkIns.length === 0 && targets.length === 0;

  return (
    <>
      <h1>Skills</h1>
      <div className="skills-actions">
        <Link className="button primary" to="/skills/check-in/new">
          New check-in
        </Link>
        <Link className="button" to="/skills/targets">
          {targets.length ? 'Change targets' : 'Set targets'}
        </Link>
        {checkIns.length > 0 && (
          <Link className="button" to="/skills/check-ins">
            Past check-ins ({checkIns.length})
          </Link>
        )}
      </div>
      {checkIns.length === 0 && (
        <div className="card">
          <p>
            <strong>No check-in yet.</strong> Rate yourself on the six skills (it takes a few minutes) to see where you stand. Then set the
            level you are aiming for on each.
          </p>
        </div>
      )}
      {!empty && (
        <section aria-labelledby="radar-heading">
          <h2 id="radar-heading">Where you stand</h2>
          {earlier.length > 0 && <CompareWith earlier={earlier} all={checkIns} value={reference?.id ?? ''} onChange={setChosen} />}
          <SkillRadar
            rows={progress.map((p) => ({
              skill: p.skill,
              name: p.name,
              current: p.current,
              target: p.target,
              earlier: reference ? p.reference : null,
            }))}
            earlierLabel={earlierLabel}
          />
        </section>
      )}
      {!empty && <FocusSection progress={progress} today={today} hasCheckIn={checkIns.length > 0} hasTargets={targets.length > 0} />}
      {dataNote && (
        <p className="fit-data-note" role="note">
          <strong>Data check:</strong> {dataNote}
        </p>
      )}
      {!empty && <SkillsTable progress={progress} referenceLabel={reference ? formatDate(reference.date) : null} />}
    </>
  );
}

function FocusSection({
  progress,
  today,
  hasCheckIn,
  hasTargets,
}: {
  progress: SkillProgress[];
  today: string;
  hasCheckIn: boolean;
  hasTargets: boolean;
}) {
  const suggestions = focusSuggestions(progress, 3, today);
  return (
    <section aria-labelledby="focus-heading">
      <h2 id="focus-heading">Where to focus next</h2>
      {suggestions.length > 0 ? (
        <ol className="focus-list">
          {suggestions.map((s) => (
            <li key={s.skill}>
              <Link to={`/skills/${s.skill}`}>{s.reason}</Link>
            </li>
          ))}
        </ol>
      ) : (
        <p className="muted">
          {!hasCheckIn
            ? 'Suggestions appear after your first check-in.'
            : !hasTargets
              ? 'Set targets to see which skills need the most attention.'
              : 'You are at or above every target you set. Time to raise one?'}
        </p>
      )}
    </section>
  );
}

function SkillsTable({ progress, referenceLabel }: { progress: SkillProgress[]; referenceLabel: string | null }) {
  return (
    <section aria-labelledby="all-skills-heading">
      <h2 id="all-skills-heading">All six skills</h2>
      <table className="data-table">
        <thead>
          <tr>
            <SkillLevelHeadings />
            <th scope="col">Gap</th>
            <NumHeading>{referenceLabel ? `Change since ${referenceLabel}` : 'Change'}</NumHeading>
            <NumHeading>Entries (90 days)</NumHeading>
            <NumHeading>Entries (all)</NumHeading>
          </tr>
        </thead>
        <tbody>
          {progress.map((p) => (
            <tr key={p.skill}>
              <th scope="row">
                <Link to={`/skills/${p.skill}`}>{p.name}</Link>
              </th>
              <NumCell value={p.current} />
              <NumCell value={p.target} />
              <td>{gapText(p.gap)}</td>
              <td className="num">{signed(p.trend)}</td>
              <td className="num">{p.evidence.recent}</td>
              <td className="num">{p.evidence.total}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
