import type { Milestone } from '../../../shared/schemas';

/** Marks a milestone done (with `today` as its done date) or not done (clearing the date). */
export function setMilestoneDone(milestones: readonly Milestone[], id: string, done: boolean, today: string): Milestone[] {
  return milestones.map((m) => {
    if (m.id !== id) return m;
    const { doneDate: _dropped, ...rest } = m;
    return done ? { ...rest, done: true, doneDate: today } : { ...rest, done: false };
  });
}

/** The list with the item at `index` moved by `delta` places (unchanged when it would leave the list). */
export function moveItem<T>(items: readonly T[], index: number, delta: number): T[] {
  const to = index + delta;
  if (index < 0 || index >= items.length || to < 0 || to >= items.length) return [...items];
  const out = [...items];
  const [item] = out.splice(index, 1);
  out.splice(to, 0, item!);
  return out;
}
