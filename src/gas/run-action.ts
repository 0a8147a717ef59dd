import { InputError } from '../core/coerce/errors';
import { lockBusy } from '../core/sidebar/text';
import { alert, messageOf } from './sheet/ui';

/**
 * How an action runs: every menu item, sidebar endpoint and trigger that writes takes the document lock
 * here, is refused in Danish while a colleague holds it, and shows what the team can fix as a Danish
 * message. Three shapes:
 *
 * - a menu item: `menuAction(title, body)` alerts a known error (and the busy refusal) under its title;
 * - a sidebar endpoint (google.script.run): `underLock(work)` throws the refusal, an InputError, whose
 *   message the sidebar shows, so an endpoint needs no catch of its own;
 * - a trigger (no UI: getUi throws there): `tryUnderLock(work)` answers "busy" instead of refusing.
 *
 * Two consultants may click at once; the second waits up to LOCK_WAIT_MS, then is told to try again
 * instead of writing on top of the first.
 */
export const LOCK_WAIT_MS = 10_000;

export type Locked<T> = { ok: true; value: T } | { ok: false };

/**
 * `work` under the document lock (the script lock where the script is not bound to a document), flushed
 * before the lock is released, so a colleague waiting for it reads what was written (Google's advice for
 * LockService with spreadsheets). `{ ok: false }` when a colleague held it past `waitMs`: nothing done.
 */
export function tryUnderLock<T>(work: () => T, waitMs = LOCK_WAIT_MS): Locked<T> {
  const lock = LockService.getDocumentLock() ?? LockService.getScriptLock();
  if (!lock.tryLock(waitMs)) return { ok: false };
  try {
    const value = work();
    SpreadsheetApp.flush();
    return { ok: true, value };
  } finally {
    lock.releaseLock();
  }
}

/** The refusal while a colleague holds the lock: an InputError (nothing changed), told apart for its title. */
export class BusyError extends InputError {}

/** `work` under the document lock; busy: refused with `busyMessage` (Danish), nothing changed. */
export function underLock<T>(work: () => T, busyMessage: string = lockBusy): T {
  const result = tryUnderLock(work);
  if (!result.ok) throw new BusyError(busyMessage);
  return result.value;
}

type ErrorClass = abstract new (...args: never[]) => Error;

export interface MenuErrors {
  /** The errors whose (Danish) message is shown as it is; InputError unless said. */
  known?: readonly ErrorClass[];
  /** Any other error, said around its message; without it the error is thrown (Google shows it). */
  failed?: (message: string) => string;
  /** The busy refusal's title, when it is not the action's. */
  busyTitle?: string;
}

/**
 * A menu item: runs `body` (which takes the lock with `underLock` around what it writes, after its
 * questions), and shows a busy refusal or a known error in an alert under `title`. A menu item only: a
 * trigger has no UI.
 */
export function menuAction(title: string, body: () => void, errors: MenuErrors = {}): void {
  try {
    body();
  } catch (e) {
    if (e instanceof BusyError) alert(e.message, errors.busyTitle ?? title);
    else if ((errors.known ?? [InputError]).some((k) => e instanceof k)) alert((e as Error).message, title);
    else if (errors.failed) alert(errors.failed(messageOf(e)), title);
    else throw e;
  }
}
