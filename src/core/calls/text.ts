import { type Day, toDanish } from '../day';

/** The call list's Danish words, kept together so the sheet, the sidebar and the menu read as one voice. */

export const SHEET_NAME = 'Opkaldsliste';

/** The columns of the `Opkaldsliste` sheet, in order. No CPR: the list is printed and shared. */
export const HEADERS = [
  'Række', 'Navn', 'Telefon', 'Tilbud', 'Kode', 'Ring fra', 'Ring senest', 'Forsøg', 'Seneste forsøg', 'Brev skal sendes', 'Overskredet',
] as const;

export const YES = 'Ja';
export const NO = '';

export const emptyList = (asOf: Day) => `Ingen borgere skal ringes op (referencedato ${toDanish(asOf)}).`;
export const listTitle = (count: number, asOf: Day) =>
  `${count} ${count === 1 ? 'borger' : 'borgere'} skal ringes op (referencedato ${toDanish(asOf)}). Mest presserende først.`;
export const rowProblems = (rows: readonly number[]) =>
  `Række ${rows.join(', ')} kunne ikke læses (se kolonnen Kode) og er ikke med på listen.`;
