import { dayFromYmd } from '../../../src/core/day';
import { assignMeetings, Seat } from '../../../src/core/meetings/assign';
import { mulberry32 } from '../../../src/core/random';
import { Meeting, Settings } from '../../../src/core/settings/schema';

/**
 * Meeting assignment (Glostrup's information meetings for 70/75-year-olds, G173-192; Ballerup's event on
 * the Rådhus for 75/80-year-olds, B91-98): nearest by postcode area, then the earliest with room; never
 * over capacity; everyone assigned or reported; the same answer on a re-run.
 */

const TODAY = dayFromYmd(2025, 3, 3);
const meeting = (m: Partial<Meeting> & Pick<Meeting, 'name' | 'day'>): Meeting =>
  Settings.parse({ meetings: [{ startMinute: 600, place: 'Rådhuset', capacity: 2, offers: ['ALDER_75'], ...m }] }).meetings[0];

const north = meeting({ name: 'Nord', day: '2025-05-01', postcodes: ['2600-2605'] });
const south = meeting({ name: 'Syd', day: '2025-04-01', postcodes: ['2620'] });
const anywhere = meeting({ name: 'Alle', day: '2025-06-01', capacity: 3 });

const seat = (key: number, postcode: string, extra: Partial<Seat> = {}): Seat => ({ key, code: 'ALDER_75', postcode, ...extra });

test('nearest by postcode area first, then a meeting for everyone, then the nearest postcode', () => {
  const a = assignMeetings([seat(1, '2600'), seat(2, '2620'), seat(3, '2605'), seat(4, '2630')], [north, south, anywhere], TODAY);
  expect(Object.fromEntries(a.byKey)).toEqual({ 1: 'Nord', 2: 'Syd', 3: 'Nord', 4: 'Alle' });
});

test('the earliest with room among equally near meetings', () => {
  const early = meeting({ name: 'Tidlig', day: '2025-04-01', capacity: 1 });
  const late = meeting({ name: 'Sen', day: '2025-09-01', capacity: 5 });
  const a = assignMeetings([seat(1, '2600'), seat(2, '2600')], [late, early], TODAY);
  expect(Object.fromEntries(a.byKey)).toEqual({ 1: 'Tidlig', 2: 'Sen' });
});

test('reports who cannot be seated, and why: no meeting for the offer, or all full', () => {
  const a = assignMeetings([seat(1, '2600'), seat(2, '2600'), seat(3, '2600'), seat(4, '2600', { code: 'ALENE_70' })], [north], TODAY);
  expect(a.unassigned).toEqual([{ key: 3, code: 'ALDER_75', why: 'full' }, { key: 4, code: 'ALENE_70', why: 'noMeeting' }]);
});

test('a meeting already held is not offered; seats held by earlier invitations count', () => {
  const past = meeting({ name: 'Januar', day: '2025-01-15', capacity: 50 });
  const a = assignMeetings([seat(1, '2600'), seat(2, '2600')], [past, north], TODAY, new Map([['Nord', 1]]));
  expect(Object.fromEntries(a.byKey)).toEqual({ 1: 'Nord' });
  expect(a.unassigned).toEqual([{ key: 2, code: 'ALDER_75', why: 'full' }]);
});

test('a citizen moved by hand keeps the meeting (the row names it), even a farther one', () => {
  const a = assignMeetings([seat(1, '2600', { current: 'syd' })], [north, south], TODAY);
  expect(a.byKey.get(1)).toBe('Syd');
});

describe('property: random teams and citizens', () => {
  const rand = mulberry32(75);
  const pick = <T,>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)];
  for (let run = 0; run < 40; run++) {
    const meetings = Array.from({ length: 1 + Math.floor(rand() * 4) }, (_, i) =>
      meeting({
        name: `M${i}`, day: `2025-0${4 + Math.floor(rand() * 5)}-1${Math.floor(rand() * 9)}`, capacity: 1 + Math.floor(rand() * 6),
        offers: rand() < 0.7 ? ['ALDER_75', 'ALENE_70'] : ['ALENE_70'], postcodes: rand() < 0.5 ? [] : [pick(['2600', '2605', '2620'])],
      }));
    const seats = Array.from({ length: Math.floor(rand() * 25) }, (_, i) => seat(i + 2, pick(['2600', '2605', '2620', '2750']), { code: pick(['ALDER_75', 'ALENE_70']) }));
    test(`run ${run}: capacity kept, everyone seated or reported, a re-run changes nothing`, () => {
      const first = assignMeetings(seats, meetings, TODAY);
      for (const m of meetings) {
        expect([...first.byKey.values()].filter((n) => n === m.name).length).toBeLessThanOrEqual(m.capacity);
        expect(first.taken.get(m.name)).toBeLessThanOrEqual(m.capacity);
      }
      const reported = new Set(first.unassigned.map((u) => u.key));
      for (const s of seats) expect(first.byKey.has(s.key) !== reported.has(s.key)).toBe(true);
      // Re-run with the meetings written on the rows: the same seats.
      const again = assignMeetings(seats.map((s) => ({ ...s, current: first.byKey.get(s.key) })), meetings, TODAY);
      expect(again.byKey).toEqual(first.byKey);
      // And the same input gives the same answer.
      expect(assignMeetings(seats, meetings, TODAY).byKey).toEqual(first.byKey);
    });
  }
});
