import { Link, useParams } from 'react-router';
import { formatDate, localDate } from '../../../shared/dates';
import { SKILLS } from '../../../shared/domain/framework';
import { levelDescription, levelLabel, isSkillLevel } from '../../../shared/skills/levels';
import { levelsAt } from '../../../shared/skills/progress';
import { checkInLabel, signed } from './format';
import { useSkillsData } from './useSkillsData';

/** Every check-in, newest first. */
export function CheckInList() {
  const data = useSkillsData();
  if (!data) return <h1>Past check-ins</h1>;
  const list = [...data.checkIns].reverse();
  return (
    <>
      <h1>Past check-ins</h1>
      <p className="muted">Check-ins are kept exactly as you saved them. To correct one, take a new check-in.</p>
      <p>
        <Link to="/skills">Back to Skills</Link>
      </p>
      {list.length === 0 ? (
        <p>
          No check-ins yet. <Link to="/skills/check-in/new">Take the first one</Link>.
        </p>
      ) : (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">Date</th>
              {SKILLS.map((s) => (
                <th key={s.id} scope="col" className="num">
                  {s.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {list.map((c) => (
              <tr key={c.id}>
                <th scope="row">
                  <Link to={`/skills/check-ins/${c.id}`}>{formatDate(c.date)}</Link>
                  {c.blind && <span className="chip">blind</span>}
                </th>
                {SKILLS.map((s) => (
                  <td key={s.id} className="num">
                    {c.ratings.find((r) => r.skill === s.id)?.level ?? '—'}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

/** One check-in, read-only, with the change from the levels before it. */
export function CheckInView() {
  const { id } = useParams();
  const data = useSkillsData();
  if (!data) return <h1>Check-in</h1>;
  const index = data.checkIns.findIndex((c) => c.id === id);
  const checkIn = data.checkIns[index];
  if (!checkIn) {
    return (
      <>
        <h1>Check-in not found</h1>
        <p>
          It may have been removed by a restore. <Link to="/skills/check-ins">See all check-ins</Link>.
        </p>
      </>
    );
  }
  const before = levelsAt(data.checkIns.slice(0, index));
  return (
    <>
      <h1>{checkInLabel(checkIn.date)}</h1>
      <p className="muted">
        {checkIn.blind ? 'Taken blind (earlier ratings hidden). ' : ''}Saved {formatDate(localDate(new Date(checkIn.createdAt)))}; kept as
        it was saved.
      </p>
      <p>
        <Link to="/skills/check-ins">All check-ins</Link>
      </p>
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">Skill</th>
            <th scope="col">Level</th>
            <th scope="col" className="num">
              Change
            </th>
            <th scope="col">Note</th>
          </tr>
        </thead>
        <tbody>
          {SKILLS.map((s) => {
            const r = checkIn.ratings.find((x) => x.skill === s.id);
            const prev = before[s.id]?.level ?? null;
            return (
              <tr key={s.id}>
                <th scope="row">
                  <Link to={`/skills/${s.id}`}>{s.name}</Link>
                </th>
                <td>
                  {r ? (
                    <>
                      {levelLabel(r.level)}
                      {isSkillLevel(r.level) && <div className="muted">{levelDescription(s.id, r.level)}</div>}
                    </>
                  ) : (
                    'Not rated'
                  )}
                </td>
                <td className="num">{r && prev !== null ? signed(r.level - prev) : '—'}</td>
                <td>{r?.note ?? ''}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </>
  );
}
