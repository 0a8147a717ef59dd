export { scheduleVisits, firstBookableDay, closuresOf, byUrgency } from './schedule';
export { moveBooking, type MoveOutcome, type MoveTarget } from './move';
export { ScheduleInput, Consultant, Citizen, Closure, Period, Slot } from './input';
export type { Booking, Unplaced, ScheduleWarning, ScheduleResult } from './result';
