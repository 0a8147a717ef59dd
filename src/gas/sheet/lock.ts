/**
 * Two consultants may click the same button at once: set-up, refresh and the daily update take the
 * document lock, and a second click is told to wait instead of writing half a sheet on top of the first.
 */
export const LOCK_WAIT_MS = 10_000;

export type Locked<T> = { ok: true; value: T } | { ok: false };

export function withDocumentLock<T>(fn: () => T, waitMs = LOCK_WAIT_MS): Locked<T> {
  const lock = LockService.getDocumentLock() ?? LockService.getScriptLock();
  if (!lock.tryLock(waitMs)) return { ok: false };
  try {
    return { ok: true, value: fn() };
  } finally {
    lock.releaseLock();
  }
}
