import { type Day, addDays, toIso } from '../../../src/core/day';
import type { Citizen, ScheduleInput } from '../../../src/core/schedule/input';
import { scheduleVisits } from '../../../src/core/schedule/schedule';
import { consultant, hm, iso, random, violations } from './fixtures';

// Monday 3 March 2025 with two weeks' letter lead: the first bookable day is Monday 17 March.
const TODAY = iso('2025-03-03');
const YEAR = { from: iso('2025-01-01'), to: iso('2025-12-31') };

function citizen(id: string, overrides: Partial<Citizen> = {}): Citizen {
  return { id, postcode: '2600', windowFrom: YEAR.from, windowTo: YEAR.to, ...overrides };
}

function input(overrides: Partial<ScheduleInput> = {}): ScheduleInput {
  return {
    consultants: [consultant('Anne')],
    period: YEAR,
    letterLeadDays: 14,
    today: TODAY,
    citizens: [],
    ...overrides,
  };
}

/** Bookings as readable `id date hh:mm consultant` lines. */
function diary(i: ScheduleInput): string[] {
  return scheduleVisits(i).bookings.map(
    (b) => `${b.id} ${toIso(b.day)} ${String(Math.floor(b.minute / 60)).padStart(2, '0')}:${String(b.minute % 60).padStart(2, '0')} ${b.consultant}`,
  );
}

const ids = (n: number, prefix = 'c') => Array.from({ length: n }, (_, i) => `${prefix}${i + 1}`);

describe('scheduleVisits: the rules, one by one', () => {
  it.each<[string, ScheduleInput, string[]]>([
    [
      'fills a day from the start of work, visit plus travel apart, up to visitsPerDay',
      input({ citizens: ids(4).map((id) => citizen(id)) }),
      ['c1 2025-03-17 09:00 Anne', 'c2 2025-03-17 10:30 Anne', 'c3 2025-03-17 12:00 Anne', 'c4 2025-03-18 09:00 Anne'],
    ],
    [
      'ends the last visit by endMinute (13:30 ends 14:30; 15:00 would end 16:00)',
      input({ consultants: [consultant('Anne', { visitsPerDay: 10 })], citizens: ids(5).map((id) => citizen(id)) }),
      ['c1 2025-03-17 09:00 Anne', 'c2 2025-03-17 10:30 Anne', 'c3 2025-03-17 12:00 Anne', 'c4 2025-03-17 13:30 Anne', 'c5 2025-03-18 09:00 Anne'],
    ],
    [
      'starts at max(period.from, today + lead)',
      input({ period: { from: iso('2025-04-01'), to: YEAR.to }, citizens: [citizen('c1')] }),
      ['c1 2025-04-01 09:00 Anne'],
    ],
    [
      'skips a holiday (Kristi himmelfartsdag 29 May 2025)',
      input({ today: iso('2025-05-15'), citizens: [citizen('c1')] }),
      ['c1 2025-05-30 09:00 Anne'],
    ],
    [
      'skips the weekend and Easter',
      input({ today: iso('2025-04-03'), citizens: [citizen('c1')] }),
      ['c1 2025-04-22 09:00 Anne'],
    ],
    [
      'ends visits by a partial closure (Grundlovsdag from 12:00)',
      input({ today: iso('2025-05-22'), consultants: [consultant('Anne', { visitsPerDay: 5 })], citizens: ids(3).map((id) => citizen(id)) }),
      ['c1 2025-06-05 09:00 Anne', 'c2 2025-06-05 10:30 Anne', 'c3 2025-06-06 09:00 Anne'],
    ],
    [
      'skips Juleaftensdag by default',
      input({ today: iso('2025-12-10'), citizens: [citizen('c1')] }),
      ['c1 2025-12-29 09:00 Anne'],
    ],
    [
      'lets a team open on Juleaftensdag by giving its own closures',
      input({ today: iso('2025-12-10'), closures: [], citizens: [citizen('c1')] }),
      ['c1 2025-12-24 09:00 Anne'],
    ],
    [
      "keeps a team's own whole-day closure",
      input({ closures: [{ day: iso('2025-03-17'), reason: 'Temadag' }], citizens: [citizen('c1')] }),
      ['c1 2025-03-18 09:00 Anne'],
    ],
    [
      "skips a consultant's day off",
      input({ consultants: [consultant('Anne', { daysOff: [iso('2025-03-17'), iso('2025-03-18')] })], citizens: [citizen('c1')] }),
      ['c1 2025-03-19 09:00 Anne'],
    ],
    [
      "books only on the consultant's weekdays (Tuesday and Thursday)",
      input({ consultants: [consultant('Anne', { weekdays: [2, 4], visitsPerDay: 1 })], citizens: ids(3).map((id) => citizen(id)) }),
      ['c1 2025-03-18 09:00 Anne', 'c2 2025-03-20 09:00 Anne', 'c3 2025-03-25 09:00 Anne'],
    ],
    [
      'books a Saturday only for a consultant who works Saturdays',
      input({ consultants: [consultant('Anne', { weekdays: [6] })], citizens: [citizen('c1')] }),
      ['c1 2025-03-22 09:00 Anne'],
    ],
    [
      "stays inside the citizen's window",
      input({ citizens: [citizen('c1', { windowFrom: iso('2025-08-09'), windowTo: iso('2025-08-20') })] }),
      ['c1 2025-08-11 09:00 Anne'],
    ],
    [
      'books the most urgent window first',
      input({
        consultants: [consultant('Anne', { visitsPerDay: 1 })],
        citizens: [citizen('late', { windowTo: iso('2025-12-31') }), citizen('soon', { windowTo: iso('2025-03-31') })],
      }),
      ['soon 2025-03-17 09:00 Anne', 'late 2025-03-18 09:00 Anne'],
    ],
    [
      'never double-books around a kept visit',
      input({ citizens: [citizen('kept', { existing: { day: iso('2025-03-17'), minute: hm(9, 30), consultant: 'Anne' } }), citizen('new')] }),
      ['kept 2025-03-17 09:30 Anne', 'new 2025-03-17 11:00 Anne'],
    ],
    [
      'keeps clear of a kept visit even by one minute (10:29 starts inside 9:00 + visit + travel)',
      input({ citizens: [citizen('kept', { existing: { day: iso('2025-03-17'), minute: hm(10, 29), consultant: 'Anne' } }), citizen('new')] }),
      ['kept 2025-03-17 10:29 Anne', 'new 2025-03-17 11:59 Anne'],
    ],
    [
      'counts kept visits towards visitsPerDay',
      input({
        consultants: [consultant('Anne', { visitsPerDay: 1 })],
        citizens: [citizen('kept', { existing: { day: iso('2025-03-17'), minute: hm(13), consultant: 'Anne' } }), citizen('new')],
      }),
      ['kept 2025-03-17 13:00 Anne', 'new 2025-03-18 09:00 Anne'],
    ],
    [
      'spreads over consultants, least loaded first, ties by name',
      input({
        consultants: [consultant('Bo', { visitsPerDay: 1 }), consultant('Anne', { visitsPerDay: 1 })],
        citizens: [citizen('c1', { postcode: '2600' }), citizen('c2', { postcode: '2605' }), citizen('c3', { postcode: '2610' })],
      }),
      ['c1 2025-03-17 09:00 Anne', 'c2 2025-03-17 09:00 Bo', 'c3 2025-03-18 09:00 Anne'],
    ],
  ])('%s', (_, given, expected) => {
    expect(diary(given)).toEqual(expected);
    expect(violations(given, scheduleVisits(given))).toEqual([]);
  });

  it('groups a day by postcode even when urgency alternates', () => {
    // Urgency alternates 2600, 2605, 2600, …: without grouping each day would mix the two.
    const citizens = ids(6).map((id, i) =>
      citizen(id, { postcode: i % 2 === 0 ? '2600' : '2605', windowTo: addDays(iso('2025-06-01'), i) }),
    );
    const given = input({ citizens });
    const postcodeOf = new Map(citizens.map((c) => [c.id, c.postcode]));
    const days = new Map<string, Set<string>>();
    for (const b of scheduleVisits(given).bookings) {
      const key = `${b.consultant} ${b.day}`;
      days.set(key, (days.get(key) ?? new Set()).add(postcodeOf.get(b.id)!));
    }
    expect([...days.values()].map((postcodes) => postcodes.size)).toEqual([1, 1]);
  });

  const loads = (given: ScheduleInput) => {
    const load = new Map(given.consultants.map((c) => [c.name, 0]));
    for (const b of scheduleVisits(given).bookings) load.set(b.consultant, load.get(b.consultant)! + 1);
    return [...load.values()];
  };
  const team = ['Anne', 'Bo', 'Carla'].map((name) => consultant(name));

  it('spreads the load exactly evenly when no two citizens share a postcode', () => {
    const citizens = ids(30).map((id, i) => citizen(id, { postcode: String(2600 + i) }));
    expect(loads(input({ consultants: team, citizens }))).toEqual([10, 10, 10]);
  });

  it('spreads the load within one full day when grouping by postcode', () => {
    const citizens = ids(30).map((id, i) => citizen(id, { postcode: String(2600 + (i % 7)) }));
    const load = loads(input({ consultants: team, citizens }));
    expect(load.reduce((a, b) => a + b)).toBe(30);
    expect(Math.max(...load) - Math.min(...load)).toBeLessThanOrEqual(3);
  });
});

describe('scheduleVisits: citizens without a new visit', () => {
  const reasonOf = (i: ScheduleInput, id: string) => scheduleVisits(i).unplaced.find((u) => u.id === id)?.reason;

  it.each<[string, Citizen, RegExp]>([
    ['declined', citizen('x', { declined: true }), /frabedt/],
    ['locked without a visit', citizen('x', { locked: true }), /Låst/],
    ['window ends before the letter can arrive', citizen('x', { windowTo: iso('2025-03-10') }), /før første mulige besøgsdag 17-03-2025/],
    ['window after the period', citizen('x', { windowFrom: iso('2026-02-01'), windowTo: iso('2026-03-01') }), /uden for planlægningsperioden/],
    ['no working day in the window', citizen('x', { windowFrom: iso('2025-04-18'), windowTo: iso('2025-04-21') }), /Ingen ledig tid/],
  ])('%s', (_, c, reason) => {
    const given = input({ citizens: [c] });
    expect(scheduleVisits(given).bookings).toEqual([]);
    expect(reasonOf(given, 'x')).toMatch(reason);
  });

  it('reports full capacity as no free time', () => {
    const window = { windowFrom: iso('2025-03-17'), windowTo: iso('2025-03-17') };
    const given = input({ citizens: ids(4).map((id) => citizen(id, window)) });
    expect(scheduleVisits(given).bookings.map((b) => b.id)).toEqual(['c1', 'c2', 'c3']);
    expect(reasonOf(given, 'c4')).toMatch(/Ingen ledig tid/);
  });

  it('drops the visit of a citizen who has declined since, with a warning', () => {
    const given = input({ citizens: [citizen('x', { declined: true, existing: { day: iso('2025-03-20'), minute: hm(9), consultant: 'Anne' } })] });
    const result = scheduleVisits(given);
    expect(result.bookings).toEqual([]);
    expect(result.warnings).toEqual([{ id: 'x', message: expect.stringMatching(/frabedt.*20-03-2025 kl\. 09:00/) }]);
  });
});

describe('scheduleVisits: kept visits that break a rule now', () => {
  const kept = (day: string, minute: number, name = 'Anne') => ({ existing: { day: iso(day), minute, consultant: name } });

  it.each<[string, Citizen[], RegExp]>([
    ['on a holiday', [citizen('x', kept('2025-05-29', hm(9)))], /helligdag \(Kristi himmelfartsdag\)/],
    ['on a closed day', [citizen('x', kept('2025-12-24', hm(9)))], /lukket \(Juleaftensdag\)/],
    ['after a partial closure', [citizen('x', kept('2025-06-05', hm(11, 30)))], /lukker kl\. 12:00 \(Grundlovsdag\)/],
    ['on a weekend', [citizen('x', kept('2025-03-22', hm(9)))], /arbejder ikke på den ugedag/],
    ['outside hours', [citizen('x', kept('2025-03-20', hm(14, 30)))], /uden for arbejdstiden hos Anne \(09:00-15:00\)/],
    ['outside the window', [citizen('x', { ...kept('2025-03-20', hm(9)), windowTo: iso('2025-03-19') })], /uden for borgerens periode/],
    ['with an unknown consultant', [citizen('x', kept('2025-03-20', hm(9), 'Zoe'))], /«Zoe» findes ikke/],
    ['overlapping another kept visit', [citizen('a', kept('2025-03-20', hm(9))), citizen('x', kept('2025-03-20', hm(10)))], /allerede et besøg/],
  ])('%s: kept as it is, with a warning', (_, citizens, message) => {
    const given = input({ citizens });
    const result = scheduleVisits(given);
    const x = citizens.find((c) => c.id === 'x')!.existing!;
    expect(result.bookings.find((b) => b.id === 'x')).toEqual({ id: 'x', ...x });
    expect(result.warnings.filter((w) => w.id === 'x').map((w) => w.message).join('\n')).toMatch(message);
  });

  it('warns about nothing when a kept visit keeps every rule', () => {
    expect(scheduleVisits(input({ citizens: [citizen('x', kept('2025-03-20', hm(9)))] })).warnings).toEqual([]);
  });

  it('keeps a day off only for kept visits (warning), never for new ones', () => {
    const given = input({
      consultants: [consultant('Anne', { daysOff: [iso('2025-03-20')] })],
      citizens: [citizen('x', kept('2025-03-20', hm(9)))],
    });
    expect(scheduleVisits(given).warnings[0].message).toMatch(/Anne har fri den dag/);
  });
});

describe('scheduleVisits: determinism and input', () => {
  it('gives the same result whatever the order of citizens and consultants', () => {
    const r = random(7);
    const citizens = ids(40).map((id) =>
      citizen(id, { postcode: r.pick(['2600', '2605', '2620']), windowFrom: addDays(YEAR.from, r.int(0, 100)), windowTo: addDays(YEAR.from, r.int(120, 300)) }),
    );
    const team = ['Anne', 'Bo', 'Carla'].map((name) => consultant(name, { visitsPerDay: 2 }));
    const a = scheduleVisits(input({ consultants: team, citizens }));
    const b = scheduleVisits(input({ consultants: r.shuffle(team), citizens: r.shuffle(citizens) }));
    expect(b).toEqual(a);
    expect(a.bookings).toHaveLength(40);
  });

  it.each<[string, ScheduleInput]>([
    ['work ending before it starts', input({ consultants: [consultant('Anne', { startMinute: hm(15), endMinute: hm(9) })] })],
    ['a period ending before it starts', input({ period: { from: YEAR.to, to: YEAR.from } })],
    ['a window ending before it starts', input({ citizens: [citizen('x', { windowFrom: YEAR.to, windowTo: YEAR.from })] })],
    ['a citizen id twice', input({ citizens: [citizen('x'), citizen('x')] })],
    ['a consultant twice', input({ consultants: [consultant('Anne'), consultant('Anne')] })],
    ['a day that is not a whole number', input({ today: 20000.5 as Day })],
    ['a weekday 8', input({ consultants: [consultant('Anne', { weekdays: [8] })] })],
  ])('rejects %s', (_, given) => {
    expect(() => scheduleVisits(given)).toThrow();
  });
});
