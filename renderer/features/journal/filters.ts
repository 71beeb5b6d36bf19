import { SKILL_IDS, type SkillId } from '../../../shared/domain/framework';
import { ENTRY_KINDS, type EntryKind } from '../../../shared/schemas';
import type { EntryFilter } from '../../data/repositories/entries';

/** The timeline's filters as read from the URL query (?kind=&skill=&tag=); unknown values are ignored. */
export function filterFromParams(params: URLSearchParams): EntryFilter {
  const kind = params.get('kind');
  const skill = params.get('skill');
  const tag = params.get('tag')?.trim().toLowerCase();
  return {
    ...((ENTRY_KINDS as readonly string[]).includes(kind ?? '') ? { kind: kind as EntryKind } : {}),
    ...((SKILL_IDS as readonly string[]).includes(skill ?? '') ? { skill: skill as SkillId } : {}),
    ...(tag ? { tag } : {}),
  };
}

/** The URL query for a filter (empty values left out, in a fixed order). */
export function paramsFromFilter(filter: EntryFilter): URLSearchParams {
  const p = new URLSearchParams();
  if (filter.kind) p.set('kind', filter.kind);
  if (filter.skill) p.set('skill', filter.skill);
  if (filter.tag) p.set('tag', filter.tag);
  return p;
}

/** True when no timeline filter is set. */
export function isUnfiltered(filter: EntryFilter): boolean {
  return !filter.kind && !filter.skill && !filter.tag;
}
