/**
 * "Planlæg besøg" on the built bundle: Glostrup's 80-year-olds get a letter with a fixed date and time
 * (seeds/000_cc92dfafa4735e3c.txt lines 196-202), spread over the team's consultants and working days.
 */
import { ANNE, BO, CARL, EIGHTIES, ROW, SETTINGS, type World, at, column, headersOf, letter, wall, wholeSheet, world } from './fixture';

let w: World;
beforeEach(() => {
  w = world();
});

const plan = (...answers: ('YES' | 'NO')[]) => {
  w.rt.ui.answers.push(...answers);
  w.bundle.run('fhbPlanVisits');
};
const alerts = () => w.rt.ui.alerts.map((a) => a.prompt);
/** Rows (1-based) whose Besøg changed between two snapshots of the sheet. */
const changedRows = (before: unknown[][], after: unknown[][]) =>
  after.map((row, i) => (JSON.stringify(row) === JSON.stringify(before[i]) ? 0 : i + 1)).filter(Boolean);

// Independent of the code under test: Easter 2025 and the team's closed days.
const HOLIDAYS_2025 = ['2025-04-17', '2025-04-18', '2025-04-20', '2025-04-21', '2025-05-29', '2025-06-08', '2025-06-09'];
const CLOSED = ['2025-04-22', '2025-12-24', '2025-12-31'];
const FIXED_TIME_ROWS = [...Array.from({ length: EIGHTIES }, (_, i) => i + 2), ROW.widowed80];

describe('proposing and writing fixed visits', () => {
  test('asks first, with counts, and writes nothing on "Nej"', () => {
    const before = wholeSheet(w.rt);
    plan('NO');
    expect(alerts()[0]).toMatch(/^31 nye besøg kan planlægges \(16-04-2025 til /);
    expect(alerts()[0]).toMatch(/Fordelt på: Anne Andersen \d+, Bo Berg \d+, Carl Carlsen \d+\./);
    expect(alerts()[0]).toContain('1 borger har allerede et besøg og beholder det.');
    expect(alerts()[0]).toMatch(/Række 36: Konsulent er udfyldt \(«Bo Berg»\)/);
    expect(alerts()[0]).toContain('Skriv de nye besøg');
    expect(w.rt.ui.alerts[0].buttons).toBe('YES_NO');
    expect(wholeSheet(w.rt)).toEqual(before);
  });

  test('on "Ja" every 80-year-old without a visit gets one, on a working day, in working hours', () => {
    plan('YES');
    const visits = column(w.rt, 'Besøg');
    const consultants = column(w.rt, 'Konsulent');
    for (const row of FIXED_TIME_ROWS) {
      const visit = visits[row - 2];
      expect(Object.prototype.toString.call(visit)).toBe('[object Date]');
      const { iso, weekday, minute } = wall(visit);
      expect(weekday).toBeLessThanOrEqual(5);
      expect(HOLIDAYS_2025).not.toContain(iso);
      expect(CLOSED).not.toContain(iso);
      expect(iso >= '2025-04-16').toBe(true); // three weeks after 26 March: the letter must arrive first
      expect(minute).toBeGreaterThanOrEqual(9 * 60);
      expect(minute + 60).toBeLessThanOrEqual(15 * 60);
      expect([ANNE, BO, CARL]).toContain(consultants[row - 2]);
    }
  });

  test('Carl gets no Friday and not his day off; nobody is booked twice (with travel time)', () => {
    plan('YES');
    const visits = column(w.rt, 'Besøg');
    const consultants = column(w.rt, 'Konsulent');
    const byConsultantDay = new Map<string, number[]>();
    visits.forEach((v, i) => {
      if (Object.prototype.toString.call(v) !== '[object Date]' || consultants[i] === '') return;
      const { iso, weekday, minute } = wall(v);
      if (consultants[i] === CARL) {
        expect(weekday).not.toBe(5);
        expect(iso).not.toBe('2025-04-23');
      }
      const key = `${consultants[i]} ${iso}`;
      byConsultantDay.set(key, [...(byConsultantDay.get(key) ?? []), minute]);
    });
    const clashes: string[] = [];
    for (const [key, minutes] of byConsultantDay) {
      const sorted = [...minutes].sort((a, b) => a - b);
      if (sorted.length > 3) clashes.push(`${key}: ${sorted.length} visits`);
      // A visit is 60 minutes and the travel after it 30: starts at least 90 minutes apart.
      for (let i = 1; i < sorted.length; i++) if (sorted[i] - sorted[i - 1] < 90) clashes.push(`${key}: ${sorted[i - 1]} and ${sorted[i]}`);
    }
    expect(clashes).toEqual([]);
    // The 82-year-old's visit (Bo, 16 April 9:00) and the kept one (Anne, same time) hold their places.
    expect(byConsultantDay.get(`${BO} 2025-04-16`)!.filter((m) => m === 540)).toHaveLength(1);
    expect(byConsultantDay.get(`${ANNE} 2025-04-16`)!.filter((m) => m === 540)).toHaveLength(1);
  });

  test('existing, declined, done and hand-assigned rows are left exactly as they were', () => {
    const before = wholeSheet(w.rt);
    plan('YES');
    const after = wholeSheet(w.rt);
    const untouched = [ROW.booked80, ROW.booked82, ROW.declined80, ROW.done80, ROW.consultantOnly80, ROW.widowLetterDue, ROW.widowOverdue, ROW.spouseMoved, ROW.widowNotYet];
    for (const row of untouched) expect(after[row - 1]).toEqual(before[row - 1]);
    expect(column(w.rt, 'Besøg')[ROW.booked80 - 2]).toEqual(at(2025, 4, 16, 9));
    expect(changedRows(before, after).sort((a, b) => a - b)).toEqual([...FIXED_TIME_ROWS].sort((a, b) => a - b));
  });

  test('Besøg shows as dd-mm-åååå tt:mm', () => {
    plan('YES');
    const c = letter(headersOf(w.rt).indexOf('Besøg') + 1);
    const shown = w.rt.sheet('Borgere').displayValuesOf(`${c}2:${c}31`).map((r) => r[0]);
    for (const text of shown) expect(text).toMatch(/^\d{2}-\d{2}-2025 \d{2}:\d{2}$/);
  });

  test('one batch write per column block, no cell-by-cell writes', () => {
    w.rt.ui.answers.push('YES');
    const before = { setValue: w.rt.calls.count('Range.setValue'), setValues: w.rt.calls.count('Range.setValues') };
    w.bundle.run('fhbPlanVisits');
    expect(w.rt.calls.count('Range.setValue') - before.setValue).toBe(0);
    // Besøg and Konsulent stand side by side: one block; Historik gets its header (made on first use) and
    // one block append for all the visits.
    expect(w.rt.calls.count('Range.setValues') - before.setValues).toBe(3);
  });

  test('running it again proposes nothing and changes nothing', () => {
    plan('YES');
    const before = wholeSheet(w.rt);
    plan();
    const last = w.rt.ui.alerts[w.rt.ui.alerts.length - 1];
    expect(last.buttons).toBe('OK');
    expect(last.prompt).toMatch(/^0 nye besøg kan planlægges\./);
    expect(last.prompt).toContain('32 borgere har allerede et besøg og beholder det.');
    expect(last.prompt).toContain('Der er ingen nye besøg at skrive.');
    expect(wholeSheet(w.rt)).toEqual(before);
  });

  test('no consultants in the settings: a Danish message, nothing written', () => {
    w = world({ ...SETTINGS, consultants: [] });
    const before = wholeSheet(w.rt);
    plan();
    expect(alerts()[0]).toMatch(/ingen forebyggelseskonsulenter i Indstillinger/);
    expect(wholeSheet(w.rt)).toEqual(before);
  });

  test('a consultant whose day ends before it starts is named in Danish', () => {
    w = world({ ...SETTINGS, consultants: [{ ...SETTINGS.consultants[0], startMinute: 900, endMinute: 540 }] });
    plan();
    expect(alerts()[0]).toContain('konsulent «Anne Andersen»: arbejdstiden skal begynde før den slutter');
  });
});
