/**
 * `scheduleVisits` throws a ZodError on bad input; the adapter turns it into one Danish sentence that
 * names the consultant, closed day or row (pure: no bundle needed).
 */
import { fromIso } from '../../../src/core/day';
import { scheduleVisits, type ScheduleInput } from '../../../src/core/schedule';
import { describeScheduleError, isZodError } from '../../../src/gas/schedule/input-errors';

const day = (iso: string) => fromIso(iso)!;
const consultant = (name: string, extra: object = {}) => ({
  name, weekdays: [1, 2, 3, 4, 5], startMinute: 540, endMinute: 900, visitsPerDay: 3, visitMinutes: 60, travelMinutes: 30, daysOff: [], ...extra,
});
const base = (): ScheduleInput => ({
  consultants: [consultant('Anne')],
  period: { from: day('2025-01-01'), to: day('2025-12-31') },
  closures: [],
  letterLeadDays: 21,
  today: day('2025-03-26'),
  citizens: [{ id: 'r2', postcode: '2600', windowFrom: day('2025-01-01'), windowTo: day('2025-12-31') }],
});

function messageFor(input: ScheduleInput): string {
  try {
    scheduleVisits(input);
  } catch (e) {
    if (!isZodError(e)) throw e;
    return describeScheduleError(e, input, new Map([['r2', 2], ['r7', 7]]));
  }
  throw new Error('expected a ZodError');
}

test.each([
  ['a duplicate consultant', (i: ScheduleInput) => ({ ...i, consultants: [consultant('Anne'), consultant('Anne')] }), /konsulenten «Anne» står der flere gange/],
  ['hours that end before they start', (i: ScheduleInput) => ({ ...i, consultants: [consultant('Anne', { startMinute: 900, endMinute: 540 })] }), /konsulent «Anne», arbejdstid til: arbejdstiden skal begynde før den slutter/],
  ['a negative number of visits', (i: ScheduleInput) => ({ ...i, consultants: [consultant('Bo', { visitsPerDay: -1 })] }), /konsulent «Bo», besøg pr\. dag: er for lille/],
  ['a closing time past midnight', (i: ScheduleInput) => ({ ...i, closures: [{ day: day('2025-06-05'), fromMinute: 2000, reason: 'x' }] }), /lukkedag 05-06-2025, lukker kl\.: er for stor/],
  ['a window that ends before it begins', (i: ScheduleInput) => ({ ...i, citizens: [{ id: 'r7', postcode: '', windowFrom: day('2025-05-01'), windowTo: day('2025-04-01') }] }), /række 7, periode til: borgerens periode må ikke begynde efter den slutter/],
])('%s', (_what, change, expected) => {
  const message = messageFor(change(base()));
  expect(message).toMatch(/^Planlægningen kunne ikke køre: /);
  expect(message).toMatch(expected);
  expect(message).toMatch(/Intet er ændret\.$/);
  expect(message).not.toMatch(/Too small|Too big|Invalid/);
});

test('a period that ends before it begins is named in Danish, without the schema’s English field names', () => {
  const message = messageFor({ ...base(), period: { from: day('2025-12-31'), to: day('2025-01-01') } });
  expect(message).toMatch(/planlægningsperioden, til: perioden må ikke begynde efter den slutter/);
  expect(message).not.toMatch(/"from"|"to"/);
});

test('an issue about the whole list of citizens names no row (there is no "række 0")', () => {
  const citizen = base().citizens[0];
  const message = messageFor({ ...base(), citizens: [citizen, { ...citizen }] });
  expect(message).toMatch(/^Planlægningen kunne ikke køre: borger-id «r2» står der flere gange\./);
  expect(message).not.toMatch(/række 0/);
});
