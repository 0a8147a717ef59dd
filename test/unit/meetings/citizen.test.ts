import { dayFromYmd } from '../../../src/core/day';
import { readAttendance } from '../../../src/core/meetings/attendance';
import { citizenMeeting, MeetingContext, MeetingRow, planAttendance, planMeetingMove } from '../../../src/core/meetings/citizen';
import { holdsSeat, seatsTaken } from '../../../src/core/meetings/seats';
import { Meeting, Settings } from '../../../src/core/settings/schema';

/**
 * A citizen's meeting in the sidebar (issue 13, item 2): Glostrup invites its 70-year-olds living alone and
 * its 75-year-olds to an information meeting (G173-192); Ballerup its 75- and 80-year-olds to an event at
 * the town hall (B91-98). Move only to an upcoming meeting of the same offer with room; attendance only for
 * the meeting the row names, from its day on.
 */

const TODAY = dayFromYmd(2025, 4, 8);
const meeting = (m: Partial<Meeting> & Pick<Meeting, 'name' | 'day'>): Meeting =>
  Settings.parse({ meetings: [{ startMinute: 600, endMinute: 720, place: 'Rådhuset', address: 'Rådhusvej 1', capacity: 2, offers: ['ALDER_75', 'ALENE_70'], ...m }] }).meetings[0];

const held = meeting({ name: 'Marts', day: '2025-03-11' });
const today = meeting({ name: 'April', day: '2025-04-08' });
const may = meeting({ name: 'Maj', day: '2025-05-13', capacity: 3 });
const june80 = meeting({ name: 'Juni 80', day: '2025-06-10', offers: ['ALDER_80'] });
const MEETINGS = [held, today, may, june80];

const ctx = (taken: Record<string, number> = {}): MeetingContext => ({ meetings: MEETINGS, taken: new Map(Object.entries(taken)), today: TODAY });
const row = (meetingCell: unknown, attendance: unknown = '', codes = ['ALDER_75']): MeetingRow => ({ codes, meeting: meetingCell, attendance, scope: { year: 2025, openYear: 2025 } });

test('seats taken: one per row naming a meeting, by name with case and spaces ignored; unknown names hold none', () => {
  const taken = seatsTaken(['Maj', ' maj ', 'MAJ', '', null, 'April', 'Julefrokost', 42].map((meeting) => ({ meeting })), MEETINGS);
  expect(Object.fromEntries(taken)).toEqual({ Marts: 0, April: 1, Maj: 3, 'Juni 80': 0 });
});

test.each([
  ['no Ophørt column', undefined, true],
  ['Ophørt empty', '', true],
  ['ended (a date)', new Date(Date.UTC(2025, 1, 1)), false],
  ['ended (a mark)', 'x', false],
] as const)('a citizen whose row names a meeting holds the seat: %s → %s (an ended citizen frees it)', (_what, ended, holds) => {
  expect(holdsSeat({ meeting: 'Maj', ended })).toBe(holds);
  expect(seatsTaken([{ meeting: 'Maj', ended }], MEETINGS).get('Maj')).toBe(holds ? 1 : 0);
});

test.each([
  ['Deltog', 'set', 'attended'], ['deltog', 'set', 'attended'], ['x', 'set', 'attended'], ['Mødt op', 'set', 'attended'],
  ['Udeblev', 'set', 'absent'], ['nej', 'set', 'absent'], ['ikke mødt', 'set', 'absent'],
  ['', 'none', undefined], [null, 'none', undefined], ['kom sent', 'unreadable', undefined],
])('attendance cell %p reads as %s %s', (cell, kind, value) => {
  const read = readAttendance(cell);
  expect(read.kind).toBe(kind);
  if (read.kind === 'set') expect(read.value).toBe(value);
});

describe('the view', () => {
  test('no meeting offer and no meeting named: nothing to show', () => {
    expect(citizenMeeting(row('', '', []), ctx())).toBeUndefined();
  });

  test.each([
    // [case, row, taken, choices]
    ['not seated: every upcoming meeting of the offer with room, earliest first', row(''), {}, ['April', 'Maj']],
    ['seated in April: Maj only (the current meeting is not a choice)', row('April'), { April: 1 }, ['Maj']],
    ['Maj full: nothing to move to', row('April'), { April: 1, Maj: 3 }, []],
    ['a meeting held before today is never a choice; one held today still is', row('Maj'), {}, ['April']],
    ['an 80-year-old: only the meeting for ALDER_80', row('', '', ['ALDER_80']), {}, ['Juni 80']],
    ['who came (Deltog) is not moved', row('Marts', 'Deltog'), {}, []],
    ['a no-show (Udeblev) may be moved', row('Marts', 'Udeblev'), {}, ['April', 'Maj']],
  ])('%s', (_case, r, taken, names) => {
    const view = citizenMeeting(r, ctx(taken))!;
    expect(view.choices.map((c) => c.name)).toEqual(names);
    expect(view.canMove).toBe(names.length > 0);
  });

  test('the choice says when and how many seats are free, in Danish singular and plural', () => {
    const view = citizenMeeting(row(''), ctx({ April: 1, Maj: 1 }))!;
    expect(view.choices.map((c) => c.label)).toEqual([
      'April: tirsdag den 8. april 2025 kl. 10.00-12.00 (1 ledig plads)',
      'Maj: tirsdag den 13. maj 2025 kl. 10.00-12.00 (2 ledige pladser)',
    ]);
  });

  test('the current meeting, attendance, and whether it can be recorded (from the meeting day on)', () => {
    expect(citizenMeeting(row('marts', 'Udeblev'), ctx())).toMatchObject({
      current: { name: 'Marts', day: '2025-03-11', when: 'tirsdag den 11. marts 2025 kl. 10.00-12.00', place: 'Rådhuset', address: 'Rådhusvej 1', held: true },
      attendance: 'absent', attendanceText: 'Udeblev', canRecordAttendance: true,
    });
    expect(citizenMeeting(row('April'), ctx())).toMatchObject({ canRecordAttendance: true, attendanceText: '' });
    expect(citizenMeeting(row('Maj'), ctx())).toMatchObject({ canRecordAttendance: false });
  });

  test('a meeting name Indstillinger does not list is said, and the team’s own attendance text is shown as typed', () => {
    const view = citizenMeeting(row('Julefrokost', 'kom sent', []), ctx())!;
    expect(view.current).toBeUndefined();
    expect(view.unknown).toBe('Rækken nævner arrangementet «Julefrokost», som ikke står i Indstillinger (Arrangementer).');
    expect(view).toMatchObject({ attendanceText: 'kom sent', canRecordAttendance: false, canMove: false });
    expect(view.noChoice).toBeUndefined();
  });

  test('a meeting offer with no meeting left: says why there is nothing to choose', () => {
    expect(citizenMeeting(row('', '', ['ALENE_70']), ctx({ April: 2, Maj: 3 }))!.noChoice).toBe(
      'Der er intet andet kommende arrangement med ledige pladser for ALENE_70.',
    );
  });
});

describe('moving', () => {
  test.each([
    // [case, row, target, taken, kind, message]
    ['to a meeting with room', row('April'), 'Maj', { April: 1, Maj: 2 }, 'write', 'Borgeren er flyttet til «Maj», tirsdag den 13. maj 2025 kl. 10.00-12.00. Husk at give borgeren besked.'],
    ['the name as typed in another case', row(''), ' maj', {}, 'write', /flyttet til «Maj»/],
    ['to the meeting the row names already', row('Maj'), 'MAJ', { Maj: 1 }, 'same', 'Borgeren er allerede tilmeldt «Maj». Intet er ændret.'],
    ['to a full meeting (the last seat just taken)', row('April'), 'Maj', { April: 1, Maj: 3 }, 'refused', '«Maj» er fuldt: en kollega har lige taget den sidste plads. Vælg et andet arrangement. Intet er ændret.'],
    ['to a meeting of another offer', row('April'), 'Juni 80', {}, 'refused', '«Juni 80» er ikke et arrangement for borgerens tilbud i år. Intet er ændret.'],
    ['to a meeting already held', row('April'), 'Marts', {}, 'refused', '«Marts» var 11-03-2025 og kan ikke længere vælges. Intet er ændret.'],
    ['to a meeting not in Indstillinger', row('April'), 'Julefrokost', {}, 'refused', 'Arrangementet «Julefrokost» står ikke i Indstillinger (Arrangementer). Intet er ændret.'],
    ['without a meeting offer this year', row('April', '', []), 'Maj', {}, 'refused', 'Borgeren har ikke et tilbud om et arrangement i år. Intet er ændret.'],
    ['after attending', row('Marts', 'Deltog'), 'Maj', {}, 'refused', /^Borgeren deltog i «Marts» og kan ikke flyttes/],
  ])('%s', (_case, r, target, taken, kind, message) => {
    const plan = planMeetingMove(r, target, ctx(taken));
    expect(plan.kind).toBe(kind);
    expect(plan.message).toEqual(typeof message === 'string' ? message : expect.stringMatching(message));
  });

  test('a no-show moved on: the attendance cell is cleared, and the move names the meeting before', () => {
    expect(planMeetingMove(row('Marts', 'Udeblev'), 'Maj', ctx())).toMatchObject({ kind: 'write', previous: 'Marts', clearAttendance: true });
    expect(planMeetingMove(row(''), 'Maj', ctx())).toMatchObject({ kind: 'write', clearAttendance: false });
    expect(planMeetingMove(row(''), 'Maj', ctx())).not.toHaveProperty('previous');
  });
});

describe('attendance', () => {
  test.each([
    ['Deltog at a meeting held before today', row('Marts'), 'attended', 'write', '«Deltog» er skrevet for «Marts».'],
    ['Udeblev on the meeting day itself', row('April'), 'absent', 'write', '«Udeblev» er skrevet for «April».'],
    ['Udeblev over Deltog (a correction)', row('Marts', 'Deltog'), 'absent', 'write', '«Udeblev» er skrevet for «Marts».'],
    ['the same again', row('Marts', 'deltog'), 'attended', 'same', '«Deltog» står allerede i arket. Intet er ændret.'],
    ['before the meeting', row('Maj'), 'attended', 'refused', '«Maj» holdes først 13-05-2025; fremmøde kan registreres fra den dag. Intet er ændret.'],
    ['without a meeting', row(''), 'attended', 'refused', 'Borgeren er ikke tilmeldt et arrangement. Intet er ændret.'],
    ['for a meeting not in Indstillinger', row('Julefrokost'), 'attended', 'refused', 'Arrangementet «Julefrokost» står ikke i Indstillinger (Arrangementer). Intet er ændret.'],
  ] as const)('%s', (_case, r, value, kind, message) => {
    expect(planAttendance(r, value, ctx())).toMatchObject({ kind, message });
  });
});

describe("last year's meeting in a sheet not yet closed (issue 22 item 1: another planning year never passes for this year's)", () => {
  // The 2026 plan of a row whose Arrangement and Deltog still hold 2025's meeting, which Indstillinger still lists.
  const TODAY_2026 = dayFromYmd(2026, 4, 8);
  const may2026 = meeting({ name: 'Maj 2026', day: '2026-05-12' });
  const ctx2026 = (): MeetingContext => ({ meetings: [...MEETINGS, may2026], taken: new Map(), today: TODAY_2026 });
  const lastYears = (attendance: string): MeetingRow => ({ codes: ['ALDER_75'], meeting: 'Marts', attendance, scope: { year: 2026, openYear: 2026 } });

  test.each(['Deltog', 'Udeblev', ''])('Deltog cell %p: the view shows no meeting and no attendance this year, says why, and offers 2026\'s meetings', (attendance) => {
    const view = citizenMeeting(lastYears(attendance), ctx2026())!;
    expect(view.current).toBeUndefined();
    expect(view.attendance).toBeUndefined();
    expect(view.unknown).toBe('Rækken nævner «Marts» (11-03-2025), et arrangement i et andet planlægningsår; det er ikke borgerens arrangement i år.');
    expect(view.choices.map((c) => c.name)).toEqual(['Maj 2026']);
    expect(view.canRecordAttendance).toBe(false);
  });

  test("last year's «Deltog» does not stop the move to this year's meeting; the old attendance is cleared with it", () => {
    expect(planMeetingMove(lastYears('Deltog'), 'Maj 2026', ctx2026())).toMatchObject({ kind: 'write', previous: 'Marts', clearAttendance: true });
  });

  test("attendance is not written for last year's meeting as this year's", () => {
    expect(planAttendance(lastYears(''), 'attended', ctx2026())).toEqual({
      kind: 'refused', message: '«Marts» (11-03-2025) hører til et andet planlægningsår; fremmøde skrives ikke for i år. Intet er ændret.',
    });
  });

  test('the same row read in 2025 (its own year) is as before: seated, attended, not movable', () => {
    const view = citizenMeeting({ ...lastYears('Deltog'), scope: { year: 2025, openYear: 2025 } }, ctx())!;
    expect(view).toMatchObject({ current: { name: 'Marts' }, attendance: 'attended', choices: [] });
  });
});
