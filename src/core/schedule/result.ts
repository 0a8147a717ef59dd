import type { Day } from '../day';

/** A proposed or kept visit. Letters format the day and minute themselves. */
export interface Booking {
  readonly id: string;
  readonly day: Day;
  readonly minute: number;
  readonly consultant: string;
}

/** A citizen without a visit, and why (Danish, for the team). */
export interface Unplaced {
  readonly id: string;
  readonly reason: string;
}

/** Something the team should look at (Danish); `id` names the citizen's row when it is about one. */
export interface ScheduleWarning {
  readonly id?: string;
  readonly message: string;
}

export interface ScheduleResult {
  /** In time order: day, minute, consultant, id. */
  readonly bookings: readonly Booking[];
  readonly unplaced: readonly Unplaced[];
  readonly warnings: readonly ScheduleWarning[];
}

/** Time order, so a result reads like a diary and equal inputs give equal arrays. */
export function compareBookings(a: Booking, b: Booking): number {
  return a.day - b.day || a.minute - b.minute || compareText(a.consultant, b.consultant) || compareText(a.id, b.id);
}

/** Code-unit order: unlike localeCompare it is the same on every machine and time zone. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
