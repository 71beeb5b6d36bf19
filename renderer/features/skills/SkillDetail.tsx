import { Suspense, useEffect } from 'react';
import { useLiveQuery } from '../../data/live';
import { Link, useParams } from 'react-router';
import { formatDate } from '../../../shared/dates';
import { SKILLS, SKILL_LEVELS, type SkillId } from '../../../shared/domain/framework';
import { ENTRY_KIND_LABELS } from '../../../shared/schemas';
import { LEVEL_NAMES, levelDescription } from '../../../shared/skills/levels';
import { RECENT_DAYS, levelHistory, skillProgress } from '../../../shared/skills/progress';
import { usePagedEntries } from '../../data/usePagedEntries';
import { listPeople } from '../../data/repositories/people';
import { entryTitle } from '../../components/entryText';
import { gapText } from './format';
import { useSkillsData } from './useSkillsData';
import { VirtualList } from '../../components/VirtualList';
import { lazyScreen } from '../../app/lazyScreen';

// The chart library (the largest chunk of the app) is loaded only for a skill's detail, so the
// skills overview shows its content without evaluating it first.
const LevelHistoryChart = lazyScreen(() => import('./LevelHistoryChart'), 'LevelHistoryChart');

/** One skill: level history, the gap to target, what each level means, and the journal evidence. */
export function SkillDetail() {
  const { skillId } = useParams();
  const skill = SKILLS.find((s) => s.id === skillId);
  const data = useSkillsData();
  // The chart's code loads while the journal is read, not after (a failed load shows on render).
  useEffect(() => {
    LevelHistoryChart.preload().catch(() => undefined);
  }, []);
  if (!skill) {
    return (
      <>
        <h1>No such skill</h1>
        <p>
          <Link to="/skills">Back to the six skills</Link>
        </p>
      </>
    );
  }
  if (!data) return <h1>{skill.name}</h1>;
  const p = skillProgress(data.checkIns, data.targets, data.evidence, data.today).find((x) => x.skill === skill.id)!;
  const history = levelHistory(data.checkIns, skill.id);
  return (
    <>
      <h1>{skill.name}</h1>
      <p>{skill.summary}</p>
      <p>
        <Link to="/skills">All skills</Link>
      </p>
      <div className="stat-row">
        <div>
          <span className="muted">Current level</span>
          <span className="stat-value">{p.current ?? '—'}</span>
        </div>
        <div>
          <span className="muted">Target</span>
          <span className="stat-value">{p.target ?? '—'}</span>
          {p.targetDate && <span className="muted">by {formatDate(p.targetDate)}</span>}
        </div>
        <div>
          <span className="muted">Gap</span>
          <span className="stat-value">{gapText(p.gap)}</span>
        </div>
        <div>
          <span className="muted">Entries, last {RECENT_DAYS} days</span>
          <span className="stat-value">{p.evidence.recent}</span>
        </div>
        <div>
          <span className="muted">Entries, all</span>
          <span className="stat-value">{p.evidence.total}</span>
        </div>
      </div>
      {p.target === null && (
        <p className="muted">
          No target set. <Link to="/skills/targets">Set one</Link> to see the gap.
        </p>
      )}

      <section aria-labelledby="history-heading">
        <h2 id="history-heading">Level history</h2>
        {history.length ? (
          <Suspense
            fallback={
              <p className="muted chart-loading" role="status">
                Drawing the chart…
              </p>
            }
          >
            <LevelHistoryChart name={skill.name} history={history} target={p.target} />
          </Suspense>
        ) : (
          <p className="muted">
            Not rated yet. <Link to="/skills/check-in/new">Take a check-in</Link>.
          </p>
        )}
      </section>

      <section aria-labelledby="evidence-heading">
        <h2 id="evidence-heading">Evidence in your journal</h2>
        <p>
          {p.evidence.total === 0
            ? 'Nothing tagged with this skill yet.'
            : `${p.evidence.total} ${p.evidence.total === 1 ? 'entry' : 'entries'} in total, ${p.evidence.recent} in the last ${RECENT_DAYS} days${p.evidence.lastDate ? `; the newest from ${formatDate(p.evidence.lastDate)}` : ''}.`}
        </p>
        <EvidenceList skill={skill.id} />
      </section>

      <section aria-labelledby="levels-heading">
        <h2 id="levels-heading">What each level looks like</h2>
        <table className="data-table level-table">
          <thead>
            <tr>
              <th scope="col">Level</th>
              <th scope="col">Looks like</th>
              <th scope="col">You</th>
            </tr>
          </thead>
          <tbody>
            {SKILL_LEVELS.map((l) => (
              <tr key={l} className={p.current === l ? 'is-current' : undefined}>
                <th scope="row">
                  {l} · {LEVEL_NAMES[l]}
                </th>
                <td>{levelDescription(skill.id, l)}</td>
                <td>{[p.current === l ? 'Now' : null, p.target === l ? 'Target' : null].filter(Boolean).join(', ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </>
  );
}

/** The entries tagged with a skill, newest first, each linking to the entry. */
function EvidenceList({ skill }: { skill: SkillId }) {
  // A page at a time, more as the person scrolls: a skill can have thousands of entries over the
  // years, and only the page's days are read (through the skill's entries per day, kept at write time).
  const { entries, hasMore, loadMore } = usePagedEntries({ skill });
  const names = useLiveQuery(async () => new Map((await listPeople()).map((x) => [x.id, x.name])), []);
  if (!entries?.length || !names) return null;
  // Virtualised: only the rows in view render.
  return (
    <VirtualList
      items={entries}
      getKey={(entry) => entry.id}
      label="Entries tagged with this skill"
      estimateSize={38}
      className="evidence-list"
      hasMore={hasMore}
      onEndReached={loadMore}
      renderItem={(entry) => (
        <div className="evidence-row">
          <time dateTime={entry.date}>{formatDate(entry.date)}</time>
          <span className="chip">{ENTRY_KIND_LABELS[entry.kind]}</span>
          <Link to={`/journal/${entry.id}`}>
            {entryTitle(entry, entry.kind === 'conversation' ? names.get(entry.personId) : undefined)}
          </Link>
        </div>
      )}
    />
  );
}
