/**
 * Every journal entry as a Markdown file with front matter, for reading anywhere and keeping
 * outside the app. Output is stable: the same journal gives the same files, names and order.
 */
import { zipSync, strToU8 } from 'fflate';
import { entryTitle as titleOf } from '../domain/entryTitle';
import {
  CONVERSATION_KIND_LABELS,
  ENTRY_KIND_LABELS,
  GOAL_STATUS_LABELS,
  type Conversation,
  type Entry,
  type LearningGoal,
  type Person,
  type Reflection,
} from '../schemas';
import { skillName, type SkillId } from '../domain/framework';

export interface MarkdownFile {
  name: string;
  content: string;
}

/** Entries in a fixed order: by date, then creation time, then id. */
function stableOrder(entries: readonly Entry[]): Entry[] {
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return entries.slice().sort((a, b) => cmp(a.date, b.date) || cmp(a.createdAt, b.createdAt) || cmp(a.id, b.id));
}

/** A file-name-safe slug: ASCII letters and digits joined by dashes, at most 60 characters. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

/** The title an entry is shown with (the app's one naming: a conversation by its kind and whom it was with). */
export function entryTitle(entry: Entry, people: ReadonlyMap<string, Person>): string {
  return titleOf(entry, entry.kind === 'conversation' ? people.get(entry.personId)?.name : undefined);
}

/** A YAML scalar: strings double-quoted with JSON escaping (valid YAML), numbers and booleans as they are. */
function yaml(value: string | number | boolean | readonly string[]): string {
  if (Array.isArray(value)) return `[${value.map((v) => JSON.stringify(v)).join(', ')}]`;
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}

function frontMatter(fields: [string, string | number | boolean | readonly string[] | undefined][]): string {
  return ['---', ...fields.filter(([, v]) => v !== undefined).map(([k, v]) => `${k}: ${yaml(v!)}`), '---'].join('\n');
}

const section = (heading: string, text: string | undefined) => (text && text.trim() ? `## ${heading}\n\n${text.trim()}\n` : '');
const skillNames = (skills: readonly SkillId[]) => skills.map((s) => skillName(s));

function reflectionBody(e: Reflection): string {
  return e.body.trim() ? `${e.body.trim()}\n` : '';
}

function conversationBody(e: Conversation): string {
  const followUp = e.followUpDate
    ? `## Follow-up\n\n${e.followUpDone ? '- [x]' : '- [ ]'} ${e.followUpDate}${e.followUpNote ? `: ${e.followUpNote}` : ''}\n`
    : '';
  return [section('Notes', e.notes), section('Takeaways', e.takeaways), followUp].filter(Boolean).join('\n');
}

function goalBody(e: LearningGoal): string {
  const milestones = e.milestones.length
    ? `## Milestones\n\n${e.milestones.map((m) => `- [${m.done ? 'x' : ' '}] ${m.title}${m.doneDate ? ` (done ${m.doneDate})` : ''}`).join('\n')}\n`
    : '';
  const resources = e.resources.length
    ? `## Resources\n\n${e.resources.map((r) => (r.url ? `- [${r.title}](${r.url})` : `- ${r.title}`)).join('\n')}\n`
    : '';
  return [section('Why', e.why), milestones, resources, section('Progress notes', e.progressNotes)].filter(Boolean).join('\n');
}

/** One entry as Markdown: front matter, a title heading, then its text by section. */
export function entryToMarkdown(entry: Entry, people: ReadonlyMap<string, Person>): string {
  const title = entryTitle(entry, people);
  const common: [string, string | number | boolean | readonly string[] | undefined][] = [
    ['id', entry.id],
    ['kind', ENTRY_KIND_LABELS[entry.kind]],
    ['date', entry.date],
    ['title', title],
  ];
  let specific: typeof common;
  let body: string;
  if (entry.kind === 'reflection') {
    specific = [
      ['mood', entry.mood],
      ['lean', entry.lean],
      ['starred', entry.starred],
    ];
    body = reflectionBody(entry);
  } else if (entry.kind === 'conversation') {
    specific = [
      ['person', people.get(entry.personId)?.name ?? entry.personId],
      ['conversation', CONVERSATION_KIND_LABELS[entry.conversationKind]],
      ['energy', entry.energy],
    ];
    body = conversationBody(entry);
  } else {
    specific = [
      ['status', GOAL_STATUS_LABELS[entry.status]],
      ['target_date', entry.targetDate],
    ];
    body = goalBody(entry);
  }
  const tail: typeof common = [
    ['skills', skillNames(entry.skills)],
    ['tags', entry.tags],
    ['created', entry.createdAt],
    ['updated', entry.updatedAt],
  ];
  return `${frontMatter([...common, ...specific, ...tail])}\n\n# ${title}\n${body ? `\n${body}` : ''}`;
}

/** Every entry as a file named `<date>-<kind>-<slug>-<id prefix>.md`, in a stable order. */
export function entriesToMarkdownFiles(entries: readonly Entry[], people: readonly Person[]): MarkdownFile[] {
  const byId = new Map(people.map((p) => [p.id, p]));
  const used = new Set<string>();
  return stableOrder(entries).map((entry) => {
    const slug = slugify(entryTitle(entry, byId)) || entry.kind;
    let name = `${entry.date}-${entry.kind}-${slug}-${entry.id.slice(0, 8)}.md`;
    if (used.has(name)) name = `${entry.date}-${entry.kind}-${slug}-${entry.id}.md`;
    used.add(name);
    return { name, content: entryToMarkdown(entry, byId) };
  });
}

/** The files zipped into one folder; file times are fixed so the same journal gives the same bytes. */
export function zipMarkdownFiles(files: readonly MarkdownFile[], folder = 'sextant-journal'): Uint8Array {
  const mtime = new Date(Date.UTC(2000, 0, 1));
  const tree: Record<string, [Uint8Array, { mtime: Date }]> = {};
  for (const f of files) tree[`${folder}/${f.name}`] = [strToU8(f.content), { mtime }];
  return zipSync(tree, { level: 6 });
}
