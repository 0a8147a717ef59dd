import { bookingCalendarProblems, teamClosures, visitMinutesOf } from '../../../src/core/sidebar/booking-check';
import { bookedVisit } from '../../../src/core/sidebar/citizen-view';
import { yearScope } from '../../../src/core/records/year';
import { day, row, toDay, utc } from './fixtures';

/** Planning year 2025 (reference date and today 1 March 2025). */
const in2025 = yearScope(day(2025, 3, 1), day(2025, 3, 1));

describe('the booked visit the citizen pane shows (and offers to move)', () => {
  test.each([
    // Besøg as typed or written, Konsulent → the booking, in the letters' own Danish
    ['25-03-2025 10:00', 'Anne Andersen', { day: '2025-03-25', minute: 600, time: '10:00', consultant: 'Anne Andersen', when: 'tirsdag den 25. marts 2025 kl. 10.00' }],
    ['4-4-2025 9:30', '', { day: '2025-04-04', minute: 570, time: '09:30', consultant: '', when: 'fredag den 4. april 2025 kl. 9.30' }],
    [new Date(Date.UTC(2025, 3, 16, 13, 15)), ' Bo Berg ', { day: '2025-04-16', minute: 795, time: '13:15', consultant: 'Bo Berg', when: 'onsdag den 16. april 2025 kl. 13.15' }],
  ])('Besøg %p with Konsulent %p', (visit, consultant, expected) => {
    expect(bookedVisit(row({ 'Fødselsdato': utc(1945, 5, 10), 'Besøg': visit, Konsulent: consultant }), toDay, in2025)).toEqual(expected);
  });

  test.each<[unknown, string]>([
    ['', 'nothing booked'],
    ['25-03-2025', 'a day without a time cannot be moved by the scheduler'],
    [utc(2025, 3, 25), 'a date cell at midnight is a day without a time'],
    ['ring efter påske', 'a note'],
    // issue 22 item 1: last year's visit (a sheet not yet closed, an offline file) is history, not a booking to move
    ['12-02-2024 10:00', 'a visit of the planning year before'],
    [new Date(Date.UTC(2024, 1, 12, 10, 0)), 'a date-time cell of the year before'],
    ['12-02-2026 10:00', 'a visit of the next planning year'],
  ])('no booking for Besøg %p (%s)', (visit) => {
    expect(bookedVisit(row({ 'Fødselsdato': utc(1945, 5, 10), 'Besøg': visit }), toDay, in2025)).toBeUndefined();
  });
});

describe('a first booking is checked against the calendar only', () => {
  const closures = teamClosures({
    closures: [
      { day: '2025-04-22', reason: 'Temadag' },
      { day: '2025-06-05', fromMinute: 720, reason: 'Grundlovsdag (eftermiddag)' },
      { day: '2026-01-02', reason: 'Næste år' },
    ],
  }, 2025);

  test('Skærtorsdag 2025 (17 April) is a public holiday', () => {
    expect(bookingCalendarProblems(day(2025, 4, 17), 600, closures)).toEqual(['dagen er en helligdag (Skærtorsdag)']);
  });

  test('a day the team closed, all day or from noon (a visit must end by then)', () => {
    expect(bookingCalendarProblems(day(2025, 4, 22), 600, closures)).toEqual(['teamet har lukket (Temadag)']);
    expect(bookingCalendarProblems(day(2025, 6, 5), 600, closures, 60)).toEqual([]);
    expect(bookingCalendarProblems(day(2025, 6, 5), 660, closures, 90)).toEqual(['teamet lukker kl. 12:00 (Grundlovsdag (eftermiddag))']);
    expect(bookingCalendarProblems(day(2025, 6, 5), 720, closures)).toHaveLength(1);
  });

  test('an ordinary working day passes; so does a weekend (hours and weekdays are the consultant’s own diary)', () => {
    expect(bookingCalendarProblems(day(2025, 4, 23), 600, closures)).toEqual([]);
    expect(bookingCalendarProblems(day(2025, 3, 2), 600, closures)).toEqual([]);
  });

  test('only the year’s closures; an empty list means the customary ones (as the scheduler reads it)', () => {
    expect(closures.map((c) => c.day)).toEqual([day(2025, 4, 22), day(2025, 6, 5)]);
    const customary = teamClosures({ closures: [] }, 2025);
    expect(bookingCalendarProblems(day(2025, 12, 24), 600, customary)).toEqual(['teamet har lukket (Juleaftensdag)']);
    expect(bookingCalendarProblems(day(2025, 12, 24), 600, teamClosures(undefined, 2025))).toHaveLength(1);
  });

  test('the visit length is the named consultant’s, none for a name the team does not know', () => {
    const settings = { consultants: [{ name: 'Anne Andersen', visitMinutes: 45 }] } as Parameters<typeof visitMinutesOf>[0];
    expect(visitMinutesOf(settings, ' Anne Andersen ')).toBe(45);
    expect(visitMinutesOf(settings, 'Ukendt')).toBe(0);
    expect(visitMinutesOf(settings, undefined)).toBe(0);
  });
});
