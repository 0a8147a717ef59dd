/**
 * Every rule line of the two quality standards, one table row each, naming the seed line it checks.
 * G = seeds/000_cc92dfafa4735e3c.txt (Glostrup 2025), B = seeds/003_945e79b5751d519b.txt (Ballerup).
 * Reference date 2025-03-01 unless a row says otherwise: the planning year is 2025.
 */
import { dayFromYmd, Day, toIso } from '../../../src/core/day';
import { getProfile } from '../../../src/core/profiles/registry';
import { evaluate } from '../../../src/core/rules/engine';
import type { Citizen } from '../../../src/core/rules/types';

const d = (iso: string): Day => {
  const [y, m, dd] = iso.split('-').map(Number);
  return dayFromYmd(y, m, dd);
};

interface Case {
  seed: string;
  profile: 'glostrup-2025' | 'ballerup' | 'sel-79a';
  born: string;
  asOf?: string;
  citizen?: Partial<Omit<Citizen, 'birth'>> & { died?: string; moved?: string };
  code: string;
  window?: [string, string];
  reason?: RegExp;
  warning?: RegExp;
}

const cases: Case[] = [
  // Glostrup 2025
  { seed: 'G49, G96-97, G173-176: i det år du fylder 70 år, hvis du bor alene', profile: 'glostrup-2025', born: '1955-12-31', citizen: { livesAlone: true }, code: 'ALENE_70', window: ['2025-01-01', '2025-12-31'], reason: /Fylder 70 år i 2025.*bor alene/ },
  { seed: 'G49: 70 years but not alone gives nothing', profile: 'glostrup-2025', born: '1955-01-01', code: 'INGEN', reason: /Næste faste tilbud: 2030 \(75 år\)/ },
  { seed: 'G49: the calendar year counts, not the birthday (born 31 Dec turns 70 in 2025)', profile: 'glostrup-2025', born: '1955-12-31', asOf: '2025-01-01', citizen: { livesAlone: true }, code: 'ALENE_70' },
  { seed: 'G50, G100, G183-186: i det år du fylder 75 år', profile: 'glostrup-2025', born: '1950-06-15', code: 'ALDER_75', window: ['2025-01-01', '2025-12-31'] },
  { seed: 'G51, G103, G196-200: i det år du fylder 80 år, brev med fast dato og tid', profile: 'glostrup-2025', born: '1945-02-28', code: 'ALDER_80' },
  { seed: 'G52, G106-107, G207-210: fra det år du fylder 82 år, én gang årligt (82)', profile: 'glostrup-2025', born: '1943-07-01', code: 'ALDER_82' },
  { seed: 'G52, G257-258: minimum én gang om året (96)', profile: 'glostrup-2025', born: '1929-03-01', code: 'ALDER_82', reason: /hvert år fra 82/ },
  { seed: 'G52: 81 is no age offer', profile: 'glostrup-2025', born: '1944-01-01', code: 'INGEN' },
  { seed: 'G53, G110-111, G214-219: over 65 og mistet ægtefælle, ring 6-8 uger efter', profile: 'glostrup-2025', born: '1950-01-01', citizen: { died: '2025-01-10' }, code: 'EFTERLADT+ALDER_75', window: ['2025-02-21', '2025-03-07'] },
  { seed: 'G53: bereaved at 66, not an age year', profile: 'glostrup-2025', born: '1959-05-05', citizen: { died: '2025-02-01' }, code: 'EFTERLADT', window: ['2025-03-15', '2025-03-29'], reason: /døde 01-02-2025; 6-8 uger efter/ },
  { seed: 'G53: "over 65 år": a 60-year-old widow gets no offer', profile: 'glostrup-2025', born: '1965-05-05', citizen: { died: '2025-02-01' }, code: 'INGEN' },
  { seed: 'G53 "for nylig": a death a year ago is no longer recent', profile: 'glostrup-2025', born: '1950-05-05', asOf: '2024-03-01', citizen: { died: '2023-03-01' }, code: 'INGEN' },
  { seed: 'G54, G114-115, G222-227: ægtefælle flyttet på ældrecenter, ring 6-8 uger efter', profile: 'glostrup-2025', born: '1952-05-05', citizen: { moved: '2025-01-20' }, code: 'AEGTEFAELLE_FLYTTET', window: ['2025-03-03', '2025-03-17'] },
  { seed: 'G58-60, G118-122: 65-81 i særlig risiko (65)', profile: 'glostrup-2025', born: '1960-09-09', citizen: { atRisk: true }, code: 'RISIKO' },
  { seed: 'G58-60: 65-81 i særlig risiko (81)', profile: 'glostrup-2025', born: '1944-09-09', citizen: { atRisk: true }, code: 'RISIKO' },
  { seed: 'G58-60: 64 at risk is outside the band', profile: 'glostrup-2025', born: '1961-09-09', citizen: { atRisk: true }, code: 'INGEN' },
  { seed: 'G58-60 + G51: 80 at risk gets both, fixed-time visit first by rule order', profile: 'glostrup-2025', born: '1945-09-09', citizen: { atRisk: true }, code: 'ALDER_80+RISIKO' },
  { seed: 'G126-129: undtaget, bor på ældrecenter eller institution', profile: 'glostrup-2025', born: '1940-01-01', citizen: { exempt: true, exemptReason: 'Plejebolig' }, code: 'UNDTAGET', reason: /ældrecenter eller institution/ },
  { seed: 'G130-132: undtaget, både personlig pleje og praktisk hjælp', profile: 'glostrup-2025', born: '1940-01-01', citizen: { exempt: true, exemptReason: 'personlig pleje + praktisk hjælp' }, code: 'UNDTAGET', reason: /personlig pleje og praktisk hjælp/ },
  { seed: 'G126: an exemption outranks every offer, even a death', profile: 'glostrup-2025', born: '1945-01-01', citizen: { exempt: true, died: '2025-02-01' }, code: 'UNDTAGET' },
  { seed: 'G126-132: an unknown reason is kept, with a warning', profile: 'glostrup-2025', born: '1940-01-01', citizen: { exempt: true, exemptReason: 'flyttet til Spanien' }, code: 'UNDTAGET', warning: /ikke en undtagelsesgrund/ },
  // Ballerup
  { seed: 'B21-23: i det år du fylder 70 år, hvis du bor alene', profile: 'ballerup', born: '1955-04-04', citizen: { livesAlone: true }, code: 'ALENE_70' },
  { seed: 'B24-27, B91-93: 75, arrangement på Rådhuset', profile: 'ballerup', born: '1950-04-04', code: 'ALDER_75' },
  { seed: 'B29-31, B91-93: 80, arrangement på Rådhuset', profile: 'ballerup', born: '1945-04-04', code: 'ALDER_80' },
  { seed: 'B33-34: fra det år du fylder 82, årligt', profile: 'ballerup', born: '1938-04-04', code: 'ALDER_82' },
  { seed: 'B36-38: 65-79 ved behov (79)', profile: 'ballerup', born: '1946-04-04', citizen: { atRisk: true }, code: 'RISIKO' },
  { seed: 'B36-38 vs SEL § 79 a stk. 4 (G81-83): 81 at risk is outside Ballerup\'s band, with a warning', profile: 'ballerup', born: '1944-04-04', citizen: { atRisk: true }, code: 'INGEN', warning: /65-79 år.*65-81 år/ },
  { seed: 'B40-41: mistet ægtefælle/samlever, no age given (60)', profile: 'ballerup', born: '1965-04-04', citizen: { died: '2025-02-01' }, code: 'EFTERLADT', window: ['2025-02-01', '2025-08-02'] },
  { seed: 'B45-46: undtaget med både personlig og praktisk hjælp', profile: 'ballerup', born: '1940-04-04', citizen: { exempt: true, exemptReason: 'praktisk hjælp og personlig pleje' }, code: 'UNDTAGET' },
  { seed: 'B40-46: no spouse-moved rule in Ballerup', profile: 'ballerup', born: '1952-04-04', citizen: { moved: '2025-01-20' }, code: 'INGEN' },
  // SEL § 79 a as quoted in both seeds
  { seed: 'G73-74 / B144-145: stk. 1, fyldt 82 år, mindst årligt', profile: 'sel-79a', born: '1940-10-10', code: 'ALDER_82' },
  { seed: 'G76-77 / B148-149: stk. 2, fyldte 75. år', profile: 'sel-79a', born: '1950-10-10', code: 'ALDER_75' },
  { seed: 'G76-77 / B148-149: stk. 2, fyldte 80. år', profile: 'sel-79a', born: '1945-10-10', code: 'ALDER_80' },
  { seed: 'G78-79 / B152-153: stk. 3, bor alene, fyldte 70. år', profile: 'sel-79a', born: '1955-10-10', citizen: { livesAlone: true }, code: 'ALENE_70' },
  { seed: 'G81-83 / B156-158: stk. 4, 65-81 i særlig risiko', profile: 'sel-79a', born: '1944-10-10', citizen: { atRisk: true }, code: 'RISIKO' },
  { seed: 'G86-88 / B165-167: stk. 6, kan undtage pleje og praktisk hjælp', profile: 'sel-79a', born: '1940-10-10', citizen: { exempt: true }, code: 'UNDTAGET' },
  { seed: 'SEL has no bereavement rule', profile: 'sel-79a', born: '1950-01-02', citizen: { died: '2025-01-10' }, code: 'ALDER_75' },
];

describe.each(cases)('$seed', (c) => {
  const asOf = d(c.asOf ?? '2025-03-01');
  const { died, moved, ...rest } = c.citizen ?? {};
  const citizen: Citizen = {
    birth: d(c.born), livesAlone: false, atRisk: false, exempt: false,
    ...rest,
    spouseDied: died ? d(died) : undefined,
    spouseMoved: moved ? d(moved) : undefined,
  };
  const plan = evaluate(citizen, asOf, getProfile(c.profile));

  test(`${c.profile}: ${c.code}`, () => {
    expect(plan.code).toBe(c.code);
    if (c.window) expect([toIso(plan.offers[0].from), toIso(plan.offers[0].to)]).toEqual(c.window);
    if (c.reason) expect(plan.reason).toMatch(c.reason);
    if (c.warning) expect(plan.warnings.join(' ')).toMatch(c.warning);
    else expect(plan.warnings).toEqual([]);
  });
});

describe('offers carry what the sheet and letters need', () => {
  const plan = evaluate(
    { birth: d('1945-05-05'), livesAlone: false, atRisk: false, exempt: false },
    d('2025-03-01'),
    getProfile('glostrup-2025'),
  );
  test('G196-200: the 80-year-old offer is booked at a fixed time, cites its lines', () => {
    const offer = plan.offers[0];
    expect(offer.booking).toBe('fixedTime');
    expect(offer.legalBasis).toBe('SEL § 79 a, stk. 2');
    expect(offer.source).toEqual({ document: 'glostrup-2025', lines: expect.stringContaining('196-202') });
    expect(offer.template).toBe('ALDER_80');
  });
  test('G216-219: the bereavement call falls back to a letter', () => {
    const bereaved = evaluate(
      { birth: d('1950-05-05'), livesAlone: false, atRisk: false, exempt: false, spouseDied: d('2025-01-20') },
      d('2025-03-01'),
      getProfile('glostrup-2025'),
    );
    expect(bereaved.offers[0]).toMatchObject({ booking: 'phone', letterIfNotReached: 'EFTERLADT' });
  });
});

describe('data that cannot be right is said, not planned quietly', () => {
  test('a CPR century in the 1800s (7th digit 5-8, year 58-99) gives a warning', () => {
    const plan = evaluate({ birth: d('1899-01-01'), livesAlone: false, atRisk: false, exempt: false }, d('2025-03-01'), getProfile('glostrup-2025'));
    expect(plan.warnings).toEqual(['Borgeren fylder 126 år i 2025. Er fødselsdatoen eller CPR-nummeret skrevet rigtigt?']);
  });
  test('a 105-year-old is planned without a warning', () => {
    expect(evaluate({ birth: d('1920-01-01'), livesAlone: false, atRisk: false, exempt: false }, d('2025-03-01'), getProfile('glostrup-2025')).warnings).toEqual([]);
  });
});
