/**
 * The self-test's checks (menu *Kontrollér opsætningen*): one per capability of Google the product relies
 * on, in the order they run. A check that needs another (the PDF needs the letter, the letter the folder)
 * is not tried when that one failed, and says which. Pure: the adapter in src/gas/selftest runs them.
 */

export const CHECK_IDS = [
  'cells',
  'validation',
  'conditionalFormat',
  'protection',
  'lock',
  'trigger',
  'properties',
  'folder',
  'letter',
  'pageBreak',
  'header',
  'pdf',
  'move',
  'share',
] as const;

export type CheckId = (typeof CHECK_IDS)[number];

/** What each check needs to have passed first. */
export const NEEDS: Readonly<Record<CheckId, readonly CheckId[]>> = {
  cells: [],
  validation: [],
  conditionalFormat: [],
  protection: [],
  lock: [],
  trigger: [],
  properties: [],
  folder: [],
  letter: ['folder'],
  pageBreak: ['letter'],
  header: ['letter'],
  pdf: ['letter'],
  move: ['folder'],
  share: ['letter'],
};

export type CheckResult =
  | { id: CheckId; status: 'ok' }
  | { id: CheckId; status: 'failed'; message: string }
  | { id: CheckId; status: 'skipped'; reason: 'needs'; failed: CheckId }
  | { id: CheckId; status: 'skipped'; reason: 'noAddress' };

/** The outcome of one check as the adapter reports it: passed, or Google's (or the check's) message. */
export type Outcome = { ok: true } | { ok: false; message: string };

/**
 * Runs every check in order through `run`, skipping a check whose prerequisite did not pass and the
 * sharing check when no colleague's address was given. `run` must not throw (the adapter catches).
 */
export function runChecks(run: (id: CheckId) => Outcome, opts: { colleague: string }): CheckResult[] {
  const results: CheckResult[] = [];
  const passed = new Set<CheckId>();
  /** The failed check that stopped each check not passed (itself when it failed). */
  const cause = new Map<CheckId, CheckId>();
  for (const id of CHECK_IDS) {
    const blocker = NEEDS[id].find((n) => !passed.has(n));
    if (blocker) {
      const failed = cause.get(blocker) ?? blocker;
      cause.set(id, failed);
      results.push({ id, status: 'skipped', reason: 'needs', failed });
      continue;
    }
    if (id === 'share' && opts.colleague === '') {
      results.push({ id, status: 'skipped', reason: 'noAddress' });
      continue;
    }
    const outcome = run(id);
    if (outcome.ok) {
      passed.add(id);
      results.push({ id, status: 'ok' });
    } else {
      cause.set(id, id);
      results.push({ id, status: 'failed', message: outcome.message });
    }
  }
  return results;
}

/** A colleague's address as typed in the prompt: trimmed; "" = none; null = not an e-mail address. */
export function colleagueAddress(typed: string): string | null {
  const t = typed.trim();
  if (t === '') return '';
  // The domain's labels exclude the dot, so each character has one place to go (no quadratic backtracking).
  return /^[^@\s,;<>"]+@[^@\s,;<>".]+(?:\.[^@\s,;<>".]+)+$/.test(t) ? t : null;
}
