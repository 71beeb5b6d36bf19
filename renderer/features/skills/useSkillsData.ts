import { useLiveQuery } from '../../data/live';
import { today } from '../../data/clock';
import type { CheckIn, Entry, SkillTarget } from '../../../shared/schemas';
import { listEntries } from '../../data/repositories/entries';
import { listCheckIns, listTargets } from '../../data/repositories/skills';

export interface SkillsData {
  /** Oldest first. */
  checkIns: CheckIn[];
  targets: SkillTarget[];
  /** Every journal entry (the evidence for the skills they are tagged with). */
  entries: Entry[];
  /** Today on the person's calendar, the `now` every derivation is computed against. */
  today: string;
}

/** Check-ins, targets and entries, kept live; undefined while loading. */
export function useSkillsData(): SkillsData | undefined {
  return useLiveQuery(async () => {
    const [checkIns, targets, entries] = await Promise.all([listCheckIns(), listTargets(), listEntries()]);
    return { checkIns, targets, entries, today: today() };
  }, []);
}
