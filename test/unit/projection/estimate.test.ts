import { dayFromYmd } from '../../../src/core/day';
import type { HistoryEvent, HistoryKind } from '../../../src/core/history/events';
import { resolveProfile } from '../../../src/core/profiles/registry';
import { DEFAULT_ACCEPTANCE, DEFAULT_ACCEPTANCE_FIXED_TIME, MIN_INVITATIONS } from '../../../src/core/projection/assumptions';
import { type Projection, project } from '../../../src/core/projection/project';
import { projectionReport } from '../../../src/core/projection/report';
import * as text from '../../../src/core/projection/text';
import { Settings, type SettingsInput } from '../../../src/core/settings/schema';

/**
 * The figures of a projection on a list small enough to count by hand (Glostrup 2025 as the current
 * profile, for 2026): acceptance from a Historik fixture with known invitations and visits, the default
 * with its source under 30 invitations, hours, months, capacity and the peak.
 */
const HEAD = ['Navn', 'Fødselsdato', 'Bor alene', 'Ægtefælle død', 'Undtaget', 'Ophørt'];
/** Born in 1944: 82 in 2026 (ALDER_82). Born 1946: 80 (ALDER_80, a fixed date and time). */
const rows: unknown[][] = [
  ...Array.from({ length: 10 }, (_, i) => [`A${i}`, `01-0${(i % 9) + 1}-1944`, 'nej', '', '', '']),
  ...Array.from({ length: 4 }, (_, i) => [`B${i}`, `15-05-1946`, 'nej', '', '', '']),
  ['C', '01-01-1944', 'nej', '', 'plejebolig', ''],
  ['D', '01-01-1944', 'nej', '', '', '01-12-2025'],
  ['E', '01-01-1990', 'nej', '', '', ''],
];
const population = { headers: HEAD, rows: () => rows, toDay: (d: Date) => Math.floor(d.getTime() / 86_400_000) as never };

let n = 0;
const event = (year: number, code: string, kind: HistoryKind, key: string, month = 3): HistoryEvent => ({
  atMs: n++, user: '', key, name: '', year, code, kind, day: dayFromYmd(year, month, 10), detail: '', source: 'manual',
});
/** ALDER_82 in 2024: 40 invited (30 in March, 10 in September), 30 visits held. ALDER_80: 12 invited, 12 held. EFTERLADT: 6 a year. */
const history: HistoryEvent[] = [
  ...Array.from({ length: 40 }, (_, i) => event(2024, 'ALDER_82', 'invited', `k${i}`, i < 30 ? 3 : 9)),
  ...Array.from({ length: 30 }, (_, i) => event(2024, 'ALDER_82', 'done', `k${i}`)),
  // The same visit logged twice (sidebar and sheet) is one fact.
  ...Array.from({ length: 5 }, (_, i) => event(2024, 'ALDER_82', 'done', `k${i}`)),
  ...Array.from({ length: 12 }, (_, i) => event(2024, 'ALDER_80', 'invited', `m${i}`)),
  ...Array.from({ length: 12 }, (_, i) => event(2024, 'ALDER_80', 'done', `m${i}`)),
  ...Array.from({ length: 12 }, (_, i) => event(2023 + (i % 2), 'EFTERLADT', i % 3 ? 'notReached' : 'invited', `e${i}`)),
  // The data's own year is not yet complete: never counted.
  ...Array.from({ length: 50 }, (_, i) => event(2025, 'ALDER_82', 'invited', `n${i}`)),
];

const settings = (input: SettingsInput = {}) => Settings.parse({ consultants: [{ name: 'A' }, { name: 'B' }], ...input });
const run = (input: SettingsInput = {}, events = history): Projection =>
  project({ population, referenceAsOf: dayFromYmd(2025, 3, 1), year: 2026, current: resolveProfile('glostrup-2025'), settings: settings(input), history: events });
const offer = (p: Projection, code: string) => p.profiles[0].estimate.offers.find((o) => o.code === code)!;

describe('projection figures', () => {
  it('counts the citizens of each offer; the ended, the exempt and those not yet 65 as the plan does', () => {
    const p = run();
    expect(offer(p, 'ALDER_82').citizens).toBe(10);
    expect(offer(p, 'ALDER_80').citizens).toBe(4);
    expect(offer(p, 'UNDTAGET').citizens).toBe(1);
    expect(offer(p, 'INGEN').citizens).toBe(1);
    expect(p.profiles[0].estimate.ended).toBe(1);
    expect(p.profiles[0].estimate.total.citizens).toBe(14);
  });

  it('takes acceptance from Historik (held ÷ invited, each fact once) with the number of invitations behind it', () => {
    const a = offer(run(), 'ALDER_82').acceptance!;
    expect(a.value).toBeCloseTo(30 / 40);
    expect(a.source).toBe(text.FROM_HISTORY_ACCEPTANCE(30, 40, [2023, 2024]));
  });

  it(`uses the default with its source under ${MIN_INVITATIONS} invitations: more when the letter proposes a date and time`, () => {
    const p = run();
    const eighty = offer(p, 'ALDER_80').acceptance!;
    expect(eighty.value).toBe(DEFAULT_ACCEPTANCE_FIXED_TIME);
    expect(eighty.source).toBe(`${text.DEFAULT_ACCEPTANCE_FIXED_SOURCE} ${text.TOO_FEW_INVITATIONS(12, MIN_INVITATIONS)}`);
    const risk = offer(p, 'RISIKO').acceptance!;
    expect(risk).toEqual({ value: DEFAULT_ACCEPTANCE, source: text.DEFAULT_ACCEPTANCE_SOURCE });
  });

  it('lets the settings override acceptance, visit length, overhead, hours and weeks', () => {
    const p = run({ projection: { acceptance: { ALDER_82: 0.5 }, visitMinutes: 45, overheadMinutes: 15, weeklyHours: 30, workingWeeks: 40 } });
    const o = offer(p, 'ALDER_82');
    expect(o.acceptance).toEqual({ value: 0.5, source: text.FROM_SETTINGS });
    expect(o.visits).toBe(5);
    expect(o.hours).toBe(5);
    expect(p.profiles[0].estimate.capacity!.hours).toBe(2 * 30 * 40);
    expect(p.assumptions.visitMinutes).toEqual({ value: 45, source: text.FROM_SETTINGS });
  });

  it('says when a «Tager imod» code in the settings is no offer of the profile (a typo), and uses it nowhere', () => {
    const p = run({ projection: { acceptance: { ALDER_82: 0.5, ALDER_28: 0.9, RISKO: 0.1 } } });
    expect(p.notes).toEqual([text.UNUSED_ACCEPTANCE(['ALDER_28', 'RISKO'])]);
    expect(p.notes[0]).toBe('Indstillingerne giver en andel, der tager imod, for koderne ALDER_28, RISKO, som ingen af profilerne har; tallet er ikke brugt. Ret koden (se Vis regler).');
    expect(projectionReport(p).notes).toContain(p.notes[0]);
    expect(run({ projection: { acceptance: { ALDER_82: 0.5 } } }).notes).toEqual([]);
  });

  it('costs visits as citizens × acceptance × (visit + overhead), by default 60 + 60 minutes', () => {
    const o = offer(run(), 'ALDER_82');
    expect(o.visits).toBeCloseTo(10 * 0.75);
    expect(o.hours).toBeCloseTo(10 * 0.75 * 2);
    expect(o.letters).toBe(10);
  });

  it('spreads an age offer over the months the team sends its invitations (Historik), else evenly', () => {
    const o = offer(run(), 'ALDER_82');
    expect(o.months[2]).toBeCloseTo(o.hours * 30 / 40);
    expect(o.months[8]).toBeCloseTo(o.hours * 10 / 40);
    expect(o.months[0]).toBe(0);
    const even = offer(run({}, []), 'ALDER_82');
    for (const h of even.months) expect(h).toBeCloseTo(even.hours / 12);
    expect(even.monthSource).toBe(text.NO_HISTORY_EVEN);
  });

  it('adds an event offer at the municipality\'s rate from Historik (citizens a year), spread evenly', () => {
    const o = offer(run(), 'EFTERLADT');
    expect(o.citizens).toBe(0);
    expect(o.eventRate!.value).toBe(12 / 2);
    expect(o.eventRate!.source).toBe(text.FROM_HISTORY_RATE(12, [2023, 2024]));
    expect(o.calls).toBe(6);
    expect(o.months[0]).toBeCloseTo(o.months[11]);
    expect(o.hours).toBeGreaterThan(0);
  });

  it('gives capacity = consultants × hours a week × working weeks, the utilisation and the peak month', () => {
    const e = run().profiles[0].estimate;
    expect(e.capacity!.hours).toBe(2 * 37 * 42);
    expect(e.capacity!.utilisation).toBeCloseTo(e.total.hours / (2 * 37 * 42));
    expect(e.capacity!.peakMonth).toBe(2);
    expect(e.capacity!.peakUtilisation).toBeCloseTo(e.total.months[2] / ((2 * 37 * 42) / 12));
  });

  it('without consultants shows the hours and says why there is no capacity', () => {
    const p = run({ consultants: [] });
    expect(p.profiles[0].estimate.capacity).toBeUndefined();
    expect(p.profiles[0].estimate.total.hours).toBeGreaterThan(0);
    expect(p.notes).toEqual([text.NO_CONSULTANTS]);
    const report = projectionReport(p);
    expect(report.capacity).toBeUndefined();
    expect(report.notes).toContain(text.NO_CONSULTANTS);
  });

  it('prints every assumption with its figure and source', () => {
    const report = projectionReport(run());
    const labels = report.assumptions.rows.map((r) => r[0]);
    for (const label of [text.ASSUMPTION.visit, text.ASSUMPTION.overhead, text.ASSUMPTION.weeklyHours, text.ASSUMPTION.workingWeeks, text.ASSUMPTION.consultants]) {
      expect(labels).toContain(label);
    }
    const figures = report.assumptions.rows.filter((r) => r[1] !== '');
    for (const r of figures) expect([r[0], String(r[2]).length > 10]).toEqual([r[0], true]);
    expect(labels).toContain(text.ASSUMPTION.acceptance('82-årige og ældre (ALDER_82)'));
  });

  it('refuses a year before the data\'s reference year, and one that is not a year, in Danish', () => {
    const at = (year: number) => () =>
      project({ population, referenceAsOf: dayFromYmd(2025, 3, 1), year, current: resolveProfile('glostrup-2025'), settings: settings(), history });
    expect(at(2024)).toThrow(text.ERR_YEAR_BEFORE_DATA(2024, 2025));
    expect(at(2040)).toThrow(/mere end 10 år/);
  });
});
