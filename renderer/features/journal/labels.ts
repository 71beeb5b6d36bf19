import { SKILLS } from '../../../shared/domain/framework';
import type { PathLean } from '../../../shared/schemas';

type Lean = (typeof PathLean.options)[number];

/** The 1-5 mood scale of a reflection, in words. */
export const MOOD_LABELS: Record<number, string> = { 1: 'Low', 2: 'Flat', 3: 'Steady', 4: 'Good', 5: 'Great' };

/** The 1-5 "how energising was it" scale of a conversation, in words. */
export const ENERGY_LABELS: Record<number, string> = { 1: 'Draining', 2: 'Tiring', 3: 'Neutral', 4: 'Energising', 5: 'Very energising' };

/** Which path a reflection leans toward. */
export const LEAN_LABELS: Record<Lean, string> = { internal: 'Toward internal PM', external: 'Toward external PM', unsure: 'Not sure yet' };

/** "4 · Good" style options for a 1-5 scale. */
export function scaleOptions(labels: Record<number, string>): { value: number; label: string }[] {
  return [1, 2, 3, 4, 5].map((n) => ({ value: n, label: `${n} · ${labels[n]}` }));
}

/** The six skills as checkbox/select options. */
export const SKILL_OPTIONS = SKILLS.map((s) => ({ value: s.id, label: s.name }));
