import type { SkillId } from '../domain/framework';
import { conversationTitle } from '../domain/entryTitle';
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
  /** Plain text of the body fields (Markdown syntax removed), used for matching and snippets. */
  text: string;
  /** Names of the people linked to it (a conversation's person), so "Ana" finds her conversations. */
  people: string;
  tags: string[];
  skills: SkillId[];
  /** YYYY-MM-DD (a person's is the day they connected; without one, a date filter leaves them out). */
  date?: string;
}

// Markdown punctuation that carries no words; removing it keeps snippets readable and stops
// "**roadmap**" from being stored as a different token than "roadmap".
const MD_LINK = /!?\[([^\]]*)\]\([^)]*\)/g;
const MD_LINE_MARKERS = /^\s{0,3}(?:#{1,6}\s+|>\s?|[-*+]\s+(?:\[[ xX]\]\s+)?|\d+[.)]\s+)/gm;
// Emphasis markers (`*`, `_`, runs of them) only where they touch a word on one side: an
// underscore or asterisk inside a word (`user_id`, `O*NET`) is part of the word.
const MD_INLINE = /~~|`+|(?<![\p{L}\p{N}])[*_]+|[*_]+(?![\p{L}\p{N}])/gu;

/** Strips Markdown syntax from text, keeping the words (links keep their label). */
export function plainText(markdown: string): string {
  return markdown
    .replace(MD_LINK, '$1')
    .replace(MD_LINE_MARKERS, '')
    .replace(MD_INLINE, '')
    .replace(/[ \t]+/g, ' ')
    .trim();
}

function joinText(...parts: (string | undefined)[]): string {
  return parts
    .filter((p): p is string => !!p && p.trim() !== '')
    .map(plainText)
    .join('\n');
}

/**
 * The documents one entry contributes: the entry itself and, for a learning goal, one per
 * milestone (so a milestone can be found and opened on its own). `personName` resolves a
 * conversation's person id.
 */
export function entryDocuments(entry: Entry, personName: (id: string) => string | undefined = () => undefined): SearchDoc[] {
  const base = { refId: entry.id, tags: entry.tags, skills: entry.skills, date: entry.date };
  switch (entry.kind) {
    case 'reflection':
      return [{ ...base, id: entry.id, type: 'reflection', title: entry.title, text: joinText(entry.body), people: '' }];
    case 'conversation': {
      const name = personName(entry.personId) ?? '';
      return [
        {
          ...base,
          id: entry.id,
          type: 'conversation',
          title: conversationTitle(entry.conversationKind, name),
          text: joinText(entry.notes, entry.takeaways, entry.followUpNote),
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
        text: joinText(entry.why, entry.progressNotes, ...entry.resources.map((r) => r.title)),
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

/** The document for one person. */
export function personDocument(person: Person): SearchDoc {
  return {
    id: person.id,
    type: 'person',
    refId: person.id,
    title: person.name,
    text: joinText([person.role, person.company].filter(Boolean).join(', '), person.notes),
    people: person.name,
    tags: [],
    skills: [],
    date: person.connectedOn,
  };
}
