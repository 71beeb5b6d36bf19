import type { SkillId } from '../domain/framework';
import { conversationTitle } from '../domain/entryTitle';
import { previewText, withoutTitleHeading } from '../domain/excerpt';
import type { Entry, EntryKind, Person } from '../schemas';

/** What a search hit points at: an entry of any kind, one milestone of a learning goal, or a person. */
export type SearchDocType = EntryKind | 'milestone' | 'person';
export const SEARCH_DOC_TYPES: readonly SearchDocType[] = ['reflection', 'conversation', 'goal', 'milestone', 'person'];

/** One searchable document, flattened from a stored record. */
export interface SearchDoc {
  /** Unique in the index: the record id, or `<goalId>#<milestoneId>` for a milestone. */
  id: string;
  type: SearchDocType;
  /** The record to open: the entry id (for a milestone, its goal), or the person id. */
  refId: string;
  title: string;
  /**
   * Plain text of the body fields (Markdown syntax removed), used for matching and snippets. As
   * the index reads it (`indexedText`), its white space is not collapsed: the same words.
   */
  text: string;
  /** Names of the people linked to it (a conversation's person), so "Ana" finds her conversations. */
  people: string;
  tags: string[];
  skills: SkillId[];
  /** YYYY-MM-DD (a person's is the day they connected; without one, a date filter leaves them out). */
  date?: string;
}

// Plain words for matching and snippets: the same as the entry previews show.
export { plainText } from '../domain/excerpt';

/** How a body field's Markdown becomes a document's text: as shown (previewText), or only its words for the index (indexedText). */
export type DocumentText = (markdown: string) => string;

function joinText(plain: DocumentText, parts: (string | undefined)[]): string {
  return parts
    .filter((p): p is string => !!p && p.trim() !== '')
    .map(plain)
    .join('\n');
}

/**
 * The documents one entry contributes: the entry itself and, for a learning goal, one per
 * milestone (so a milestone can be found and opened on its own). `personName` resolves a
 * conversation's person id. `plain`: indexedText (shared/domain/excerpt.ts) for the index (the same words, cheaper).
 */
export function entryDocuments(
  entry: Entry,
  personName: (id: string) => string | undefined = () => undefined,
  plain: DocumentText = previewText,
): SearchDoc[] {
  const base = { refId: entry.id, tags: entry.tags, skills: entry.skills, date: entry.date };
  switch (entry.kind) {
    case 'reflection':
      return [
        {
          ...base,
          id: entry.id,
          type: 'reflection',
          title: entry.title,
          text: joinText(plain, [withoutTitleHeading(entry.body, entry.title)]),
          people: '',
        },
      ];
    case 'conversation': {
      const name = personName(entry.personId) ?? '';
      return [
        {
          ...base,
          id: entry.id,
          type: 'conversation',
          title: conversationTitle(entry.conversationKind, name),
          text: joinText(plain, [entry.notes, entry.takeaways, entry.followUpNote]),
          people: name,
        },
      ];
    }
    case 'goal': {
      const goal: SearchDoc = {
        ...base,
        id: entry.id,
        type: 'goal',
        title: entry.title,
        text: joinText(plain, [entry.why, entry.progressNotes, ...entry.resources.map((r) => r.title)]),
        people: '',
      };
      const milestones = entry.milestones.map((m): SearchDoc => ({
        ...base,
        id: `${entry.id}#${m.id}`,
        type: 'milestone',
        title: m.title,
        text: `Milestone of the learning goal "${entry.title}"`,
        people: '',
        date: m.doneDate ?? entry.date,
      }));
      return [goal, ...milestones];
    }
  }
}

/** The document for one person (`plain` as for entryDocuments). */
export function personDocument(person: Person, plain: DocumentText = previewText): SearchDoc {
  return {
    id: person.id,
    type: 'person',
    refId: person.id,
    title: person.name,
    text: joinText(plain, [[person.role, person.company].filter(Boolean).join(', '), person.notes]),
    people: person.name,
    tags: [],
    skills: [],
    date: person.connectedOn,
  };
}
