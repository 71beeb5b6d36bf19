import type { ReactNode } from 'react';

/** A column heading for numbers (right-aligned). */
export function NumHeading({ children }: { children: ReactNode }) {
  return (
    <th scope="col" className="num">
      {children}
    </th>
  );
}

/** A number cell; no number shows as a dash. */
export function NumCell({ value }: { value: number | null | undefined }) {
  return <td className="num">{value ?? '—'}</td>;
}

/** The "Skill / Current / Target" headings the skill tables start with. */
export function SkillLevelHeadings() {
  return (
    <>
      <th scope="col">Skill</th>
      <NumHeading>Current</NumHeading>
      <NumHeading>Target</NumHeading>
    </>
  );
}
