import { useState } from 'react';
import { differingFields } from '../../../shared/revisions';
import { copyText } from '../copyText';
import { Modal } from '../Modal';

/** Field names as the forms label them (keys not listed are shown as they are). */
const FIELD_LABELS: Record<string, string> = {
  date: 'Date',
  title: 'Title',
  body: 'Text',
  mood: 'Mood',
  lean: 'Leaning toward a path',
  promptId: 'Prompt',
  starred: 'Starred',
  skills: 'Skills',
  tags: 'Tags',
  personId: 'Person',
  conversationKind: 'Kind of conversation',
  notes: 'Notes',
  takeaways: 'Key takeaways',
  energy: 'Energy',
  followUpDate: 'Follow-up date',
  followUpNote: 'Follow-up note',
  followUpDone: 'Follow-up done',
  why: 'Why it matters',
  targetDate: 'Target date',
  status: 'Status',
  milestones: 'Milestones',
  resources: 'Resources',
  progressNotes: 'Progress notes',
  name: 'Name',
  role: 'Role',
  company: 'Company',
  path: 'Path',
  profileUrl: 'Profile link',
  email: 'Email',
  connectedOn: 'Connected on',
  kind: 'Kind',
};

/** A stored value as readable text (lists one item a line, yes/no, a dash for nothing). */
export function describeValue(value: unknown): string {
  if (value === undefined || value === null || value === '') return '—';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (Array.isArray(value)) return value.length ? value.map(describeValue).join('\n') : '—';
  if (typeof value === 'object') {
    const o = value as Record<string, unknown>;
    const label = o.title ?? o.name;
    if (typeof label === 'string')
      return `${'done' in o ? (o.done ? '[x] ' : '[ ] ') : ''}${label}${typeof o.url === 'string' ? ` (${o.url})` : ''}`;
    return JSON.stringify(value);
  }
  // What is left is a string, number, bigint, symbol or function.
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'bigint' ? String(value) : typeof value;
}

const labelOf = (key: string) => FIELD_LABELS[key] ?? key;

/** The person's version as plain text, every field with something in it, for the clipboard. */
export function versionAsText(record: object): string {
  return Object.entries(record)
    .filter(([k, v]) => !['id', 'createdAt', 'updatedAt', 'rev'].includes(k) && describeValue(v) !== '—')
    .map(([k, v]) => `${labelOf(k)}:\n${describeValue(v)}`)
    .join('\n\n');
}

export interface ConflictChoice {
  /** What the person tried to save. */
  mine: object;
  /** The stored version now; null when it was deleted elsewhere. */
  theirs: object | null;
}

/**
 * Both versions side by side when a save would overwrite a newer version (or bring back a deleted
 * record): keep mine, keep theirs, or copy mine to the clipboard. Nothing is written until the
 * person chooses.
 */
export function ConflictDialog({
  conflict,
  what,
  onKeepMine,
  onKeepTheirs,
  onClose,
}: {
  conflict: ConflictChoice | null;
  /** "entry", "person". */
  what: string;
  onKeepMine: () => void;
  onKeepTheirs: () => void;
  onClose: () => void;
}) {
  const [copied, setCopied] = useState<boolean | null>(null);
  const deleted = conflict?.theirs === null;
  const fields = conflict
    ? conflict.theirs
      ? differingFields(conflict.mine, conflict.theirs)
      : Object.keys(conflict.mine).filter(
          (k) =>
            describeValue((conflict.mine as Record<string, unknown>)[k]) !== '—' && !['id', 'createdAt', 'updatedAt', 'rev'].includes(k),
        )
    : [];
  const mine = (conflict?.mine ?? {}) as Record<string, unknown>;
  const theirs = (conflict?.theirs ?? {}) as Record<string, unknown>;
  const close = () => {
    setCopied(null);
    onClose();
  };
  return (
    <Modal
      open={conflict !== null}
      onClose={close}
      title={deleted ? `This ${what} was deleted in another window` : `This ${what} was changed in another window`}
      actions={
        <>
          <button type="button" className="primary" onClick={onKeepMine}>
            {deleted ? 'Keep mine (save it again)' : 'Keep mine'}
          </button>
          <button type="button" onClick={onKeepTheirs}>
            {deleted ? 'Leave it deleted' : 'Keep theirs'}
          </button>
          <button type="button" onClick={() => void copyText(versionAsText(mine)).then(setCopied)}>
            Copy mine to the clipboard
          </button>
        </>
      }
    >
      <p>
        {deleted
          ? `Nothing was saved yet. Saving now would bring the deleted ${what} back with your version; leaving it deleted drops your changes.`
          : `Nothing was saved yet, so neither version is lost. Choose which one to keep; the other is discarded (copy yours first if you want parts of both).`}
      </p>
      <div className="conflict-table-wrap">
        <table className="conflict-table">
          <caption className="visually-hidden">{deleted ? 'Your version' : 'The fields that differ'}</caption>
          <thead>
            <tr>
              <th scope="col">Field</th>
              <th scope="col">Yours (not saved)</th>
              {!deleted && <th scope="col">Saved in the other window</th>}
            </tr>
          </thead>
          <tbody>
            {fields.map((k) => (
              <tr key={k}>
                <th scope="row">{labelOf(k)}</th>
                <td dir="auto">{describeValue(mine[k])}</td>
                {!deleted && <td dir="auto">{describeValue(theirs[k])}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {copied !== null && (
        <p role="status" className={copied ? 'settings-status' : 'data-error-text'}>
          {copied ? 'Your version is on the clipboard.' : 'The clipboard could not be used; select the text above and copy it.'}
        </p>
      )}
    </Modal>
  );
}
