import { FAIL } from '../../core/selftest/text';
import { DAILY_HANDLER } from '../sheet/trigger';
import { LOCK_WAIT_MS } from '../run-action';
import type { Scratch } from './scratch';

/** The script's own services: the document lock, an installable time trigger, document properties. */

export function checkLock(): void {
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(LOCK_WAIT_MS)) throw new Error(FAIL.lockBusy);
  try {
    if (!lock.hasLock()) throw new Error(FAIL.lockBusy);
  } finally {
    lock.releaseLock();
  }
}

/**
 * A one-off trigger an hour ahead, deleted at once. Its handler is the daily update's: should the
 * clean-up ever miss it, it runs that harmless update once and is gone.
 */
export function checkTrigger(s: Scratch): void {
  const trigger = ScriptApp.newTrigger(DAILY_HANDLER).timeBased().after(60 * 60 * 1000).create();
  const id = trigger.getUniqueId();
  s.triggerId = id;
  ScriptApp.deleteTrigger(trigger);
  if (ScriptApp.getProjectTriggers().some((t) => t.getUniqueId() === id)) throw new Error(FAIL.triggerLeft);
  s.triggerId = undefined;
}

const PROBE = '9-12 æøå «selvtest»';

export function checkProperties(s: Scratch): void {
  const props = PropertiesService.getDocumentProperties();
  props.setProperty(s.propertyKey, PROBE);
  s.propertySet = true;
  const got = props.getProperty(s.propertyKey);
  if (got !== PROBE) throw new Error(FAIL.property(got));
  props.deleteProperty(s.propertyKey);
  s.propertySet = props.getProperty(s.propertyKey) !== null;
  if (s.propertySet) throw new Error(FAIL.property(props.getProperty(s.propertyKey)));
}
