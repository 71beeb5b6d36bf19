import { describe, expect, it } from 'vitest';
import { InputError } from '../../../shared/errors';
import { failureToError, readImportFile, type FromImportWorker } from '../../../renderer/features/data/importWorkerProtocol';

const HEADER = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On';
const csv = (rows: number) =>
  [HEADER, ...Array.from({ length: rows }, (_, i) => `P${i},Q,https://x.example/p${i},,Co,PM,01 Jan 2024`)].join('\n');
const bytes = (s: string) => new TextEncoder().encode(s);

function run(kind: 'linkedin' | 'dayone', text: string): FromImportWorker[] {
  const replies: FromImportWorker[] = [];
  readImportFile({ kind, data: bytes(text) }, (r) => replies.push(r));
  return replies;
}

describe('the import worker protocol', () => {
  it('reports checking progress every 1,000 rows, then the parsed rows', () => {
    const replies = run('linkedin', csv(2_500));
    const checking = replies.flatMap((r) => (r.type === 'progress' && r.progress.phase === 'checking' ? [r.progress.done] : []));
    expect(checking).toEqual([0, 1_000, 2_000]);
    const last = replies.at(-1)!;
    expect(last.type).toBe('done');
    expect(last.type === 'done' && last.parsed.kind === 'linkedin' && last.parsed.rows.length).toBe(2_500);
  });

  it('passes a bad file back as plain data that becomes the same InputError, sentences intact', () => {
    const last = run('linkedin', `${HEADER}\nAl,B,https://x.example/a,bob@,Co,PM,01 Jan 2024\n`).at(-1)!;
    expect(last.type).toBe('failed');
    if (last.type !== 'failed') return;
    // Plain data: it survives structuredClone, as postMessage does.
    const error = failureToError(structuredClone(last.failure));
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).summary).toBe("This LinkedIn file can't be imported");
    expect((error as InputError).problems).toEqual([
      { where: 'Row 2', message: 'the email address “bob@” is not complete (an email address looks like name@example.com)' },
    ]);
  });

  it('reads a Day One file in the same way', () => {
    const last = run('dayone', JSON.stringify({ entries: [{ creationDate: '2025-01-01T10:00:00Z', text: '# Hi\nthere' }] })).at(-1)!;
    expect(last.type === 'done' && last.parsed.kind === 'dayone' && last.parsed.reflections.map((r) => r.title)).toEqual(['Hi']);
  });
});
