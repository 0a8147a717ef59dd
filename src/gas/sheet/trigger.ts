/**
 * The daily trigger that keeps Indstillinger!B2 on today's date (TODAY() cannot be an argument to a
 * custom function). Created once: triggers belong to the user who made them, so the document remembers
 * the trigger and when it last ran, and a colleague's set-up does not add a second one while it lives.
 */
export const DAILY_HANDLER = 'fhbDailyUpdate';
export const DAILY_HOUR = 1;
const TRIGGER_ID = 'fhb.daily.triggerId';
const LAST_RUN = 'fhb.daily.lastRunMs';
const CREATED = 'fhb.daily.createdMs';
/** A colleague's trigger counts as alive when it ran (or was made) within this time. */
const ALIVE_MS = 3 * 24 * 3600 * 1000;

export function ensureDailyTrigger(now: Date = new Date()): 'kept' | 'created' | 'colleague' {
  const mine = ScriptApp.getProjectTriggers().filter((t) => t.getHandlerFunction() === DAILY_HANDLER);
  const props = PropertiesService.getDocumentProperties();
  if (mine.length) {
    // Keep one; a second one of the same user would only double the work.
    mine.slice(1).forEach((t) => ScriptApp.deleteTrigger(t));
    if (props.getProperty(TRIGGER_ID) !== mine[0].getUniqueId()) props.setProperty(TRIGGER_ID, mine[0].getUniqueId());
    return 'kept';
  }
  const recorded = props.getProperties();
  const lastSign = Math.max(Number(recorded[LAST_RUN] ?? 0), Number(recorded[CREATED] ?? 0));
  if (recorded[TRIGGER_ID] && now.getTime() - lastSign < ALIVE_MS) return 'colleague';
  const trigger = ScriptApp.newTrigger(DAILY_HANDLER).timeBased().everyDays(1).atHour(DAILY_HOUR).inTimezone('Europe/Copenhagen').create();
  props.setProperties({ [TRIGGER_ID]: trigger.getUniqueId(), [CREATED]: String(now.getTime()) });
  return 'created';
}

/** The daily update marks that the trigger is alive. */
export function markDailyRun(now: Date = new Date()): void {
  PropertiesService.getDocumentProperties().setProperty(LAST_RUN, String(now.getTime()));
}
