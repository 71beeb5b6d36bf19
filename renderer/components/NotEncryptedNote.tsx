import { isEncrypted } from '../crypto/session';

/**
 * Next to an export meant for other apps and people (plan PDF, Markdown, calendar): with
 * encryption on, says that the file it writes is not encrypted. Nothing while the journal is plain.
 */
export function NotEncryptedNote({ what }: { what: string }) {
  if (!isEncrypted()) return null;
  return (
    <p className="muted" role="note">
      <strong>Not encrypted:</strong> {what} can be read by anyone who gets the file, although your journal is encrypted.
    </p>
  );
}
