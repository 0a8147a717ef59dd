import { type Day, toDanish } from '../day';

/**
 * Every Danish sentence the scheduler shows the team, kept in one place. Dates appear as dd-mm-åååå and
 * times as 24-hour hh:mm; the wording of visit times in letters belongs to the letters, not here.
 */

/** A visit as the Besøg cell holds it when the sheet or the offline planner writes it: `dd-mm-åååå tt:mm`. */
export function visitCellText(day: Day, minute: number): string {
  return `${toDanish(day)} ${clock(minute)}`;
}

/** 24-hour hh:mm of minutes after midnight, for messages to the team. */
export function clock(minute: number): string {
  const h = Math.floor(minute / 60);
  const m = minute % 60;
  return `${h < 10 ? '0' : ''}${h}:${m < 10 ? '0' : ''}${m}`;
}

function at(day: Day, minute: number): string {
  return `${toDanish(day)} kl. ${clock(minute)}`;
}

// Input
export const invalidDay = 'skal være en dato. Skriv datoen som dd-mm-åååå';
export const startBeforeEnd = 'arbejdstiden skal begynde før den slutter';
export const fromBeforeTo = 'perioden må ikke begynde efter den slutter';
export const windowFromBeforeTo = 'borgerens periode må ikke begynde efter den slutter';
export const duplicateConsultant = (name: string) => `konsulenten «${name}» står der flere gange`;
export const duplicateCitizen = (id: string) => `borger-id «${id}» står der flere gange`;

// Why a citizen got no visit
export const declined = 'Har frabedt sig besøget';
export const lockedWithoutVisit = 'Låst uden aftalt besøg: planlæg besøget manuelt';
export const windowEndsBeforeFirstDay = (windowTo: Day, firstDay: Day) =>
  `Perioden slutter ${toDanish(windowTo)}, før første mulige besøgsdag ${toDanish(firstDay)} (brevet skal nå frem)`;
export const windowOutsidePeriod = (from: Day, to: Day) =>
  `Perioden ligger uden for planlægningsperioden ${toDanish(from)} til ${toDanish(to)}`;
export const noFreeTime = (from: Day, to: Day) =>
  `Ingen ledig tid hos konsulenterne fra ${toDanish(from)} til ${toDanish(to)}`;

// Why a slot breaks a rule
export const unknownConsultant = (name: string) => `konsulenten «${name}» findes ikke i teamet`;
export const onHoliday = (name: string) => `dagen er en helligdag (${name})`;
export const closedAllDay = (reason: string) => `teamet har lukket (${reason})`;
export const afterClosing = (reason: string, fromMinute: number) =>
  `teamet lukker kl. ${clock(fromMinute)} (${reason})`;
export const notAWorkday = (name: string) => `${name} arbejder ikke på den ugedag`;
export const dayOff = (name: string) => `${name} har fri den dag`;
export const outsideHours = (name: string, startMinute: number, endMinute: number) =>
  `besøget ligger uden for arbejdstiden hos ${name} (${clock(startMinute)}-${clock(endMinute)})`;
export const outsideWindow = (from: Day, to: Day) => `uden for borgerens periode ${toDanish(from)} til ${toDanish(to)}`;
export const overlaps = (name: string) => `${name} har allerede et besøg (med transporttid) på det tidspunkt`;
export const dayFull = (name: string, visitsPerDay: number) => `${name} har allerede ${visitsPerDay} besøg den dag`;

// Warnings about bookings kept as they were
export const existingBreaksRules = (day: Day, minute: number, problems: readonly string[]) =>
  `Det aftalte besøg ${at(day, minute)} er beholdt, men ${problems.join('; ')}`;
export const declinedBookingReleased = (day: Day, minute: number) =>
  `Borgeren har frabedt sig besøget: det aftalte besøg ${at(day, minute)} er taget ud af planen`;

// Moving a visit
export const unknownCitizen = (id: string) => `Borger-id «${id}» findes ikke i planen`;
export const notBooked = (id: string) => `Borger-id «${id}» har ikke et besøg, der kan flyttes`;
export const lockedCannotMove = 'Besøget er låst og kan ikke flyttes';
export const declinedCannotMove = 'Borgeren har frabedt sig besøget';
export const invalidSlot = 'Det nye tidspunkt skal have en dato og et klokkeslæt, fx 24-03-2025 kl. 10.00';
export const cannotMoveTo = (day: Day, minute: number, problems: readonly string[]) =>
  `Besøget kan ikke flyttes til ${at(day, minute)}: ${problems.join('; ')}`;
export const noLaterFreeTime = (to: Day) => `Der er ingen ledig tid efter det nuværende besøg frem til ${toDanish(to)}`;
