/**
 * SQLite reports a lock held by another connection as SQLITE_BUSY (or a LOCKED variant) once
 * `busy_timeout` has run out. Such a write failed as a whole and is safe to run again.
 */
export function isDatabaseBusy(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'));
}
