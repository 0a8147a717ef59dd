import { type Day, addDays } from '../day';
import { RECORD_GRACE_DAYS, yearScope } from '../records/year';
import { attemptsThisYear } from '../records/this-year';
import type { PlannedOffer } from '../rules/types';
import { type CallAttempt, parseCallAttempts } from './attempts';

/** A letter the profile sends because the phone call did not reach the citizen. */
export interface DueLetter {
  /** The offer's code, e.g. `EFTERLADT`. */
  readonly code: string;
  /** The letter template key the profile names in `letterIfNotReached`. */
  readonly template: string;
}

/** The planning year the attempts are read for: the reference date, and today (for undated notes). */
export interface CallYear {
  readonly asOf: Day;
  readonly today: Day;
}

/**
 * The attempts that belong to this offer: those made on or after the event (the death, the move), so an
 * old note from an earlier offer on the same row does not count; with the planning year given, only the
 * attempts the year rule counts for it (records/year.ts: an undated note counts only in today's year).
 */
export function attemptsFor(offer: PlannedOffer, attempts: readonly CallAttempt[], year?: CallYear): CallAttempt[] {
  const since = offer.event?.day ?? addDays(offer.from, -RECORD_GRACE_DAYS);
  const ofOffer = attempts.filter((a) => a.day === undefined || a.day >= since);
  return year ? attemptsThisYear(ofOffer, yearScope(year.asOf, year.today, offer.from, offer.to)) : ofOffer;
}

/**
 * Whether the calls so far make the profile's letter due for this offer: the offer names a letter for
 * "not reached" and the latest attempt with a known outcome is "ikke truffet". One unanswered call is
 * enough, as the seed says ("Træffes du ikke pr. telefon, vil du modtage et brev", Glostrup lines 218-219
 * and 226-227). The cell is read oldest first, as the sidebar appends to it.
 */
export function letterDueForOffer(offer: PlannedOffer, attempts: readonly CallAttempt[], year?: CallYear): DueLetter | undefined {
  if (offer.booking !== 'phone' || !offer.letterIfNotReached) return undefined;
  const known = attemptsFor(offer, attempts, year).filter((a) => a.outcome !== 'unknown');
  const last = known[known.length - 1];
  return last?.outcome === 'notReached' ? { code: offer.code, template: offer.letterIfNotReached } : undefined;
}

/**
 * For the merge: the letter due because the citizen was not reached on the phone, from the plan's offers
 * (most urgent first, as the engine sorts them) and the raw `Opkald` cell; undefined when none is due.
 * Whether the letter was already sent (Inviteret, Brev) is the caller's to check.
 */
export function dueLetterAfterCalls(
  offers: readonly PlannedOffer[],
  callsCell: unknown,
  toDay: (date: Date) => Day,
  year?: CallYear,
): DueLetter | undefined {
  const attempts = parseCallAttempts(callsCell, toDay);
  for (const offer of offers) {
    const due = letterDueForOffer(offer, attempts, year);
    if (due) return due;
  }
  return undefined;
}
