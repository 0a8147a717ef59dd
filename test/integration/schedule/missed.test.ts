import { ANNE, ROW, type World, column, wholeSheet, world } from './fixture';

/**
 * «Ikke hjemme» / «Aflyst» at a booked visit (fhbVisitMissed, issue 24 item 5) on the built bundle: the
 * visit is not lost and not held. One Historik event «Besøg ikke holdt» with the outcome's words only; no
 * Gennemført; Borgere unchanged, so the citizen stays due with the booking kept; the answer proposes the
 * scheduler's next free time (as «Næste ledige tid») without writing it, and fhbMoveVisit confirms it.
 * Glostrup 2025, reference date 26 March; the 80-year-old's visit is on 16 April 09:00 with Anne.
 */
let w: World;
beforeEach(() => {
  w = world();
});

const keyOf = (row: number) => (w.bundle.googleScriptRun('fhbSelectedCitizen', { row }) as { citizen: { key: string } }).citizen.key;
const missed = (row: number, outcome: string) =>
  w.bundle.googleScriptRun('fhbVisitMissed', { row, key: keyOf(row), outcome }) as { message: string; proposal?: Record<string, unknown> };
const history = () => (w.rt.spreadsheet.findSheet('Historik') ? wholeSheet(w.rt, 'Historik').slice(1) : []);

test('Aflyst: a Historik event, no Gennemført, Borgere unchanged, and the next free time proposed', () => {
  const before = wholeSheet(w.rt);
  const answer = missed(ROW.booked80, 'cancelled');
  expect(answer.proposal).toEqual({ day: '2025-04-16', minute: 630, time: '10:30', consultant: ANNE, shown: '16-04-2025 10:30' });
  expect(answer.message).toBe(
    'Besøget 16-04-2025 09:00 er aflyst: skrevet i Historik, ikke som gennemført. Besøget står, til det er flyttet. ' +
      'Næste ledige tid er 16-04-2025 10:30 (Anne Andersen): den står i «Flyt besøg», tryk «Flyt» for at bekræfte.',
  );
  expect(wholeSheet(w.rt)).toEqual(before);
  const events = history();
  expect(events).toHaveLength(1);
  // Hændelse and Detaljer: the outcome's words, nothing more.
  expect([events[0][3], events[0][6], events[0][8]]).toEqual(['Aftalt Firs', 'Besøg ikke holdt', 'Aflyst']);
  expect(column(w.rt, 'Gennemført')[ROW.booked80 - 2]).toBe('');
});

test('Ikke hjemme before the visit day is refused, and nothing is written', () => {
  expect(() => missed(ROW.booked80, 'notHome')).toThrow(/Besøget er først 16-04-2025 09:00.*Intet er ændret/);
  expect(history()).toEqual([]);
});

test('Ikke hjemme on the day, then the proposal confirmed with «Flyt»: the visit moves, still not held', () => {
  w.rt.clock.set(new Date('2025-04-16T10:00:00Z'));
  const answer = missed(ROW.booked80, 'notHome');
  expect(answer.message).toMatch(/^Ikke hjemme ved besøget 16-04-2025 09:00: skrevet i Historik/);
  const p = answer.proposal!;
  const moved = w.bundle.googleScriptRun('fhbMoveVisit', { row: ROW.booked80, key: keyOf(ROW.booked80), day: p.day, minute: p.minute, consultant: p.consultant }) as Record<string, unknown>;
  expect(moved).toMatchObject({ day: p.day, minute: p.minute, consultant: p.consultant });
  expect(column(w.rt, 'Gennemført')[ROW.booked80 - 2]).toBe('');
  expect(history().map((e) => [e[6], e[8]])).toEqual([['Besøg ikke holdt', 'Ikke hjemme'], ['Besøg flyttet', ANNE]]);
  const status = (w.bundle.googleScriptRun('fhbSelectedCitizen', { row: ROW.booked80 }) as { citizen: { status?: { id: string } } }).citizen.status?.id;
  expect(status).not.toBe('done');
});

test('a row without a booked time, a wrong outcome or another citizen: refused, nothing written', () => {
  expect(() => missed(ROW.consultantOnly80, 'cancelled')).toThrow(/har ikke et besøg med dato og klokkeslæt/);
  expect(() => missed(ROW.booked80, 'gone')).toThrow(/udfald: skal være «Ikke hjemme» eller «Aflyst»/);
  expect(() => w.bundle.googleScriptRun('fhbVisitMissed', { row: ROW.booked80, key: keyOf(ROW.booked82), outcome: 'cancelled' })).toThrow();
  expect(history()).toEqual([]);
});
