import { toIso } from '../../../src/core/day';
import type { Citizen, ScheduleInput } from '../../../src/core/schedule/input';
import { type MoveTarget, moveBooking } from '../../../src/core/schedule/move';
import type { ScheduleResult } from '../../../src/core/schedule/result';
import { scheduleVisits } from '../../../src/core/schedule/schedule';
import { consultant, hm, iso } from './fixtures';

// Monday 17 March 2025 is the first bookable day. Anne has c1 09:00, c2 10:30, c3 12:00; Bo has b1 09:00.
const kept = (id: string, day: string, minute: number, name: string, extra: Partial<Citizen> = {}): Citizen => ({
  id,
  postcode: '2600',
  windowFrom: iso('2025-01-01'),
  windowTo: iso('2025-12-31'),
  existing: { day: iso(day), minute, consultant: name },
  ...extra,
});
const INPUT: ScheduleInput = {
  consultants: [consultant('Anne'), consultant('Bo')],
  period: { from: iso('2025-01-01'), to: iso('2025-12-31') },
  letterLeadDays: 14,
  today: iso('2025-03-03'),
  citizens: [
    kept('c1', '2025-03-17', hm(9), 'Anne'),
    kept('c2', '2025-03-17', hm(10, 30), 'Anne'),
    kept('c3', '2025-03-17', hm(12), 'Anne'),
    kept('b1', '2025-03-17', hm(9), 'Bo'),
    kept('pinned', '2025-03-18', hm(9), 'Bo', { locked: true }),
    { id: 'no-visit', postcode: '2600', windowFrom: iso('2025-01-01'), windowTo: iso('2025-12-31'), locked: true },
    kept('narrow', '2025-03-19', hm(9), 'Anne', { windowFrom: iso('2025-03-19'), windowTo: iso('2025-03-19') }),
  ],
};
const RESULT: ScheduleResult = scheduleVisits(INPUT);

const slotOf = (result: ScheduleResult, id: string) => {
  const b = result.bookings.find((x) => x.id === id)!;
  return `${toIso(b.day)} ${b.minute} ${b.consultant}`;
};

describe('moveBooking', () => {
  it.each<[string, string, MoveTarget | undefined, string]>([
    ['to the next free time the same day: Bo is free after 09:00', 'c1', undefined, `2025-03-17 ${hm(10, 30)} Bo`],
    ['to a free time given', 'c2', { day: iso('2025-03-20'), minute: hm(13) }, `2025-03-20 ${hm(13)} Anne`],
    ['to another consultant', 'c2', { day: iso('2025-03-17'), minute: hm(10, 30), consultant: 'Bo' }, `2025-03-17 ${hm(10, 30)} Bo`],
    ['to the place it is (a no-op)', 'c3', { day: iso('2025-03-17'), minute: hm(12) }, `2025-03-17 ${hm(12)} Anne`],
    ['to just after a visit plus its travel', 'c3', { day: iso('2025-03-17'), minute: hm(10, 30), consultant: 'Bo' }, `2025-03-17 ${hm(10, 30)} Bo`],
  ])('%s', (_, id, target, expected) => {
    const moved = moveBooking(INPUT, RESULT, id, target);
    if (!moved.ok) throw new Error(moved.error);
    expect(slotOf(moved.result, id)).toBe(expected);
    expect(moved.result.bookings.filter((b) => b.id !== id)).toEqual(RESULT.bookings.filter((b) => b.id !== id));
  });

  it('moves to the next day when the team has no room later that day', () => {
    // Work ends 14:00: after the 12:00 visit nothing fits (13:30 would end 14:30).
    const full: ScheduleInput = {
      ...INPUT,
      consultants: [consultant('Anne', { endMinute: hm(14) })],
      citizens: INPUT.citizens.filter((c) => c.existing?.consultant === 'Anne'),
    };
    const moved = moveBooking(full, scheduleVisits(full), 'c3');
    if (!moved.ok) throw new Error(moved.error);
    expect(slotOf(moved.result, 'c3')).toBe(`2025-03-18 ${hm(9)} Anne`);
  });

  it.each<[string, string, MoveTarget | undefined, RegExp]>([
    ['onto a holiday', 'c1', { day: iso('2025-05-29'), minute: hm(9) }, /helligdag \(Kristi himmelfartsdag\)/],
    ['onto a weekend', 'c1', { day: iso('2025-03-22'), minute: hm(9) }, /arbejder ikke på den ugedag/],
    ['onto a closed afternoon', 'c1', { day: iso('2025-06-05'), minute: hm(11, 30) }, /lukker kl\. 12:00/],
    ['past the end of work', 'c1', { day: iso('2025-03-20'), minute: hm(14, 30) }, /uden for arbejdstiden/],
    ['before the start of work', 'c1', { day: iso('2025-03-20'), minute: hm(8) }, /uden for arbejdstiden/],
    ['onto a taken time', 'c1', { day: iso('2025-03-17'), minute: hm(12, 30) }, /allerede et besøg/],
    ['into the travel time of another visit', 'b1', { day: iso('2025-03-17'), minute: hm(10), consultant: 'Anne' }, /allerede et besøg/],
    ['to an unknown consultant', 'c1', { day: iso('2025-03-20'), minute: hm(9), consultant: 'Zoe' }, /«Zoe» findes ikke/],
    ['outside the window', 'narrow', { day: iso('2025-03-20'), minute: hm(9) }, /uden for borgerens periode/],
    ['to a time that is not a whole minute', 'c1', { day: iso('2025-03-20'), minute: 540.5 }, /skal have en dato og et klokkeslæt, fx 24-03-2025 kl\. 10\.00/],
    ['a locked visit', 'pinned', undefined, /låst/],
    ['a citizen with no visit', 'no-visit', undefined, /låst/],
    ['an unknown citizen', 'nobody', undefined, /findes ikke i planen/],
  ])('refuses %s, in Danish', (_, id, target, error) => {
    const moved = moveBooking(INPUT, RESULT, id, target);
    expect(moved).toEqual({ ok: false, error: expect.stringMatching(error) });
  });

  it('drops warnings about the moved visit only', () => {
    const input: ScheduleInput = {
      ...INPUT,
      citizens: [kept('x', '2025-05-29', hm(9), 'Anne'), kept('y', '2025-12-24', hm(9), 'Anne')],
    };
    const result = scheduleVisits(input);
    expect(result.warnings.map((w) => w.id)).toEqual(['x', 'y']);
    const moved = moveBooking(input, result, 'x');
    if (!moved.ok) throw new Error(moved.error);
    expect(moved.result.warnings.map((w) => w.id)).toEqual(['y']);
    // Anne and Bo are both free at 09:00 the next day: the visit stays with Anne.
    expect(slotOf(moved.result, 'x')).toBe(`2025-05-30 ${hm(9)} Anne`);
  });

  it('refuses when no later time is free in the window', () => {
    const input: ScheduleInput = {
      ...INPUT,
      consultants: [consultant('Anne', { endMinute: hm(14) })],
      citizens: [kept('x', '2025-03-19', hm(12), 'Anne', { windowFrom: iso('2025-03-19'), windowTo: iso('2025-03-19') })],
    };
    expect(moveBooking(input, scheduleVisits(input), 'x')).toEqual({ ok: false, error: expect.stringMatching(/ingen ledig tid.*19-03-2025/) });
  });
});
