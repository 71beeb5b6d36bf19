/** A long task's progress in words and as a bar (indeterminate while `total` is unknown), announced politely. */
export function ProgressLine({
  text,
  label,
  done,
  total,
}: {
  text: string;
  label: string;
  done?: number | undefined;
  total?: number | undefined;
}) {
  return (
    <div className="data-progress" role="status">
      <p>{text}</p>
      {total !== undefined && done !== undefined ? (
        <progress max={Math.max(1, total)} value={done} aria-label={label} />
      ) : (
        <progress aria-label={label} />
      )}
    </div>
  );
}
