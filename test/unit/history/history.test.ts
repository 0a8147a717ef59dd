import { dayFromYmd, type Day } from '../../../src/core/day';
import { citizenKey } from '../../../src/core/citizens/key';
import { eventCitizen } from '../../../src/core/history/citizen';
import { citizenHistory, countYear, historyYears, primaryCode } from '../../../src/core/history/count';
import { HISTORY_KINDS, HistoryEvent, stamp } from '../../../src/core/history/events';
import { CellReader, eventOfRow, historyColumns, historyFormats, historyRow } from '../../../src/core/history/row';
import { sidebarEvent } from '../../../src/core/history/sidebar-event';
import { HISTORY_HEADERS, KIND_LABELS, SOURCE_LABELS } from '../../../src/core/history/text';
import { findColumns } from '../../../src/core/sheet/columns';

const day = (y: number, m: number, d: number) => dayFromYmd(y, m, d);
const base: HistoryEvent = {
  atMs: Date.UTC(2025, 2, 5, 9, 30), user: 'konsulent1@kommune.dk', key: 'cabc', name: 'Karen Testesen',
  year: 2025, code: 'ALDER_82', kind: 'done', day: day(2025, 3, 5), detail: '', source: 'sidebar',
};
const ev = (over: Partial<HistoryEvent>): HistoryEvent => ({ ...base, ...over });

// Cells as plain tagged values: the core must not care what the adapter makes of days and instants.
const make = { day: (d: Day, minute?: number) => ({ d, minute }), instant: (ms: number) => ({ ms }) };
const read: CellReader = {
  day: (v) => (v && typeof v === 'object' && 'd' in v ? { day: (v as { d: Day }).d, minute: (v as { minute?: number }).minute } : undefined),
  instant: (v) => (v && typeof v === 'object' && 'ms' in v ? (v as { ms: number }).ms : undefined),
};

describe('the citizen key', () => {
  const columns = findColumns(['Navn', 'Fødselsdato', 'CPR']);
  const key = (values: unknown[]) => citizenKey({ columns, values });

  test.each([
    ['the CPR number with or without the dash', ['Karen', '10-05-1945', '100545-1234'], ['Karen', '10-05-1945', '1005451234']],
    ['a corrected name, when there is a CPR number', ['Karen Testesen', '', '100545-1234'], ['Karen Testesen-Prøve', '', '100545-1234']],
    ['a CPR number in Fødselsdato, when there is no CPR column value', ['Karen', '100545-1234', ''], ['Karen', '', '100545-1234']],
    ['case and spacing of the name, without CPR', ['Karen  Testesen', '10-05-1945', ''], ['karen testesen', '10-05-1945', '']],
  ])('is the same for %s', (_what, a, b) => {
    expect(key(a)).toBe(key(b));
  });

  test.each([
    ['another CPR number', ['Karen', '', '100545-1234'], ['Karen', '', '100545-1235']],
    ['a namesake with another birth date', ['Karen', '10-05-1945', ''], ['Karen', '11-05-1945', '']],
  ])('differs for %s', (_what, a, b) => {
    expect(key(a)).not.toBe(key(b));
  });

  test('does not show the CPR number', () => {
    expect(key(['Karen', '', '100545-1234'])).not.toMatch(/100545|1234/);
  });
});

describe('the history row', () => {
  test('headers are Danish and one per cell of a row', () => {
    expect(HISTORY_HEADERS).toEqual(['Tidspunkt', 'Bruger', 'Borgernøgle', 'Navn', 'Planår', 'Kode', 'Hændelse', 'Dato', 'Detaljer', 'Kilde']);
    expect(historyRow(base, make)).toHaveLength(HISTORY_HEADERS.length);
    expect(historyFormats(base)).toHaveLength(HISTORY_HEADERS.length);
  });

  test.each(HISTORY_KINDS.map((k) => [k]))('a %s event reads back as it was written', (kind) => {
    const e = ev({ kind, minute: kind === 'booked' ? 600 : undefined, detail: kind === 'letter' ? 'https://docs.google.com/x' : '' });
    if (e.minute === undefined) delete e.minute;
    const cells = historyRow(e, make);
    expect(cells[6]).toBe(KIND_LABELS[kind]);
    expect(cells[9]).toBe(SOURCE_LABELS.sidebar);
    expect(eventOfRow(cells, historyColumns(HISTORY_HEADERS), read)).toEqual(e);
  });

  test('a team that moved columns is still read by header', () => {
    const headers = [...HISTORY_HEADERS].reverse();
    const cells = [...historyRow(base, make)].reverse();
    expect(eventOfRow(cells, historyColumns(headers), read)).toEqual(base);
  });

  test('a date with a time is formatted with its time; text columns stay text', () => {
    expect(historyFormats(ev({ minute: 600 }))[7]).toBe('dd-mm-yyyy hh:mm');
    expect(historyFormats(base)[7]).toBe('dd-mm-yyyy');
    expect(historyFormats(base)[3]).toBe('@');
  });

  test('rows that are not events are skipped', () => {
    const columns = historyColumns(HISTORY_HEADERS);
    expect(eventOfRow(['', '', '', '', '', '', '', '', '', ''], columns, read)).toBeUndefined();
    const cells = historyRow(base, make);
    cells[6] = 'Noget andet';
    expect(eventOfRow(cells, columns, read)).toBeUndefined();
  });

  test('stamping keeps a time and user the writer gave, and fills the rest', () => {
    const [a, b] = stamp([{ ...base, atMs: undefined, user: undefined }, { ...base, atMs: 5, user: 'offline' }], 99, 'me@x.dk');
    expect([a.atMs, a.user, b.atMs, b.user]).toEqual([99, 'me@x.dk', 5, 'offline']);
  });
});

describe('counting', () => {
  const events = [
    ev({ kind: 'done', day: day(2025, 3, 5) }),
    ev({ kind: 'done', day: day(2025, 3, 5), source: 'yearClose', atMs: base.atMs + 1 }), // same visit, logged twice
    ev({ key: 'c2', kind: 'done', day: day(2025, 4, 1) }),
    ev({ key: 'c3', kind: 'declined', day: day(2025, 4, 2) }),
    ev({ key: 'c4', kind: 'done', code: 'EFTERLADT+ALDER_80', day: day(2025, 6, 1) }),
    ev({ key: 'c5', kind: 'letter', detail: 'u1' }),
    ev({ key: 'c5', kind: 'letter', detail: 'u2' }),
    ev({ year: 2024, kind: 'done', day: day(2024, 5, 5) }),
  ];

  test('what was done in a year, per offer, each fact once', () => {
    const y2025 = countYear(events, 2025);
    expect(y2025.get('ALDER_82')).toMatchObject({ done: 2, declined: 1, letter: 2 });
    expect(y2025.get('EFTERLADT')).toMatchObject({ done: 1 });
    expect(countYear(events, 2024).get('ALDER_82')).toMatchObject({ done: 1, declined: 0 });
    expect(countYear(events, 2023).size).toBe(0);
    expect(historyYears(events)).toEqual([2024, 2025]);
    expect(primaryCode('EFTERLADT+ALDER_80')).toBe('EFTERLADT');
  });

  test("a citizen's history: newest first, the last visit, every decline", () => {
    const mine = [
      ev({ kind: 'declined', year: 2023, day: day(2023, 2, 1) }),
      ev({ kind: 'done', year: 2024, day: day(2024, 5, 5) }),
      ev({ kind: 'invited', year: 2025, day: day(2025, 1, 10) }),
      ev({ key: 'other', kind: 'done', day: day(2025, 6, 6) }),
    ];
    const h = citizenHistory(mine, 'cabc');
    expect(h.events.map((e) => e.kind)).toEqual(['invited', 'done', 'declined']);
    expect(h.lastDone?.day).toBe(day(2024, 5, 5));
    expect(h.declines.map((e) => e.year)).toEqual([2023]);
  });
});

describe('events from the writers', () => {
  const columns = findColumns(['Navn', 'Fødselsdato', 'CPR']);
  const who = eventCitizen({ columns, values: ['  Karen Testesen ', '', '100545-1234'] }, 2025, 'ALDER_80');

  test('the citizen part: key, trimmed name, year, code', () => {
    expect(who).toEqual({ key: citizenKey({ columns, values: ['x', '', '1005451234'] }), name: 'Karen Testesen', year: 2025, code: 'ALDER_80' });
  });

  test.each([
    ['invited', false, 'invited'],
    ['booked', false, 'booked'],
    ['booked', true, 'moved'],
    ['done', false, 'done'],
    ['declined', false, 'declined'],
    ['notReached', false, 'notReached'],
  ] as const)('the sidebar action %s (replacing a visit: %s) is logged as %s', (action, replacedVisit, kind) => {
    const e = sidebarEvent(who, { action, day: day(2025, 3, 5), minutes: 600, consultant: 'Bo', replacedVisit });
    expect(e).toMatchObject({ kind, source: 'sidebar', day: day(2025, 3, 5), detail: 'Bo' });
    expect(e.minute).toBe(action === 'booked' ? 600 : undefined);
  });
});
