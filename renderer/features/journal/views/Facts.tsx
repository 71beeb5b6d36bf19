import type { ReactNode } from 'react';
import { skillName } from '../../../../shared/domain/framework';
import type { Entry } from '../../../../shared/schemas';

/** A list of facts about an entry: label, value. Rows with no value are left out. */
export function Facts({ rows }: { rows: readonly [string, ReactNode][] }) {
  const shown = rows.filter(([, v]) => v !== null && v !== undefined && v !== '' && v !== false);
  if (!shown.length) return null;
  return (
    <dl className="entry-facts">
      {shown.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** The Skills and Tags fact rows, as chips (left out when empty). */
export function skillAndTagRows(entry: Entry): [string, ReactNode][] {
  return [
    [
      'Skills',
      entry.skills.length ? (
        <ul className="chip-list">
          {entry.skills.map((s) => (
            <li key={s} className="chip chip-skill">
              {skillName(s)}
            </li>
          ))}
        </ul>
      ) : null,
    ],
    [
      'Tags',
      entry.tags.length ? (
        <ul className="chip-list">
          {entry.tags.map((t) => (
            <li key={t} className="chip chip-tag" dir="auto">
              #{t}
            </li>
          ))}
        </ul>
      ) : null,
    ],
  ];
}
