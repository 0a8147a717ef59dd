import { type Day, dayFromYmd } from '../src/core/day';
import type { Citizen, Consultant, ScheduleInput } from '../src/core/schedule/input';
import { scheduleVisits } from '../src/core/schedule/schedule';
import { mulberry32 } from '../src/core/random';

const VISITS = 2_000;
const CONSULTANT_NAMES = ['Anne', 'Bo', 'Carla', 'Dorte', 'Emil', 'Frida'];
const POSTCODES = ['2600', '2605', '2610', '2620', '2625', '2630', '2635', '2640', '2650', '2660'];

/**
 * Schedules 2,000 visits for 6 consultants over one year of seeded data and times it. The data are made
 * before the clock starts; the time covers input validation and scheduling.
 */
export function benchSchedule(): { visits: number; consultants: number; ms: number } {
  const input = benchInput();
  const started = performance.now();
  const result = scheduleVisits(input);
  const ms = performance.now() - started;
  return { visits: result.bookings.length, consultants: input.consultants.length, ms: Math.round(ms) };
}

/** A year of Glostrup-like 80-year-olds: most may be visited all year, some within a quarter. */
function benchInput(): ScheduleInput {
  const next = mulberry32(80);
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const from = dayFromYmd(2026, 1, 1);
  const to = dayFromYmd(2026, 12, 31);
  const consultants: Consultant[] = CONSULTANT_NAMES.map((name, i) => ({
    name,
    weekdays: i === 5 ? [1, 2, 3, 4] : [1, 2, 3, 4, 5],
    startMinute: 9 * 60,
    endMinute: 15 * 60,
    visitsPerDay: 3,
    visitMinutes: 60,
    travelMinutes: 30,
    daysOff: Array.from({ length: 25 }, () => (from + int(0, 364)) as Day),
  }));
  const citizens: Citizen[] = Array.from({ length: VISITS }, (_, i) => {
    const quarter = next() < 0.3 ? int(0, 3) : undefined;
    return {
      id: `row-${i + 2}`,
      postcode: POSTCODES[int(0, POSTCODES.length - 1)],
      windowFrom: quarter === undefined ? from : ((from + quarter * 91) as Day),
      windowTo: quarter === undefined ? to : ((from + quarter * 91 + 90) as Day),
    };
  });
  return { consultants, period: { from, to }, letterLeadDays: 21, today: (from - 30) as Day, citizens };
}

