import { type Day, toDanish } from '../day';
import { SEX_WORDS } from './chair-stand/sex';
import type { Sex } from './chair-stand/norms';
import { VISIT_COLUMNS } from './columns';
import { type VisitForm, visitFormLabel } from './forms';

/** What *Registrér besøget* (or the offline planner) writes for one contact. */
export interface NewVisit {
  id: string;
  key: string;
  name: string;
  day: Day;
  consultant: string;
  offerCode?: string;
  form: VisitForm;
  minutes?: number;
  themes?: readonly string[];
  chairStand?: number;
  /** Only when the form was told it (no CPR number to read it from). */
  sex?: Sex;
  reading?: string;
  referrals?: readonly string[];
  followUp?: Day;
  supersedes?: string;
}

/**
 * The new row in VISIT_COLUMNS order. `makeDay` turns a day into the cell value (the Google adapter
 * gives a Date at midnight in the sheet's zone; the default is the text dd-mm-åååå). fhb only appends
 * such rows: a correction is a new row with `supersedes`, never an edit.
 */
export function newVisitRow(v: NewVisit, makeDay: (day: Day) => unknown = toDanish): unknown[] {
  const values: Record<(typeof VISIT_COLUMNS)[number]['key'], unknown> = {
    citizen: v.key,
    name: v.name,
    day: makeDay(v.day),
    consultant: v.consultant,
    offer: v.offerCode ?? '',
    form: visitFormLabel(v.form),
    minutes: v.minutes ?? '',
    themes: (v.themes ?? []).join('; '),
    chairStand: v.chairStand ?? '',
    sex: v.sex ? SEX_WORDS[v.sex].singular : '',
    reading: v.reading ?? '',
    referrals: (v.referrals ?? []).join('; '),
    followUp: v.followUp === undefined ? '' : makeDay(v.followUp),
    id: v.id,
    supersedes: v.supersedes ?? '',
  };
  return VISIT_COLUMNS.map((c) => values[c.key]);
}

/**
 * A row id: the registration's instant and a random part in base 36 ("B-lx8k2p-3f9a"), so two
 * consultants registering at once get different ids. Pure: the adapter hands in the clock and the dice.
 */
export function newVisitId(nowMs: number, random: () => number): string {
  const tail = Math.floor(random() * 36 ** 4).toString(36).padStart(4, '0');
  return `B-${nowMs.toString(36)}-${tail}`;
}
