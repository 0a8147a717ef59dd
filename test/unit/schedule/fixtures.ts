import { closureOn } from '../../../src/core/calendar/closures';
import { customaryClosuresBetween, isHoliday } from '../../../src/core/calendar/holidays';
import { type Day, fromIso, isoWeekday } from '../../../src/core/day';
import type { Consultant, ScheduleInput } from '../../../src/core/schedule/input';
import type { ScheduleResult } from '../../../src/core/schedule/result';
import { mulberry32 } from '../../../src/core/random';

export const iso = (text: string): Day => fromIso(text)!;
export const hm = (h: number, m = 0): number => h * 60 + m;

export function consultant(name: string, overrides: Partial<Consultant> = {}): Consultant {
  return {
    name,
    weekdays: [1, 2, 3, 4, 5],
    startMinute: hm(9),
    endMinute: hm(15),
    visitsPerDay: 3,
    visitMinutes: 60,
    travelMinutes: 30,
    daysOff: [],
    ...overrides,
  };
}


export interface Random {
  int(min: number, max: number): number;
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  shuffle<T>(items: readonly T[]): T[];
}

export function random(seed: number): Random {
  const next = mulberry32(seed);
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    int,
    chance: (p) => next() < p,
    pick: (items) => items[int(0, items.length - 1)],
    shuffle: (items) => {
      const copy = [...items];
      for (let i = copy.length - 1; i > 0; i--) {
        const j = int(0, i);
        [copy[i], copy[j]] = [copy[j], copy[i]];
      }
      return copy;
    },
  };
}

/**
 * Every rule a new booking must keep, checked from the input alone (not through the scheduler's own
 * helpers), as a list of readable violations: empty means the result is sound.
 */
export function violations(input: ScheduleInput, result: ScheduleResult): string[] {
  const found: string[] = [];
  const closures = input.closures ?? customaryClosuresBetween(input.period.from, input.period.to);
  const citizens = new Map(input.citizens.map((c) => [c.id, c]));
  const consultants = new Map(input.consultants.map((c) => [c.name, c]));
  const firstDay = Math.max(input.period.from, input.today + input.letterLeadDays);
  const seen = new Set<string>();

  for (const b of result.bookings) {
    const citizen = citizens.get(b.id);
    if (!citizen) { found.push(`${b.id}: booked but not in the input`); continue; }
    if (seen.has(b.id)) found.push(`${b.id}: booked twice`);
    seen.add(b.id);
    if (citizen.declined) found.push(`${b.id}: declined but booked`);
    if (citizen.existing) {
      const { day, minute, consultant: name } = citizen.existing;
      if (b.day !== day || b.minute !== minute || b.consultant !== name) found.push(`${b.id}: existing booking changed`);
      continue;
    }
    const c = consultants.get(b.consultant);
    if (!c) { found.push(`${b.id}: unknown consultant`); continue; }
    if (!c.weekdays.includes(isoWeekday(b.day))) found.push(`${b.id}: not a weekday of ${c.name}`);
    if (isHoliday(b.day)) found.push(`${b.id}: on a holiday`);
    if (c.daysOff.includes(b.day)) found.push(`${b.id}: on a day off`);
    const closure = closureOn(b.day, closures);
    const closesAt = closure ? (closure.fromMinute ?? 0) : Infinity;
    if (b.minute + c.visitMinutes > closesAt) found.push(`${b.id}: during a closure`);
    if (b.minute < c.startMinute || b.minute + c.visitMinutes > c.endMinute) found.push(`${b.id}: outside hours`);
    if (b.day < citizen.windowFrom || b.day > citizen.windowTo) found.push(`${b.id}: outside the window`);
    if (b.day < firstDay || b.day > input.period.to) found.push(`${b.id}: outside the bookable period`);
    const sameDay = result.bookings.filter((o) => o.consultant === b.consultant && o.day === b.day);
    for (const other of sameDay) {
      if (other.id === b.id) continue;
      const length = c.visitMinutes + c.travelMinutes;
      if (b.minute < other.minute + length && other.minute < b.minute + length) found.push(`${b.id}: overlaps ${other.id}`);
    }
    if (sameDay.length > c.visitsPerDay) found.push(`${b.id}: more than ${c.visitsPerDay} visits that day`);
  }
  for (const citizen of input.citizens) {
    if (citizen.existing && !citizen.declined && !seen.has(citizen.id)) found.push(`${citizen.id}: existing booking dropped`);
    const unplaced = result.unplaced.some((u) => u.id === citizen.id);
    if (seen.has(citizen.id) === unplaced) found.push(`${citizen.id}: must be either booked or unplaced`);
  }
  return found;
}

/** A random team, year and list of citizens, including broken kept bookings, declines and locks. */
export function randomInput(seed: number): ScheduleInput {
  const r = random(seed);
  const year = r.int(2023, 2030);
  const from = iso(`${year}-01-01`) + r.int(0, 200);
  const to = from + r.int(20, 160);
  const names = r.shuffle(['Anne', 'Bo', 'Carla', 'Dorte', 'Emil', 'Frida']).slice(0, r.int(1, 6));
  const consultants = names.map((name) => {
    const start = hm(r.int(7, 10), r.pick([0, 15, 30]));
    return consultant(name, {
      weekdays: r.shuffle([1, 2, 3, 4, 5, 6, 7]).slice(0, r.int(1, 5)).sort(),
      startMinute: start,
      endMinute: start + r.int(3, 8) * 60,
      visitsPerDay: r.int(1, 5),
      visitMinutes: r.pick([45, 60, 75, 90]),
      travelMinutes: r.pick([0, 15, 30, 45]),
      daysOff: Array.from({ length: r.int(0, 10) }, () => (from + r.int(0, to - from)) as Day),
    });
  });
  const closures = r.chance(0.5)
    ? undefined
    : Array.from({ length: r.int(0, 5) }, () => ({
        day: (from + r.int(0, to - from)) as Day,
        fromMinute: r.chance(0.5) ? undefined : hm(r.int(8, 14)),
        reason: 'Personaledag',
      }));
  const postcodes = ['2600', '2605', '2610', '2620', '2625'].slice(0, r.int(1, 5));
  const citizens = Array.from({ length: r.int(0, 60) }, (_, i) => {
    const windowFrom = (from + r.int(-30, to - from)) as Day;
    const windowTo = (windowFrom + r.int(0, 120)) as Day;
    const existing = r.chance(0.15)
      ? { day: (from + r.int(0, to - from)) as Day, minute: hm(r.int(7, 16), r.pick([0, 30, r.int(0, 59)])), consultant: r.pick([...names, 'Ukendt']) }
      : undefined;
    return {
      id: `r${String(i).padStart(3, '0')}`,
      postcode: r.pick(postcodes),
      windowFrom,
      windowTo,
      ...(existing && { existing }),
      ...(r.chance(0.08) && { declined: true }),
      ...(r.chance(0.05) && { locked: true }),
    };
  });
  return {
    consultants,
    period: { from: from as Day, to: to as Day },
    ...(closures && { closures }),
    letterLeadDays: r.int(0, 28),
    today: (from - r.int(0, 40) + r.int(0, 40)) as Day,
    citizens: r.shuffle(citizens),
  };
}

export { mulberry32 };
