import type { CitizenMeetingView } from '../src/core/sidebar/protocol';
import type { Attendance } from '../src/core/meetings/attendance';
import { h } from './dom';
import * as text from './text';

/** What the section's buttons do (the citizen pane calls the endpoints and shows the answer). */
export interface MeetingHandlers {
  move(name: string): void;
  attend(value: Attendance): void;
}

/**
 * The citizen's meeting (arrangement): name, time, place and address, the attendance recorded; buttons to
 * record Deltog or Udeblev once the meeting has been held; and a list of the other upcoming meetings of
 * the same offer with free seats to move the citizen to. Everything is set as text.
 */
export function meetingSection(meeting: CitizenMeetingView, on: MeetingHandlers): HTMLElement {
  const current = meeting.current;
  const details = h('dl', { class: 'definitions' });
  const row = (term: string, ...values: [string, string][]) => {
    const parts = values.filter(([value]) => value).map(([value, id]) => h('span', { id }, value));
    if (!parts.length) return;
    details.append(h('dt', {}, term), h('dd', {}, ...parts.flatMap((part, i) => (i ? [', ', part] : [part]))));
  };
  if (current) {
    row(text.MEETING_NAME, [current.name, 'meeting-name']);
    row(text.MEETING_WHEN, [current.when, 'meeting-when']);
    // Place and address share a line, so the section's buttons stay in view on a 720 px panel.
    row(text.MEETING_PLACE, [current.place, 'meeting-place'], [current.address, 'meeting-address']);
  }
  row(text.ATTENDANCE, [meeting.attendanceText, 'meeting-attendance']);
  return h('section', { class: 'section actions', id: 'meeting', attrs: { 'aria-labelledby': 'meeting-heading' } },
    h('h3', { id: 'meeting-heading' }, text.MEETING),
    meeting.unknown ? h('div', { class: 'notice warning', attrs: { role: 'note' } }, h('p', {}, meeting.unknown)) : null,
    !current && !meeting.unknown ? h('p', { class: 'help', id: 'meeting-none' }, text.NO_MEETING_YET) : null,
    details.childElementCount ? details : null,
    meeting.canRecordAttendance ? attendanceButtons(meeting, on) : null,
    meeting.canMove ? moveForm(meeting, current !== undefined, on) : null,
    meeting.noChoice ? h('p', { class: 'help', id: 'meeting-no-choice' }, meeting.noChoice) : null,
  );
}

function attendanceButtons(meeting: CitizenMeetingView, on: MeetingHandlers): HTMLElement {
  const button = (value: Attendance, label: string) =>
    h('button', {
      id: `attendance-${value}`,
      class: meeting.attendance === undefined && value === 'attended' ? 'primary' : 'secondary',
      attrs: { type: 'button', 'aria-pressed': String(meeting.attendance === value), 'aria-describedby': 'attendance-help' },
      on: { click: () => on.attend(value) },
    }, label);
  return h('div', {},
    h('div', { class: 'button-grid' }, button('attended', text.ATTENDED), button('absent', text.ABSENT)),
    h('p', { class: 'help', id: 'attendance-help' }, text.ATTENDANCE_HELP),
  );
}

function moveForm(meeting: CitizenMeetingView, hasMeeting: boolean, on: MeetingHandlers): HTMLElement {
  const select = h('select', { id: 'meeting-choice', attrs: { 'aria-describedby': 'meeting-move-help' } },
    ...meeting.choices.map((c, i) => h('option', { attrs: { value: c.name, selected: i === 0 } }, c.label)),
  );
  return h('div', { class: 'meeting-move' },
    h('div', { class: 'field' },
      h('label', { attrs: { for: 'meeting-choice' } }, hasMeeting ? text.MOVE_MEETING_TO : text.CHOOSE_MEETING_TO),
      select,
    ),
    h('button', { id: 'meeting-move', class: 'secondary', attrs: { type: 'button' }, on: { click: () => on.move(select.value) } },
      hasMeeting ? text.MOVE_MEETING : text.CHOOSE_MEETING),
    // After the button, as in the visit forms, so the button stays in view on a 720 px panel.
    h('p', { class: 'help after', id: 'meeting-move-help' }, text.MOVE_MEETING_HELP),
  );
}
