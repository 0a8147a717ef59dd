/**
 * The bundled sample `examples/borgere.csv`: about 300 synthetic citizens of an invented town, made by a
 * seeded generator so the file never changes unless this script does (a unit test checks the committed
 * files equal `sampleFiles()`). Every rule and edge case of planning year 2025 (reference date 01-03-2025)
 * is present, so `npm start` shows them all. Only invented names and streets. Beside it, `besoeg.csv`: the
 * citizens' visit records (sample-visits.ts), so `npm start` shows the report's visit part and follow-ups.
 *
 * Run: `npm run sample` rewrites examples/borgere.csv and examples/besoeg.csv; `npm run sample -- --rader 100000
 * --ud big.csv` writes a big sample of the same kind (the fixed cases first, then random citizens), and its
 * besoeg.csv beside it, for trying the planner at scale.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fromIso, toDanish } from '../src/core/day';
import { resolveProfile } from '../src/core/profiles/registry';
import { VISIT_FILE_NAME, VISIT_HEADERS } from '../src/core/visit-record/columns';
import { csvText } from '../src/offline/csv';
import { type Gen, gen } from './sample-random';
import { sampleVisits } from './sample-visits';

/** The headers of the sample, Danish as `COLUMNS` names them. */
export const SAMPLE_HEADERS = [
  'Navn', 'Adresse', 'Postnr', 'By', 'Fødselsdato', 'CPR', 'Bor alene', 'Ægtefælle død', 'Ægtefælle flyttet',
  'Særlig risiko', 'Undtaget', 'Digital post', 'Telefon', 'Inviteret', 'Besøg', 'Konsulent', 'Gennemført', 'Frabedt', 'Opkald', 'Noter',
] as const;

export type SampleRow = Partial<Record<(typeof SAMPLE_HEADERS)[number], string>>;

export const SAMPLE_SEED = 2025;
export const SAMPLE_SIZE = 300;

const FIRST_NAMES = [
  'Aase', 'Bent', 'Birthe', 'Poul', 'Inge', 'Jørgen', 'Kirsten', 'Henning', 'Lis', 'Erik', 'Grethe', 'Ove',
  'Hanne', 'Svend', 'Jytte', 'Knud', 'Ruth', 'Preben', 'Else', 'Flemming', 'Bodil', 'Leif', 'Karen', 'Niels',
  'Ingrid', 'Arne', 'Tove', 'Mogens', 'Gudrun', 'Kaj', 'Vibeke', 'Finn', 'Lone', 'Torben', 'Edith', 'Ejner',
  'Dorthe', 'Holger', 'Aino', 'Palle', 'Merete', 'Verner', 'Solveig', 'Børge', 'Åse', 'Gunnar',
];
const LAST_NAMES = [
  'Skovbjerg', 'Lindholt', 'Mølgaard', 'Brandtoft', 'Kjærsgaard', 'Hvidberg', 'Østergaard', 'Rosendal',
  'Engholm', 'Fjordby', 'Lykkegaard', 'Stenholt', 'Bækgaard', 'Havsted', 'Kornbech', 'Nørremark',
  'Asmussen', 'Vestergaard', 'Tranberg', 'Ulvedal', 'Hedegaard', 'Ravnsbjerg', 'Æbelø', 'Granlund',
];
/** The women among FIRST_NAMES: the sex a visit's chair-stand test is read with, for a row with no CPR number. */
const WOMEN = new Set([
  'Aase', 'Birthe', 'Inge', 'Kirsten', 'Lis', 'Grethe', 'Hanne', 'Jytte', 'Ruth', 'Else', 'Bodil', 'Karen', 'Ingrid',
  'Tove', 'Gudrun', 'Vibeke', 'Lone', 'Edith', 'Dorthe', 'Aino', 'Merete', 'Solveig', 'Åse',
]);
/** Invented streets of the invented town Egelund. */
const STREETS = [
  'Mejsevænget', 'Kastanjeløkken', 'Humlebakken', 'Fasanstien', 'Ved Gadekæret', 'Spurvehaven', 'Møllestræde',
  'Lærkeled', 'Bøgeskovvej', 'Rønnebærhegnet', 'Kildebakken', 'Æblehaven', 'Skovfogedvej', 'Vibeholm',
];
const TOWNS = [['2600', 'Egelund'], ['2605', 'Egelund Nord'], ['2620', 'Bøgely']] as const;


const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** A birth date in `year`, written in one of the Danish ways people type dates. */
function birthText(g: Gen, year: number, style?: number): string {
  const month = g.int(1, 12);
  const day = g.int(1, DAYS_IN_MONTH[month - 1]);
  return dateText(year, month, day, style ?? g.int(0, 5));
}

function dateText(year: number, month: number, day: number, style: number): string {
  switch (style) {
    case 1: return `${day}-${month}-${year}`;
    case 2: return `${pad(day)}.${pad(month)}.${year}`;
    case 3: return `${pad(day)}/${pad(month)}/${year}`;
    case 4: return `${year}-${pad(month)}-${pad(day)}`;
    case 5: return `${day}.${month}.${year}`;
    default: return `${pad(day)}-${pad(month)}-${year}`;
  }
}

const YES = ['ja', 'x', '1', 'Ja', 'JA', 'j', 'SAND', 'TRUE'];
const NO = ['nej', '0', '', '', 'Nej', 'n', 'FALSK'];

/** A CPR number for a birth in the 1900s; `mod11` chooses whether the modulus-11 check passes. */
function cprText(g: Gen, year: number, mod11: boolean, seventh: number, dash: boolean): string {
  const month = g.int(1, 12);
  const day = g.int(1, DAYS_IN_MONTH[month - 1]);
  const head = `${pad(day)}${pad(month)}${pad(year % 100)}`;
  for (let tries = 0; ; tries++) {
    const serial = `${seventh}${pad(g.int(0, 999), 3)}`;
    const digits = (head + serial).split('').map(Number);
    const sum = digits.reduce((s, d, i) => s + d * [4, 3, 2, 7, 6, 5, 4, 3, 2, 1][i], 0);
    if ((sum % 11 === 0) === mod11 || tries > 200) return dash ? `${head}-${serial}` : `${head}${serial}`;
  }
}

/** The reference date of the sample: planning year 2025. */
export const SAMPLE_AS_OF = '2025-03-01';

/** The profile and the consultants of the sample's settings (examples/indstillinger.json). */
export const SAMPLE_PROFILE = 'glostrup-2025';
export const SAMPLE_CONSULTANTS = ['Anne Holm', 'Bo Lund'] as const;

export interface Sample {
  /** The citizens, each this year's contact recorded in its Gennemført as the sidebar records it. */
  rows: SampleRow[];
  /** The visit records (examples/besoeg.csv), in VISIT_HEADERS order. */
  visits: string[][];
}

/** The citizens and their visit records. */
export function sample(seed = SAMPLE_SEED, size = SAMPLE_SIZE): Sample {
  const rows = citizenRows(seed, size);
  const { rows: visits, done } = sampleVisits(SAMPLE_HEADERS, rows.map(cellsOf), {
    seed,
    asOf: fromIso(SAMPLE_AS_OF)!,
    profile: resolveProfile(SAMPLE_PROFILE),
    consultants: SAMPLE_CONSULTANTS,
    sexOf: (i) => (WOMEN.has(rows[i].Navn?.split(' ')[0] ?? '') ? 'K' : 'M'),
  });
  for (const [i, day] of done) rows[i].Gennemført ??= toDanish(day);
  return { rows, visits };
}

export const sampleRows = (seed = SAMPLE_SEED, size = SAMPLE_SIZE): SampleRow[] => sample(seed, size).rows;

const cellsOf = (row: SampleRow) => SAMPLE_HEADERS.map((h) => row[h] ?? '');

/** Every rule and edge case of 2025, then random citizens up to `size` rows. */
function citizenRows(seed: number, size: number): SampleRow[] {
  const g = gen(seed);
  const rows: SampleRow[] = [];
  const person = (extra: SampleRow): SampleRow => {
    const [postcode, town] = g.pick(TOWNS);
    return {
      Navn: `${g.pick(FIRST_NAMES)} ${g.pick(LAST_NAMES)}`,
      Adresse: `${g.pick(STREETS)} ${g.int(1, 120)}${g.chance(0.15) ? `, ${g.int(1, 4)}. tv.` : ''}`,
      Postnr: postcode,
      By: town,
      'Digital post': g.chance(0.8) ? g.pick(['ja', 'x', '1']) : g.pick(['nej', '']),
      Telefon: `${g.int(20, 99)} ${pad(g.int(0, 99))} ${pad(g.int(0, 99))} ${pad(g.int(0, 99))}`,
      'Bor alene': g.pick(NO),
      ...extra,
    };
  };
  const times = (n: number, make: (i: number) => SampleRow) => {
    for (let i = 0; i < n; i++) rows.push(person(make(i)));
  };
  const born = (turns: number, style?: number) => birthText(g, 2025 - turns, style);

  // Age rules, every date style (style i % 6).
  times(6, (i) => ({ Fødselsdato: born(70, i), 'Bor alene': g.pick(YES), Noter: 'Fylder 70, bor alene' }));
  times(4, (i) => ({ Fødselsdato: born(70, i + 2), 'Bor alene': g.pick(NO) }));
  times(8, (i) => ({ Fødselsdato: born(75, i % 6) }));
  times(8, (i) => ({ Fødselsdato: born(80, i % 6) }));
  times(5, (i) => ({ Fødselsdato: born(82, i) }));
  times(10, (i) => ({ Fødselsdato: born(83 + i * 1, i % 6) }));
  times(2, () => ({ Fødselsdato: born(81) }));
  times(2, () => ({ Fødselsdato: born(64) }));
  // Born 29 February, and the first and last day of the year.
  rows.push(person({ Fødselsdato: '29-02-1944', Noter: 'Født på skuddag' }));
  rows.push(person({ Fødselsdato: '01-01-1945' }), person({ Fødselsdato: '31-12-1945' }));

  // Bereaved (Glostrup: phone 6-8 weeks after the death, recent = 26 weeks).
  const died = (text: string, turns: number, note: string) => ({ Fødselsdato: born(turns), 'Ægtefælle død': text, 'Bor alene': 'ja', Noter: note });
  rows.push(person(died('10-01-2025', 72, 'Død inden for 6-8 uger')), person(died('2025-01-12', 77, 'Død inden for 6-8 uger')));
  rows.push(person(died('01.02.2025', 68, 'Perioden er ikke begyndt')), person(died('15/02/2025', 74, 'Perioden er ikke begyndt')));
  rows.push(person(died('15-12-2024', 71, 'Perioden er slut')), person(died('2-12-2024', 79, 'Perioden er slut')));
  rows.push(person(died('01-06-2024', 73, 'Ældre end 26 uger')), person(died('2023-11-20', 76, 'Ældre end 26 uger')));
  rows.push(person(died('20-01-2025', 80, 'Efterladt og fylder 80')));
  rows.push(person(died('05-01-2025', 62, 'Under 65 år')));
  // Spouse moved to a care home.
  const moved = (text: string, turns: number) => ({ Fødselsdato: born(turns), 'Ægtefælle flyttet': text });
  rows.push(person(moved('10-01-2025', 78)), person(moved('07.02.2025', 69)), person(moved('2024-12-01', 84)), person(moved('01-05-2024', 74)));

  // At risk: 65-81 (Glostrup, the law) and 80-81 (outside Ballerup's 65-79: the Ballerup gap).
  for (const turns of [65, 66, 71, 78, 79]) rows.push(person({ Fødselsdato: born(turns), 'Særlig risiko': g.pick(YES) }));
  for (const turns of [80, 81, 81]) rows.push(person({ Fødselsdato: born(turns), 'Særlig risiko': 'ja', Noter: 'Risiko 80-81 år' }));
  rows.push(person({ Fødselsdato: born(63), 'Særlig risiko': 'x', Noter: 'Risiko, men under 65' }));
  rows.push(person({ Fødselsdato: born(86), 'Særlig risiko': '1' }));

  // Exempt: a known reason, a plain yes, an unknown reason.
  times(3, () => ({ Fødselsdato: born(g.int(78, 92)), Undtaget: g.pick(['plejebolig', 'Plejehjem', 'bor på ældrecenter']) }));
  times(3, () => ({ Fødselsdato: born(g.int(75, 90)), Undtaget: g.pick(['ja', 'x', '1']) }));
  rows.push(person({ Fødselsdato: born(80), Undtaget: 'personlig pleje og praktisk hjælp' }));
  rows.push(person({ Fødselsdato: born(83), Undtaget: 'bor i Spanien om vinteren' }));
  rows.push(person({ Fødselsdato: born(82), Undtaget: 'nej' }));

  // CPR only: with and without dash, failing and passing modulus 11, 7th digit 4-9 (1900s for 1937-99).
  const cprOnly = (turns: number, mod11: boolean, seventh: number, dash: boolean) =>
    person({ CPR: cprText(g, 2025 - turns, mod11, seventh, dash), Noter: 'Kun CPR-nummer' });
  rows.push(cprOnly(80, true, 1, true), cprOnly(75, false, 2, true), cprOnly(85, false, 0, false));
  rows.push(cprOnly(80, false, 4, true), cprOnly(70, true, 9, false), cprOnly(82, false, 9, true), cprOnly(75, true, 4, false));
  rows.push(person({ CPR: cprText(g, 2025 - 88, false, 3, true), 'Bor alene': 'ja' }));

  // Team records: invited, booked, done, declined; and an 82+ visit of last year (does not count).
  rows.push(person({ Fødselsdato: born(80), Inviteret: '06-01-2025', Noter: 'Inviteret' }));
  rows.push(person({ Fødselsdato: born(80), Inviteret: '2025-01-10', Besøg: '12-03-2025 10:00' }));
  rows.push(person({ Fødselsdato: born(75), Inviteret: '15-01-2025', Gennemført: '20-02-2025' }));
  rows.push(person({ Fødselsdato: born(84), Frabedt: '03-02-2025', Noter: 'Siger "nej tak" i år' }));
  rows.push(person({ Fødselsdato: born(90), Gennemført: '14-03-2024', Noter: 'Besøgt sidste år; ring først' }));
  rows.push(person({ Fødselsdato: born(87), Inviteret: 'x' }));
  // Fixed-time visits planned, letters not yet sent (Glostrup's 80-year letter names the date and time).
  rows.push(person({ Fødselsdato: born(80), Besøg: '17-03-2025 10:00', Konsulent: 'Mette' }));
  rows.push(person({ Fødselsdato: born(80), Besøg: '18.03.2025 kl. 13.30', Konsulent: 'Jonas' }));
  rows.push(person({ Fødselsdato: born(80, 4), Besøg: '2025-03-20 9:00', Konsulent: 'Mette' }));
  // Phoned and not reached: the letter after the call is due.
  rows.push(person({ ...died('12-01-2025', 75, 'Ringet, ikke truffet'), Opkald: '27-02-2025 ikke truffet' }));
  rows.push(person({ ...moved('15-01-2025', 81), Opkald: '28-02-2025 ikke truffet; 27-02-2025 ikke truffet' }));

  // Bad rows, so the report of bad rows shows.
  rows.push(person({ Fødselsdato: '31-02-1950', Noter: 'Fejl: datoen findes ikke' }));
  rows.push(person({ Fødselsdato: '15-06-2025', Noter: 'Fejl: født efter referencedatoen' }));
  rows.push(person({ Fødselsdato: '#N/A', Noter: 'Fejl fra regneark' }));
  rows.push(person({ Fødselsdato: born(80), 'Bor alene': 'måske' }));
  rows.push(person({ Fødselsdato: '12-05-45' }));
  rows.push(person({ Fødselsdato: born(74), 'Ægtefælle død': '01-04-2025' }));

  // Random citizens aged 60 to 98, mostly nothing special.
  while (rows.length < size) {
    const turns = g.int(60, 98);
    const row: SampleRow = { Fødselsdato: born(turns) };
    if (g.chance(0.35)) row['Bor alene'] = g.pick(YES);
    if (turns >= 65 && turns <= 85 && g.chance(0.05)) row['Særlig risiko'] = 'ja';
    if (turns >= 85 && g.chance(0.1)) row.Undtaget = 'plejebolig';
    if (turns >= 80 && g.chance(0.15)) row.Inviteret = dateText(2025, g.int(1, 2), g.int(1, 28), 0);
    rows.push(person(row));
  }
  return rows;
}

/** The sample's citizen file, as Excel writes it (`csvText`). */
export function sampleCsv(seed = SAMPLE_SEED, size = SAMPLE_SIZE): string {
  return sampleFiles(seed, size).citizens;
}

/** The citizen file and the visit file beside it (besoeg.csv), as Excel writes them. */
export function sampleFiles(seed = SAMPLE_SEED, size = SAMPLE_SIZE): { citizens: string; visits: string } {
  const { rows, visits } = sample(seed, size);
  return { citizens: csvText([SAMPLE_HEADERS, ...rows.map(cellsOf)]), visits: csvText([VISIT_HEADERS, ...visits]) };
}

/** `npm run sample -- --rader N --ud FIL` (English aliases --rows, --out); no options rewrites examples/borgere.csv. */
export function sampleOptions(args: readonly string[], cwd: string): { rows: number; out: string } | { help: string } | { error: string } {
  let rows = SAMPLE_SIZE;
  let out = join(cwd, 'examples', 'borgere.csv');
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const value = args[i + 1];
    if (arg === '--hjaelp' || arg === '--hjælp' || arg === '--help' || arg === '-h') return { help: SAMPLE_HELP };
    if (arg === '--rader' || arg === '--rows') {
      rows = Number(value);
      if (!Number.isInteger(rows) || rows < 1) return { error: `${arg} skal være et helt antal rækker, fx 100000 (ikke ${value ?? 'tom'}).` };
      i++;
    } else if (arg === '--ud' || arg === '--out') {
      if (!value) return { error: `${arg} mangler et filnavn, fx big.csv.` };
      out = resolve(cwd, value);
      i++;
    } else {
      return { error: `Ukendt valg: ${arg}. Se --hjaelp.` };
    }
  }
  return { rows, out };
}

const SAMPLE_HELP = [
  'npm run sample -- [--rader N] [--ud FIL]',
  '',
  `Skriver ${SAMPLE_SIZE} syntetiske borgere (alle regler og kanttilfælde for 2025, reference 01-03-2025)`,
  'til examples/borgere.csv, eller N rækker til FIL, og deres besøgsregistreringer til besoeg.csv i samme mappe.',
  'Samme frø giver altid samme filer.',
  '  --rader N   antal rækker (fx 100000 til en stor prøve); engelsk: --rows',
  '  --ud FIL    filen der skrives; engelsk: --out',
].join('\n');

// Only when run as its own script (not when a test or the bench bundle imports it).
if (/generate-sample\.(c?js|ts)$/.test(process.argv[1] ?? '')) {
  const options = sampleOptions(process.argv.slice(2), process.env.INIT_CWD ?? process.cwd());
  if ('help' in options) console.log(options.help);
  else if ('error' in options) {
    console.error(options.error);
    process.exitCode = 2;
  } else {
    const files = sampleFiles(SAMPLE_SEED, options.rows);
    const visitsPath = join(dirname(options.out), VISIT_FILE_NAME);
    writeFileSync(options.out, files.citizens, 'utf8');
    writeFileSync(visitsPath, files.visits, 'utf8');
    console.log(`Skrev ${options.rows} ${options.rows === 1 ? 'række' : 'rækker'} til ${options.out}`);
    console.log(`Skrev besøgsregistreringerne til ${visitsPath}`);
  }
}
