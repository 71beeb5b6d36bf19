import { useLiveQueryFromStart } from '../../app/startReads';
import { Link } from 'react-router';
import { localDate } from '../../../shared/dates';
import { skillName, SKILL_IDS } from '../../../shared/domain/framework';
import { pathLean } from '../../../shared/path';
import { levelsAt } from '../../../shared/skills/progress';
import { listPathFacts } from '../../data/aggregates';
import { listPathAnswers } from '../../data/repositories/path';
import { listPeople } from '../../data/repositories/people';
import { listCheckIns, listTargets } from '../../data/repositories/skills';
import { SkillRadar } from '../../components/charts/SkillRadar';
import { NextSteps } from '../../components/path/NextSteps';
import { ScaleBar, SignedPosition } from '../../components/path/ScaleBar';
import { HOME_LEAN } from './useHomeData';
import '../../components/path/scale.css';

/**
 * What the lean card reads: the path facts of reflections and conversations (kept at write time,
 * not the entries), everyone in People (for the side each contact is on), plus check-ins for the
 * radar. The facts and the people are handed on to the cards below, which would read them again.
 */
export async function readLeanData() {
  const today = localDate(new Date());
  const [answers, facts, people, checkIns, targets] = await Promise.all([
    listPathAnswers(),
    listPathFacts(),
    listPeople(),
    listCheckIns(),
    listTargets(),
  ]);
  const fit = pathLean(answers, facts, people, today);
  const levels = levelsAt(checkIns, today);
  const rows = SKILL_IDS.map((skill) => ({
    skill,
    name: skillName(skill),
    current: levels[skill]?.level ?? null,
    target: targets.find((t) => t.skill === skill)?.level ?? null,
    earlier: null,
  }));
  return { fit, rows, hasCheckIn: checkIns.length > 0, facts, people };
}

export type LeanData = Awaited<ReturnType<typeof readLeanData>>;

/** The lean card's data, kept live (taken over from the start's read when the app opened on Home). */
export function useLeanData(): LeanData | undefined {
  return useLiveQueryFromStart(HOME_LEAN, readLeanData, []);
}

/** Home's lead: the current lean, its confidence and the one next step, beside a small radar. */
export function LeanCard({ data }: { data: LeanData }) {
  const { fit, rows, hasCheckIn } = data;
  return (
    <section className="card home-lean" aria-labelledby="home-lean-heading">
      <div className="home-lean-text">
        <h2 id="home-lean-heading">Your path lean</h2>
        <p className="fit-position">
          <strong>{fit.positionLabel}</strong> <SignedPosition value={fit.position} />
        </p>
        <ScaleBar position={fit.position} />
        <p>{fit.verdict}</p>
        <NextSteps steps={fit.nextSteps.slice(0, 1)} />
        <p>
          <Link to="/path">See why</Link>
        </p>
      </div>
      <div className="home-lean-radar">
        {hasCheckIn ? (
          <SkillRadar rows={rows} />
        ) : (
          <p className="muted">
            Your skills radar appears after a first <Link to="/skills/check-in/new">check-in</Link>.
          </p>
        )}
      </div>
    </section>
  );
}
