import { describe, expect, it } from 'vitest';
import { makeBackup, serializeBackup } from '../../../shared/backup/format';
import { readBackupFile } from '../../../shared/backup/read';
import { InputError } from '../../../shared/errors';
import { openBackup, readEncryptedBackup, sealBackup } from '../../../renderer/crypto/backupCipher';
import { createKeyring, rewrapPassphrase, WrongSecretError } from '../../../renderer/crypto/keys';
import { sampleJournal } from '../../shared/backup/sampleJournal';

const NOW = '2026-03-01T10:00:00.000Z';

describe('encrypted backups', () => {
  it('round trip: opens with the passphrase of the time or the recovery key, not with a later passphrase', async () => {
    const { keyring, dataKey, recoveryKey } = await createKeyring('passphrase at backup time', NOW, 100_000);
    const json = serializeBackup(makeBackup(sampleJournal(), '0.1.0', NOW));
    const file = sealBackup(json, dataKey, keyring, NOW);
    expect(file).not.toContain(sampleJournal().people[0]!.name);
    const envelope = readEncryptedBackup(new TextEncoder().encode(file))!;
    expect(envelope.exportedAt).toBe(NOW);
    expect(readBackupFile(await openBackup(envelope, 'passphrase at backup time'))).toEqual(readBackupFile(json));
    expect(await openBackup(envelope, recoveryKey)).toBe(json);
    // The journal's passphrase changed later: the backup still carries the keyring of its time.
    const later = await rewrapPassphrase(keyring, dataKey, 'a later passphrase', NOW, 100_000);
    expect(later.passphrase).not.toEqual(envelope.keyring.passphrase);
    await expect(openBackup(envelope, 'a later passphrase')).rejects.toThrow(WrongSecretError);
  });

  it('a plain (old) backup is not taken for an encrypted one and still reads', () => {
    const json = serializeBackup(makeBackup(sampleJournal(), '0.1.0', NOW));
    expect(readEncryptedBackup(json)).toBeNull();
    expect(readBackupFile(json).data.people).toHaveLength(sampleJournal().people.length);
  });

  it('a tampered ciphertext or a truncated file is refused with a message', async () => {
    const { keyring, dataKey } = await createKeyring('passphrase at backup time', NOW, 100_000);
    const file = sealBackup('{"x":1}', dataKey, keyring, NOW);
    const env = readEncryptedBackup(file)!;
    const flipped = { ...env, ciphertext: (env.ciphertext[0] === 'A' ? 'B' : 'A') + env.ciphertext.slice(1) };
    await expect(openBackup(flipped, 'passphrase at backup time')).rejects.toThrow(
      'does not decrypt: the file was altered or is incomplete',
    );
    await expect(openBackup({ ...env, exportedAt: '2026-03-02T10:00:00.000Z' }, 'passphrase at backup time')).rejects.toThrow(InputError);
    expect(() => readEncryptedBackup(file.slice(0, file.length / 2))).toThrow(InputError);
  });
});
