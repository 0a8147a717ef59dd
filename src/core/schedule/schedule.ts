import type { Closure } from '../calendar/closures';
import { customaryClosuresBetween } from '../calendar/holidays';
import { type Day, addDays } from '../day';
import { type TeamDiary, createDiary, enter, freeStart, slotProblems } from './diary';
import { type Citizen, ScheduleInput, type Slot } from './input';
import { type Booking, type ScheduleResult, type ScheduleWarning, type Unplaced, compareBookings, compareText } from './result';
import * as text from './text';

/**
 * Proposes a fixed visit day and time for every citizen who needs one, spread over the team.
 * Throws a ZodError when the input does not match `ScheduleInput`.
 */
export function scheduleVisits(raw: ScheduleInput): ScheduleResult {
  const input = ScheduleInput.parse(raw);
  const diary = createDiary(input.consultants, closuresOf(input));
  const { kept, pending, unplaced, warnings } = sortOut([...input.citizens].sort(byUrgency));
  const bookings = keepBookings(diary, kept, warnings);
  bookings.push(...placeNew(diary, pending, firstBookableDay(input), input.period.to, unplaced));
  return {
    bookings: bookings.sort(compareBookings),
    unplaced: unplaced.sort((a, b) => compareText(a.id, b.id)),
    warnings,
  };
}

/** The first day a new visit may fall: the letter must reach the citizen first. */
export function firstBookableDay(input: Pick<ScheduleInput, 'period' | 'today' | 'letterLeadDays'>): Day {
  return Math.max(input.period.from, addDays(input.today, input.letterLeadDays)) as Day;
}

/** The team's closures, or the customary ones of the period when the team has given none. */
export function closuresOf(input: Pick<ScheduleInput, 'closures' | 'period'>): readonly Closure[] {
  return input.closures ?? customaryClosuresBetween(input.period.from, input.period.to);
}

/** Most urgent first: the window that closes first, then by postcode and id so equal inputs sort alike. */
export function byUrgency(a: Citizen, b: Citizen): number {
  return a.windowTo - b.windowTo || compareText(a.postcode, b.postcode) || compareText(a.id, b.id);
}

/** Declined and hand-planned citizens out, agreed visits kept, the rest to be placed (order preserved). */
function sortOut(citizens: readonly Citizen[]) {
  const kept: Citizen[] = [];
  const pending: Citizen[] = [];
  const unplaced: Unplaced[] = [];
  const warnings: ScheduleWarning[] = [];
  for (const citizen of citizens) {
    if (citizen.declined) {
      unplaced.push({ id: citizen.id, reason: text.declined });
      if (citizen.existing) {
        const { day, minute } = citizen.existing;
        warnings.push({ id: citizen.id, message: text.declinedBookingReleased(day, minute) });
      }
    } else if (citizen.existing) kept.push(citizen);
    else if (citizen.locked) unplaced.push({ id: citizen.id, reason: text.lockedWithoutVisit });
    else pending.push(citizen);
  }
  return { kept, pending, unplaced, warnings };
}

/**
 * Enters agreed visits as they are, warning about each rule one breaks now. In time order, so a clash is
 * reported on the later visit; before any new visit, so none lands on them.
 */
function keepBookings(diary: TeamDiary, kept: readonly Citizen[], warnings: ScheduleWarning[]): Booking[] {
  const bookings = kept.map((citizen): Booking => ({ id: citizen.id, ...citizen.existing! })).sort(compareBookings);
  const windowOf = new Map(kept.map((c) => [c.id, c]));
  for (const booking of bookings) {
    const { windowFrom, windowTo } = windowOf.get(booking.id)!;
    const problems = slotProblems(diary, booking, windowFrom, windowTo);
    if (problems.length > 0) {
      warnings.push({ id: booking.id, message: text.existingBreaksRules(booking.day, booking.minute, problems) });
    }
    enter(diary, booking);
  }
  return bookings;
}

/**
 * Greedy, most urgent first: the seed citizen gets the earliest free day in its window, with the
 * least-loaded consultant free that day; then that consultant's day is filled with pending citizens of the
 * same postcode whose window allows it (less driving, visits back to back).
 */
function placeNew(diary: TeamDiary, pending: readonly Citizen[], firstDay: Day, lastDay: Day, unplaced: Unplaced[]): Booking[] {
  const bookings: Booking[] = [];
  const placed = new Set<string>();
  const book = (citizen: Citizen, slot: Slot) => {
    const booking = { id: citizen.id, ...slot };
    placed.add(citizen.id);
    enter(diary, booking);
    bookings.push(booking);
  };
  const byPostcode = groupByPostcode(pending);
  for (const seed of pending) {
    if (placed.has(seed.id)) continue;
    const from = Math.max(seed.windowFrom, firstDay) as Day;
    const to = Math.min(seed.windowTo, lastDay) as Day;
    const slot = from <= to ? earliestSlot(diary, from, to) : undefined;
    if (!slot) {
      placed.add(seed.id);
      unplaced.push({ id: seed.id, reason: whyNoSlot(seed, from, to, firstDay, lastDay) });
      continue;
    }
    book(seed, slot);
    const consultant = diary.byName.get(slot.consultant)!;
    for (const neighbour of byPostcode.get(seed.postcode)!) {
      if (placed.has(neighbour.id) || slot.day < neighbour.windowFrom || slot.day > neighbour.windowTo) continue;
      const minute = freeStart(diary, consultant, slot.day);
      if (minute === undefined) break;
      book(neighbour, { day: slot.day, minute, consultant: consultant.name });
    }
  }
  return bookings;
}

function whyNoSlot(citizen: Citizen, from: Day, to: Day, firstDay: Day, lastDay: Day): string {
  if (citizen.windowTo < firstDay) return text.windowEndsBeforeFirstDay(citizen.windowTo, firstDay);
  if (from > to) return text.windowOutsidePeriod(firstDay, lastDay);
  return text.noFreeTime(from, to);
}

/** The earliest day with a free consultant; on that day the least-loaded consultant, ties by name. */
function earliestSlot(diary: TeamDiary, from: Day, to: Day): Slot | undefined {
  for (let day = from; day <= to; day = addDays(day, 1)) {
    let best: Slot | undefined;
    let bestLoad = Infinity;
    for (const consultant of diary.consultants) {
      const load = diary.load.get(consultant.name)!;
      if (load >= bestLoad) continue;
      const minute = freeStart(diary, consultant, day);
      if (minute === undefined) continue;
      best = { day, minute, consultant: consultant.name };
      bestLoad = load;
    }
    if (best) return best;
  }
  return undefined;
}

/** Citizens by postcode, each list in the order given (urgency). */
function groupByPostcode(citizens: readonly Citizen[]): Map<string, Citizen[]> {
  const groups = new Map<string, Citizen[]>();
  for (const citizen of citizens) {
    const group = groups.get(citizen.postcode);
    if (group) group.push(citizen);
    else groups.set(citizen.postcode, [citizen]);
  }
  return groups;
}
