import { countOf } from '../core/text/glossary';

/**
 * The Danish text of the offline planner (files it reads and writes), kept together so it reads as one
 * voice. The command line's own words are in `src/cli/text.ts`.
 */

export const ERR_FILE_MISSING = (path: string) => `Filen ${path} findes ikke.`;
export const ERR_FILE_UNREADABLE = (path: string, why: string) => `Filen ${path} kan ikke læses (${why}).`;
export const ERR_FILE_TYPE = (path: string) =>
  `Filen ${path} er hverken CSV eller Excel. Brug en .csv-fil (adskilt med semikolon eller komma) eller en .xlsx-fil.`;
export const ERR_XLSX_BROKEN = (path: string) => `Filen ${path} er ikke en gyldig Excel-fil (.xlsx). Gem den igen fra Excel eller Google Sheets.`;
export const ERR_CSV_QUOTE_UNCLOSED = (path: string, row: number) =>
  `Filen ${path}: et anførselstegn (") i række ${row} lukkes aldrig, så resten af filen ville blive læst som ét felt. Luk feltet med " eller fjern anførselstegnet i række ${row}, og prøv igen.`;
export const ERR_NO_ROWS = (path: string) => `Filen ${path} er tom: der er ingen overskriftsrække.`;
export const ERR_NO_BIRTH_COLUMN = (path: string, headers: string[]) =>
  `Filen ${path} har ingen kolonne «Fødselsdato» eller «CPR». Fundne overskrifter: ${headers.filter((h) => h).map((h) => `«${h}»`).join(', ') || 'ingen'}.`;
export const ERR_BIRTH_MISSING = 'fødselsdato mangler (hverken Fødselsdato eller CPR er udfyldt).';
export const ERR_CANNOT_WRITE = (path: string, code: string) =>
  `${path} kan ikke skrives (${code}). Er filen åben i Excel eller Word, eller ligger der en fil, hvor mappen skal være? Luk den, eller vælg en anden mappe med --out.`;
/** A previous letter that cannot be moved aside (open in Word): the others are back, this run's letters are not kept. */
export const ERR_LETTERS_NOT_REPLACED = (path: string, code: string, folder: string) =>
  `${path} kan ikke flyttes${code ? ` (${code})` : ''}. Er brevet åbent i Word? Luk det, og kør igen. Brevene i ${folder} er som før kørslen; denne kørsels breve er ikke gemt.`;
export const ERR_SETTINGS = (path: string, why: string) => `Indstillingerne i ${path} er ugyldige: ${why}`;
/**
 * The letters' data-protection notice, where the data are, when *Modtagere og opbevaring* (privacyRecipients)
 * is empty: offline, the citizen list and the letters stay with the municipality, not in Google Workspace
 * as on Google (core/letters/privacy.ts).
 */
export const PRIVACY_RECIPIENTS_OFFLINE =
  'Oplysningerne ligger i kommunens egne systemer (borgerliste og breve). Andre får dem ikke, medmindre loven kræver det.';
export const LIVES_ALONE_MISSING =
  'Inddata har ingen kolonne «Bor alene»: ingen regnes derfor som boende alene, og 70-årige, der bor alene, får intet tilbud. Tilføj kolonnen (ja/nej), og kør igen.';
export const ERR_LETTER_DATA = (row: number, template: string) =>
  `Række ${row}: brevet kan ikke laves med ${template}, fordi en af rækkens celler indeholder noget, Word ikke kan gemme. Ret cellerne i række ${row}, og kør igen.`;
export const INVALID_TEXT_ROWS = (rows: readonly number[]) =>
  `${rows.length === 1 ? 'Række' : 'Rækkerne'} ${shortRowList(rows)} indeholdt tegn, som Word og Excel ikke kan gemme (fx et lodret tabulatortegn fra en kopi). De er skiftet ud med mellemrum i plan.xlsx og brevene; ret dem i inddata.`;
const shortRowList = (rows: readonly number[]) => (rows.length > 20 ? `${rows.slice(0, 20).join(', ')} og ${rows.length - 20} til` : rows.join(', '));
export const ERR_TEMPLATE_BROKEN = (path: string, why: string) => `Brevskabelonen ${path} kan ikke bruges: ${why}`;
export const ERR_PREVIOUS_NO_CODE = (path: string) =>
  `Sidste års plan ${path} har ingen kolonne «Kode». Brug den plan.xlsx, som fhb skrev sidste år.`;

/** The message of a bad row, as the Fejl sheet and the terminal show it. */
export const badRow = (row: number, message: string) => `Række ${row}: ${message}`;

/**
 * The footer of every printed page of plan.xlsx, in its centre section (&C): Excel fills in &P and &N. A
 * footer without a section code is not one Excel's grammar knows (openpyxl ignores it with a warning).
 */
export const PRINT_FOOTER = '&CSide &P af &N';

/** Sheet names of plan.xlsx. */
export const SHEET_PLAN = 'Plan';
export const SHEET_SUMMARY = 'Oversigt';
export const SHEET_ERRORS = 'Fejl';

export const ERRORS_HEADERS = ['Række', 'Fejl'] as const;
export const ERROR_STATUS = 'FEJL';
export const errorCode = (message: string) => `FEJL: ${message}`;

export const SUMMARY_TITLE = (year: number, profile: string) => `Forebyggende hjemmebesøg ${year}: ${profile}`;
export const SUMMARY_AS_OF = (date: string) => `Referencedato: ${date}`;
export const SUMMARY_TOTALS = (citizens: number, bad: number) =>
  `${countOf(citizens, 'citizen')} planlagt${bad ? `, ${countOf(bad, 'row')} med fejl (se arket Fejl)` : ''}.`;
export const SUMMARY_OFFER = 'Tilbud';
export const SUMMARY_CODE = 'Kode';
export const SUMMARY_TOTAL = 'I alt';
export const SUMMARY_PREVIOUS = (year: number) => `${year}`;
export const SUMMARY_CHANGE = 'Ændring';
export const SUMMARY_STATUS = 'Status';
export const SUMMARY_COUNT = 'Antal';
export const NO_ERRORS = 'Ingen fejl: alle rækker kunne planlægges.';

/** The Digital Post manifest (forsendelser.csv): one line per letter. */
export const MANIFEST_HEADERS = ['Fil', 'Navn', 'Adresse', 'Postnr', 'By', 'Digital post', 'Skabelon', 'Række', 'Brevnr'] as const;
export const YES = 'ja';
export const NO = 'nej';
