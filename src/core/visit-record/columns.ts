import { normalizeHeader } from '../sheet/columns';
import * as text from './text';

/**
 * The visit sheet *Besøg*: one row per held contact (SPEC §4, "The visit record is not a journal"). The
 * offline planner reads the same headers from `besoeg.csv` or from a workbook's sheet of this name.
 * Columns are found by header (with synonyms), so a team may reorder them or add its own.
 */
export const VISIT_SHEET_NAME = 'Besøg';
export const VISIT_FILE_NAME = 'besoeg.csv';

/**
 * What a cell holds, for set-up's formats and validation and for the reader:
 * `key` a citizen key or CPR number, `codes` profile codes separated by `;`, `count` a whole number.
 */
export type VisitColumnKind = 'key' | 'text' | 'date' | 'form' | 'count' | 'codes' | 'sex' | 'reading' | 'id';

export interface VisitColumnSpec {
  key: string;
  header: string;
  synonyms: readonly string[];
  kind: VisitColumnKind;
  help: string;
}

export const VISIT_COLUMNS = [
  { key: 'citizen', header: 'Nøgle', synonyms: ['borgernøgle', 'noegle', 'borger-id', 'borgerid'], kind: 'key', help: text.HELP.citizen },
  { key: 'name', header: 'Navn', synonyms: ['borger'], kind: 'text', help: text.HELP.name },
  { key: 'day', header: 'Dato', synonyms: ['besøgsdato', 'kontaktdato', 'dato for besøg'], kind: 'date', help: text.HELP.day },
  { key: 'consultant', header: 'Konsulent', synonyms: ['forebyggelseskonsulent', 'medarbejder'], kind: 'text', help: text.HELP.consultant },
  { key: 'offer', header: 'Tilbud', synonyms: ['tilbudskode', 'kode'], kind: 'text', help: text.HELP.offer },
  { key: 'form', header: 'Form', synonyms: ['kontaktform', 'besøgsform'], kind: 'form', help: text.HELP.form },
  { key: 'minutes', header: 'Minutter', synonyms: ['varighed', 'tid (minutter)', 'minutter brugt'], kind: 'count', help: text.HELP.minutes },
  { key: 'themes', header: 'Temaer', synonyms: ['tema', 'emner'], kind: 'codes', help: text.HELP.themes },
  { key: 'chairStand', header: 'Rejse-sætte-sig', synonyms: ['rejse-sætte-sig-test', 'rejse sætte sig testen', 'stoletest', '30 sek stoletest', 'rejsninger'], kind: 'count', help: text.HELP.chairStand },
  { key: 'sex', header: 'Køn', synonyms: ['koen'], kind: 'sex', help: text.HELP.sex },
  { key: 'reading', header: 'Læsning', synonyms: ['vurdering', 'laesning', 'testresultat'], kind: 'reading', help: text.HELP.reading },
  { key: 'referrals', header: 'Henvisninger', synonyms: ['henvisning', 'henvist til', 'rådgivning'], kind: 'codes', help: text.HELP.referrals },
  { key: 'followUp', header: 'Opfølgning', synonyms: ['opfølgningsdato', 'opfoelgning', 'følg op'], kind: 'date', help: text.HELP.followUp },
  { key: 'id', header: 'Id', synonyms: ['række-id', 'registrerings-id'], kind: 'id', help: text.HELP.id },
  { key: 'supersedes', header: 'Erstatter', synonyms: ['retter', 'erstatter id'], kind: 'id', help: text.HELP.supersedes },
] as const satisfies readonly VisitColumnSpec[];

export type VisitColumnKey = (typeof VISIT_COLUMNS)[number]['key'];

/** The extra columns an offline visit file may use to name the citizen instead of Nøgle. */
const CITIZEN_ALTERNATIVES = [
  { key: 'cpr', names: ['CPR', 'cpr-nummer', 'cpr nr', 'cprnr', 'personnummer'] },
  { key: 'birthdate', names: ['Fødselsdato', 'fødselsdag', 'født'] },
] as const;

export type VisitColumnMap = Partial<Record<VisitColumnKey | 'cpr' | 'birthdate', number>>;

let byName: Map<string, VisitColumnKey | 'cpr' | 'birthdate'> | undefined;

/** Where each known column is (0-based), from a header row; the first match wins. */
export function findVisitColumns(headers: readonly unknown[]): VisitColumnMap {
  if (!byName) {
    byName = new Map();
    for (const c of VISIT_COLUMNS) for (const n of [c.header, ...c.synonyms]) byName.set(normalizeHeader(n), c.key);
    for (const c of CITIZEN_ALTERNATIVES) for (const n of c.names) byName.set(normalizeHeader(n), c.key);
  }
  const map: VisitColumnMap = {};
  headers.forEach((h, i) => {
    const key = typeof h === 'string' ? byName!.get(normalizeHeader(h)) : undefined;
    if (key && map[key] === undefined) map[key] = i;
  });
  return map;
}

export const VISIT_HEADERS: readonly string[] = VISIT_COLUMNS.map((c) => c.header);

/**
 * The columns that hold health data (GDPR art. 9): themes, the chair-stand count, sex, its reading and
 * referrals. No letter field, participant list or file meant to leave the team may carry them, even when
 * a team keeps such a column in its citizen sheet too (letters/fields.ts asks this).
 */
const HEALTH_KEYS: ReadonlySet<VisitColumnKey> = new Set(['themes', 'chairStand', 'sex', 'reading', 'referrals']);
let healthHeaders: Map<string, boolean> | undefined;

export function isVisitHealthHeader(header: string): boolean {
  if (!healthHeaders) {
    healthHeaders = new Map();
    for (const c of VISIT_COLUMNS) if (HEALTH_KEYS.has(c.key)) for (const n of [c.header, ...c.synonyms]) healthHeaders.set(normalizeHeader(n), true);
  }
  return healthHeaders.get(normalizeHeader(header)) === true;
}
