import { dayFromYmd, dayFromUtcDate } from '../../../src/core/day';
import { readCitizenList, type ReadFile } from '../../../src/core/import/read';
import * as text from '../../../src/core/import/text';

const options = { toDay: dayFromUtcDate, today: dayFromYmd(2025, 3, 1) };
const read = (t: string) => readCitizenList(t, options);
const ok = (t: string): ReadFile => {
  const r = read(t);
  if (!r.ok) throw new Error(r.message);
  return r;
};

const HEADER = 'CPR-nummer;Navn;Adresse;Postnummer;By;Telefon;Enlig;Ægtefælle død';

describe('the file as a whole: refused with one Danish message, nothing read', () => {
  test.each([
    ['empty', '', text.EMPTY_FILE],
    ['no known headers (the wrong file)', 'Dato;Beløb;Konto\n01-01-2025;100;1234', text.NO_HEADER],
    ['neither CPR nor name and birth date', 'Navn;Adresse\nJens;Vej 1', text.NO_KEY_COLUMNS],
    ['headers and nothing else', `${HEADER}\n;;;;;;;\n`, text.NO_ROWS],
    ['UTF-8 read as Windows-1252', 'Navn;CPR\nSÃ¸ren;010203-1234', text.MOJIBAKE],
    ['a quote never closed', `${HEADER}\n010145-1234;"Jens;Vej 1;2600;Glostrup;;;\n`, text.unclosedQuote(2)],
  ])('%s', (_what, input, message) => {
    expect(read(input)).toEqual({ ok: false, message });
  });
});

describe('headers are matched like the sheet\'s (synonyms, case, æøå)', () => {
  test('synonyms of the municipal export map to the sheet\'s columns', () => {
    const f = ok(`${HEADER}\n010145-1234;Jens Testesen;Prøvevej 1;2600;Glostrup;40 50 60 70;ja;15-01-2025\n`);
    expect(f.columns).toEqual(['cpr', 'name', 'address', 'postcode', 'city', 'phone', 'livesAlone', 'spouseDied', 'birthdate']);
    expect(f.derived).toEqual(['birthdate']);
    expect(f.rows[0].values).toEqual({
      cpr: { kind: 'text', text: '010145-1234' },
      name: { kind: 'text', text: 'Jens Testesen' },
      address: { kind: 'text', text: 'Prøvevej 1' },
      postcode: { kind: 'text', text: '2600' },
      city: { kind: 'text', text: 'Glostrup' },
      phone: { kind: 'text', text: '40 50 60 70' },
      livesAlone: { kind: 'bool', value: true },
      spouseDied: { kind: 'day', day: dayFromYmd(2025, 1, 15) },
      // From the CPR number: the sheet's formulas read Fødselsdato first.
      birthdate: { kind: 'day', day: dayFromYmd(1945, 1, 1) },
    });
    expect(f.rows[0].birth).toBe(dayFromYmd(1945, 1, 1));
  });

  test('a title line before the headers is skipped, and said', () => {
    const f = ok(`Udtræk fra KMD;;\n\nNavn;Fødselsdato;Adresse\nJens;01-01-1945;Vej 1\n`);
    expect(f.headerLine).toBe(3);
    expect(f.rows[0].line).toBe(4);
    expect(f.warnings).toContain(text.headerNotFirst(3));
    expect(f.warnings).toContain(text.NO_CPR_COLUMN);
  });

  test('the team\'s record columns in a file are never imported, and unknown columns are named', () => {
    const f = ok('Navn;CPR;Inviteret;Noter;Sagsnr\nJens;010145-1234;01-02-2025;ring;77\n');
    expect(f.columns).toEqual(['name', 'cpr', 'birthdate']);
    expect(f.rows[0].values).not.toHaveProperty('invited');
    expect(f.warnings).toEqual([text.teamColumnsIgnored(['Inviteret', 'Noter']), text.unknownColumns(['Sagsnr'])]);
  });

  test('comma-separated works too', () => {
    expect(ok('Navn,CPR\n"Hansen, Jens",010145-1234\n').rows[0].name).toBe('Hansen, Jens');
  });
});

describe('rows: a bad row is rejected with its line and reason, the rest read', () => {
  test.each([
    ['a CPR number with a day that does not exist', '320145-1234;Jens;;;;;;', text.BAD_CPR],
    ['a CPR number of the wrong shape', '0101-1234;Jens;;;;;;', text.BAD_CPR],
    ['no name', '010145-1234;;Vej 1;;;;;', text.NO_NAME],
    ['yes/no that is neither', '010145-1234;Jens;;;;;måske;', text.notYesNo('Enlig')],
    ['a two-digit year', '010145-1234;Jens;;;;;;15-01-25', 'Ægtefælle død: «15-01-25» har et tocifret årstal. Skriv året med fire cifre, fx 24-12-1950'],
    ['too many fields (a separator in an unquoted address)', '010145-1234;Jens;Vej 1; st.;2600;Glostrup;;;;x', text.wrongFieldCount(10, 8)],
  ])('%s', (_what, row, reason) => {
    const f = ok(`${HEADER}\n010145-4321;Anna;;;;;;\n${row}\n`);
    expect(f.rows.map((r) => r.line)).toEqual([2]);
    expect(f.rejected).toEqual([{ line: 3, reason }]);
  });

  test('a rejection never shows a whole CPR number', () => {
    const f = ok(`Navn;CPR;Fødselsdato\nJens;010145-1234;02-01-1945\n`);
    expect(f.rejected[0].reason).toBe(text.cprBirthDisagree(dayFromYmd(1945, 1, 2)));
    expect(JSON.stringify(f.rejected)).not.toMatch(/\d{6}-?\d{4}/);
  });

  test('9 digits (Excel dropped the leading zero) are read as the CPR number', () => {
    expect(ok('Navn;CPR\nJens;10145123\nAnna;101451234\n').rows.map((r) => r.cpr)).toEqual(['0101451234']);
  });

  test('the same citizen twice in the file: the second is rejected, naming the first', () => {
    const f = ok('Navn;CPR\nJens;010145-1234\nJens T.;0101451234\n');
    expect(f.rows).toHaveLength(1);
    expect(f.rejected).toEqual([{ line: 3, reason: text.duplicateInFile(2) }]);
  });

  test('blank lines and rows of empty cells are skipped, not rejected', () => {
    const f = ok(`${HEADER}\n\n;;;;;;;\n010145-1234;Jens;;;;;;\n`);
    expect(f.rows.map((r) => r.line)).toEqual([4]);
    expect(f.rejected).toEqual([]);
  });

  test('dates as dd-mm-åååå, dd.mm.åååå and åååå-mm-dd', () => {
    const f = ok('Navn;Fødselsdato\nA;24-12-1950\nB;24.12.1950\nC;1950-12-24\n');
    expect(f.rows.map((r) => r.birth)).toEqual([0, 1, 2].map(() => dayFromYmd(1950, 12, 24)));
  });
});
