import { useLiveQueryFromStart } from '../../app/startReads';
import { today } from '../../data/clock';
import type { CheckIn, SkillTarget } from '../../../shared/schemas';
import { evidenceOfRows, type EvidenceLike } from '../../../shared/skills/progress';
import { listSkillEvidence } from '../../data/aggregates';
import { countEntriesAfter } from '../../data/repositories/entries';
import { listCheckIns, listTargets } from '../../data/repositories/skills';

export interface SkillsData {
  /** Oldest first. */
  checkIns: CheckIn[];
  targets: SkillTarget[];
  /** The journal evidence of every skill: entries per skill and day, kept at write time (not every entry). */
  evidence: EvidenceLike[];
  /** How many entries are dated after today (not counted until then; the data note says so). */
  futureEntries: number;
  /** Today on the person's calendar, the `now` every derivation is computed against. */
  today: string;
}

/** The key of the skills' data read at start (app/startReads.ts). */
export const SKILLS_DATA = 'skills-data';

/** Check-ins, targets and the skills' evidence, read once. */
export async function readSkillsData(): Promise<SkillsData> {
  const now = today();
  const [checkIns, targets, rows, futureEntries] = await Promise.all([
    listCheckIns(),
    listTargets(),
    listSkillEvidence(),
    countEntriesAfter(now),
  ]);
  return { checkIns, targets, evidence: evidenceOfRows(rows), futureEntries, today: now };
}

/** Check-ins, targets and the skills' evidence, kept live (read at start when the app opens on them); undefined while loading. */
export function useSkillsData(): SkillsData | undefined {
  return useLiveQueryFromStart(SKILLS_DATA, readSkillsData, []);
}
