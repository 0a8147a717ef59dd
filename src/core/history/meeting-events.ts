import type { Attendance } from '../meetings/attendance';
import { movedDetail } from '../meetings/text';
import type { Meeting } from '../settings/schema';
import { fromIso } from '../day';
import type { EventCitizen } from './citizen';
import type { NewHistoryEvent } from './events';

/** The event of a move to another meeting (from the sidebar): the meeting's day and time, its name and the one before. */
export function meetingMovedEvent(citizen: EventCitizen, meeting: Meeting, previous: string | undefined): NewHistoryEvent {
  return { ...citizen, kind: 'meetingMoved', day: fromIso(meeting.day)!, minute: meeting.startMinute, detail: movedDetail(meeting.name, previous), source: 'sidebar' };
}

/** The event of attendance recorded (Deltog or Udeblev) for the meeting the row names. */
export function attendanceEvent(citizen: EventCitizen, meeting: Meeting, value: Attendance): NewHistoryEvent {
  return { ...citizen, kind: value, day: fromIso(meeting.day)!, detail: meeting.name, source: 'sidebar' };
}
