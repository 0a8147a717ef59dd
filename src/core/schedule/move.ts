import { type Day, addDays } from '../day';
import { type TeamDiary, createDiary, enter, freeStart, slotProblems } from './diary';
import { ScheduleInput, Slot } from './input';
import { type Booking, type ScheduleResult, compareBookings, compareText } from './result';
import { closuresOf, firstBookableDay } from './schedule';
import * as text from './text';

export type MoveOutcome = { readonly ok: true; readonly result: ScheduleResult } | { readonly ok: false; readonly error: string };

/** Where to move a visit; the consultant defaults to the one who has it now. */
export type MoveTarget = Omit<Slot, 'consultant'> & { readonly consultant?: string };

/**
 * Moves one citizen's visit and nothing else: to `target` when it is free and allowed (else a Danish
 * error), or without a target to the next free allowed time after the current one. Other visits, the
 * unplaced list and the other warnings are returned unchanged; warnings about the moved visit are dropped.
 */
export function moveBooking(raw: ScheduleInput, result: ScheduleResult, id: string, target?: MoveTarget): MoveOutcome {
  const input = ScheduleInput.parse(raw);
  const citizen = input.citizens.find((c) => c.id === id);
  if (!citizen) return failure(text.unknownCitizen(id));
  if (citizen.declined) return failure(text.declinedCannotMove);
  if (citizen.locked) return failure(text.lockedCannotMove);
  const current = result.bookings.find((b) => b.id === id);
  if (!current) return failure(text.notBooked(id));

  const diary = createDiary(input.consultants, closuresOf(input));
  for (const booking of result.bookings) if (booking.id !== id) enter(diary, booking);

  let slot: Slot;
  if (target) {
    const parsed = Slot.safeParse({ ...target, consultant: target.consultant ?? current.consultant });
    if (!parsed.success) return failure(text.invalidSlot);
    slot = parsed.data;
    const problems = slotProblems(diary, slot, citizen.windowFrom, citizen.windowTo);
    if (problems.length > 0) return failure(text.cannotMoveTo(slot.day, slot.minute, problems));
  } else {
    const to = Math.min(citizen.windowTo, input.period.to) as Day;
    const found = nextFreeSlot(diary, current, Math.max(citizen.windowFrom, firstBookableDay(input)) as Day, to);
    if (!found) return failure(text.noLaterFreeTime(to));
    slot = found;
  }

  const moved: Booking = { id, day: slot.day, minute: slot.minute, consultant: slot.consultant };
  return {
    ok: true,
    result: {
      bookings: result.bookings.map((b) => (b.id === id ? moved : b)).sort(compareBookings),
      unplaced: result.unplaced,
      warnings: result.warnings.filter((w) => w.id !== id),
    },
  };
}

/**
 * The earliest free time strictly after the current visit, from `from` to `to`. On a tie in time the
 * current consultant keeps the visit, then the least-loaded consultant, then by name.
 */
function nextFreeSlot(diary: TeamDiary, current: Booking, from: Day, to: Day): Slot | undefined {
  const rank = (name: string) => [name === current.consultant ? 0 : 1, diary.load.get(name)!] as const;
  for (let day = Math.max(from, current.day) as Day; day <= to; day = addDays(day, 1)) {
    let best: Slot | undefined;
    for (const consultant of diary.consultants) {
      const minute = freeStart(diary, consultant, day, day === current.day ? current.minute : -1);
      if (minute === undefined) continue;
      const candidate = { day, minute, consultant: consultant.name };
      if (!best || isBefore(candidate, best, rank)) best = candidate;
    }
    if (best) return best;
  }
  return undefined;
}

function isBefore(a: Slot, b: Slot, rank: (name: string) => readonly [number, number]): boolean {
  const [ra, rb] = [rank(a.consultant), rank(b.consultant)];
  return (a.minute - b.minute || ra[0] - rb[0] || ra[1] - rb[1] || compareText(a.consultant, b.consultant)) < 0;
}

function failure(error: string): MoveOutcome {
  return { ok: false, error };
}
