import { planAction } from '../../../src/core/sidebar/write-plan';
import { dayFromUtcDate } from '../../../src/core/day';
import { day, row, utc } from './fixtures';

const BORN = { Navn: 'Karen Testesen', 'Fødselsdato': utc(1945, 5, 10) };
const col = (h: string) => row({}).headers.indexOf(h);

describe('recording an action: which cells, and never over what someone wrote without asking', () => {
  test.each([
    ['invited', 'Inviteret'],
    ['done', 'Gennemført'],
    ['declined', 'Frabedt'],
  ] as const)('%s writes the day into %s, found by header', (action, header) => {
    const plan = planAction({ action, day: day(2025, 3, 5) }, row(BORN));
    expect(plan.kind).toBe('write');
    if (plan.kind !== 'write') return;
    expect(plan.writes).toEqual([expect.objectContaining({ column: col(header), header, value: { kind: 'day', day: day(2025, 3, 5) } })]);
    expect(plan.message).toContain('05-03-2025');
  });

  test('a different value already there asks first and names it', () => {
    const plan = planAction({ action: 'invited', day: day(2025, 3, 5) }, row({ ...BORN, Inviteret: utc(2025, 2, 1) }));
    expect(plan).toMatchObject({ kind: 'confirm', conflicts: [{ header: 'Inviteret', previous: '01-02-2025', shown: '05-03-2025' }] });
  });

  test('text someone typed (an x) is also asked about', () => {
    expect(planAction({ action: 'done', day: day(2025, 3, 5) }, row({ ...BORN, 'Gennemført': 'x' })).kind).toBe('confirm');
  });

  test('the same date already there changes nothing, however it is written', () => {
    expect(planAction({ action: 'invited', day: day(2025, 3, 5) }, row({ ...BORN, Inviteret: utc(2025, 3, 5) })).kind).toBe('same');
    expect(planAction({ action: 'invited', day: day(2025, 3, 5) }, row({ ...BORN, Inviteret: '5.3.2025' })).kind).toBe('same');
  });

  test('Besøg aftalt writes date and time into Besøg and the consultant into Konsulent', () => {
    const plan = planAction({ action: 'booked', day: day(2025, 3, 12), minutes: 10 * 60 + 30, consultant: 'Anne' }, row(BORN));
    expect(plan.kind).toBe('write');
    if (plan.kind !== 'write') return;
    expect(plan.writes.map((w) => [w.header, w.shown])).toEqual([['Besøg', '12-03-2025 10:30'], ['Konsulent', 'Anne']]);
    expect(plan.writes[0].value).toEqual({ kind: 'dateTime', day: day(2025, 3, 12), minutes: 630 });
  });

  test('Besøg aftalt with another consultant already there asks only about that cell', () => {
    const plan = planAction({ action: 'booked', day: day(2025, 3, 12), minutes: 600, consultant: 'Anne' }, row({ ...BORN, Konsulent: 'Bo' }));
    expect(plan.kind).toBe('confirm');
    if (plan.kind !== 'confirm') return;
    expect(plan.conflicts.map((c) => c.header)).toEqual(['Konsulent']);
    expect(plan.writes.map((w) => w.header)).toEqual(['Besøg', 'Konsulent']);
  });

  test('Ringet – ikke truffet appends "dd-mm-åååå ikke truffet" to Opkald and never asks', () => {
    const first = planAction({ action: 'notReached', day: day(2025, 3, 3) }, row(BORN));
    expect(first).toMatchObject({ kind: 'write', writes: [{ header: 'Opkald', value: { kind: 'text', text: '03-03-2025 ikke truffet' } }] });
    const second = planAction({ action: 'notReached', day: day(2025, 3, 4) }, row({ ...BORN, Opkald: '03-03-2025 ikke truffet' }));
    expect(second).toMatchObject({ kind: 'write', writes: [{ value: { kind: 'text', text: '03-03-2025 ikke truffet; 04-03-2025 ikke truffet' } }] });
  });

  test('a missing column is named, so nothing is written anywhere else', () => {
    const data = row(BORN);
    const plan = planAction({ action: 'declined', day: day(2025, 3, 5) }, { ...data, columns: { ...data.columns, declined: undefined } });
    expect(plan).toEqual({ kind: 'missing', headers: ['Frabedt'] });
  });
});

describe('record cells keep one entry per planning year (records/year.ts), as the merge does', () => {
  const y = (planning: number, open: number) => ({ planning, open, toDay: dayFromUtcDate });
  test.each([
    ['last year\'s invitation, not yet closed: this year\'s is added beside it, nothing asked', utc(2025, 2, 1), day(2026, 1, 5), y(2026, 2026), '01-02-2025; 05-01-2026'],
    ['planning ahead in December: next year\'s entry names its year and keeps this year\'s', utc(2026, 3, 1), day(2026, 12, 10), y(2027, 2026), '01-03-2026; 10-12-2026 (for 2027)'],
    ['planning ahead into an empty cell', '', day(2026, 12, 10), y(2027, 2026), '10-12-2026 (for 2027)'],
  ] as const)('%s', (_what, before, when, years, after) => {
    const plan = planAction({ action: 'invited', day: when, years }, row({ ...BORN, Inviteret: before }));
    expect(plan.kind).toBe('write');
    if (plan.kind !== 'write') return;
    expect(plan.writes).toEqual([expect.objectContaining({ header: 'Inviteret', value: { kind: 'text', text: after } })]);
  });

  test('an entry of the same planning year is asked about, naming only that entry; the overwrite keeps the other years', () => {
    const plan = planAction({ action: 'invited', day: day(2026, 1, 5), years: y(2026, 2026) }, row({ ...BORN, Inviteret: '01-02-2025; 03-01-2026' }));
    expect(plan).toMatchObject({ kind: 'confirm', conflicts: [{ header: 'Inviteret', previous: '03-01-2026', shown: '05-01-2026' }] });
    if (plan.kind !== 'confirm') return;
    expect(plan.writes[0].value).toEqual({ kind: 'text', text: '01-02-2025; 05-01-2026' });
  });

  test('this year\'s entry already there, among others: nothing to write', () => {
    expect(planAction({ action: 'declined', day: day(2026, 1, 5), years: y(2026, 2026) }, row({ ...BORN, Frabedt: '01-02-2025; 05-01-2026' })).kind).toBe('same');
  });
});
