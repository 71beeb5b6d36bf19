/** "Import N things" (off when there is nothing to import) and Cancel, under an import preview. */
export function PreviewActions({
  count,
  noun,
  busy,
  onConfirm,
  onCancel,
}: {
  count: number;
  /** Singular and plural. */
  noun: readonly [string, string];
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  return (
    <div className="row">
      <button type="button" className="primary" onClick={onConfirm} disabled={busy || count === 0}>
        Import {count} {count === 1 ? noun[0] : noun[1]}
      </button>
      <button type="button" onClick={onCancel} disabled={busy}>
        Cancel
      </button>
    </div>
  );
}
