import { toDanish, type Day } from '../day';
import { busy } from '../text/glossary';

/** Every Danish sentence of the import of the citizen list, kept as one voice. */

/** «1 borger» / «2 borgere»: Danish singular and plural. */
export const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
export const citizens = (n: number) => count(n, 'borger', 'borgere');

export const NOTHING_WRITTEN = 'Intet er skrevet i arket.';

// The file as a whole
export const EMPTY_FILE = 'Filen er tom.';
export const XLSX_UNREADABLE =
  'Excel-projektmappen kan ikke læses (er den beskyttet med adgangskode?). Åbn den i Excel, vælg Filer → Gem som → «CSV (semikolonsepareret)», og vælg den nye fil her.';
export const XLS_FILE = 'Det er en gammel Excel-fil (.xls). Gem den som «CSV (semikolonsepareret)» i Excel, og vælg den nye fil.';
export const BINARY_FILE = 'Filen er ikke en tekstfil (CSV). Vælg den borgerliste, kommunens system har dannet, som CSV-fil.';
export const TOO_LARGE = (mb: number) =>
  `Filen er for stor til at blive sendt til Google (over ${mb} MB). Del den i flere filer (fx efter fødselsår) og importér dem som tilføjelser.`;
export const NO_HEADER =
  'Filen ligner ikke en borgerliste: ingen af de første linjer har kendte kolonneoverskrifter (fx Navn, CPR, Fødselsdato, Adresse).';
export const NO_KEY_COLUMNS =
  'Filen mangler en CPR-kolonne. Uden CPR-nummer skal filen have både Navn og Fødselsdato, så borgerne kan genkendes i arket.';
export const NO_ROWS = 'Filen har kolonneoverskrifter, men ingen borgere.';
export const unclosedQuote = (line: number) =>
  `Linje ${line}: et anførselstegn (") lukkes aldrig, så resten af filen kan ikke læses. Ret filen, eller dan den igen.`;
export const MOJIBAKE =
  'Filens æ, ø og å ser forkert afkodet ud (fx «Ã¸» for «ø»). Gem filen igen som CSV (UTF-8 eller Windows-1252), og vælg den igen.';

// Warnings on the preview
export const NO_CPR_COLUMN = 'Filen har ingen CPR-kolonne: borgerne genkendes på navn og fødselsdato.';
export const sheetLacks = (headers: string[]) =>
  `Arket har ingen kolonne til ${headers.map((h) => `«${h}»`).join(', ')}; de værdier springes over. Vælg «Opsæt eller opgrader arket» i menuen for at få kolonnerne.`;
export const teamColumnsIgnored = (headers: string[]) =>
  `Kolonnerne ${headers.map((h) => `«${h}»`).join(', ')} er teamets egne registreringer og importeres aldrig.`;
export const unknownColumns = (headers: string[]) =>
  `Kolonnerne ${headers.map((h) => `«${h}»`).join(', ')} kendes ikke og springes over.`;
export const formulaColumns = (headers: string[]) =>
  `Kolonnerne ${headers.map((h) => `«${h}»`).join(', ')} indeholder formler i arket og opdateres ikke.`;
export const sheetNoCpr = 'Arket har ingen CPR-kolonne, så CPR-numrene gemmes ikke. Tilføj kolonnen «CPR» for at genkende borgerne sikkert næste gang.';
export const unkeyedSheetRows = (n: number) =>
  `${count(n, 'række', 'rækker')} i arket har hverken CPR-nummer eller navn og fødselsdato og kan ikke sammenlignes.`;
export const headerNotFirst = (line: number) => `Kolonneoverskrifterne står i linje ${line}; linjerne før springes over.`;

// Rejected rows (reasons; the row number is shown beside them)
export const wrongFieldCount = (got: number, want: number) =>
  `har ${count(got, 'felt', 'felter')}, men overskriften har ${want} (forkert skilletegn eller et anførselstegn for meget?)`;
export const BAD_CPR = 'CPR-nummeret har ikke formen ddmmåå-ssss eller er ikke en dato, der findes';
export const NO_NAME = 'Navn mangler';
export const NO_CPR_NO_BIRTH = 'hverken CPR-nummer eller fødselsdato';
export const cprBirthDisagree = (birth: Day) => `fødselsdatoen ${toDanish(birth)} passer ikke med CPR-nummeret`;
export const notYesNo = (header: string) => `${header} er hverken ja eller nej`;
export const duplicateInFile = (line: number) => `samme borger som linje ${line}`;
export const sheetDuplicate = (rows: number[]) =>
  `borgeren står flere gange i arket (række ${rows.join(', ')}); ret dubletterne først`;
export const BIRTH_IN_FUTURE = 'fødselsdatoen ligger i fremtiden';

// The preview and the write
export const lockBusy = busy('Intet er skrevet i arket.');
export const CHANGED_SINCE_PREVIEW =
  'Arket er ændret siden forhåndsvisningen (en kollega har skrevet i det). Se den nye forhåndsvisning, og bekræft igen. Intet er skrevet.';
export const NOTHING_TO_DO = 'Der er intet at importere: alle borgere i filen står allerede i arket med de samme oplysninger.';
export const written = (added: number, changed: number) =>
  `Importeret: ${citizens(added)} tilføjet, ${citizens(changed)} opdateret. Teamets registreringer er ikke rørt.`;
export const CITIZEN_SHEET_MISSING = 'Arket «Borgere» findes ikke. Vælg «Opsæt eller opgrader arket» i menuen først.';
export const sheetKeyColumnsMissing =
  'Arket «Borgere» har hverken en CPR-kolonne eller både Navn og Fødselsdato. Vælg «Opsæt eller opgrader arket» i menuen først.';

// The history (Historik): the detail of an «Importeret» event
export const HISTORY_ADDED = 'tilføjet fra borgerlisten';
export const historyUpdated = (headers: string[]) => `opdateret fra borgerlisten: ${headers.join(', ')}`;
