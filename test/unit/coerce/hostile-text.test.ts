import { maskCpr } from '../../../src/core/coerce/cpr';
import { InputError } from '../../../src/core/coerce/errors';
import { parseDay, parseExemption, parseYesNo } from '../../../src/core/coerce/values';
import { parseCallAttempts } from '../../../src/core/calls/attempts';
import { Day, dayFromYmd } from '../../../src/core/day';
import { isDateFormat } from '../../../src/core/import/cells';
import { cprDigits, nameKey } from '../../../src/core/import/values';
import { parseVisit } from '../../../src/core/records/visit';
import { nationalRule } from '../../../src/core/letters/privacy';
import { splitVisitText } from '../../../src/core/letters/visit-text';
import { assignMeetings } from '../../../src/core/meetings/assign';
import { legalBasisOn } from '../../../src/core/profiles/law';
import { recordEntryTexts, splitForYear } from '../../../src/core/records/year';
import { colleagueAddress } from '../../../src/core/selftest/checks';
import { Settings } from '../../../src/core/settings/schema';
import { parseMinute, parseTimeSpan, parseWeekdays } from '../../../src/core/sheet/settings-sheet';
import { parseRecord, recordEntries } from '../../../src/core/status/records';

/**
 * Issue 22, item 6: every parser of cell text reads long hostile text (a Besøg cell of two characters with
 * 50,000 spaces between them took seconds: patterns such as `\s*[;\n]\s*` rescan a run of spaces from each
 * of its characters) and still gives the right reading. Each case checks what the parser makes of the text;
 * the time it takes is measured in the bench (`npm run bench`, case hostileText), never asserted here.
 */

const N = 50_000;
const SPACES = ' '.repeat(N);
const toDay = (d: Date) => Math.floor(d.getTime() / 86_400_000) as Day;
const MARCH_12 = dayFromYmd(2025, 3, 12);
const thrown = (fn: () => unknown): Error => {
  try {
    fn();
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected a Danish error');
};

describe('records (Inviteret, Besøg, Gennemført, Frabedt, Besøg meddelt, Ophørt)', () => {
  test.each<[string, string, unknown]>([
    ['two characters with 50,000 spaces between: other text, which counts as yes', `a${SPACES}b`, { yes: true }],
    ['a date and time with 50,000 spaces between', `12-03-2025${SPACES}10:00`, { day: MARCH_12, minute: 600 }],
    ['a date for another year, spaces inside the mark', `12-03-2025${SPACES}(for${SPACES}2026${SPACES})`, { day: MARCH_12, forYear: 2026 }],
    ['two entries, spaces around the separator', `12-03-2025${SPACES};${SPACES}10-12-2025 (for 2026)`, { entries: [{ day: MARCH_12 }, { day: dayFromYmd(2025, 12, 10), forYear: 2026 }] }],
    ['50,000 separators and nothing else: text, so yes', ';'.repeat(N), { yes: true }],
    ['an opening mark repeated', '(for '.repeat(N / 5), { yes: true }],
  ])('%s', (_, cell, want) => expect(parseRecord(cell, 'besøg', toDay)).toEqual(want));

  test('entries keep their text trimmed, whatever spaces surround them', () => {
    const entries = recordEntries(`03-03-2026${SPACES};\n${SPACES}takket nej${SPACES}`, toDay, String);
    expect(entries.map((e) => e.text)).toEqual(['03-03-2026', 'takket nej']);
    expect(recordEntryTexts(`${SPACES};${SPACES}`)).toEqual([]);
  });

  test('the year mark at the end of 50,000 characters', () => {
    expect(splitForYear(`10-12-2025${SPACES}(for 2026)${SPACES}`)).toEqual({ text: '10-12-2025', forYear: 2026 });
    expect(splitForYear(`(for 2026) ${'x'.repeat(N)}`)).toEqual({ text: `(for 2026) ${'x'.repeat(N)}` });
  });
});

describe('visits (Besøg as date and time)', () => {
  test.each<[string, string, ReturnType<typeof parseVisit>]>([
    ['two characters with 50,000 spaces between', `a${SPACES}b`, undefined],
    ['date, 50,000 spaces, kl., time', `12-03-2025${SPACES}kl.${SPACES}10.30`, { day: MARCH_12, minute: 630 }],
    ['50,000 digits', '1'.repeat(N), undefined],
    ['colons and digits repeated', '1:1'.repeat(N / 3), undefined],
  ])('%s', (_, cell, want) => expect(parseVisit(cell, toDay)).toEqual(want));

  test('the split keeps the whole text as the date part when no time ends it', () => {
    expect(splitVisitText(`12-03-2025${SPACES}x`)).toEqual({ date: `12-03-2025${SPACES}x` });
  });
});

describe('dates, yes/no, exemption, CPR', () => {
  test.each<[string, string]>([
    ['two characters with 50,000 spaces between', `1${SPACES}2`],
    ['50,000 digits', '1'.repeat(N)],
    ['a date shape repeated', '12-03-2025 '.repeat(N / 11)],
  ])('a date: %s is refused with a short Danish message', (_, cell) => {
    const error = thrown(() => parseDay(cell, 'fødselsdato', toDay));
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toMatch(/^fødselsdato: «.{1,40}» er ikke/);
    expect(error.message.length).toBeLessThan(200);
  });

  test('yes/no with 50,000 spaces around it', () => {
    expect(parseYesNo(`${SPACES}ja${SPACES}`, 'bor alene')).toBe(true);
    expect(thrown(() => parseYesNo(`j${SPACES}a`, 'bor alene')).message.length).toBeLessThan(200);
  });

  test('an exemption reason of 50,000 characters is kept trimmed', () => {
    expect(parseExemption(`${SPACES}plejebolig${SPACES}`, 'undtaget')).toEqual({ exempt: true, reason: 'plejebolig' });
  });

  test('CPR numbers are masked inside 50,000 spaces, and a run of 50,000 digits shows only six', () => {
    expect(maskCpr(`${SPACES}010150-1234${SPACES}`).trim()).toBe('010150-xxxx');
    expect(maskCpr('1'.repeat(N))).toBe('111111-xxxx');
    expect(cprDigits(`0101 50${SPACES}1234`)).toBe('0101501234'); // the import drops spaces inside a number
    expect(cprDigits(`0101${SPACES}x1234`)).toBeUndefined();
    expect(cprDigits(`${SPACES}010150-1234${SPACES}`)).toBe('0101501234');
    expect(nameKey(`Anna${SPACES}Hansen`)).toBe('anna hansen');
  });
});

describe('Indstillinger (weekdays, times, time spans) and the self-test', () => {
  test('weekdays with 50,000 spaces around a dash', () => {
    expect(parseWeekdays(`man${SPACES}-${SPACES}fre`)).toEqual([1, 2, 3, 4, 5]);
    expect(parseWeekdays(`man${SPACES}og${SPACES}tor`)).toEqual([1, 4]);
  });

  test.each([
    ['dashes only', '-'.repeat(N)],
    ['two letters with 50,000 spaces between', `a${SPACES}b`],
    ['a day and 50,000 dashes', `man${'-'.repeat(N)}`],
  ])('weekdays: %s is refused in Danish', (_, cell) => {
    expect(() => parseWeekdays(cell)).toThrow(/ugedag/);
  });

  test('a time span with 50,000 spaces around the dash, and one that is two letters apart', () => {
    expect(parseTimeSpan(`10${SPACES}-${SPACES}12`, () => 0)).toEqual({ startMinute: 600, endMinute: 720 });
    expect(() => parseTimeSpan(`a${SPACES}b`, () => 0)).toThrow();
    expect(() => parseMinute(`kl.${SPACES}x`, () => 0)).toThrow();
  });

  test('a colleague address with 50,000 dots is not an address', () => {
    expect(colleagueAddress(`a@b${'.'.repeat(N)}`)).toBeNull();
    expect(colleagueAddress(`a@${'b.'.repeat(N / 2)}dk`)).toBe(`a@${'b.'.repeat(N / 2)}dk`);
  });
});

describe('import, meetings, calls, the profile text', () => {
  test('a number format of 50,000 "[" shows no date', () => {
    expect(isDateFormat(164, '['.repeat(N))).toBe(false);
    expect(isDateFormat(164, `${'['.repeat(N)}dd-mm-yyyy`)).toBe(true);
  });

  test('a meeting postcode entry with 50,000 spaces around its dash still covers its postcodes', () => {
    const m = Settings.parse({
      meetings: [{ name: 'Nord', day: '2025-05-01', startMinute: 600, place: 'Rådhuset', capacity: 5, offers: ['ALDER_75'], postcodes: [`2600${SPACES}-${SPACES}2605`, `2620${SPACES}x`] }],
    }).meetings;
    const far = Settings.parse({ meetings: [{ name: 'Syd', day: '2025-04-01', startMinute: 600, place: 'Rådhuset', capacity: 5, offers: ['ALDER_75'], postcodes: ['2700'] }] }).meetings;
    const a = assignMeetings([{ key: 1, code: 'ALDER_75', postcode: '2603' }], [...far, ...m], dayFromYmd(2025, 3, 3));
    expect(a.byKey.get(1)).toBe('Nord');
  });

  test('call attempts with 50,000 spaces between date and note', () => {
    const [attempt] = parseCallAttempts(`03-03-2025${SPACES}ikke${SPACES}truffet`, toDay);
    expect(attempt).toEqual({ day: dayFromYmd(2025, 3, 3), text: `ikke${SPACES}truffet`, outcome: 'notReached' });
    expect(parseCallAttempts(';\n'.repeat(N), toDay)).toEqual([]);
  });

  test('a legal basis of 50,000 spaces before § 79 a is dated, the spaces kept', () => {
    const dated = legalBasisOn(`jf.${SPACES}§ 79 a, stk. 2`, dayFromYmd(2026, 1, 1));
    expect(dated.endsWith(`jf.${SPACES}§ 79 a, stk. 2 (til 30.6.2025)`)).toBe(true);
    expect(legalBasisOn(`SEL${SPACES}x`, dayFromYmd(2026, 1, 1))).toBe(`SEL${SPACES}x`);
  });

  test('the letter\'s national rule drops «(lokalt tilbud)» after 50,000 spaces, and keeps a text without it', () => {
    const day = dayFromYmd(2026, 1, 1);
    expect(nationalRule(`Strandby Kommunes standard${SPACES}(lokalt tilbud)`, day)).toBe(nationalRule('Strandby Kommunes standard', day));
    expect(nationalRule(`Strandby${SPACES}Kommunes standard`, day)).toContain(`Strandby${SPACES}Kommunes standard`);
  });
});
