/** One naming of entries everywhere (reader, timeline, search, palette, exported file names). */
import type { ConversationKind, Entry } from '../schemas';

/** How a conversation of each kind is named before "with <person>". */
const CONVERSATION_TITLE_NOUNS: Record<ConversationKind, string> = {
  informational: 'Informational interview',
  mentorship: 'Mentorship',
  shadowing: 'Job shadowing',
  other: 'Conversation',
};

/** "Informational interview with Priya Raman"; without a name, "… with someone no longer in People". */
export function conversationTitle(kind: ConversationKind, personName: string | undefined): string {
  return `${CONVERSATION_TITLE_NOUNS[kind]} with ${personName || 'someone no longer in People'}`;
}

/** The title an entry is listed and shown under: its own, or for a conversation who it was with. */
export function entryTitle(entry: Entry, personName: string | undefined): string {
  return entry.kind === 'conversation' ? conversationTitle(entry.conversationKind, personName) : entry.title;
}
