import { andMore, countOf } from '../core/text/glossary';
import { Day, toDanish } from '../core/day';
/** The Danish words of the command line (`npm start`), kept together so they read as one voice. */

export const HELP = `fhb: offline planlægning af forebyggende hjemmebesøg

Brug:
  npm start -- [borgere.csv|borgere.xlsx] [tilvalg]

Uden fil bruges eksemplet examples/borgere.csv (med examples/indstillinger.json).

Tilvalg:
  --profil, --profile NAVN      Kommunens profil: glostrup-2025, ballerup, sel-79a (eller en .json-fil)
  --dato, --date DATO           Referencedato (åååå-mm-dd eller dd-mm-åååå); dens år er planåret
  --out, --ud MAPPE             Skriv plan.xlsx, rapport.html, rapport.svg og breve i MAPPE (standard: ud)
  --samlet, --combined          Ét Word-dokument pr. brevskabelon i stedet for ét pr. borger
  --ingen-breve, --no-letters   Skriv ingen breve
  --skabeloner, --templates MAPPE
                                Egne Word-skabeloner: ALDER_80.docx, EFTERLADT.docx osv.
  --forrige-aar, --previous-year FIL
                                Sidste års plan.xlsx til sammenligning i rapporten
                                (uden: sidste år beregnes ud fra samme borgerliste)
  --indstillinger, --settings FIL
                                Indstillinger (JSON): profil, dato, kommunens kontaktoplysninger
                                (uden: indstillinger.json ved siden af borgerfilen, hvis den findes)
  --vis-regler, --show-rules    Vis profilens regler som en dansk tabel (målgrupper, aldre, perioder,
                                lovgrundlag, gyldighed) og stop; læser ingen borgerfil
  --fremskriv, --project ÅR     Fremskriv borgerlisten til planåret ÅR og skriv fremskrivning.xlsx,
                                fremskrivning.docx (bilag til kommunalbestyrelsen) og fremskrivning.csv
  --forslag, --proposal PROFIL  Sammenlign med en foreslået profil (et navn eller en .json-fil)
  --hjaelp, --help              Vis denne hjælp

Eksempler:
  npm start -- borgere.xlsx --profil glostrup-2025 --dato 2025-03-01 --out ud
  npm start -- borgere.xlsx --fremskriv 2027 --forslag ny-standard.json

Afslutningskoder: 0 = ok, 1 = fejl i fil eller tilvalg, 2 = uventet fejl.
`;

export const ERR_UNKNOWN_OPTION = (option: string) => `Ukendt tilvalg ${option}. Se npm start -- --hjaelp.`;
export const ERR_MISSING_VALUE = (option: string) => `Tilvalget ${option} mangler en værdi. Se npm start -- --hjaelp.`;
export const ERR_TWO_FILES = (a: string, b: string) => `Angiv kun én borgerfil (fik både ${a} og ${b}).`;
export const ERR_NO_SAMPLE = 'Eksempelfilen examples/borgere.csv blev ikke fundet. Angiv en borgerfil.';
export const ERR_UNEXPECTED = (message: string) =>
  `Uventet fejl: ${message}\nDet er en fejl i fhb, ikke i din fil. Kør igen med FHB_DEBUG=1 for detaljer, og skriv til udviklerne.`;
export const ERROR_PREFIX = 'Fejl: ';

export const HEADING = (year: number, profile: string, asOf: string) => `Forebyggende hjemmebesøg ${year} · ${profile} · referencedato ${asOf}`;
export const SETTINGS_FROM = (path: string) => `Indstillinger: ${path}`;
export const ROWS_LINE = (rows: number, planned: number, bad: number) =>
  `${rows} ${rows === 1 ? 'række' : 'rækker'}: ${planned} ${planned === 1 ? 'borger' : 'borgere'} planlagt${bad ? `, ${bad} med fejl` : ''}.`;
export const OFFERS_HEADING = 'Tilbud i år (antal borgere):';
export const PREVIOUS = (year: number, count: number, change: number) => `${year}: ${count}, ${change > 0 ? '+' : ''}${change}`;
export const PREVIOUS_NOTE = (year: number, computed: boolean) =>
  computed ? `Tal for ${year} er beregnet ud fra samme borgerliste (referencedato ét år før).` : `Tal for ${year} er læst fra sidste års plan.`;
export const MULTI_NOTE = 'En borger med to tilbud tælles under begge.';
export const WARNINGS_HEADING = 'Advarsler om profilen:';
export const BAD_HEADING = 'Rækker med fejl (rettes i borgerfilen; de øvrige rækker er planlagt):';
export const UNPLACED_TOTAL = (n: number) => (n === 1 ? 'Én borger fik ingen tid:' : `${n} borgere fik ingen tid i alt:`);
export const MORE_UNPLACED = (n: number) => `${andMore(n)} uden tid.`;
export const MORE_BAD = (n: number) => `${andMore(n)} (se arket Fejl i plan.xlsx).`;
export const LETTERS_LINE = (n: number, combined: boolean) => `${countOf(n, 'letter')} skrevet${combined ? ' (samlet pr. skabelon)' : ''}:`;
export const LETTERS_REMOVED = (n: number, folder: string) =>
  `${countOf(n, 'letter')} fra en tidligere kørsel er fjernet fra ${folder}: de skal ikke sendes nu. Andre filer i mappen er ikke rørt.`;
export const LETTER_COUNT = (template: string, n: number) => `${template} ${n}`;
export const LETTER_PROBLEM = (field: string, rows: number[]) =>
  `${field}: ${rows.length === 1 ? 'række' : 'rækker'} ${rows.slice(0, 12).join(', ')}${rows.length > 12 ? ` og ${rows.length - 12} flere` : ''}`;
export const LETTERS_STOPPED = 'Ingen breve kan skrives, før dette er rettet (planen og årsrapporten skrives stadig):';
export const LETTER_STOP = (field: string, rows: number) => (rows > 0 ? `${field} (${countOf(rows, 'letter')})` : field);
export const SETTINGS_MISSING = (fields: string[]) =>
  `Indstillinger mangler ${fields.join(', ')}: angiv --indstillinger indstillinger.json (se examples/indstillinger.json).`;
export const FILES_HEADING = 'Skrevet:';
export const TEMPLATES_HINT = (folder: string) => `Word-skabelonerne ligger i ${folder}; ret dem og brug --skabeloner ${folder}.`;
export const DEFAULT_OUT = 'ud';
/** `lettered`: how many of the new visits got a letter this run (undefined: no letters were written). */
export const VISITS_PLACED = (count: number, first?: Day, last?: Day, lettered?: number) =>
  `${count} ${count === 1 ? 'nyt besøg' : 'nye besøg'} planlagt${first !== undefined && last !== undefined ? ` (${toDanish(first)} til ${toDanish(last)})` : ''}; ` +
  (count === 0 ? 'intet nyt at meddele.' : visitsWhere(count, lettered));

function visitsWhere(count: number, lettered: number | undefined): string {
  if (lettered === undefined) return 'datoen og tiden står i plan.xlsx (brevene skrives med --out).';
  if (lettered === count) return 'datoen og tiden står i brevene og i plan.xlsx.';
  const missing = count - lettered;
  return `datoen og tiden står i plan.xlsx; ${lettered} af brevene er skrevet, ${missing} ${missing === 1 ? 'mangler' : 'mangler'} (se nedenfor).`;
}
export const VISITS_HEADING = 'Besøg med fast tid (planlagt ud fra konsulenterne i indstillingerne):';
export const WRITE_HINT = 'Skriv plan.xlsx, årsrapport og breve med: npm start -- --out ud';
export const NO_LETTERS_DUE = 'Ingen breve at skrive i dag.';
export const NO_LETTERS_WRITTEN = 'Ingen breve skrevet.';
export const VISITS_FROM = (file: string, records: number) => `fra ${file}: ${records} besøg og samtaler (rettede rækker talt én gang)`;
export const HISTORY_FROM = (file: string, events: number) => `fra ${file}: ${events} ${events === 1 ? 'hændelse' : 'hændelser'}`;
export const ERR_PROPOSAL_WITHOUT_YEAR = 'Tilvalget --forslag bruges sammen med --fremskriv ÅR. Se npm start -- --hjaelp.';
export const PROJECTION_FILES = 'Skrevet:';
