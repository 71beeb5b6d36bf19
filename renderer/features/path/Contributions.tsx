import { useState } from 'react';
import type { FitContribution, PathFit, SourceGroup } from '../../../shared/path';
import { SOURCES, ageWords, formatSigned } from '../../../shared/path';
import { SignedPosition } from '../../components/path/ScaleBar';
import { DataTable, type Column } from '../../components/table/DataTable';

const GROUP_LABELS: Record<SourceGroup, string> = {
  answers: 'Your questionnaire answers',
  conversations: 'Conversations',
  shadowing: 'Shadowing days',
  reflections: 'Reflections',
};

/** Rows shown per group; the smaller rest is counted (years of journal hold thousands of conversations). */
export const ROWS_PER_GROUP = 40;

function weightText(c: FitContribution): string {
  if (!c.counted) return 'not counted';
  if (c.ageDays === null) return 'full (answers do not age)';
  return `${Math.round(c.recency * 100)}% (${c.ageDays === 0 ? 'today' : `${ageWords(c.ageDays)} old`})`;
}

const COLUMNS: readonly Column<FitContribution>[] = [
  { id: 'item', header: 'Item', cell: (c) => c.label },
  { id: 'effect', header: 'Effect', className: 'fit-effect', cell: (c) => (c.counted ? <SignedPosition value={c.points} /> : 'none') },
  { id: 'weight', header: 'Weight', cell: weightText },
  { id: 'why', header: 'Why', cell: (c) => c.reason },
];

/** Every item the fit looked at, behind a disclosure: grouped by source, each group largest effect first. */
export function Contributions({ fit }: { fit: PathFit }) {
  // The tables (and their sentences) are made when the disclosure is first opened.
  const [opened, setOpened] = useState(false);
  const groups = SOURCES.map((g) => ({ g, items: fit.contributions.filter((c) => c.group === g) })).filter((x) => x.items.length > 0);
  return (
    <section aria-labelledby="contributions-heading">
      <h2 id="contributions-heading">What the fit rests on</h2>
      {groups.length === 0 ? (
        <p className="muted">Nothing yet: answer the questionnaire, and log reflections and conversations in the journal.</p>
      ) : (
        <details className="fit-details" onToggle={(e) => e.currentTarget.open && setOpened(true)}>
          <summary>
            All {fit.contributions.length} items, grouped by source, largest effect first (questionnaire{' '}
            {formatSigned(fit.totals.questionnaire)}, journal {formatSigned(fit.totals.journal)})
          </summary>
          {opened &&
            groups.map(({ g, items }) => (
              <div key={g} className="fit-group">
                <h3>{GROUP_LABELS[g]}</h3>
                <DataTable
                  className="fit-contributions"
                  caption={`${GROUP_LABELS[g]}: effect on the position (negative toward internal, positive toward external), weight and reason`}
                  captionHidden
                  columns={COLUMNS}
                  rows={items.slice(0, ROWS_PER_GROUP)}
                  rowKey={(c) => c.id}
                />
                {items.length > ROWS_PER_GROUP && <p className="muted">And {items.length - ROWS_PER_GROUP} smaller items.</p>}
              </div>
            ))}
        </details>
      )}
    </section>
  );
}
