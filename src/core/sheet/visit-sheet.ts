import { DATE_FORMAT, TEXT_FORMAT } from './column-formats';
import { VISIT_COLUMNS, type VisitColumnKind, findVisitColumns } from '../visit-record/columns';
import { VISIT_FORMS } from '../visit-record/forms';

/**
 * How set-up lays out the visit sheet *Besøg* on Google (visits-google): its headers, each column's number
 * format and list, and which headers are missing from a sheet a team already has. Pure: the adapter
 * (src/gas/visit-record/sheet.ts) reads the sheet once and applies the answer.
 *
 * Every text column is plain text (`@`): a key like "010203-1234", a code list "bevægelse; ernæring" or an
 * Id stays what it says (Sheets parses a typed string by the cell's format). Counts are whole numbers.
 */

const NUMBER_FORMAT: Record<VisitColumnKind, string> = {
  key: TEXT_FORMAT, text: TEXT_FORMAT, date: DATE_FORMAT, form: TEXT_FORMAT, count: '0', codes: TEXT_FORMAT,
  sex: TEXT_FORMAT, reading: TEXT_FORMAT, id: TEXT_FORMAT,
};

export function visitNumberFormat(kind: VisitColumnKind): string {
  return NUMBER_FORMAT[kind];
}

/** The labels the Form column's list offers (Annulleret included: it takes a row back). */
export function formList(): string[] {
  return VISIT_FORMS.map((f) => f.label);
}

/** The headers a sheet lacks, in VISIT_COLUMNS order: set-up adds them after its last column. */
export function missingVisitHeaders(headers: readonly unknown[]): string[] {
  const found = findVisitColumns(headers);
  return VISIT_COLUMNS.filter((c) => found[c.key] === undefined).map((c) => c.header);
}

/** The visit sheet's Danish words (set-up's lists and its protection warning). */
export const VISIT_SHEET_TEXT = {
  formHelp: 'Vælg kontaktens form. Annulleret tager en fejlregistrering tilbage (skriv dens Id i Erstatter).',
  offerHelp: 'Tilbuddets kode fra profilen, eller OPFOLGNING for en opfølgning.',
  protection:
    'fhb: Besøg er teamets registrering af kontakter (koder, tal og datoer; ingen noter). Ret aldrig en registreret række: registrér en ny, der erstatter den.',
};
