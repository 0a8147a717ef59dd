import { Day, dayFromYmd, fromIso } from '../../../src/core/day';
import { Settings, defaultClosures } from '../../../src/core/settings/schema';
import {
  ZoneFns, consultantNamesOf, formatMinute, formatWeekdays, isSettingsGrid, parseMinute, parseSettingsGrid, parseWeekdays,
  renderSettingsGrid, settingsLayout,
} from '../../../src/core/sheet/settings-sheet';
import { SCALAR_LABELS } from '../../../src/core/sheet/settings-text';

// Dates as midnight UTC: the pure module only needs the two conversions to be inverse.
const zone: ZoneFns = {
  toDay: (d: Date) => Math.floor(d.getTime() / 86_400_000) as Day,
  toDate: (d: Day) => new Date(d * 86_400_000),
};
const minuteOf = (d: Date) => d.getUTCHours() * 60 + d.getUTCMinutes();
const parse = (grid: unknown[][]) => parseSettingsGrid(grid, zone, minuteOf);

const full: Settings = Settings.parse({
  asOf: '2025-03-01',
  profile: 'glostrup-2025',
  municipality: 'Glostrup Kommune',
  department: 'Forebyggende hjemmebesøg',
  address: 'Rådhusvej 2',
  postcodeCity: '2600 Glostrup',
  phone: '43 23 60 00',
  phoneHours: 'man-fre 8-9',
  email: 'fhb@glostrup.dk',
  signature: 'Med venlig hilsen\nTeamet',
  consultants: [
    { name: 'Anne', weekdays: [1, 2, 3, 4, 5], startMinute: 510, endMinute: 900, visitsPerDay: 3, visitMinutes: 60, travelMinutes: 20, daysOff: ['2025-07-14'] },
    { name: 'Bo', weekdays: [1, 3], startMinute: 540, endMinute: 720, visitsPerDay: 2 },
  ],
  closures: defaultClosures(2025),
  letterLeadWeeks: 4,
  templates: { ALDER_80: 'doc-id-80' },
  outputFolder: 'folder-1',
  mergeMode: 'perCitizen',
  pdf: true,
});

describe('the settings sheet as cells', () => {
  test('B2 is the reference date and B3 the profile (the contract formulas rely on)', () => {
    const { rows, scalarRows } = renderSettingsGrid(full, zone);
    expect(scalarRows.asOf).toBe(2);
    expect(scalarRows.profile).toBe(3);
    expect(zone.toDay(rows[1][1] as Date)).toBe(fromIso('2025-03-01'));
    expect(rows[2][1]).toBe('glostrup-2025');
  });

  test('render then parse gives the same settings back', () => {
    const { rows } = renderSettingsGrid(full, zone, ['ALDER_75']);
    const parsed = parse(rows);
    expect(parsed.problems).toEqual([]);
    expect(parsed.settings).toEqual(full);
  });

  test('a row moved by the team is still found by its label (except B2 and B3)', () => {
    const { rows } = renderSettingsGrid(full, zone);
    const phone = rows.findIndex((r) => r[0] === SCALAR_LABELS.phone);
    const email = rows.findIndex((r) => r[0] === SCALAR_LABELS.email);
    [rows[phone], rows[email]] = [rows[email], rows[phone]];
    expect(parse(rows).settings?.phone).toBe('43 23 60 00');
  });

  test('an empty sheet area gives the defaults', () => {
    const parsed = parse([['Indstilling', 'Værdi']]);
    expect(parsed.settings).toEqual(Settings.parse({}));
  });

  test('a consultant added by hand in a spare row is read', () => {
    const { rows, consultants } = renderSettingsGrid(full, zone);
    rows[consultants.first - 1 + 2] = ['Carl', 'tir-tor', '10', '14.30', 2, '', '', '', ''];
    const s = parse(rows).settings!;
    expect(s.consultants.map((c) => c.name)).toEqual(['Anne', 'Bo', 'Carl']);
    expect(s.consultants[2]).toMatchObject({ weekdays: [2, 3, 4], startMinute: 600, endMinute: 870, visitsPerDay: 2, visitMinutes: 60 });
    expect(consultantNamesOf(rows)).toEqual(['Anne', 'Bo', 'Carl']);
  });

  test.each([
    ['letterLeadWeeks', 'Uger fra brev til besøg', 40, /række 12 \(Uger fra brev til besøg\)/],
    ['letterLeadWeeks', 'Uger fra brev til besøg', 'fire', /række 12 \(Uger fra brev til besøg\): «fire» er ikke et tal/],
    ['profile', 'Profil', 'Roskilde', /række 3 \(Profil\).*Gyldige profiler: glostrup-2025, ballerup, sel-79a/],
    ['asOf', 'Referencedato', '31-02-2025', /række 2 \(Referencedato\): «31-02-2025» er ikke en dato/],
    ['bereavedDelayWeeks', 'Første kontakt efter dødsfald (uger)', 27, /række 13 \(Første kontakt efter dødsfald \(uger\)\)/],
    ['mergeMode', 'Fletning', 'måske', /række 14 \(Fletning\)/],
    ['pdf', 'Gem også som PDF', 'kanske', /række 15 \(Gem også som PDF\): «kanske» er hverken ja eller nej/],
    ['privacyShort', 'Kort afsnit om databeskyttelse', 'kanske', /\(Kort afsnit om databeskyttelse\): «kanske» er hverken ja eller nej/],
  ])('a bad %s names the row and the value in Danish', (key, label, value, message) => {
    const { rows, scalarRows } = renderSettingsGrid(full, zone);
    const r = scalarRows[key as keyof typeof scalarRows];
    expect(rows[r - 1][0]).toBe(label);
    rows[r - 1][1] = value;
    const parsed = parse(rows);
    expect(parsed.settings).toBeUndefined();
    expect(parsed.problems.join('\n')).toMatch(message);
  });

  test('a bad consultant cell names the row and the column', () => {
    const { rows, consultants } = renderSettingsGrid(full, zone);
    rows[consultants.first - 1][1] = 'hver dag';
    const problems = parse(rows).problems.join('\n');
    expect(problems).toContain(`række ${consultants.first} (Konsulenter, Ugedage)`);
    expect(problems).toContain('er ikke en ugedag');
  });

  test('a consultant without a name, and a name twice, are problems', () => {
    const { rows, consultants } = renderSettingsGrid(full, zone);
    rows[consultants.first - 1][0] = '';
    rows[consultants.first + 1] = ['Bo', '', '', '', '', '', '', ''];
    const problems = parse(rows).problems.join('\n');
    expect(problems).toContain(`række ${consultants.first} (Konsulenter): navnet mangler`);
    expect(problems).toContain('«Bo» står der to gange');
  });

  test('a closure without a valid date names its row', () => {
    const { rows, closures } = renderSettingsGrid(full, zone);
    rows[closures.first - 1][0] = 'juleaften';
    expect(parse(rows).problems.join('\n')).toContain(`række ${closures.first} (Lukkedage, Dato)`);
  });

  test('the layout found in a grid is the layout rendered', () => {
    const rendered = renderSettingsGrid(full, zone, ['ALDER_75']);
    const found = settingsLayout(rendered.rows);
    expect(found.scalarRows).toEqual(rendered.scalarRows);
    expect(found.consultants).toEqual(rendered.consultants);
    expect(found.closures).toEqual(rendered.closures);
    expect(found.templates).toEqual(rendered.templates);
    expect(isSettingsGrid(rendered.rows)).toBe(true);
    expect(isSettingsGrid([['Navn', 'Adresse'], ['Anne', 'Vej 1']])).toBe(false);
  });
});

describe('weekdays and times as Danes write them', () => {
  test.each([
    ['man-fre', [1, 2, 3, 4, 5]],
    ['man - fre', [1, 2, 3, 4, 5]],
    ['man, ons, fre', [1, 3, 5]],
    ['Mandag og Torsdag', [1, 4]],
    ['lør-søn', [6, 7]],
    ['1-3', [1, 2, 3]],
  ])('%s', (text, days) => expect(parseWeekdays(text)).toEqual(days));
  test.each(['hver dag', 'fre-man', 'ma'])('%s is refused', (text) => expect(() => parseWeekdays(text)).toThrow(/ugedag/));
  test.each([
    [[1, 2, 3, 4, 5], 'man-fre'],
    [[1, 3], 'man, ons'],
    [[2, 3, 4], 'tir-tor'],
  ])('%j is written %s', (days, text) => expect(formatWeekdays(days)).toBe(text));
  test.each([
    ['9', 540], ['09:00', 540], ['9.30', 570], ['kl. 14:15', 855], [0.375, 540], [10, 600],
  ])('%j is %i minutes', (v, m) => expect(parseMinute(v, minuteOf)).toBe(m));
  test('a time cell (a Date) is read by its time of day', () => {
    expect(parseMinute(new Date(Date.UTC(1899, 11, 30, 8, 45)), minuteOf)).toBe(525);
  });
  test.each(['25:00', '9:75', 'morgen'])('%s is not a time', (v) => expect(() => parseMinute(v, minuteOf)).toThrow(/klokkeslæt/));
  test('minutes are written as tt:mm', () => expect([formatMinute(540), formatMinute(905)]).toEqual(['09:00', '15:05']));
});

test('dayFromYmd sanity for the fixtures', () => expect(dayFromYmd(2025, 3, 1)).toBe(fromIso('2025-03-01')));
