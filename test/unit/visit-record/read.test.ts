/**
 * The visit sheet read as Borgere is: columns by header, Danish dates in any shape, codes by id or label,
 * bad cells reported with the row and the rest kept; superseded rows (Erstatter) and cancellations left
 * out; a CPR number in the key gives the same key as the citizen's row in Borgere.
 */
import { citizenKey } from '../../../src/core/citizens/key';
import { dayFromUtcDate, dayFromYmd } from '../../../src/core/day';
import { findColumns } from '../../../src/core/sheet/columns';
import {
  VISIT_HEADERS, newVisitId, newVisitRow, openFollowUps, previousTest, readVisitRecords, type VisitRecord, type VisitVocabulary,
} from '../../../src/core/visit-record';

const toDay = dayFromUtcDate;
const vocabulary: VisitVocabulary = {
  themes: [{ id: 'ensomhed', label: 'Ensomhed' }, { id: 'netvaerk', label: 'Netværk og kontakt til fx din læge' }],
  referrals: [{ id: 'traening', label: 'Træning' }, { id: 'hjaelpemidler', label: 'Hjælpemidler' }],
};
const d = (y: number, m: number, day: number) => dayFromYmd(y, m, day);

describe('readVisitRecords', () => {
  test('a row written by newVisitRow reads back as the record it was made from', () => {
    const row = newVisitRow({
      id: 'B-1', key: 'cabc', name: 'Test Testesen', day: d(2025, 3, 4), consultant: 'Anna', offerCode: 'ALDER_80', form: 'home', minutes: 75,
      themes: ['ensomhed', 'netvaerk'], chairStand: 9, sex: 'K', reading: '9 rejsninger: … Norm: Rikli & Jones (1999).', referrals: ['traening'],
      followUp: d(2025, 6, 1),
    });
    const { records, problems } = readVisitRecords({ headers: VISIT_HEADERS, rows: [row] }, { toDay, vocabulary });
    expect(problems).toEqual([]);
    expect(records).toEqual([{
      id: 'B-1', key: 'cabc', day: d(2025, 3, 4), consultant: 'Anna', offerCode: 'ALDER_80', form: 'home', minutes: 75,
      themes: ['ensomhed', 'netvaerk'], chairStand: 9, sex: 'K', reading: '9 rejsninger: … Norm: Rikli & Jones (1999).', referrals: ['traening'],
      followUp: d(2025, 6, 1), row: 2,
    }]);
  });

  test('typed by hand: own column order, synonyms, labels for codes, any Danish date shape, empty rows skipped', () => {
    const headers = ['Opfølgningsdato', 'Tema', 'Besøgsdato', 'CPR', 'Kontaktform', 'Henvist til', 'Stoletest', 'Noter til teamet'];
    const rows = [
      ['', 'ensomhed; Netværk og kontakt til FX din læge', '4.3.2025', '150640-1231', 'telefon', 'Træning', '12', 'x'],
      ['', '', '', '', '', '', '', ''],
      [new Date(Date.UTC(2025, 8, 1)), '', '2025-04-01', '150640-1232', '', 'hjælpemidler;træning', 0, ''],
    ];
    const { records, problems } = readVisitRecords({ headers, rows }, { toDay, vocabulary });
    expect(problems).toEqual([]);
    expect(records.map((r) => [r.row, r.day, r.form, r.themes, r.referrals, r.chairStand, r.sex, r.followUp])).toEqual([
      [2, d(2025, 3, 4), 'phone', ['ensomhed', 'netvaerk'], ['traening'], 12, 'M', undefined],
      [4, d(2025, 4, 1), 'home', [], ['hjaelpemidler', 'traening'], 0, 'K', d(2025, 9, 1)],
    ]);
  });

  test('a CPR number in the key gives the key of the citizen\'s row in Borgere, in either shape', () => {
    const borgere = findColumns(['Navn', 'CPR']);
    const key = citizenKey({ columns: borgere, values: ['Test', '150640-1231'] });
    const rows = [['1506401231', '01-03-2025'], ['150640-1231', '02-03-2025']];
    const { records } = readVisitRecords({ headers: ['Nøgle', 'Dato'], rows }, { toDay });
    expect(records.map((r) => r.key)).toEqual([key, key]);
  });

  test('a citizen without CPR is found by name and birth date, as Borgere keys them', () => {
    const borgere = findColumns(['Navn', 'Fødselsdato']);
    const key = citizenKey({ columns: borgere, values: ['Ib  Hansen', '15-06-1940'] });
    const { records } = readVisitRecords({ headers: ['Navn', 'Fødselsdato', 'Dato'], rows: [['ib hansen', '15-06-1940', '01-03-2025']] }, { toDay });
    expect(records[0].key).toBe(key);
  });

  test('bad cells: the row is left out when its citizen or date is missing or bad, else kept without the bad cell (an unknown code too)', () => {
    const headers = ['Nøgle', 'Dato', 'Form', 'Minutter', 'Rejse-sætte-sig', 'Køn', 'Temaer', 'Opfølgning'];
    const rows = [
      ['', '01-03-2025', '', '', '', '', '', ''],
      ['c1', '', '', '', '', '', '', ''],
      ['c1', '31-02-2025', '', '', '', '', '', ''],
      ['c1', '01-03-2025', 'kaffe', '', '', '', '', ''],
      ['c1', '01-03-2025', '', 'en time', '61', 'x', 'ensomhed; havearbejde', 'snart'],
    ];
    const { records, problems } = readVisitRecords({ headers, rows }, { toDay, vocabulary });
    expect(problems.map((p) => p.row)).toEqual([2, 3, 4, 5, 6, 6, 6, 6, 6]);
    expect(problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/mangler borgerens nøgle/),
      expect.stringMatching(/mangler datoen \(Dato\)/),
      expect.stringMatching(/^Dato: «31-02-2025» er ikke en gyldig dato/),
      expect.stringMatching(/^Form: «kaffe» er ikke en kendt form/),
      expect.stringMatching(/^Temaer: «havearbejde» står ikke på profilens liste \(ensomhed, netvaerk\)/),
      expect.stringMatching(/^Minutter: «en time»/),
      expect.stringMatching(/^Rejse-sætte-sig: «61» er ikke et helt tal fra 0 til 60/),
      expect.stringMatching(/^Køn: «x» er hverken mand eller kvinde/),
      expect.stringMatching(/^Opfølgning: «snart» er ikke en dato/),
    ]);
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ row: 6, themes: ['ensomhed'] });
    expect(records[0].chairStand).toBeUndefined();
    expect(records[0].followUp).toBeUndefined();
  });

  test('supersession: a correction replaces its row, a chain replaces every earlier link, Annulleret only takes back', () => {
    const headers = ['Nøgle', 'Dato', 'Form', 'Rejse-sætte-sig', 'Id', 'Erstatter'];
    const rows = [
      ['c1', '01-03-2025', '', '7', 'a', ''],
      ['c1', '01-03-2025', '', '8', 'b', 'a'],
      ['c1', '01-03-2025', '', '9', 'c', 'b'],
      ['c2', '02-03-2025', '', '', 'd', ''],
      ['', '', 'Annulleret', '', 'e', 'd'],
      ['c3', '03-03-2025', '', '', 'f', 'zz'],
      ['c3', '03-03-2025', '', '', 'f', ''],
      ['', '', 'annulleret', '', '', ''],
    ];
    const { records, problems } = readVisitRecords({ headers, rows }, { toDay });
    expect(records.map((r) => [r.id, r.chairStand])).toEqual([['c', 9], ['f', undefined]]);
    expect(problems).toEqual([
      { row: 7, message: expect.stringContaining('ingen række har Id «zz»') },
      { row: 8, message: expect.stringContaining('står også i række 7') },
      { row: 9, message: expect.stringContaining('Erstatter') },
    ]);
  });
});

describe('openFollowUps and previousTest', () => {
  const rec = (key: string, day: number, extra: Partial<VisitRecord> = {}, row = 2): VisitRecord => ({
    id: '', key, day: day as never, consultant: '', offerCode: '', form: 'home', themes: [], referrals: [], row, ...extra,
  });
  test.each([
    ['the newest contact set a follow-up', [rec('a', d(2025, 3, 1), { followUp: d(2025, 5, 1) })], undefined, d(2025, 5, 1)],
    ['a newer contact without one closes it', [rec('a', d(2025, 3, 1), { followUp: d(2025, 5, 1) }), rec('a', d(2025, 3, 20))], undefined, undefined],
    ['an older contact does not', [rec('a', d(2025, 3, 20), { followUp: d(2025, 5, 1) }), rec('a', d(2025, 3, 1))], undefined, d(2025, 5, 1)],
    ['on the same day the later row is the newer', [rec('a', d(2025, 3, 1), {}, 2), rec('a', d(2025, 3, 1), { followUp: d(2025, 4, 1) }, 3)], undefined, d(2025, 4, 1)],
    ['a later Gennemført closes it', [rec('a', d(2025, 3, 1), { followUp: d(2025, 5, 1) })], d(2025, 3, 2), undefined],
    ['Gennemført on the same day is the same contact', [rec('a', d(2025, 3, 1), { followUp: d(2025, 5, 1) })], d(2025, 3, 1), d(2025, 5, 1)],
    ['a Gennemført of last year leaves it open across the year\'s close', [rec('a', d(2025, 11, 1), { followUp: d(2026, 2, 1) })], d(2025, 2, 1), d(2026, 2, 1)],
  ])('%s', (_, records, done, expected) => {
    const open = openFollowUps(records, { lastDone: () => done });
    expect(open.get('a')).toBe(expected);
  });
  test('one citizen only, when asked', () => {
    const records = [rec('a', d(2025, 3, 1), { followUp: d(2025, 5, 1) }), rec('b', d(2025, 3, 1), { followUp: d(2025, 6, 1) })];
    expect([...openFollowUps(records, { key: 'b' })]).toEqual([['b', d(2025, 6, 1)]]);
    expect(openFollowUps(records).size).toBe(2);
  });
  test('the previous test is the latest before the day, of the same citizen', () => {
    const records = [
      rec('a', d(2024, 3, 1), { chairStand: 10 }), rec('a', d(2024, 9, 1), { chairStand: 11 }), rec('a', d(2025, 3, 1), { chairStand: 12 }),
      rec('b', d(2025, 1, 1), { chairStand: 20 }), rec('a', d(2025, 1, 1)),
    ];
    expect(previousTest(records, 'a', d(2025, 3, 1))).toEqual({ count: 11, day: d(2024, 9, 1) });
    expect(previousTest(records, 'a', d(2024, 3, 1))).toBeUndefined();
  });
  test('row ids differ between two registrations in the same millisecond', () => {
    const dice = [0.1, 0.9];
    expect(newVisitId(1_700_000_000_000, () => dice[0])).not.toBe(newVisitId(1_700_000_000_000, () => dice[1]));
    expect(newVisitId(1_700_000_000_000, () => 0.5)).toMatch(/^B-[0-9a-z]+-[0-9a-z]{4}$/);
  });
});
