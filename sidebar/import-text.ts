/** The Danish words of the sidebar's Import pane. */
import { MAX_FILE_MB } from '../src/core/import/limits';
import { andMore } from '../src/core/text/glossary';

export const HEADING = 'Importér borgerliste';
export const INTRO =
  'Vælg kommunens borgerliste som CSV-fil (semikolon- eller kommasepareret, Windows-1252 eller UTF-8) eller Excel-projektmappe (.xlsx). Borgerne genkendes på CPR-nummer, ellers på navn og fødselsdato. Teamets registreringer (Inviteret, Besøg, Gennemført, Frabedt, Opkald, Brev, Noter, Konsulent) røres aldrig.';
export const FILE = 'Fil';
export const MODE = 'Hvad er filen?';
export const MODE_FULL = 'Hele borgerlisten (borgere i arket, som ikke står i filen, vises til gennemsyn, men slettes ikke)';
export const MODE_ADDITION = 'Kun nye eller ændrede borgere';
export const PREVIEW = 'Vis forhåndsvisning';
export const CONFIRM = 'Importér';
export const READING = 'Læser filen …';
export const CHECKING = 'Sammenligner med arket …';
export const WRITING = 'Skriver i arket …';
export const CHOOSE_FILE = 'Vælg først en fil.';
export const TOO_LARGE = `Filen er for stor (over ${MAX_FILE_MB} MB). Del den i flere filer, og importér dem som «Kun nye eller ændrede borgere».`;
export const NOTHING_WRITTEN_YET = 'Intet er skrevet endnu. Tjek tallene, og tryk Importér.';
export const NOTHING_TO_WRITE = 'Der er intet at skrive.';
// Why Importér waits, said next to it (a greyed-out control always says why).
export const CONFIRM_WAITS_PREVIEW = 'Vælg filen, og tryk «Vis forhåndsvisning» først: så ser du, hvad der ændres, før noget skrives.';
export const CONFIRM_WAITS_NOTHING = 'Der er intet at importere fra denne fil (se forhåndsvisningen).';
export const CONFIRM_WAITS_WORK = 'Venter, til filen er læst …';
export const fileLine = (name: string, encoding: string, delimiter: string) => `${name} · ${encoding} · ${delimiter}`;

export const COUNT_LABELS = {
  new: 'Nye borgere',
  changed: 'Ændrede',
  unchanged: 'Uændrede',
  missing: 'I arket, ikke i listen',
  rejected: 'Afviste rækker',
  sheetDuplicates: 'Dubletter i arket',
} as const;
export const COUNT = 'Antal';
export const WHAT = 'Hvad';

export const LIST_ADDED = 'Tilføjes';
export const LIST_CHANGED = 'Opdateres';
export const LIST_MISSING = 'Står i arket, men ikke i listen (til gennemsyn; intet slettes)';
export const LIST_REJECTED = 'Afvises (skrives ikke)';
export const LIST_DUPLICATES = 'Samme borger flere gange i arket';
export const WARNINGS = 'Bemærk';
export const more = (shown: number, total: number) => andMore(total - shown);
export const lineOf = (line: number) => `Linje ${line}`;
export const rowOf = (row: number) => `Række ${row}`;
export const changedColumns = (columns: string[]) => `ændrer ${columns.join(', ')}`;
