/** What the passphrase protects and what it does not, in plain words. */
export function ThreatModel() {
  return (
    <div className="threat-model">
      <p>With a passphrase, everything you write is encrypted on this computer and in your backups.</p>
      <ul>
        <li>
          <strong>Protects</strong> your journal if someone copies Sextant's data folder or a backup file, or takes this computer while it
          is off, or while Sextant is locked.
        </li>
        <li>
          <strong>Does not protect</strong> against someone using Sextant while it is unlocked, or against malicious software running under
          your account while the journal is open. Lock Sextant when you step away (it also locks by itself after the idle time you choose).
        </li>
        <li>
          <strong>Stays readable</strong> on disk: record ids, the kind of each entry, dates, skill ids and links between records, so that
          lists can be sorted without the key.
        </li>
      </ul>
    </div>
  );
}
