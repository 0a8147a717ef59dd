import * as z from 'zod/mini';
import type { Day } from '../day';
import * as text from './text';

// zod/mini (jitless, set once in src/core/profiles/schema.ts) keeps the Apps Script bundle small and free of eval.
z.config({ jitless: true });

/**
 * The schema of the scheduler's input: the single source of its types. Each schema is built on first use
 * (z.lazy): Sheets runs the whole script's top level on every custom-function call (issue 26).
 */

const dayNumber = () => z.custom<Day>((value) => typeof value === 'number' && Number.isSafeInteger(value), text.invalidDay);

const MINUTES_PER_DAY = 24 * 60;
/** Minutes after midnight, e.g. 9:00 = 540. */
const minuteOfDay = () => z.int().check(z.gte(0), z.lte(MINUTES_PER_DAY));

export const Consultant = z.lazy(() =>
  z
    .object({
      name: z.string().check(z.minLength(1)),
      /** ISO weekdays the consultant visits: 1 = Monday … 7 = Sunday. */
      weekdays: z.array(z.int().check(z.gte(1), z.lte(7))),
      startMinute: minuteOfDay(),
      /** A visit must end by this minute. */
      endMinute: minuteOfDay(),
      visitsPerDay: z.int().check(z.gte(0)),
      visitMinutes: z.int().check(z.gte(1), z.lte(MINUTES_PER_DAY)),
      /** Buffer after each visit before the next may start. */
      travelMinutes: z.int().check(z.gte(0), z.lte(MINUTES_PER_DAY)),
      daysOff: z.array(dayNumber()),
    })
    .check(z.refine((c) => c.startMinute < c.endMinute, { message: text.startBeforeEnd, path: ['endMinute'] })),
);
export type Consultant = z.infer<typeof Consultant>;

export const Slot = z.lazy(() => z.object({ day: dayNumber(), minute: minuteOfDay(), consultant: z.string() }));
/** A visit's place in time: the day, the start minute and who goes. */
export type Slot = z.infer<typeof Slot>;

export const Citizen = z.lazy(() =>
  z
    .object({
      /** An opaque row key: never a name or a CPR number. */
      id: z.string().check(z.minLength(1)),
      postcode: z.string(),
      /** The visit must fall from `windowFrom` to `windowTo`, both included. */
      windowFrom: dayNumber(),
      windowTo: dayNumber(),
      /** A visit already agreed: kept as it is. */
      existing: z.optional(Slot),
      /** The citizen has declined: never booked. */
      declined: z.optional(z.boolean()),
      /** Planned by hand: the scheduler neither books nor moves this citizen. */
      locked: z.optional(z.boolean()),
    })
    .check(z.refine((c) => c.windowFrom <= c.windowTo, { message: text.windowFromBeforeTo, path: ['windowTo'] })),
);
export type Citizen = z.infer<typeof Citizen>;

export const Closure = z.lazy(() =>
  z.object({
    day: dayNumber(),
    /** Closed from this minute; left out, closed all day. */
    fromMinute: z.optional(minuteOfDay()),
    reason: z.string(),
  }),
);

export const Period = z.lazy(() =>
  z
    .object({ from: dayNumber(), to: dayNumber() })
    .check(z.refine((p) => p.from <= p.to, { message: text.fromBeforeTo, path: ['to'] })),
);

export const ScheduleInput = z.lazy(() =>
  z
    .object({
      consultants: z.array(Consultant),
      period: Period,
      /** The team's closed days; left out, the customary ones (24 Dec, 31 Dec, 5 June from 12:00). */
      closures: z.optional(z.array(Closure)),
      /** Days a letter needs to reach the citizen: the first bookable day is today + lead at the earliest. */
      letterLeadDays: z.int().check(z.gte(0)),
      today: dayNumber(),
      citizens: z.array(Citizen),
    })
    .check(
      z.superRefine((input, ctx) => {
        for (const name of duplicates(input.consultants.map((c) => c.name))) {
          ctx.addIssue({ code: 'custom', message: text.duplicateConsultant(name), path: ['consultants'], input: name });
        }
        for (const id of duplicates(input.citizens.map((c) => c.id))) {
          ctx.addIssue({ code: 'custom', message: text.duplicateCitizen(id), path: ['citizens'], input: id });
        }
      }),
    ),
);
export type ScheduleInput = z.infer<typeof ScheduleInput>;

function duplicates(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const value of values) (seen.has(value) ? repeated : seen).add(value);
  return [...repeated];
}
