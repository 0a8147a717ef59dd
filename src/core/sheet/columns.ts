/**
 * The citizen sheet's columns, found by their Danish header names (with synonyms), so a team keeps its
 * own order and extra columns. Shared by the Google sheet, the sidebar, the merge and the offline planner
 * (CSV/XLSX headers are read the same way).
 */

export type ColumnKind = 'text' | 'date' | 'yesno' | 'yesnoOrText' | 'datetime' | 'record' | 'computed' | 'consultant';
export type ColumnGroup = 'citizen' | 'computed' | 'team';

export interface ColumnSpec {
  key: string;
  /** The header set-up writes. */
  header: string;
  /** Other headers teams use for the same column (matched after `normalizeHeader`). */
  synonyms: readonly string[];
  kind: ColumnKind;
  group: ColumnGroup;
  /** A short Danish note for the header cell. */
  help: string;
}

export const COLUMNS = [
  { key: 'name', header: 'Navn', synonyms: ['borger', 'fulde navn', 'navn borger'], kind: 'text', group: 'citizen', help: 'Borgerens navn.' },
  { key: 'address', header: 'Adresse', synonyms: ['vejnavn', 'gade', 'bopæl'], kind: 'text', group: 'citizen', help: 'Vej og husnummer.' },
  { key: 'postcode', header: 'Postnr', synonyms: ['postnummer', 'post nr', 'postnr.'], kind: 'text', group: 'citizen', help: 'Postnummer.' },
  { key: 'city', header: 'By', synonyms: ['postdistrikt', 'bynavn'], kind: 'text', group: 'citizen', help: 'By.' },
  { key: 'birthdate', header: 'Fødselsdato', synonyms: ['fødselsdag', 'født', 'fodselsdato', 'foedselsdato', 'birthdate'], kind: 'date', group: 'citizen', help: 'Fødselsdato (dd-mm-åååå). CPR-nummer godtages også.' },
  { key: 'cpr', header: 'CPR', synonyms: ['cpr-nummer', 'cpr nr', 'cprnr', 'personnummer'], kind: 'text', group: 'citizen', help: 'CPR-nummer (ddmmåå-ssss). Vises maskeret i sidepanelet.' },
  { key: 'livesAlone', header: 'Bor alene', synonyms: ['enlig', 'alene'], kind: 'yesno', group: 'citizen', help: 'Afkryds, hvis borgeren bor alene.' },
  { key: 'spouseDied', header: 'Ægtefælle død', synonyms: ['ægtefælle død dato', 'dødsdato ægtefælle', 'enke dato', 'mistet ægtefælle', 'aegtefaelle doed'], kind: 'date', group: 'citizen', help: 'Dato for ægtefællens/samleverens død.' },
  { key: 'spouseMoved', header: 'Ægtefælle flyttet', synonyms: ['ægtefælle flyttet dato', 'ægtefælle på plejehjem', 'aegtefaelle flyttet'], kind: 'date', group: 'citizen', help: 'Dato for ægtefællens flytning på ældrecenter.' },
  { key: 'atRisk', header: 'Særlig risiko', synonyms: ['risiko', 'i risiko', 'saerlig risiko'], kind: 'yesno', group: 'citizen', help: 'Afkryds efter faglig vurdering.' },
  { key: 'exempt', header: 'Undtaget', synonyms: ['undtagelse', 'undtaget grund'], kind: 'yesnoOrText', group: 'citizen', help: 'Afkryds eller skriv grunden, fx plejebolig.' },
  { key: 'digitalPost', header: 'Digital post', synonyms: ['e-boks', 'eboks', 'digital post tilmeldt'], kind: 'yesno', group: 'citizen', help: 'Afkryds, hvis borgeren er tilmeldt Digital Post (e-Boks).' },
  { key: 'phone', header: 'Telefon', synonyms: ['tlf', 'tlf.', 'telefonnummer', 'mobil'], kind: 'text', group: 'citizen', help: 'Telefonnummer.' },
  { key: 'code', header: 'Kode', synonyms: ['tilbudskode'], kind: 'computed', group: 'computed', help: 'Udfyldes af FHB_PLAN.' },
  { key: 'offer', header: 'Tilbud', synonyms: [], kind: 'computed', group: 'computed', help: 'Udfyldes af FHB_PLAN.' },
  { key: 'form', header: 'Form', synonyms: [], kind: 'computed', group: 'computed', help: 'Udfyldes af FHB_PLAN.' },
  { key: 'channel', header: 'Kanal', synonyms: [], kind: 'computed', group: 'computed', help: 'Udfyldes af FHB_PLAN.' },
  { key: 'from', header: 'Fra', synonyms: ['vindue fra', 'periode fra'], kind: 'computed', group: 'computed', help: 'Første dag i tilbudsperioden (FHB_PLAN).' },
  { key: 'to', header: 'Til', synonyms: ['vindue til', 'periode til'], kind: 'computed', group: 'computed', help: 'Sidste dag i tilbudsperioden (FHB_PLAN).' },
  { key: 'legalBasis', header: 'Lovgrundlag', synonyms: [], kind: 'computed', group: 'computed', help: 'Udfyldes af FHB_PLAN.' },
  { key: 'status', header: 'Status', synonyms: [], kind: 'computed', group: 'computed', help: 'Udfyldes af FHB_STATUS.' },
  { key: 'reason', header: 'Begrundelse', synonyms: ['hvorfor'], kind: 'computed', group: 'computed', help: 'Udfyldes af FHB_REASON.' },
  { key: 'invited', header: 'Inviteret', synonyms: ['inviteret dato', 'invitation sendt'], kind: 'record', group: 'team', help: 'Dato for invitation (brev eller opkald).' },
  { key: 'visit', header: 'Besøg', synonyms: ['besøg (dato og tid)', 'besøgsdato', 'besøg dato og tid', 'besoeg'], kind: 'datetime', group: 'team', help: 'Aftalt besøg: dd-mm-åååå tt:mm.' },
  { key: 'consultant', header: 'Konsulent', synonyms: ['forebyggelseskonsulent', 'medarbejder'], kind: 'consultant', group: 'team', help: 'Ansvarlig forebyggelseskonsulent.' },
  { key: 'done', header: 'Gennemført', synonyms: ['gennemført dato', 'afholdt'], kind: 'record', group: 'team', help: 'Dato for gennemført besøg, møde eller samtale.' },
  { key: 'declined', header: 'Frabedt', synonyms: ['frabedt dato', 'takket nej', 'afslået'], kind: 'record', group: 'team', help: 'Dato, hvor borgeren sagde nej tak.' },
  { key: 'calls', header: 'Opkald', synonyms: ['opkaldsforsøg', 'ikke truffet'], kind: 'text', group: 'team', help: 'Opkaldsforsøg, fx «03-03-2025 ikke truffet».' },
  { key: 'letter', header: 'Brev', synonyms: ['brevlink', 'link til brev'], kind: 'text', group: 'team', help: 'Link til det flettede brev (skrives af fletningen).' },
  { key: 'notes', header: 'Noter', synonyms: ['bemærkninger', 'note', 'kommentar'], kind: 'text', group: 'team', help: 'Teamets noter.' },
  // Added after the first release: at the end, so a fresh sheet's columns A-AC keep their letters.
  { key: 'announced', header: 'Besøg meddelt', synonyms: ['besøg meddelt dato', 'meddelt', 'besoeg meddelt'], kind: 'datetime', group: 'team', help: 'Det besøg (dato og tid), borgeren har fået brev om. Skrives af fletningen; er det ikke det samme som Besøg, skal der et nyt brev ud.' },
  { key: 'ended', header: 'Ophørt', synonyms: ['ophørt dato', 'ophoert', 'udgået', 'afgang'], kind: 'date', group: 'citizen', help: 'Dato, hvor borgeren ophørte (død, fraflyttet, plejebolig). Fra den dag får borgeren ingen tilbud, breve, opkald eller besøg.' },
  { key: 'endedReason', header: 'Ophørsårsag', synonyms: ['ophørsgrund', 'ophoersaarsag', 'årsag til ophør'], kind: 'text', group: 'citizen', help: 'Hvorfor borgeren ophørte: død, fraflyttet, plejebolig eller andet.' },
  { key: 'meeting', header: 'Arrangement', synonyms: ['informationsmøde', 'møde', 'fællesarrangement'], kind: 'text', group: 'team', help: 'Informationsmødet eller arrangementet, borgeren er inviteret til (skrives af fletningen; flyt i sidepanelet).' },
  { key: 'attendance', header: 'Deltog i arrangement', synonyms: ['fremmøde', 'deltog', 'mødt op'], kind: 'text', group: 'team', help: 'Deltog eller Udeblev: skrives fra sidepanelet, når arrangementet har fundet sted.' },
  { key: 'followUp', header: 'Opfølgning', synonyms: ['opfølgning dato', 'opfoelgning', 'opfølgningsdato'], kind: 'date', group: 'team', help: 'Dato for aftalt opfølgning: skrives, når besøget registreres i sidepanelet. Fra den dag står borgeren som Opfølgning, indtil en nyere kontakt er registreret.' },
] as const satisfies readonly ColumnSpec[];

export type ColumnKey = (typeof COLUMNS)[number]['key'];

/** The FHB_PLAN output block, in the pinned order of SPEC section 3. */
export const PLAN_BLOCK: readonly ColumnKey[] = ['code', 'offer', 'form', 'channel', 'from', 'to', 'legalBasis'];

/** Lower case, Danish letters folded (æ→ae, ø→oe, å→aa), punctuation and spaces dropped. */
export function normalizeHeader(header: string): string {
  return header
    .toLowerCase()
    .replace(/æ/g, 'ae').replace(/ø/g, 'oe').replace(/å/g, 'aa')
    .normalize('NFD').replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]/g, '');
}

/** Built on first use, not at load: module top-level code runs on every custom-function call. */
let byName: Map<string, ColumnKey> | undefined;

function headerIndex(): Map<string, ColumnKey> {
  if (!byName) {
    byName = new Map();
    for (const c of COLUMNS) for (const name of [c.header, ...c.synonyms]) byName.set(normalizeHeader(name), c.key);
  }
  return byName;
}

export function columnSpec(key: ColumnKey): (typeof COLUMNS)[number] {
  return COLUMNS.find((c) => c.key === key)!;
}

/** The column a header names, if any. */
export function columnOfHeader(header: unknown): ColumnKey | undefined {
  return typeof header === 'string' ? headerIndex().get(normalizeHeader(header)) : undefined;
}

/** Where each known column is (0-based index), from a header row; the first match wins. */
export type ColumnMap = Partial<Record<ColumnKey, number>>;

export function findColumns(headers: readonly unknown[]): ColumnMap {
  const map: ColumnMap = {};
  headers.forEach((h, i) => {
    const key = columnOfHeader(h);
    if (key && map[key] === undefined) map[key] = i;
  });
  return map;
}

/** The birth date comes from `Fødselsdato`, or from `CPR` when the sheet has only that. */
export function birthColumn(map: ColumnMap): number | undefined {
  return map.birthdate ?? map.cpr;
}
