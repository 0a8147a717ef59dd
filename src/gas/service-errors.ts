/** What Google's errors mean for fhb: read by their words, as Apps Script gives no codes. */

/**
 * Google's words for a file that is gone, was never there, or is not shared with this consultant: it stays
 * so until someone acts, so a caller may report it, skip it or make a new one. Any other error (a passing
 * service error, a quota, the clock) is not "not there": the caller lets it stop the run, which resumes, so
 * a passing fault never skips a letter, replaces a team's template or starts a second folder for good.
 */
const NOT_THERE = [
  'Document is missing', // DocumentApp.openById
  'Requested entity was not found', // the Docs API
  'does not have permission', // the Docs API, a Doc not shared with this consultant
  'File not found', // the Drive API
  'Invalid argument', // an id that is no id (typed by hand into Indstillinger)
];

export function isNotThere(e: unknown): boolean {
  const message = String((e as { message?: unknown } | null)?.message ?? e);
  return NOT_THERE.some((words) => message.includes(words));
}

/** Google's 429 for a spent per-minute quota ("Quota exceeded for quota metric 'Write requests' …"). */
export const isQuotaError = (e: unknown) => /quota exceeded|rate limit|resource_exhausted|too many requests/i.test(String((e as Error)?.message ?? e));
