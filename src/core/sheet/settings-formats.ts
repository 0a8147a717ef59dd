import { DATE_FORMAT, TEXT_FORMAT } from './column-formats';
import { CLOSURE_HEADERS, CONSULTANT_HEADERS, MEETING_HEADERS, PROJECTION_HEADERS, SCALAR_LABELS, TEMPLATE_HEADERS } from './settings-text';

/**
 * The number format of every setting and of every column of every table in `Indstillinger`, keyed by its
 * label or header, so a new one cannot be added without saying how Sheets should read what is typed there.
 * Team text is plain text (`@`): Sheets parses a typed string by the cell's format, so a consultant named
 * "Maj 2" or "=Anne" would become a date or a formula (issue 22, item 7), "8-9" in Telefontid a date, and
 * "007" a number. `null` leaves Sheets' General format, for numbers the team types (capacity, minutes) and
 * for ticks, which must stay numbers and booleans.
 */
export type SettingsFormat = typeof TEXT_FORMAT | typeof DATE_FORMAT | null;

export const SCALAR_FORMATS: Record<keyof typeof SCALAR_LABELS, SettingsFormat> = {
  asOf: DATE_FORMAT,
  profile: TEXT_FORMAT,
  municipality: TEXT_FORMAT,
  department: TEXT_FORMAT,
  address: TEXT_FORMAT,
  postcodeCity: TEXT_FORMAT,
  phone: TEXT_FORMAT,
  phoneHours: TEXT_FORMAT,
  email: TEXT_FORMAT,
  signature: TEXT_FORMAT,
  letterLeadWeeks: null,
  bereavedDelayWeeks: null,
  mergeMode: TEXT_FORMAT,
  pdf: null,
  outputFolder: TEXT_FORMAT,
  retentionMonths: null,
  privacyController: TEXT_FORMAT,
  privacyDpo: TEXT_FORMAT,
  privacyLegalBasis: TEXT_FORMAT,
  privacyRecipients: TEXT_FORMAT,
  privacyLink: TEXT_FORMAT,
  privacyShort: null,
  privacyText: TEXT_FORMAT,
};

type Formats<H extends readonly string[]> = Record<H[number], SettingsFormat>;

const CONSULTANT_FORMATS: Formats<typeof CONSULTANT_HEADERS> = {
  Navn: TEXT_FORMAT, Ugedage: TEXT_FORMAT, 'Fra kl.': TEXT_FORMAT, 'Til kl.': TEXT_FORMAT,
  'Besøg pr. dag': null, 'Minutter pr. besøg': null, 'Transport (min)': null, Fridage: TEXT_FORMAT, Telefon: TEXT_FORMAT,
};
const CLOSURE_FORMATS: Formats<typeof CLOSURE_HEADERS> = {
  Dato: DATE_FORMAT, 'Lukket fra kl. (tom = hele dagen)': TEXT_FORMAT, 'Årsag': TEXT_FORMAT,
};
const MEETING_FORMATS: Formats<typeof MEETING_HEADERS> = {
  Navn: TEXT_FORMAT, Dato: DATE_FORMAT, 'Kl. (fx 10-12)': TEXT_FORMAT, Sted: TEXT_FORMAT, Adresse: TEXT_FORMAT,
  Pladser: null, 'Tilbud (koder)': TEXT_FORMAT, 'Postnumre (tom = alle)': TEXT_FORMAT,
};
const TEMPLATE_FORMATS: Formats<typeof TEMPLATE_HEADERS> = { Kode: TEXT_FORMAT, 'Dokument-id': TEXT_FORMAT };
// The figures' labels are the team's text («Tager imod: ALDER_82»); the figures stay numbers or per cent.
const PROJECTION_FORMATS: Formats<typeof PROJECTION_HEADERS> = { Antagelse: TEXT_FORMAT, "Tal (tom = fhb's eget)": null, Forklaring: null };

/** A table's columns as blocks of neighbours with one format: `col` 1-based, General columns left out. */
export interface ColumnBlock {
  col: number;
  numCols: number;
  format: string;
}

function blocks<H extends readonly string[]>(headers: H, formats: Formats<H>): ColumnBlock[] {
  const out: ColumnBlock[] = [];
  headers.forEach((header: H[number], i) => {
    const format = formats[header];
    if (format === null) return;
    const last = out[out.length - 1];
    if (last && last.format === format && last.col + last.numCols === i + 1) last.numCols++;
    else out.push({ col: i + 1, numCols: 1, format });
  });
  return out;
}

export const SETTINGS_TABLE_FORMATS = {
  consultants: blocks(CONSULTANT_HEADERS, CONSULTANT_FORMATS),
  closures: blocks(CLOSURE_HEADERS, CLOSURE_FORMATS),
  meetings: blocks(MEETING_HEADERS, MEETING_FORMATS),
  templates: blocks(TEMPLATE_HEADERS, TEMPLATE_FORMATS),
  projection: blocks(PROJECTION_HEADERS, PROJECTION_FORMATS),
} as const;
