/**
 * The call list for the bereaved and the spouse-moved (Glostrup 2025, seeds/000_cc92dfafa4735e3c.txt):
 * G214-219 "Enker/enkemænd … kontakte dig telefonisk og kondolere 6-8 uger efter … Træffes du ikke pr.
 * telefon, vil du modtage et brev"; G222-227 the same for a spouse who moved to a care home.
 */
import { type CallAttempt, callFor, callList, callView, dueLetterAfterCalls, parseCallAttempts } from '../../../src/core/calls';
import type { CallRow } from '../../../src/core/calls';
import { type Day, dayFromUtcDate, dayToUtcDate, fromIso } from '../../../src/core/day';
import { getProfile } from '../../../src/core/profiles/registry';
import { evaluate } from '../../../src/core/rules/engine';
import type { Citizen } from '../../../src/core/rules/types';
import { findColumns } from '../../../src/core/sheet/columns';
import type { TeamRecords } from '../../../src/core/status/status';
import { readCitizenRows } from '../../../src/core/visits/rows';

const d = (iso: string): Day => fromIso(iso)!;
const toDay = (date: Date) => dayFromUtcDate(date);

interface Person {
  born: string;
  died?: string;
  moved?: string;
  profile?: 'glostrup-2025' | 'ballerup';
}

function row(p: Person, asOf: string, extra: { records?: TeamRecords; calls?: unknown; row?: number } = {}): CallRow {
  const citizen: Citizen = {
    birth: d(p.born),
    livesAlone: false,
    spouseDied: p.died ? d(p.died) : undefined,
    spouseMoved: p.moved ? d(p.moved) : undefined,
    atRisk: false,
    exempt: false,
  };
  return {
    row: extra.row ?? 2,
    name: 'Testborger',
    phone: '11223344',
    plan: evaluate(citizen, d(asOf), getProfile(p.profile ?? 'glostrup-2025')),
    records: extra.records ?? {},
    attempts: parseCallAttempts(extra.calls ?? '', toDay),
  };
}

// Widowed 10 January 2025 at 66: the call window is 6 to 8 weeks later, 21 February to 7 March.
const WIDOW: Person = { born: '1959-05-05', died: '2025-01-10' };
const MOVED: Person = { born: '1950-08-01', moved: '2025-02-03' };

interface Case {
  seed: string;
  person: Person;
  asOf: string;
  records?: TeamRecords;
  calls?: unknown;
  /** undefined: the row is not on the list. */
  expect?: { code: string; window: [string, string]; overdue: boolean; letterDue: boolean; attempts?: number };
}

const cases: Case[] = [
  { seed: 'G217: before 6 weeks the window is not open', person: WIDOW, asOf: '2025-02-20' },
  { seed: 'G217: the first day of week 6 opens it', person: WIDOW, asOf: '2025-02-21', expect: { code: 'EFTERLADT', window: ['2025-02-21', '2025-03-07'], overdue: false, letterDue: false } },
  { seed: 'G217: the last day of week 8 is still in time', person: WIDOW, asOf: '2025-03-07', expect: { code: 'EFTERLADT', window: ['2025-02-21', '2025-03-07'], overdue: false, letterDue: false } },
  { seed: 'G217: the day after 8 weeks the call is overdue, still listed', person: WIDOW, asOf: '2025-03-08', expect: { code: 'EFTERLADT', window: ['2025-02-21', '2025-03-07'], overdue: true, letterDue: false } },
  { seed: 'G218-219: one "ikke truffet" makes the letter due', person: WIDOW, asOf: '2025-02-25', calls: '24-02-2025 ikke truffet', expect: { code: 'EFTERLADT', window: ['2025-02-21', '2025-03-07'], overdue: false, letterDue: true, attempts: 1 } },
  { seed: 'G218-219: two unanswered calls, the letter stays due', person: WIDOW, asOf: '2025-03-06', calls: '03-03-2025 ikke truffet; 05-03-2025 ikke truffet', expect: { code: 'EFTERLADT', window: ['2025-02-21', '2025-03-07'], overdue: false, letterDue: true, attempts: 2 } },
  { seed: 'G218-219: reached after an unanswered call: no letter', person: WIDOW, asOf: '2025-03-06', calls: '03-03-2025 ikke truffet\n05-03-2025 truffet, ringer igen', expect: { code: 'EFTERLADT', window: ['2025-02-21', '2025-03-07'], overdue: false, letterDue: false, attempts: 2 } },
  { seed: 'G218-219: a note without an outcome makes no letter due', person: WIDOW, asOf: '2025-02-25', calls: '24-02-2025 lagt besked', expect: { code: 'EFTERLADT', window: ['2025-02-21', '2025-03-07'], overdue: false, letterDue: false, attempts: 1 } },
  { seed: 'G218-219: an attempt before the death belongs to an earlier offer', person: WIDOW, asOf: '2025-02-25', calls: '15-12-2024 ikke truffet', expect: { code: 'EFTERLADT', window: ['2025-02-21', '2025-03-07'], overdue: false, letterDue: false, attempts: 0 } },
  { seed: 'G217: reached and invited (Inviteret) leaves the list', person: WIDOW, asOf: '2025-02-25', records: { invited: { day: d('2025-02-24') } } },
  { seed: 'G218-219: the letter sent (Inviteret) leaves the list', person: WIDOW, asOf: '2025-03-10', calls: '24-02-2025 ikke truffet', records: { invited: { day: d('2025-03-01') } } },
  { seed: 'G215: the offer is voluntary: declined (Frabedt) leaves the list', person: WIDOW, asOf: '2025-02-25', records: { declined: { yes: true } } },
  { seed: 'G215: "over 65 år": a 60-year-old widow is not called', person: { born: '1965-05-05', died: '2025-01-10' }, asOf: '2025-02-25' },
  { seed: 'G217: a death half a year ago is no longer recent', person: WIDOW, asOf: '2025-07-20' },
  { seed: 'G225-226: spouse moved to a care home: call 6-8 weeks after the move', person: MOVED, asOf: '2025-03-20', expect: { code: 'AEGTEFAELLE_FLYTTET', window: ['2025-03-17', '2025-03-31'], overdue: false, letterDue: false } },
  { seed: 'G226-227: not reached after the move: the senior-talk letter is due', person: MOVED, asOf: '2025-03-20', calls: '18.03.2025: intet svar', expect: { code: 'AEGTEFAELLE_FLYTTET', window: ['2025-03-17', '2025-03-31'], overdue: false, letterDue: true, attempts: 1 } },
  { seed: 'G196-202: an 80-year-old gets a letter with a fixed time, not a call', person: { born: '1945-03-01' }, asOf: '2025-03-01' },
  { seed: 'Ballerup: the bereaved get a home visit, not a phone call', person: { born: '1950-01-01', died: '2025-01-10', profile: 'ballerup' }, asOf: '2025-02-25' },
];

describe('who is due a call (Glostrup lines 214-227)', () => {
  test.each(cases)('$seed', ({ person, asOf, records, calls, expect: want }) => {
    const entry = callFor(row(person, asOf, { records, calls }), d(asOf));
    if (!want) {
      expect(entry).toBeUndefined();
      return;
    }
    expect(entry).toBeDefined();
    expect(entry!.code).toBe(want.code);
    expect([entry!.windowFrom, entry!.windowTo]).toEqual(want.window.map(d));
    expect(entry!.overdue).toBe(want.overdue);
    expect(entry!.letterDue).toBe(want.letterDue);
    if (want.letterDue) expect(entry!.letterTemplate).toBe(want.code);
    if (want.attempts !== undefined) expect(entry!.attempts).toHaveLength(want.attempts);
  });
});

describe('the order of the list', () => {
  test('latest acceptable day first; overdue rows come first and are flagged (G217)', () => {
    const asOf = '2025-03-20';
    const rows = [
      row(MOVED, asOf, { row: 5 }), // window to 31-03
      row({ born: '1955-01-01', died: '2025-01-20' }, asOf, { row: 9 }), // window to 17-03: overdue
      row({ born: '1952-01-01', died: '2025-02-01' }, asOf, { row: 3 }), // window to 29-03
      row({ born: '1945-03-01' }, asOf, { row: 4 }), // an 80-year-old: not on the list
    ];
    const list = callList(rows, d(asOf));
    expect(list.map((e) => e.row)).toEqual([9, 3, 5]);
    expect(list.map((e) => e.overdue)).toEqual([true, false, false]);
  });

  test('equal windows fall back to the row number, so the list is stable', () => {
    const asOf = '2025-02-25';
    const list = callList([row(WIDOW, asOf, { row: 8 }), row(WIDOW, asOf, { row: 6 })], d(asOf));
    expect(list.map((e) => e.row)).toEqual([6, 8]);
  });

  test('the JSON view carries ISO days and no Date', () => {
    const entry = callFor(row(WIDOW, '2025-02-25', { calls: '24-02-2025 ikke truffet' }), d('2025-02-25'))!;
    const view = callView(entry);
    expect(view).toMatchObject({ windowFrom: '2025-02-21', windowTo: '2025-03-07', letterDue: true, overdue: false });
    expect(view.attempts).toEqual([{ day: '2025-02-24', text: 'ikke truffet', notReached: true }]);
    expect(JSON.parse(JSON.stringify(view))).toEqual(view);
  });
});

describe('reading the Opkald column', () => {
  const cases: { cell: unknown; want: (Pick<CallAttempt, 'outcome' | 'text'> & { day?: string })[] }[] = [
    { cell: '03-03-2025 ikke truffet; 05-03-2025 ikke truffet', want: [{ day: '2025-03-03', text: 'ikke truffet', outcome: 'notReached' }, { day: '2025-03-05', text: 'ikke truffet', outcome: 'notReached' }] },
    { cell: '3.3.2025: intet svar', want: [{ day: '2025-03-03', text: 'intet svar', outcome: 'notReached' }] },
    { cell: '2025-03-04 talt med datteren', want: [{ day: '2025-03-04', text: 'talt med datteren', outcome: 'reached' }] },
    { cell: '04/03/2025 truffet', want: [{ day: '2025-03-04', text: 'truffet', outcome: 'reached' }] },
    { cell: 'ikke truffet', want: [{ text: 'ikke truffet', outcome: 'notReached' }] },
    { cell: '31-02-2025 ikke truffet', want: [{ text: '31-02-2025 ikke truffet', outcome: 'notReached' }] },
    { cell: '06-03-2025 lagt besked\n\n07-03-2025 telefonsvarer', want: [{ day: '2025-03-06', text: 'lagt besked', outcome: 'unknown' }, { day: '2025-03-07', text: 'telefonsvarer', outcome: 'notReached' }] },
    { cell: dayToUtcDate(d('2025-03-04')), want: [{ day: '2025-03-04', text: '', outcome: 'unknown' }] },
    { cell: '', want: [] },
    { cell: '  ;  ', want: [] },
    { cell: false, want: [] },
  ];
  test.each(cases)('%p', ({ cell, want }) => {
    const got = parseCallAttempts(cell, toDay);
    expect(got).toEqual(want.map((w) => ({ day: w.day === undefined ? undefined : d(w.day), text: w.text, outcome: w.outcome })));
  });
});

describe('dueLetterAfterCalls (for the merge)', () => {
  const plan = (p: Person, asOf: string) => row(p, asOf).plan;

  test('G218-219: the bereaved not reached get the EFTERLADT letter', () => {
    expect(dueLetterAfterCalls(plan(WIDOW, '2025-02-25').offers, '24-02-2025 ikke truffet', toDay)).toEqual({ code: 'EFTERLADT', template: 'EFTERLADT' });
  });

  test('G226-227: the spouse-moved not reached get their own letter', () => {
    expect(dueLetterAfterCalls(plan(MOVED, '2025-03-20').offers, '19-03-2025 ikke truffet', toDay)).toEqual({ code: 'AEGTEFAELLE_FLYTTET', template: 'AEGTEFAELLE_FLYTTET' });
  });

  test('no letter before anyone has tried to call', () => {
    expect(dueLetterAfterCalls(plan(WIDOW, '2025-02-25').offers, '', toDay)).toBeUndefined();
  });

  test('an offer without a phone call never makes a letter due this way (G196-202)', () => {
    expect(dueLetterAfterCalls(plan({ born: '1945-03-01' }, '2025-03-01').offers, '01-03-2025 ikke truffet', toDay)).toBeUndefined();
  });

  test('a bereaved 80-year-old: the call letter comes from the phone offer, not the visit', () => {
    const offers = plan({ born: '1945-06-01', died: '2025-01-10' }, '2025-02-25').offers;
    expect(offers.map((o) => o.code)).toEqual(['EFTERLADT', 'ALDER_80']);
    expect(dueLetterAfterCalls(offers, '24-02-2025 ikke truffet', toDay)?.template).toBe('EFTERLADT');
  });
});

describe('the call list is printed and shared: no whole CPR number on it', () => {
  test('a CPR number typed into Navn, Telefon or Opkald is masked, as the sidebar masks it', () => {
    const headers = ['Navn', 'Fødselsdato', 'Telefon', 'Ægtefælle død', 'Opkald'];
    const values = [headers, ['Ib 100555-1234', '10-05-1955', '100555-1234', '05-02-2025', '24-03-2025 ikke truffet, 1005551234 spurgt']];
    const rows = readCitizenRows(values, findColumns(headers), { profile: getProfile('glostrup-2025'), asOf: d('2025-03-26'), toDay });
    const calls = callList(rows.map((r) => ({ ...r, plan: r.plan! })), d('2025-03-26'));
    expect(calls).toHaveLength(1);
    const shown = JSON.stringify(calls.map(callView));
    expect(shown).not.toMatch(/1234/);
    expect(calls[0]).toMatchObject({ name: 'Ib 100555-xxxx', phone: '100555-xxxx' });
    expect(calls[0].attempts[0]).toMatchObject({ day: d('2025-03-24'), text: 'ikke truffet, 100555-xxxx spurgt', outcome: 'notReached' });
  });
});
