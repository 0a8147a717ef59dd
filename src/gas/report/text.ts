/**
 * What the consultants read from the year report in Google Sheets: the sheet, its chart and the
 * messages. The words shared with the offline report (title, "borgere", "rækker med fejl", the note on
 * citizens with two offers) come from src/core/report/text.ts, so both reports say the same; the
 * messages shared with set-up and refresh come from src/gas/sheet/text.ts.
 */
import { MENU, sheetNotOurs } from '../../core/text/glossary';
import { text as sheetText } from '../sheet/text';

export const SHEET_NAME = 'Årsrapport';
export const MENU_TITLE = 'Årsrapport';

export const REFERENCE = (date: string) => `Referencedato ${date}`;
export const PROFILE = (name: string) => `profil: ${name}`;

export const OFFER_HEADERS = { code: 'Kode', offer: 'Tilbud', total: 'I alt', change: 'Ændring' } as const;
export const STATUS_HEADERS = { status: 'Status', count: 'Antal', change: 'Ændring' } as const;
export const NOTES_HEADER = 'Noter';

export const CHART_TITLE = (year: number) => `Tilbud pr. status ${year}`;
export const CHART_AXIS_OFFERS = 'Tilbud';
export const CHART_AXIS_CITIZENS = 'Borgere';

export const STORED_NOTE = (year: number, date: string) =>
  `Tallene for ${year} er gemt af årsrapporten, sidst den blev lavet for ${year} (referencedato ${date}).`;
export const NO_STORED_NOTE = (previous: number) => `Der er ikke gemt tal for ${previous}, så der sammenlignes ikke med sidste år.`;
export const SAVED_NOTE = (year: number) =>
  `Tallene for ${year} er gemt i regnearket, så næste års rapport kan sammenligne med dem. Laver I rapporten igen i ${year}, gemmes de nyeste tal.`;
export const NOT_SAVED_NOTE = (year: number) => `Tallene for ${year} kunne ikke gemmes i regnearket, så næste års rapport kan ikke sammenligne med dem.`;
export const ERROR_ROWS_NOTE = (rows: readonly number[], more: number) =>
  `Rækker i «Borgere» med fejl, som ikke er talt med: ${rows.join(', ')}${more > 0 ? ` og ${more} til` : ''}. Ret dem, og lav rapporten igen.`;

export const DONE = (year: number) => `Årsrapporten for ${year} er lavet på arket «${SHEET_NAME}».`;
export const NEEDS_SETUP = sheetText.needsSetup;
export const COLUMNS_MISSING = (headers: readonly string[]) =>
  `Arket «Borgere» mangler ${headers.length === 1 ? 'kolonnen' : 'kolonnerne'} ${headers.map((h) => `«${h}»`).join(' og ')}. Vælg «Opsæt eller opgrader arket», og lav rapporten igen.`;
export const SHEET_NOT_OURS = sheetNotOurs(SHEET_NAME, MENU.report);
export const BUSY = sheetText.busy;
export const BUSY_TITLE = sheetText.busyTitle;
export const FAILED = (message: string) => `Årsrapporten kunne ikke laves: ${message}`;
