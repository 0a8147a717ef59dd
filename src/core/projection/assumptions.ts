import type { Booking } from '../profiles/schema';
import type { Settings } from '../settings/schema';
import type { Practice } from './practice';
import * as text from './text';

/**
 * Every figure the projection rests on, with where it came from: the team's settings, its Historik, or
 * fhb's default with the reason for it. A figure a council member reads is never unexplained.
 */
export interface Figure {
  readonly value: number;
  readonly source: string;
}

/** Under this many invitations in Historik an offer's own acceptance is too uncertain: the default is used. */
export const MIN_INVITATIONS = 30;

/** Danish studies: about two thirds accept a preventive home visit. */
export const DEFAULT_ACCEPTANCE = 2 / 3;
/** More accept when the letter proposes a date and time: fhb reckons three in four. */
export const DEFAULT_ACCEPTANCE_FIXED_TIME = 3 / 4;
export const DEFAULT_VISIT_MINUTES = 60;
export const DEFAULT_OVERHEAD_MINUTES = 60;
export const DEFAULT_WEEKLY_HOURS = 37;
export const DEFAULT_WORKING_WEEKS = 42;
export const DEFAULT_MEETING_CAPACITY = 30;

export interface Assumptions {
  readonly visitMinutes: Figure;
  readonly overheadMinutes: Figure;
  readonly weeklyHours: Figure;
  readonly workingWeeks: Figure;
  readonly meetingCapacity: Figure;
  /** Consultants in the settings; 0 = no capacity can be given. */
  readonly consultants: number;
  readonly practice: Practice;
  /** The acceptance of an offer code reached by a way of booking. */
  acceptance(code: string, booking: Booking): Figure;
}

const average = (values: readonly number[]) => values.reduce((a, b) => a + b, 0) / values.length;

/** The team's own figure from the settings when it gave one, else the fallback with its source. */
const teamOr = (own: number | undefined, otherwise: Figure): Figure => (own !== undefined ? { value: own, source: text.FROM_SETTINGS } : otherwise);

export function assumptionsOf(settings: Settings, practice: Practice): Assumptions {
  const own = settings.projection;
  const consultants = settings.consultants;
  const capacities = settings.meetings.map((m) => m.capacity);
  const cache = new Map<string, Figure>();
  return {
    visitMinutes: teamOr(own.visitMinutes, consultants.length
      ? { value: Math.round(average(consultants.map((c) => c.visitMinutes))), source: text.FROM_CONSULTANTS }
      : { value: DEFAULT_VISIT_MINUTES, source: text.DEFAULT_VISIT_SOURCE }),
    overheadMinutes: teamOr(own.overheadMinutes, { value: DEFAULT_OVERHEAD_MINUTES, source: text.DEFAULT_OVERHEAD_SOURCE }),
    weeklyHours: teamOr(own.weeklyHours, { value: DEFAULT_WEEKLY_HOURS, source: text.DEFAULT_WEEKLY_HOURS_SOURCE }),
    workingWeeks: teamOr(own.workingWeeks, { value: DEFAULT_WORKING_WEEKS, source: text.DEFAULT_WORKING_WEEKS_SOURCE }),
    meetingCapacity: teamOr(own.meetingCapacity, capacities.length
      ? { value: Math.round(average(capacities)), source: text.FROM_MEETINGS(capacities.length) }
      : { value: DEFAULT_MEETING_CAPACITY, source: text.DEFAULT_MEETING_SOURCE }),
    consultants: consultants.length,
    practice,
    acceptance(code, booking) {
      const key = `${code}|${booking}`;
      let figure = cache.get(key);
      if (!figure) cache.set(key, (figure = acceptanceOf(code, booking, own.acceptance, practice)));
      return figure;
    },
  };
}

function acceptanceOf(code: string, booking: Booking, overrides: Readonly<Record<string, number>>, practice: Practice): Figure {
  if (overrides[code] !== undefined) return { value: overrides[code], source: text.FROM_SETTINGS };
  const own = practice.byCode.get(code);
  if (own && own.invited >= MIN_INVITATIONS) {
    return { value: Math.min(1, own.held / own.invited), source: text.FROM_HISTORY_ACCEPTANCE(own.held, own.invited, practice.years) };
  }
  const fixed = booking === 'fixedTime';
  const value = fixed ? DEFAULT_ACCEPTANCE_FIXED_TIME : DEFAULT_ACCEPTANCE;
  const why = fixed ? text.DEFAULT_ACCEPTANCE_FIXED_SOURCE : text.DEFAULT_ACCEPTANCE_SOURCE;
  return { value, source: own?.invited ? `${why} ${text.TOO_FEW_INVITATIONS(own.invited, MIN_INVITATIONS)}` : why };
}
