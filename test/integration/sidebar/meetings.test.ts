import type { CitizenView, MeetingResult, SelectedCitizen } from '../../../src/core/sidebar/protocol';
import { cell, ROW, SETTINGS, setCell, sidebarWorld, SidebarWorld, wholeSheet, writeSettings } from './fixture';

/**
 * A citizen's meeting (arrangement) in the sidebar, on the built bundle: Glostrup's 75-year-olds are
 * invited to an information meeting (G183-192). The pane shows the meeting, moves the citizen to another
 * meeting of the same offer with room (the seats counted again under the document lock, so a colleague who
 * took the last seat a moment before wins), and records attendance (Deltog / Udeblev) once the meeting has
 * been held. Every write is logged in Historik. The runtime's clock is 1 March 2025.
 */

let w: SidebarWorld;
const call = <T>(name: string, ...args: unknown[]) => w.bundle.googleScriptRun(name, ...args) as T;
const citizen = (row: number): CitizenView => {
  const answer = call<SelectedCitizen>('fhbSelectedCitizen', { row });
  if (answer?.kind !== 'citizen') throw new Error(`row ${row}: ${JSON.stringify(answer)}`);
  return answer.citizen;
};
const move = (view: CitizenView, meeting: string) => call<MeetingResult>('fhbMoveMeeting', { row: view.row, key: view.key, meeting });
const attend = (view: CitizenView, attendance: string) => call<MeetingResult>('fhbRecordAttendance', { row: view.row, key: view.key, attendance });
const history = () => (w.rt.spreadsheet.findSheet('Historik') ? wholeSheet(w.rt, 'Historik').slice(1) : []);
/** Historik's Hændelse and Detaljer columns, for the events fhb wrote about meetings. */
const meetingEvents = () => history().map((r) => [r[6], r[8]]).filter(([kind]) => /arrangement/.test(String(kind)));

const APRIL = 'Informationsmøde april';
const MAY = 'Informationsmøde maj';
const FEBRUARY = 'Informationsmøde februar';
/** Two more 75-year-olds (born 1950) in rows 7 and 8, for the seats. */
const ROW7 = 7;
const ROW8 = 8;

function world(meetings = SETTINGS.meetings): SidebarWorld {
  const world = sidebarWorld();
  writeSettings(world.rt, { ...SETTINGS, meetings });
  for (const [row, name] of [[ROW7, 'Alma Prøve'], [ROW8, 'Bodil Prøve']] as const) {
    setCell(world.rt, row, 'Navn', name);
    setCell(world.rt, row, 'Fødselsdato', new Date(Date.UTC(1950, 6, 1)));
    setCell(world.rt, row, 'Postnr', '2600');
  }
  return world;
}

const withCapacity = (capacity: Record<string, number>) => SETTINGS.meetings.map((m) => ({ ...m, capacity: capacity[m.name] ?? m.capacity }));
const february = { ...SETTINGS.meetings[0], name: FEBRUARY, day: '2025-02-20' };

describe('the pane shows the meeting', () => {
  beforeEach(() => {
    w = world();
  });

  test('a 75-year-old not yet seated: no meeting, both upcoming meetings to choose, with their free seats', () => {
    const m = citizen(ROW.turns75).meeting!;
    expect(m.current).toBeUndefined();
    expect(m.choices.map((c) => c.label)).toEqual([
      `${APRIL}: tirsdag den 8. april 2025 kl. 10.00-12.00 (30 ledige pladser)`,
      `${MAY}: tirsdag den 13. maj 2025 kl. 10.00-12.00 (30 ledige pladser)`,
    ]);
    expect(m.canRecordAttendance).toBe(false);
  });

  test('a seated citizen: name, date and time, place and address; the other meeting to move to', () => {
    setCell(w.rt, ROW.turns75, 'Arrangement', APRIL);
    setCell(w.rt, ROW7, 'Arrangement', MAY);
    const m = citizen(ROW.turns75).meeting!;
    expect(m.current).toMatchObject({ name: APRIL, when: 'tirsdag den 8. april 2025 kl. 10.00-12.00', place: 'Rådhuset', address: 'Rådhusvej 1', held: false });
    expect(m.choices).toEqual([{ name: MAY, label: `${MAY}: tirsdag den 13. maj 2025 kl. 10.00-12.00 (29 ledige pladser)`, free: 29 }]);
  });

  test('an 80-year-old with a fixed-time visit has no meeting part', () => {
    expect(citizen(ROW.turns80).meeting).toBeUndefined();
  });
});

describe('moving to another meeting', () => {
  test('writes the Arrangement cell and Historik, and nothing else', () => {
    w = world();
    setCell(w.rt, ROW.turns75, 'Arrangement', APRIL);
    const before = wholeSheet(w.rt);
    const result = move(citizen(ROW.turns75), MAY);
    expect(result.kind).toBe('written');
    expect(result.message).toBe(`Borgeren er flyttet til «${MAY}», tirsdag den 13. maj 2025 kl. 10.00-12.00. Husk at give borgeren besked.`);
    expect(cell(w.rt, ROW.turns75, 'Arrangement').value).toBe(MAY);
    expect(result.citizen.meeting?.current?.name).toBe(MAY);
    const after = wholeSheet(w.rt);
    const col = (after[0] as string[]).indexOf('Arrangement');
    after[ROW.turns75 - 1][col] = before[ROW.turns75 - 1][col];
    expect(after).toEqual(before);
    expect(meetingEvents()).toEqual([['Flyttet til arrangement', `${MAY} (før: ${APRIL})`]]);
    expect(result.citizen.history?.lines[0]).toMatch(/^13-05-2025: Flyttet til arrangement · ALDER_75 · 2025$/);
  });

  test('a second move to the same meeting changes nothing; a refused move changes nothing', () => {
    w = world();
    const view = citizen(ROW.turns75);
    expect(move(view, MAY).kind).toBe('written');
    expect(move(view, MAY)).toMatchObject({ kind: 'unchanged', message: `Borgeren er allerede tilmeldt «${MAY}». Intet er ændret.` });
    expect(() => move(view, 'Julefrokost')).toThrow('Arrangementet «Julefrokost» står ikke i Indstillinger (Arrangementer). Intet er ændret.');
    expect(() => move(citizen(ROW.turns80), MAY)).toThrow('Borgeren har ikke et tilbud om et arrangement i år. Intet er ændret.');
    expect(() => call('fhbMoveMeeting', { row: ROW.turns75, key: view.key, meeting: '' })).toThrow('Intet er ændret: arrangement: mangler.');
    expect(cell(w.rt, ROW.turns75, 'Arrangement').value).toBe(MAY);
    expect(meetingEvents()).toHaveLength(1);
  });

  test('a row that now shows another citizen is refused', () => {
    w = world();
    const view = citizen(ROW.turns75);
    setCell(w.rt, ROW.turns75, 'Navn', 'En Anden');
    expect(() => move(view, MAY)).toThrow(/viser nu en anden borger/);
    expect(cell(w.rt, ROW.turns75, 'Arrangement').value).toBe('');
  });

  test('a past meeting cannot be chosen', () => {
    w = world([february, ...SETTINGS.meetings]);
    expect(citizen(ROW.turns75).meeting!.choices.map((c) => c.name)).toEqual([APRIL, MAY]);
    expect(() => move(citizen(ROW.turns75), FEBRUARY)).toThrow(`«${FEBRUARY}» var 20-02-2025 og kan ikke længere vælges. Intet er ændret.`);
  });
});

describe('capacity, with two consultants at once', () => {
  test('the last seat goes to the first move; the second is refused, though its pane still showed the seat', () => {
    w = world(withCapacity({ [MAY]: 2 }));
    setCell(w.rt, ROW8, 'Arrangement', MAY);
    for (const row of [ROW.turns75, ROW7]) setCell(w.rt, row, 'Arrangement', APRIL);
    w.rt.setUser('konsulent1@kommune.dk');
    const seenByOne = citizen(ROW.turns75);
    expect(seenByOne.meeting!.choices).toEqual([expect.objectContaining({ name: MAY, free: 1 })]);

    w.rt.setUser('konsulent2@kommune.dk');
    expect(move(citizen(ROW7), MAY).kind).toBe('written');

    w.rt.setUser('konsulent1@kommune.dk');
    expect(() => move(seenByOne, MAY)).toThrow(`«${MAY}» er fuldt: en kollega har lige taget den sidste plads. Vælg et andet arrangement. Intet er ændret.`);
    expect(cell(w.rt, ROW.turns75, 'Arrangement').value).toBe(APRIL);
    expect(citizen(ROW.turns75).meeting!.choices).toEqual([]);
    expect(citizen(ROW.turns75).meeting!.noChoice).toBe('Der er intet andet kommende arrangement med ledige pladser for ALDER_75.');
    const seats = [ROW.turns75, ROW7, ROW8].map((r) => cell(w.rt, r, 'Arrangement').value);
    expect(seats.filter((s) => s === MAY)).toHaveLength(2);
    expect(history().filter((r) => r[6] === 'Flyttet til arrangement').map((r) => r[1])).toEqual(['konsulent2@kommune.dk']);
  });

  test('a colleague who fills the seat while the move waits for the lock wins: counted under the lock', () => {
    w = world(withCapacity({ [MAY]: 1 }));
    const view = citizen(ROW.turns75);
    expect(view.meeting!.choices.find((c) => c.name === MAY)?.free).toBe(1);
    // The colleague's merge writes row 7's seat just as this move asks for the lock.
    w.rt.meanwhile('LockService.getDocumentLock', () => setCell(w.rt, ROW7, 'Arrangement', MAY));
    expect(() => move(view, MAY)).toThrow(/er fuldt/);
    expect(cell(w.rt, ROW.turns75, 'Arrangement').value).toBe('');
  });

  test('the lock held by a colleague: refused, nothing changed', () => {
    w = world();
    const view = citizen(ROW.turns75);
    w.rt.locks.holdDocumentLock('konsulent2@kommune.dk');
    expect(() => move(view, MAY)).toThrow('En kollega arbejder i arket lige nu. Vent et øjeblik, og prøv igen. Intet er ændret.');
    w.rt.locks.releaseHeld();
    expect(cell(w.rt, ROW.turns75, 'Arrangement').value).toBe('');
    expect(meetingEvents()).toEqual([]);
  });
});

describe('attendance', () => {
  test.each([
    ['attended', 'Deltog', 'Deltog i arrangement'],
    ['absent', 'Udeblev', 'Udeblev fra arrangement'],
  ])('%s: written in Deltog i arrangement and Historik once the meeting has been held', (value, shown, event) => {
    w = world([february, ...SETTINGS.meetings]);
    setCell(w.rt, ROW.turns75, 'Arrangement', FEBRUARY);
    const view = citizen(ROW.turns75);
    expect(view.meeting).toMatchObject({ canRecordAttendance: true, attendanceText: '' });
    const result = attend(view, value);
    expect(result).toMatchObject({ kind: 'written', message: `«${shown}» er skrevet for «${FEBRUARY}».` });
    expect(cell(w.rt, ROW.turns75, 'Deltog i arrangement').value).toBe(shown);
    expect(result.citizen.meeting).toMatchObject({ attendance: value, attendanceText: shown });
    expect(meetingEvents()).toEqual([[event, FEBRUARY]]);
    expect(attend(view, value).kind).toBe('unchanged');
    expect(meetingEvents()).toHaveLength(1);
  });

  test('not before the meeting is held, and not without a meeting', () => {
    w = world();
    expect(() => attend(citizen(ROW.turns75), 'attended')).toThrow('Borgeren er ikke tilmeldt et arrangement. Intet er ændret.');
    setCell(w.rt, ROW.turns75, 'Arrangement', APRIL);
    expect(citizen(ROW.turns75).meeting!.canRecordAttendance).toBe(false);
    expect(() => attend(citizen(ROW.turns75), 'attended')).toThrow(`«${APRIL}» holdes først 08-04-2025; fremmøde kan registreres fra den dag. Intet er ændret.`);
    expect(() => attend(citizen(ROW.turns75), 'maybe')).toThrow(/^Intet er ændret: fremmøde: /);
    expect(cell(w.rt, ROW.turns75, 'Deltog i arrangement').value).toBe('');
  });

  test('who came cannot be moved; a no-show moved to a later meeting starts afresh there', () => {
    w = world([february, ...SETTINGS.meetings]);
    setCell(w.rt, ROW.turns75, 'Arrangement', FEBRUARY);
    attend(citizen(ROW.turns75), 'attended');
    expect(citizen(ROW.turns75).meeting).toMatchObject({ canMove: false, choices: [] });
    expect(() => move(citizen(ROW.turns75), MAY)).toThrow(`Borgeren deltog i «${FEBRUARY}» og kan ikke flyttes.`);
    attend(citizen(ROW.turns75), 'absent');
    expect(move(citizen(ROW.turns75), MAY).kind).toBe('written');
    expect(cell(w.rt, ROW.turns75, 'Deltog i arrangement').value).toBe('');
    expect(meetingEvents().map(([kind]) => kind)).toEqual(['Deltog i arrangement', 'Udeblev fra arrangement', 'Flyttet til arrangement']);
  });
});

describe("last year's meeting in a sheet not yet closed (issue 22 item 1)", () => {
  const LAST_YEAR = 'Informationsmøde 2024';
  const lastYear = { ...SETTINGS.meetings[0], name: LAST_YEAR, day: '2024-05-14' };

  test("«Deltog» at 2024's meeting is no attendance in 2025: the pane says so, offers 2025's meetings, and the move is written", () => {
    w = world([lastYear, ...SETTINGS.meetings]);
    setCell(w.rt, ROW.turns75, 'Arrangement', LAST_YEAR);
    setCell(w.rt, ROW.turns75, 'Deltog i arrangement', 'Deltog');
    const m = citizen(ROW.turns75).meeting!;
    expect(m.current).toBeUndefined();
    expect(m.attendance).toBeUndefined();
    expect(m.unknown).toBe(`Rækken nævner «${LAST_YEAR}» (14-05-2024), et arrangement i et andet planlægningsår; det er ikke borgerens arrangement i år.`);
    expect(m.choices.map((c) => c.name)).toEqual([APRIL, MAY]);
    expect(() => attend(citizen(ROW.turns75), 'attended')).toThrow(/hører til et andet planlægningsår; fremmøde skrives ikke for i år/);
    expect(move(citizen(ROW.turns75), MAY).kind).toBe('written');
    expect(cell(w.rt, ROW.turns75, 'Arrangement').value).toBe(MAY);
    expect(cell(w.rt, ROW.turns75, 'Deltog i arrangement').value).toBe('');
  });
});
