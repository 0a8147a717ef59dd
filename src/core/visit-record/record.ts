import type { Day } from '../day';
import type { Sex } from './chair-stand/norms';
import type { VisitForm } from './forms';

/** One held contact, as read from a row of the visit sheet (or `besoeg.csv`). */
export interface VisitRecord {
  /** fhb's own row id (Id); empty on a hand-typed row without one. */
  id: string;
  /** The citizen's stable key, as `citizenKey` gives it for the citizen's row in Borgere. */
  key: string;
  day: Day;
  consultant: string;
  /** The offer code (ALDER_80 …), or empty. */
  offerCode: string;
  form: Exclude<VisitForm, 'cancelled'>;
  minutes?: number;
  /** Theme codes (the profile's ids when the cell named a known theme). */
  themes: string[];
  /** Stands in 30 seconds, 0-60. */
  chairStand?: number;
  /** From Køn, else from a CPR number in the key; only for reading the test. */
  sex?: Sex;
  /** The stored reading text (Læsning), with its norm set's name. */
  reading?: string;
  referrals: string[];
  followUp?: Day;
  /** The Id of the row this one corrects. */
  supersedes?: string;
  /** 1-based sheet row (the file's line for CSV, header = 1). */
  row: number;
}

export interface VisitProblem {
  row: number;
  message: string;
}
