import { InputError } from '../../core/coerce/errors';
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

/**
 * `work` under the document lock, flushed before the lock is released so a colleague waiting for it reads
 * what was written. Busy: refused with `busyMessage` (Danish), nothing changed.
 */
export function underDocumentLock<T>(work: () => T, busyMessage: string): T {
  const result = withDocumentLock(() => {
    const value = work();
    SpreadsheetApp.flush();
    return value;
  });
  if (!result.ok) throw new InputError(busyMessage);
  return result.value;
}
