import { SKILL_IDS, type SkillId } from '../../../shared/domain/framework';
import { isIsoDate } from '../../../shared/dates';
import { SEARCH_DOC_TYPES, type SearchDocType, type SearchFilters } from '../../../shared/search';

/** Reads the query and filters from the URL (so a search can be bookmarked and Back works). */
export function fromParams(params: URLSearchParams): { query: string; filters: SearchFilters } {
  const type = params.get('type');
  const skill = params.get('skill');
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  return {
    query: params.get('q') ?? '',
    filters: {
      types: type && (SEARCH_DOC_TYPES as readonly string[]).includes(type) ? [type as SearchDocType] : undefined,
      skill: skill && (SKILL_IDS as readonly string[]).includes(skill) ? (skill as SkillId) : undefined,
      tag: params.get('tag') || undefined,
      from: isIsoDate(from) ? from : undefined,
      to: isIsoDate(to) ? to : undefined,
    },
  };
}
