
/** The time trigger that carries a stopped run on every minute. */

/** The trigger handler's global name (src/main.ts); the build checks it exists. */
export const RESUME_HANDLER = 'fhbMergeResume';

function resumeTriggers(): GoogleAppsScript.Script.Trigger[] {
  return ScriptApp.getProjectTriggers().filter((t) => t.getHandlerFunction() === RESUME_HANDLER);
}

export function ensureResumeTrigger(): void {
  if (resumeTriggers().length === 0) ScriptApp.newTrigger(RESUME_HANDLER).timeBased().everyMinutes(1).create();
}

export function deleteResumeTriggers(): void {
  for (const t of resumeTriggers()) ScriptApp.deleteTrigger(t);
}
