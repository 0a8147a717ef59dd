import { type Day, addDays, dayFromYmd, yearOf } from '../day';
import type { Closure } from './closures';
import { easterSunday } from './easter';

/** A Danish public holiday (helligdag), named as in the Danish calendar. */
export interface Holiday {
  readonly day: Day;
  readonly name: string;
}

/** Store bededag stopped being a public holiday from 2024 (the act abolishing it was passed in February 2023). */
export const LAST_YEAR_WITH_STORE_BEDEDAG = 2023;

/** Moving holidays as days from Easter Sunday. The names are proper names, hence kept with the dates. */
const EASTER_OFFSETS: readonly (readonly [number, string])[] = [
  [-3, 'Skærtorsdag'],
  [-2, 'Langfredag'],
  [0, 'Påskedag'],
  [1, '2. påskedag'],
  [26, 'Store bededag'],
  [39, 'Kristi himmelfartsdag'],
  [49, 'Pinsedag'],
  [50, '2. pinsedag'],
];

const STORE_BEDEDAG = 'Store bededag';
const GRUNDLOVSDAG_CLOSING_MINUTE = 12 * 60;

// Holidays are asked for day by day in the scheduler's inner loops: compute each year once.
const holidaysByYear = new Map<number, readonly Holiday[]>();
const holidayByDay = new Map<number, ReadonlyMap<Day, Holiday>>();

/** The public holidays of a year, in date order. */
export function holidaysOf(year: number): readonly Holiday[] {
  const cached = holidaysByYear.get(year);
  if (cached) return cached;
  const easter = easterSunday(year);
  const moving = EASTER_OFFSETS.filter(([, name]) => name !== STORE_BEDEDAG || year <= LAST_YEAR_WITH_STORE_BEDEDAG)
    .map(([offset, name]): Holiday => ({ day: addDays(easter, offset), name }));
  const holidays = Object.freeze(
    [
      { day: dayFromYmd(year, 1, 1), name: 'Nytårsdag' },
      ...moving,
      { day: dayFromYmd(year, 12, 25), name: 'Juledag' },
      { day: dayFromYmd(year, 12, 26), name: '2. juledag' },
    ]
      .map((holiday) => Object.freeze(holiday))
      .sort((a, b) => a.day - b.day),
  );
  holidaysByYear.set(year, holidays);
  return holidays;
}

/** The holiday on the day, or undefined on an ordinary day. */
export function holidayOn(day: Day): Holiday | undefined {
  const year = yearOf(day);
  let byDay = holidayByDay.get(year);
  if (!byDay) {
    byDay = new Map(holidaysOf(year).map((holiday) => [holiday.day, holiday]));
    holidayByDay.set(year, byDay);
  }
  return byDay.get(day);
}

export function isHoliday(day: Day): boolean {
  return holidayOn(day) !== undefined;
}

/**
 * Days that are not public holidays but on which municipal offices customarily close: the defaults a team
 * starts from and may change. Grundlovsdag closes from noon.
 */
export function customaryClosuresOf(year: number): readonly Closure[] {
  return [
    { day: dayFromYmd(year, 6, 5), fromMinute: GRUNDLOVSDAG_CLOSING_MINUTE, reason: 'Grundlovsdag' },
    { day: dayFromYmd(year, 12, 24), reason: 'Juleaftensdag' },
    { day: dayFromYmd(year, 12, 31), reason: 'Nytårsaftensdag' },
  ];
}

/** The customary closures from `from` to `to`, both included. */
export function customaryClosuresBetween(from: Day, to: Day): readonly Closure[] {
  const closures: Closure[] = [];
  for (let year = yearOf(from); year <= yearOf(to); year++) {
    closures.push(...customaryClosuresOf(year).filter((closure) => closure.day >= from && closure.day <= to));
  }
  return closures;
}
