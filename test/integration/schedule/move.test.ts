/** fhbMoveVisit on the built bundle, called as the sidebar calls it (google.script.run). */
import { ANNE, BO, CARL, ROW, type World, at, column, headersOf, letter, wall, wholeSheet, world } from './fixture';

let w: World;
beforeEach(() => {
  w = world();
});

/** The key of the citizen on a row, as the sidebar has it from fhbSelectedCitizen. */
const keyOf = (row: number) => (w.bundle.googleScriptRun('fhbSelectedCitizen', { row }) as { citizen: { key: string } }).citizen.key;
/** Sends the row's own citizen key, as the sidebar does, unless the request names one (or is no object with a row). */
const withKey = (req: unknown) => {
  if (typeof req !== 'object' || req === null || 'key' in req || typeof (req as { row?: unknown }).row !== 'number') return req;
  const row = (req as { row: number }).row;
  return row > 1 && row <= w.rt.sheet('Borgere').getLastRow() ? { ...req, key: keyOf(row) } : req;
};
const move = (req: unknown) => w.bundle.googleScriptRun('fhbMoveVisit', withKey(req)) as Record<string, unknown>;
const failure = (req: unknown): string => {
  try {
    move(req);
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('expected the move to be refused');
};
const diffRows = (before: unknown[][], after: unknown[][]) =>
  after.map((row, i) => (JSON.stringify(row) === JSON.stringify(before[i]) ? 0 : i + 1)).filter(Boolean);

describe('moving one visit', () => {
  test('to a free day, time and consultant: only that row changes, and the answer is plain JSON', () => {
    const before = wholeSheet(w.rt);
    const moved = move({ row: ROW.booked80, day: '2025-05-05', minute: 630, consultant: CARL });
    expect(moved).toMatchObject({ row: ROW.booked80, day: '2025-05-05', minute: 630, time: '10:30', consultant: CARL, shown: '05-05-2025 10:30', letterSent: false });
    expect(moved.message).toBe('Besøget er flyttet til 05-05-2025 10:30 (Carl Carlsen).');
    expect(diffRows(before, wholeSheet(w.rt))).toEqual([ROW.booked80]);
    const visit = column(w.rt, 'Besøg')[ROW.booked80 - 2];
    expect(wall(visit)).toMatchObject({ iso: '2025-05-05', minute: 630 });
    expect(column(w.rt, 'Konsulent')[ROW.booked80 - 2]).toBe(CARL);
    const c = letter(headersOf(w.rt).indexOf('Besøg') + 1);
    expect(w.rt.sheet('Borgere').displayValuesOf(`${c}${ROW.booked80}`)[0][0]).toBe('05-05-2025 10:30');
  });

  test('without a target: the next free time after the current one, same consultant', () => {
    const moved = move({ row: ROW.booked80 });
    expect(moved).toMatchObject({ day: '2025-04-16', minute: 630, consultant: ANNE });
  });

  test('only the time: the day and consultant stay', () => {
    const moved = move({ row: ROW.booked80, minute: 780 });
    expect(moved).toMatchObject({ day: '2025-04-16', minute: 780, consultant: ANNE });
  });

  test.each([
    ['a public holiday', { day: '2025-04-21', minute: 600 }, /helligdag \(2\. påskedag\)/],
    ["the team's closed day", { day: '2025-04-22', minute: 600 }, /teamet har lukket \(Temadag\)/],
    ['a Saturday', { day: '2025-05-03', minute: 600 }, /arbejder ikke på den ugedag/],
    ["a colleague's visit (the 82-year-old's)", { day: '2025-04-16', minute: 540, consultant: BO }, /Bo Berg har allerede et besøg/],
    ['after working hours', { day: '2025-05-05', minute: 870 }, /uden for arbejdstiden/],
    ['an unknown consultant', { day: '2025-05-05', minute: 600, consultant: 'Eva Ukendt' }, /konsulenten «Eva Ukendt» findes ikke/],
  ])('refused onto %s, in Danish, and nothing changes', (_what, target, message) => {
    const before = wholeSheet(w.rt);
    const error = failure({ row: ROW.booked80, ...target });
    expect(error).toMatch(/^Besøget kan ikke flyttes til /);
    expect(error).toMatch(message);
    expect(error).toMatch(/Intet er ændret\.$/);
    expect(wholeSheet(w.rt)).toEqual(before);
  });

  test.each([
    [{ row: 'x' }, /^Besøget kan ikke flyttes: række: skal være et helt rækkenummer.*\. Intet er ændret\.$/],
    [{ row: 1 }, /række: skal være en række under overskrifterne/],
    [{ row: ROW.booked80, day: '2025-02-30' }, /dag: «2025-02-30» er ikke en dato, der findes/],
    [{ row: ROW.booked80, day: '5-5-2025' }, /dag: skal være en dato som åååå-mm-dd/],
    [{ row: ROW.booked80, minute: 1500 }, /minut: skal være et klokkeslæt mellem 00:00 og 23:59, fx 10:00\./],
    [null, /^Besøget kan ikke flyttes: .*\. Intet er ændret\.$/],
    [{ row: ROW.declined80 }, /^Række 34 har ikke et besøg med dato og klokkeslæt/],
    [{ row: 500, key: 'k' }, /^Række 500 findes ikke i arket Borgere/],
    [{ row: ROW.booked80, key: 'en anden borger' }, /^Række 32 viser nu en anden borger/],
    [{ row: ROW.booked80, key: undefined, day: '2025-05-05', minute: 600 }, /^Besøget kan ikke flyttes: borger: mangler\. Intet er ændret\.$/],
    [{ row: ROW.booked80, key: '', day: '2025-05-05', minute: 600 }, /borger: mangler/],
    [{ row: ROW.booked80, key: 42 }, /borger: skal være tekst/],
  ])('a bad request %p is refused in Danish', (req, message) => {
    const before = wholeSheet(w.rt);
    expect(failure(req)).toMatch(message);
    expect(wholeSheet(w.rt)).toEqual(before);
  });

  test("the sidebar's citizen key is accepted for the row it names", () => {
    const selected = w.bundle.googleScriptRun('fhbSelectedCitizen', { row: ROW.booked80 }) as { citizen: { key: string } };
    expect(move({ row: ROW.booked80, key: selected.citizen.key, day: '2025-05-05', minute: 600 })).toMatchObject({ day: '2025-05-05', minute: 600 });
  });

  test('a visit whose letter has gone out: the answer says to tell the citizen', () => {
    const c = headersOf(w.rt).indexOf('Inviteret') + 1;
    w.rt.sheet('Borgere').getRange(ROW.booked80, c).setValue(at(2025, 3, 20, 0) as never);
    const moved = move({ row: ROW.booked80, day: '2025-05-06', minute: 600 });
    expect(moved.letterSent).toBe(true);
    expect(moved.message).toMatch(/husk at give besked om det nye tidspunkt/);
  });

  test('after planning, moving one proposed visit leaves every other booking where it was', () => {
    w.rt.ui.answers.push('YES');
    w.bundle.run('fhbPlanVisits');
    const before = wholeSheet(w.rt);
    const moved = move({ row: 2 });
    expect(moved.row).toBe(2);
    expect(diffRows(before, wholeSheet(w.rt))).toEqual([2]);
  });
});
