import { ROW, setCell, sidebarWorld, type SidebarWorld, wholeSheet } from '../sidebar/fixture';
import { sidebarCalls } from '../history/world';

/**
 * The Google year report's visit part (issue 24 item 6) on the built bundle: a Besøg sheet with rows
 * typed by hand (as a team would) gives the AED10A counts by age group and sex, acceptance per offer,
 * chair-stand readings under the norm, referrals and follow-ups made and open, beside the offline
 * report's numbers (core/report/visit-tables.ts); no name, CPR number or free text reaches the sheet.
 * Glostrup 2025 on the runtime's clock (1 March 2025); synthetic citizens of the sidebar fixture.
 */
let w: SidebarWorld;
const { citizen } = sidebarCalls(() => w);

/** The report sheet's visit part, as rows of shown values from its heading down. */
function visitPart(): unknown[][] {
  const all = wholeSheet(w.rt, 'Årsrapport');
  const at = all.findIndex((r) => r[0] === 'Besøg i året');
  if (at < 0) throw new Error('no visit part on the report sheet');
  return all.slice(at);
}

/** The rows of one titled table: the rows under its header row, up to the first empty row. */
function table(part: unknown[][], heading: string): unknown[][] {
  const at = part.findIndex((r) => r[0] === heading);
  if (at < 0) throw new Error(`no table ${heading}`);
  const rows: unknown[][] = [];
  for (let i = at + 2; i < part.length && part[i].some((c) => c !== ''); i++) rows.push(part[i].filter((c) => c !== ''));
  return rows;
}

function typeVisits(rows: Record<string, unknown>[]): void {
  const sheet = w.rt.sheet('Besøg');
  const headers = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0] as string[];
  rows.forEach((r, i) => {
    for (const [h, v] of Object.entries(r)) sheet.getRange(i + 2, headers.indexOf(h) + 1).setValue(v as never);
  });
}

beforeAll(() => {
  w = sidebarWorld();
  const bent = citizen(ROW.turns75).key;
  // Karen (CPR ends in 4: kvinde; born 10-05-1945, 80 in 2025) and Inge (80 in 2025) were invited to ALDER_80.
  setCell(w.rt, ROW.turns80, 'Inviteret', new Date('2025-01-15T00:00:00+01:00'));
  // Bent's follow-up of 20-02 is closed by the visit recorded in Borgere on 25-02.
  setCell(w.rt, ROW.turns75, 'Gennemført', new Date('2025-02-25T00:00:00+01:00'));
  typeVisits([
    // Karen, twice; the CPR number in Nøgle gives her row's key. 7 stands at 79: under 10-15 (kvinder 75-79).
    { Nøgle: '100545-1234', Navn: 'Karen Testesen', Dato: '05-01-2025', Tilbud: 'ALDER_80', Form: 'Telefonsamtale', Temaer: 'trivsel' },
    {
      Nøgle: '100545-1234', Navn: 'Karen Testesen', Dato: '10-02-2025', Tilbud: 'ALDER_80', Form: 'Hjemmebesøg', Minutter: 60,
      Temaer: 'Træning; funktionsniveau', 'Rejse-sætte-sig': 7, Henvisninger: 'Træning; egen-laege', Opfølgning: '15-04-2025',
    },
    // Bent (no CPR: his key from the sidebar; Køn typed), 75 in 2025; 12 stands at 74: within 12-17 (mænd 70-74).
    { Nøgle: bent, Navn: 'Bent Prøvesen', Dato: '12-02-2025', Tilbud: 'ALDER_75', Køn: 'mand', 'Rejse-sætte-sig': 12, Henvisninger: 'traening', Opfølgning: '20-02-2025' },
    // Last year's contact is not this year's.
    { Nøgle: '100545-1234', Navn: 'Karen Testesen', Dato: '10-10-2024', Tilbud: 'ALDER_80' },
  ]);
  w.bundle.run('fhbYearReport');
});

test('the report ran and has a visit part; it names the row it could not read wholly (Træning is no theme)', () => {
  expect(w.rt.ui.alerts).toEqual([]);
  expect(visitPart()[1][0]).toBe(
    '2 personer med mindst ét afholdt besøg; 3 afholdte besøg og samtaler i alt. Række 3 i besøgsregistreringen har fejl og er ikke talt med, helt eller delvis. Ret den, og lav rapporten igen.',
  );
});

test('AED10A: persons and visits by age group and sex (Karen 80-84 kvinde, Bent 75 mand)', () => {
  const rows = table(visitPart(), 'Personer og besøg efter alder og køn (som Danmarks Statistiks AED10A)');
  expect(rows).toHaveLength(12);
  const counts = new Map(rows.map((r) => [`${r[0]} ${r[1]}`, [r[2], r[3]]]));
  expect(counts.get('80-84 Kvinder')).toEqual([1, 2]);
  expect(counts.get('75 Mænd')).toEqual([1, 1]);
  const others = rows.filter((r) => !['80-84 Kvinder', '75 Mænd'].includes(`${r[0]} ${r[1]}`));
  expect(others.map((r) => [r[2], r[3]])).toEqual(Array(10).fill([0, 0]));
});

test('acceptance per offer: invited in Borgere against held contacts in Besøg', () => {
  const rows = table(visitPart(), 'Inviterede og afholdte besøg efter tilbud');
  const alder80 = rows.find((r) => String(r[0]).endsWith('(ALDER_80)'));
  // Karen and Inge invited; Karen held.
  expect(alder80?.slice(1)).toEqual([2, 1, '50 %']);
  const alder75 = rows.find((r) => String(r[0]).endsWith('(ALDER_75)'));
  expect(alder75?.slice(1)).toEqual([0, 1, '–']);
});

test('chair-stand readings under the norm by age group, referrals by kind, follow-ups made and open', () => {
  const part = visitPart();
  const chair = new Map(table(part, 'Rejse-sætte-sig-test: læsninger under normen efter aldersgruppe').map((r) => [r[0], r.slice(1)]));
  expect(chair.get('75-79')).toEqual([1, 1, 0, 0]);
  expect(chair.get('70-74')).toEqual([1, 0, 1, 0]);
  const referrals = new Map(table(part, 'Henvisninger og rådgivning').map((r) => [r[0], r[1]]));
  // "Træning" typed as its label and as its code are the same referral.
  expect(referrals.get('Træning')).toBe(2);
  expect(referrals.get('Egen læge')).toBe(1);
  expect(referrals.get('Sygepleje')).toBe(0);
  const themes = new Map(table(part, 'Temaer').map((r) => [r[0], r[1]]));
  expect(themes.get('Bevare dit funktionsniveau længst muligt')).toBe(1);
  expect(themes.get('Bevare og styrke din trivsel i hverdagen')).toBe(1);
  expect(table(part, 'Opfølgninger')).toEqual([['Opfølgninger aftalt i året', 2], ['Opfølgninger stadig åbne', 1]]);
});

test('no name, CPR number, key or free text reaches the report sheet', () => {
  const cells = wholeSheet(w.rt, 'Årsrapport').flat().map(String).join('\n');
  expect(cells).not.toMatch(/Testesen|Prøvesen|Inge Eksempel|100545|\d{6}-?\d{4}/);
  expect(cells).not.toContain(citizen(ROW.turns75).key);
});

test('a sheet without Besøg gets no visit part, and the report still runs', () => {
  w.rt.spreadsheet.deleteSheet(w.rt.sheet('Besøg') as never);
  w.bundle.run('fhbYearReport');
  expect(wholeSheet(w.rt, 'Årsrapport').some((r) => r[0] === 'Besøg i året')).toBe(false);
});
