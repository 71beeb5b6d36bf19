import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { formatDate, localDate } from '../../../shared/dates';
import { SKILLS } from '../../../shared/domain/framework';
import { levelDescription, levelLabel, isSkillLevel } from '../../../shared/skills/levels';
import { levelsThrough, previousCheckIn } from '../../../shared/skills/progress';
import { NumHeading } from '../../components/table/cells';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useToast } from '../../components/Toast';
import { deleteCheckIn, restoreCheckIn } from '../../data/repositories/skills';
import { checkInLabel, signed } from './format';
import { CompareWith } from './CompareWith';
import { useSkillsData } from './useSkillsData';

/** Every check-in, newest first. */
export function CheckInList() {
  const data = useSkillsData();
  if (!data) return <h1>Past check-ins</h1>;
  const list = [...data.checkIns].reverse();
  return (
    <>
      <h1>Past check-ins</h1>
      <p className="muted">
        Check-ins are kept as you saved them. Open one to compare it with any earlier one, or to correct or delete a mistake.
      </p>
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
                <NumHeading key={s.id}>{s.name}</NumHeading>
              ))}
            </tr>
          </thead>
          <tbody>
            {list.map((c) => (
              <tr key={c.id}>
                <th scope="row">
                  <Link to={`/skills/check-ins/${c.id}`}>{formatDate(c.date)}</Link>
                  {c.blind && <span className="chip">blind</span>}
                  {c.updatedAt !== c.createdAt && <span className="chip">corrected</span>}
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

/** One check-in, with the change from the one before it (or any earlier one), and Correct / Delete. */
export function CheckInView() {
  const { id } = useParams();
  const data = useSkillsData();
  const navigate = useNavigate();
  const toast = useToast();
  // undefined = the check-in just before; '' = none; otherwise a check-in id.
  const [chosen, setChosen] = useState<string | undefined>(undefined);
  const [confirming, setConfirming] = useState(false);
  if (!data) return <h1>Check-in</h1>;
  const index = data.checkIns.findIndex((c) => c.id === id);
  const checkIn = data.checkIns[index];
  if (!checkIn) {
    return (
      <>
        <h1>Check-in not found</h1>
        <p>
          It may have been deleted or removed by a restore. <Link to="/skills/check-ins">See all check-ins</Link>.
        </p>
      </>
    );
  }
  const earlier = data.checkIns.slice(0, index);
  const reference = chosen === undefined ? previousCheckIn(data.checkIns, checkIn.id) : (earlier.find((c) => c.id === chosen) ?? null);
  const before = reference ? levelsThrough(data.checkIns, reference.id) : null;
  const remove = async () => {
    setConfirming(false);
    try {
      const removed = await deleteCheckIn(checkIn.id);
      void navigate('/skills/check-ins');
      if (!removed) return;
      toast(`${checkInLabel(removed.date)} deleted`, {
        action: {
          label: 'Undo',
          run: () => {
            restoreCheckIn(removed).then(
              () => toast(`${checkInLabel(removed.date)} restored`),
              (e: unknown) => toast(`The check-in could not be restored: ${String(e)}`, { tone: 'error' }),
            );
          },
        },
      });
    } catch (e) {
      toast(`The check-in could not be deleted: ${String(e)}`, { tone: 'error' });
    }
  };
  return (
    <>
      <h1>{checkInLabel(checkIn.date)}</h1>
      <p className="muted">
        {checkIn.blind ? 'Taken blind (earlier ratings hidden). ' : ''}Saved {formatDate(localDate(new Date(checkIn.createdAt)))}
        {checkIn.updatedAt !== checkIn.createdAt ? `, corrected ${formatDate(localDate(new Date(checkIn.updatedAt)))}` : ''}.
      </p>
      <div className="skills-actions">
        <Link to="/skills/check-ins">All check-ins</Link>
        <Link className="button" to={`/skills/check-ins/${checkIn.id}/edit`}>
          Correct this check-in
        </Link>
        <button type="button" className="danger" onClick={() => setConfirming(true)}>
          Delete this check-in
        </button>
      </div>
      {earlier.length > 0 && <CompareWith earlier={earlier} all={data.checkIns} value={reference?.id ?? ''} onChange={setChosen} />}
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">Skill</th>
            <th scope="col">Level</th>
            <th scope="col" className="num">
              {reference ? `Change since ${formatDate(reference.date)}` : 'Change'}
            </th>
            <th scope="col">Note</th>
          </tr>
        </thead>
        <tbody>
          {SKILLS.map((s) => {
            const r = checkIn.ratings.find((x) => x.skill === s.id);
            const prev = before?.[s.id]?.level ?? null;
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
                <td dir="auto">{r?.note ?? ''}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <ConfirmDialog
        open={confirming}
        title={`Delete the ${checkInLabel(checkIn.date).toLowerCase()}?`}
        message="Its ratings and notes leave your history, and later comparisons use the check-in before it. You can undo this for a few seconds."
        confirmLabel="Delete check-in"
        onConfirm={() => void remove()}
        onCancel={() => setConfirming(false)}
      />
    </>
  );
}
