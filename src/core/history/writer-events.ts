import type { Day } from '../day';
import type { EventCitizen } from './citizen';
import type { NewHistoryEvent } from './events';

/** A merged letter: the row is marked invited on the letter's day and gets the letter's link. */
export function mergeEvents(citizen: EventCitizen, day: Day, url: string): NewHistoryEvent[] {
  return [
    { ...citizen, kind: 'invited', day, detail: '', source: 'merge' },
    { ...citizen, kind: 'letter', day, detail: url, source: 'merge' },
  ];
}

/** A visit the scheduler wrote (Planlæg besøg), or one it moved (Flyt besøg, Næste ledige tid). */
export function visitEvent(citizen: EventCitizen, visit: { day: Day; minute: number; consultant: string }, moved: boolean): NewHistoryEvent {
  return { ...citizen, kind: moved ? 'moved' : 'booked', day: visit.day, minute: visit.minute, detail: visit.consultant, source: 'scheduler' };
}
