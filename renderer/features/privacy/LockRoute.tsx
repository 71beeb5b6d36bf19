import { useEffect } from 'react';
import { Link } from 'react-router';
import { isEncrypted } from '../../crypto/session';
import { lockNow } from './lock';

/** /lock: where the lock command goes. Locks at once with encryption on; otherwise says how to turn it on. */
export function LockRoute() {
  const encrypted = isEncrypted();
  useEffect(() => {
    if (encrypted) lockNow();
  }, [encrypted]);
  if (encrypted)
    return (
      <p className="muted" role="status">
        Locking…
      </p>
    );
  return (
    <div className="card">
      <h1>Nothing to lock yet</h1>
      <p>
        The journal has no passphrase, so it cannot be locked. Turn one on in{' '}
        <Link to="/settings#settings-privacy">Settings › Privacy</Link>.
      </p>
    </div>
  );
}
