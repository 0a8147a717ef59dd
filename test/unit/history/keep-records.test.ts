import { dayFromYmd, type Day } from '../../../src/core/day';
import { citizenKey } from '../../../src/core/citizens/key';
import type { HistoryEvent } from '../../../src/core/history/events';
import { keepRecords, type KeepInput } from '../../../src/core/history/keep-records';
import { findColumns } from '../../../src/core/sheet/columns';
import { dayFromUtcDate } from '../../../src/core/day';

const HEADERS = ['Navn', 'CPR', 'Inviteret', 'Besøg', 'Konsulent', 'Gennemført', 'Frabedt', 'Opkald', 'Brev'];
const columns = findColumns(HEADERS);
const day = (y: number, m: number, d: number) => dayFromYmd(y, m, d);
const utc = (y: number, m: number, d: number, h = 0, min = 0) => new Date(Date.UTC(y, m - 1, d, h, min));
const row = (over: Record<string, unknown>) => HEADERS.map((h) => over[h] ?? '');

const keep = (rows: unknown[][], over: Partial<KeepInput> = {}) =>
  keepRecords({ columns, rows, history: [], year: 2026, closing: false, toDay: dayFromUtcDate, codeOf: (_i: number, d: Day) => `K${new Date(d * 86_400_000).getUTCFullYear()}`, ...over });

const karen = { Navn: 'Karen Testesen', CPR: '100545-1234' };
const keyOf = (cells: unknown[]) => citizenKey({ columns, values: cells });

describe('records the history lacks are appended', () => {
  test('each record cell is one event, with its year, its code for that year and "Rettet i arket"', () => {
    const cells = row({ ...karen, Inviteret: utc(2026, 1, 5), Besøg: utc(2026, 2, 3, 10, 30), Konsulent: 'Bo', Opkald: '02-01-2026 ikke truffet; 03-01-2026 truffet', Brev: 'https://docs/x' });
    const { events, changes } = keep([cells]);
    expect(changes).toEqual([]);
    expect(events.map((e) => [e.kind, e.day, e.minute, e.year, e.code, e.source, e.user, e.detail])).toEqual([
      ['invited', day(2026, 1, 5), undefined, 2026, 'K2026', 'manual', 'ukendt', ''],
      ['booked', day(2026, 2, 3), 630, 2026, 'K2026', 'manual', 'ukendt', 'Bo'],
      ['notReached', day(2026, 1, 2), undefined, 2026, 'K2026', 'manual', 'ukendt', 'ikke truffet'],
      ['letter', day(2026, 1, 5), undefined, 2026, 'K2026', 'manual', 'ukendt', 'https://docs/x'],
    ]);
    expect(new Set(events.map((e) => e.key))).toEqual(new Set([keyOf(cells)]));
    expect(events[0].name).toBe('Karen Testesen');
  });

  test('a fact the history has (from the sidebar, the merge, a move) is not appended again', () => {
    const cells = row({ ...karen, Inviteret: utc(2026, 1, 5), Besøg: utc(2026, 2, 3, 10, 30), Brev: 'https://docs/x' });
    const key = keyOf(cells);
    const base = { atMs: 0, user: 'a@b', key, name: 'Karen Testesen', year: 2026, code: 'ALDER_82', detail: '', source: 'sidebar' } as const;
    const history: HistoryEvent[] = [
      { ...base, kind: 'invited', day: day(2026, 1, 5) },
      { ...base, kind: 'moved', day: day(2026, 2, 3), minute: 630 },
      { ...base, kind: 'letter', day: day(2026, 1, 6), detail: 'https://docs/x', source: 'merge' },
    ];
    expect(keep([cells], { history }).events).toEqual([]);
  });
});

describe('closing a year', () => {
  const old = row({ ...karen, Inviteret: utc(2025, 3, 1), Besøg: utc(2025, 4, 2, 9, 0), Konsulent: 'Bo', Gennemført: utc(2025, 4, 2), Opkald: '01-12-2025 ikke truffet; 05-01-2026 ikke truffet', Brev: 'https://docs/old' });

  test('records of an ended year go to the history, then their cells are cleared; this year\'s stay', () => {
    const { events, changes } = keep([old]);
    expect(events.filter((e) => e.year === 2025).map((e) => [e.kind, e.source])).toEqual([
      ['invited', 'yearClose'], ['done', 'yearClose'], ['booked', 'yearClose'], ['notReached', 'yearClose'], ['letter', 'yearClose'],
    ]);
    expect(events.filter((e) => e.year === 2026).map((e) => [e.kind, e.day])).toEqual([['notReached', day(2026, 1, 5)]]);
    const byHeader = Object.fromEntries(changes.map((c) => [HEADERS[c.column], c.value]));
    expect(byHeader).toEqual({ Inviteret: '', Gennemført: '', Besøg: '', Konsulent: '', Opkald: '05-01-2026 ikke truffet', Brev: '' });
  });

  test('a cell with one entry per planning year loses only the ended years\' entries, each logged on its own (records/year.ts)', () => {
    const cells = row({ ...karen, Inviteret: '01-01-2025; 03-01-2026; 10-12-2026 (for 2027)', Besøg: '10-03-2025 10:00; 12-02-2026 09:30' });
    const { events, changes } = keep([cells], { year: 2027, closing: true });
    expect(events.map((e) => [e.kind, e.year, e.day, e.minute])).toEqual([
      ['invited', 2025, day(2025, 1, 1), undefined], ['invited', 2026, day(2026, 1, 3), undefined], ['invited', 2027, day(2026, 12, 10), undefined],
      ['booked', 2025, day(2025, 3, 10), 600], ['booked', 2026, day(2026, 2, 12), 570],
    ]);
    expect(changes).toEqual([
      { row: 0, column: columns.invited, value: '10-12-2026 (for 2027)' },
      { row: 0, column: columns.visit, value: '' },
    ]);
  });

  test('planning ahead closes nothing: the year is today\'s, and a record of this year is kept', () => {
    const now = row({ ...karen, Inviteret: utc(2026, 3, 1), Frabedt: utc(2026, 3, 2) });
    expect(keep([now]).changes).toEqual([]);
    expect(keep([now], { year: 2026 }).events.every((e) => e.year === 2026)).toBe(true);
  });

  test('an undated tick counts for the year it is seen in, and is closed only at the year\'s turn', () => {
    const tick = row({ ...karen, Frabedt: 'x' });
    const ordinary = keep([tick]);
    expect(ordinary.events.map((e) => [e.kind, e.year, e.day])).toEqual([['declined', 2026, undefined]]);
    expect(ordinary.changes).toEqual([]);
    const turn = keep([tick], { closing: true, history: [] });
    expect(turn.events.map((e) => [e.kind, e.year, e.source])).toEqual([['declined', 2025, 'yearClose']]);
    expect(turn.changes).toEqual([{ row: 0, column: columns.declined, value: '' }]);
  });

  test('nothing is cleared that the history does not have: every cleared cell has its event', () => {
    const rows = [old, row({ Navn: 'Bent', CPR: '200850-1111', Frabedt: utc(2024, 6, 1) })];
    const { events, changes } = keep(rows);
    for (const c of changes.filter((c) => c.value === '' && c.column !== columns.consultant)) {
      const key = keyOf(rows[c.row]);
      expect(events.some((e) => e.key === key && e.year < 2026)).toBe(true);
    }
    expect(changes.find((c) => c.row === 1)).toEqual({ row: 1, column: columns.declined, value: '' });
  });
});

describe('a citizen who ended', () => {
  test('Ophørt is logged once with its reason, and never cleared', () => {
    const headers = [...HEADERS, 'Ophørt', 'Ophørsårsag'];
    const cells = [...row({ ...karen }), utc(2025, 11, 3), 'død'];
    const ended = { ended: headers.indexOf('Ophørt'), reason: headers.indexOf('Ophørsårsag') };
    const plan = keep([cells], { ended });
    expect(plan.events.map((e) => [e.kind, e.day, e.detail, e.year])).toEqual([['ended', day(2025, 11, 3), 'død', 2025]]);
    expect(plan.changes).toEqual([]);
    expect(keep([cells], { ended, history: plan.events.map((e) => ({ ...e, atMs: 0, user: '' })) }).events).toEqual([]);
  });
});
