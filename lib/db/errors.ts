/** Words for a storage failure that tell the reader what happened and what to do. */
export function storageErrorText(error: unknown): string {
  const name = (error as { name?: string } | null)?.name ?? '';
  const inner = (error as { inner?: { name?: string } } | null)?.inner?.name ?? '';
  if (name === 'QuotaExceededError' || inner === 'QuotaExceededError') {
    return 'Storage is full: nothing was saved. Free some disk space, or export your notes and delete old articles (Options → Data), then try again.';
  }
  if (name === 'DatabaseClosedError' || name === 'InvalidStateError') {
    return 'The database was closed (the browser may be shutting down): nothing was saved. Try again.';
  }
  if (name === 'VersionError') {
    return 'This database was written by a newer Zhuji: update the extension.';
  }
  const message = error instanceof Error ? error.message : String(error);
  return `Could not save: ${message}`;
}
