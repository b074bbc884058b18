export interface Progress {
  /** Which step is under way; the bar is shown where that step was started, not scrolled out of sight. */
  step: 'reading' | 'checking' | 'writing';
  label: string;
  done: number;
  total: number;
  /** Whether done and total count rows (checking, writing) rather than the file read so far. */
  counted: boolean;
}

/** A long step under way (reading, checking or writing), with its Cancel: a cancelled write leaves nothing. */
export function ImportProgress({ progress, onCancel }: { progress: Progress; onCancel: () => void }) {
  const known = progress.total > 0;
  return (
    <div className="import-progress" role="status" data-testid="import-progress">
      <span>
        {progress.label}
        {known && progress.counted
          ? ` ${progress.done.toLocaleString('en-GB')} of ${progress.total.toLocaleString('en-GB')}`
          : ''}
      </span>
      <progress value={known ? progress.done : undefined} max={known ? progress.total : undefined} />
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}
