import { dayFromYmd } from '../../../src/core/day';
import { danishOrder, participantLists, participantRecords, participantSheet, ParticipantRow } from '../../../src/core/meetings/participants';
import { Meeting, Settings } from '../../../src/core/settings/schema';

/**
 * The participant list of each meeting (issue 13, item 2: "a participant list per meeting can be printed"):
 * who is seated there, by name in Danish order, with address and phone, never a CPR number.
 */

const meeting = (m: Partial<Meeting> & Pick<Meeting, 'name' | 'day'>): Meeting =>
  Settings.parse({ meetings: [{ startMinute: 600, endMinute: 720, place: 'Rådhuset', address: 'Rådhusvej 1', capacity: 3, offers: ['ALDER_75'], ...m }] }).meetings[0];
const april = meeting({ name: 'April', day: '2025-04-08' });
const may = meeting({ name: 'Maj', day: '2025-05-13', startMinute: 840, endMinute: undefined, place: 'Biblioteket', address: '' });
const row = (name: unknown, m: unknown, extra: Partial<ParticipantRow> = {}): ParticipantRow =>
  ({ meeting: m, name, address: 'Prøvevej 1', postcode: '2600', city: 'Glostrup', phone: '40506070', ...extra });

test.each([
  ['Aase', 'Bo', 1], ['Åse', 'Zenia', 1], ['Ærø', 'Øre', -1], ['Øre', 'Åse', -1], ['bo', 'Bo', 0], ['Anne', 'anna', 1],
])('Danish order: %s against %s is %d', (a, b, sign) => {
  expect(Math.sign(danishOrder(a, b))).toBe(sign);
});

test('each meeting lists the rows naming it, by name; earliest meeting first; unknown names counted; ended left off', () => {
  const result = participantLists([
    row('Åse Prøve', 'Maj'),
    row('Bent Prøvesen', 'april'),
    row('Anna Test', 'April', { attendance: 'Deltog' }),
    row('Ole Ophørt', 'April', { ended: '01-03-2025' }),
    row('Ingen Møde', ''),
    row('Carl Fest', 'Sommerfest'),
    row('Dora Fest', 'Sommerfest'),
  ], [may, april]);
  expect(result.lists.map((l) => [l.meeting.name, l.participants.map((p) => p.name)])).toEqual([
    ['April', ['Anna Test', 'Bent Prøvesen']],
    ['Maj', ['Åse Prøve']],
  ]);
  expect(result.lists[0].participants[0]).toEqual({ name: 'Anna Test', address: 'Prøvevej 1, 2600 Glostrup', phone: '40506070', attendance: 'Deltog' });
  expect(result.lists[1]).toMatchObject({ when: 'tirsdag den 13. maj 2025 kl. 14.00', place: 'Biblioteket' });
  expect(result.unknown).toEqual([{ name: 'Sommerfest', rows: 2 }]);
});

test('no CPR number reaches the list, whatever cell it was typed in', () => {
  const result = participantLists([row('Karen 100545-1234', 'April', { address: 'Vej 2 1005451234', phone: 40506070 })], [april]);
  const all = JSON.stringify(participantRecords(result)) + JSON.stringify(participantSheet(result, dayFromYmd(2025, 3, 1)).rows);
  expect(all).not.toMatch(/\d{6}-?\d{4}/);
  expect(result.lists[0].participants[0]).toMatchObject({ name: 'Karen 100545-xxxx', phone: '40506070' });
});

test('the printable sheet: title, per meeting a heading, the seats, headers and numbered rows; an empty meeting says so', () => {
  const result = participantLists([row('Bent Prøvesen', 'April'), row('Anna Test', 'April'), row('X', 'Sommerfest')], [april, may]);
  const { rows, headingRows } = participantSheet(result, dayFromYmd(2025, 3, 1));
  expect(rows.map((r) => r.filter(Boolean).join(' | '))).toEqual([
    'Deltagerlister pr. 01-03-2025, sorteret efter navn. Uden CPR-nummer. Kolonnen Deltog kan afkrydses ved døren.',
    'Ikke med: 1 række med «Sommerfest», som ikke står i Indstillinger (Arrangementer).',
    '',
    'April: tirsdag den 8. april 2025 kl. 10.00-12.00, Rådhuset, Rådhusvej 1',
    '2 deltagere af 3 pladser',
    'Nr. | Navn | Adresse | Telefon | Deltog',
    '1 | Anna Test | Prøvevej 1, 2600 Glostrup | 40506070',
    '2 | Bent Prøvesen | Prøvevej 1, 2600 Glostrup | 40506070',
    '',
    'Maj: tirsdag den 13. maj 2025 kl. 14.00, Biblioteket',
    '0 deltagere af 3 pladser',
    'Ingen tilmeldte endnu.',
  ]);
  expect(headingRows).toEqual([4, 6, 10]);
  expect(new Set(rows.map((r) => r.length))).toEqual(new Set([5]));
});

test('singular: 1 deltager af 1 plads; no meetings at all says where to add them', () => {
  const one = meeting({ name: 'Lille', day: '2025-04-01', capacity: 1 });
  expect(participantSheet(participantLists([row('A', 'Lille')], [one]), dayFromYmd(2025, 3, 1)).rows[3][0]).toBe('1 deltager af 1 plads');
  expect(participantSheet(participantLists([], []), dayFromYmd(2025, 3, 1)).rows[1][0]).toBe('Der er ingen arrangementer i Indstillinger (tabellen Arrangementer).');
});

test('the flat table for CSV: one row per participant with its meeting', () => {
  const result = participantLists([row('Bent', 'Maj'), row('Anna', 'April')], [april, may]);
  expect(participantRecords(result)).toEqual([
    ['Arrangement', 'Tidspunkt', 'Sted', 'Nr.', 'Navn', 'Adresse', 'Telefon', 'Deltog'],
    ['April', 'tirsdag den 8. april 2025 kl. 10.00-12.00', 'Rådhuset, Rådhusvej 1', '1', 'Anna', 'Prøvevej 1, 2600 Glostrup', '40506070', ''],
    ['Maj', 'tirsdag den 13. maj 2025 kl. 14.00', 'Biblioteket', '1', 'Bent', 'Prøvevej 1, 2600 Glostrup', '40506070', ''],
  ]);
});
