import { ColumnKey, columnSpec } from './columns';

/**
 * How set-up formats each column below the header: number format and data validation. Validations only
 * warn (`allowInvalid`): a team's CPR number in Fødselsdato or an "x" in Inviteret stays legal, as the
 * sheet functions accept them.
 */
export type ValidationKind = 'checkbox' | 'date' | 'consultant' | 'exemption' | 'endReason' | 'none';

export interface ColumnFormat {
  numberFormat?: string;
  validation: ValidationKind;
}

export const DATE_FORMAT = 'dd-mm-yyyy';
export const DATETIME_FORMAT = 'dd-mm-yyyy hh:mm';
export const TEXT_FORMAT = '@';

/**
 * Text columns are plain text (`@`), so what a consultant types or pastes stays what it says: leading
 * zeros of CPR, phone numbers and postcodes stay, "9-12" stays no date, "+45 …" or "=…" no formula
 * (Sheets parses a typed string by the cell's number format). So are the columns of team text with a
 * dropdown: Konsulent (a name such as "Maj 2" is no date) and Undtaget (a reason is no formula; a tick
 * already there stays a tick). Brev is left alone: it may hold a link formula the team made.
 */
const NOT_PLAIN_TEXT: readonly ColumnKey[] = ['letter'];

export function columnFormat(key: ColumnKey): ColumnFormat {
  const spec = columnSpec(key);
  switch (spec.kind) {
    case 'date':
    case 'record':
      return { numberFormat: DATE_FORMAT, validation: 'date' };
    case 'datetime':
      return { numberFormat: DATETIME_FORMAT, validation: 'date' };
    case 'yesno':
      return { validation: 'checkbox' };
    case 'consultant':
      return { numberFormat: TEXT_FORMAT, validation: 'consultant' };
    case 'yesnoOrText':
      // Undtaget: the profile's reasons in a dropdown (a tick or "ja" stays legal: it only warns).
      return { numberFormat: TEXT_FORMAT, validation: key === 'exempt' ? 'exemption' : 'none' };
    case 'computed':
      return key === 'from' || key === 'to' ? { numberFormat: DATE_FORMAT, validation: 'none' } : { validation: 'none' };
    default:
      return {
        ...(NOT_PLAIN_TEXT.includes(key) ? {} : { numberFormat: TEXT_FORMAT }),
        validation: key === 'endedReason' ? 'endReason' : 'none',
      };
  }
}

/**
 * Checkboxes only where they change nothing the team sees: a column holding only ticks, blanks and
 * FALSE. A column with "ja", "x" or "nej" keeps its text (the functions read it) and gets no checkbox.
 */
export function checkboxesFit(values: readonly unknown[]): boolean {
  return values.every((v) => v === '' || v === null || v === undefined || typeof v === 'boolean');
}
