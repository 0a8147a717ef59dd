import { Day, dayFromUtcDate } from '../day';
import { DateToDay, isDate, isEmptyCell, parseDay } from '../coerce/values';
import { type Visit, parseVisit } from '../records/visit';
import { cellThisYear, meetingThisYear, planScope, visitThisYear } from '../records/this-year';
import type { Plan, PlannedOffer } from '../rules/types';
import type { Meeting, Settings } from '../settings/schema';
import { letterContent } from './content';
import { danishPhone, danishTime, longDanishDate, shortDanishDate } from './danish';
import { headerInfo } from './headers';
import { NO, YES } from './text';
import { isFollowUp } from '../follow-up/offer';

export interface LetterFieldsInput {
  /** The citizen's row: header → cell value, as the sheet or file holds it. */
  row: Readonly<Record<string, unknown>>;
  plan: Plan;
  /** The offer the letter is about; the plan's first (most urgent) when left out. */
  offer?: PlannedOffer;
  settings: Settings;
  /** The visit; read from the row's Besøg cell when left out (only a visit of the plan's year). */
  booking?: Visit;
  today: Day;
  /** The meeting the citizen is invited to (meeting offers; see src/core/meetings/); else the row's Arrangement, when it is this year's. */
  meeting?: Meeting;
  /** How a Date cell becomes a day: the sheet's zone in Google; UTC (the default) for xlsx files. */
  toDay?: DateToDay;
}

/**
 * Every field a letter may name, keyed by `normalizeFieldName`: each column of the row (dates as
 * "4. marts 2025", yes/no as Ja/Nej), then the computed fields, which win over columns of the same name.
 * The CPR number is never a field, and a birth date typed as a CPR number is written as a date.
 * The team's columns give only what belongs to the plan's year (records/this-year.ts): last year's visit,
 * invitation or meeting is history, never this year's letter's.
 * Empty cells and empty settings give no field, so a letter that names them is refused, not sent blank.
 */
export function letterFields(input: LetterFieldsInput): Map<string, string> {
  const toDay = input.toDay ?? dayFromUtcDate;
  const fields = new Map<string, string>();
  const set = (name: string, value: string | undefined) => {
    if (value !== undefined && value.trim() !== '') fields.set(headerInfo(name).field, value);
  };

  const offer = input.offer ?? input.plan.offers[0];
  const year = { scope: planScope(input.plan, input.today, offer), toDay, meetings: input.settings.meetings, meetingCell: cellOfRow(input.row, 'meeting') };
  for (const [header, value] of Object.entries(input.row)) {
    const info = headerInfo(header);
    // The CPR number, the team's own notes and a visit's health data (a test, its reading, themes,
    // referrals: issue 24) never reach a letter.
    if (info.column === 'cpr' || info.column === 'notes' || info.health) continue;
    const text = cellText(cellThisYear(info.column, value, year), info.kind, toDay);
    if (text !== undefined && text.trim() !== '') fields.set(info.field, text);
  }

  const rowVisit = input.booking ?? visitThisYear(cellOfRow(input.row, 'visit'), year.scope, toDay);
  // A follow-up's letter names only a visit booked for it: Besøg may still hold the visit that agreed it.
  const visit = isFollowUp(offer) && rowVisit && rowVisit.day < offer!.from ? undefined : rowVisit;
  const visitDate = visit ? longDanishDate(visit.day) : undefined;
  const visitTime = visit?.minute !== undefined ? danishTime(visit.minute) : undefined;
  if (offer) {
    set('Tilbud', offer.label);
    set('Form', offer.form);
    set('Kanal', offer.channel);
    const consultant = textOf(cellOfRow(input.row, 'consultant'));
    const meeting = offer.booking !== 'meeting' ? undefined : input.meeting ?? meetingThisYear(year.meetingCell, year.meetings, year.scope);
    const content = letterContent({
      offer, turns: input.plan.turns, profileId: input.plan.profileId, settings: input.settings,
      visit: visitDate ? [visitDate, visitTime].filter(Boolean).join(' ') : undefined,
      consultant, meeting, today: input.today, referrer: referrerOfRow(input.row),
    });
    set('Overskrift', content.heading);
    set('Indledning', content.intro);
    set('Aftale', content.ask);
    set('Besøgslængde', content.visitLength);
    set('Sikker post', content.secureMail);
    set('Mødetid', content.meetingWhen);
    set('Mødested', content.meetingPlace);
    // Undefined when the DPO's contact (or the short version's link) is missing: the merge names the setting.
    set('Personoplysninger', content.privacy);
    if (meeting) set('Arrangement', meeting.name);
    // Optional paragraphs: an empty value is still a value, and the merge drops the empty paragraph.
    // {{Note}} in a team's older template prints the offer's citizen text, never the consultants' note.
    for (const [name, value] of [['Tilbudstekst', content.offerText], ['Note', content.offerText], ['Formål', content.purpose],
      ['Standardtekst', content.standard]] as const) {
      fields.set(headerInfo(name).field, value);
    }
  }
  // The age the citizen reaches in the planning year ("I det år, du fylder 80 år"): one letter serves
  // every age a profile sends it for.
  set('Alder i år', String(input.plan.turns));
  set('Besøgsdato', visitDate);
  set('Tidspunkt', visitTime);
  set('Dato', shortDanishDate(input.today));

  for (const [name, value] of SENDER_FIELDS) set(name, value(input.settings));
  return fields;
}

/** The sender's details, from the settings: the same in every letter. */
const SENDER_FIELDS: [string, (s: Settings) => string][] = [
  ['Kommune', (s) => s.municipality],
  // One name for the sender (glossary TERMS.sender); {{Afdeling}} keeps older templates working.
  ['Afsender', (s) => s.department],
  ['Afdeling', (s) => s.department],
  ['Afsenderadresse', (s) => [s.address, s.postcodeCity].filter((t) => t.trim()).join(', ')],
  ['Telefon kommune', (s) => danishPhone(s.phone)],
  ['Telefontid', (s) => s.phoneHours],
  ['E-mail kommune', (s) => s.email],
  ['Underskrift', (s) => s.signature],
];

/** The sender's fields (keyed as `letterFields` keys them) the settings leave empty: no letter naming one can be made. */
export function missingSenderFields(settings: Settings): Set<string> {
  return new Set(SENDER_FIELDS.filter(([, value]) => value(settings).trim() === '').map(([name]) => headerInfo(name).field));
}

/** The row's «Henvendelse fra» (who asked us to offer a visit), a column the team may add. */
function referrerOfRow(row: Readonly<Record<string, unknown>>): string | undefined {
  const referrer = headerInfo('Henvendelse fra').field;
  for (const [header, value] of Object.entries(row)) {
    if (headerInfo(header).field === referrer && !isEmptyCell(value)) return String(value).trim();
  }
  return undefined;
}

function cellOfRow(row: Readonly<Record<string, unknown>>, column: 'consultant' | 'meeting' | 'visit'): unknown {
  for (const [header, value] of Object.entries(row)) {
    if (headerInfo(header).column === column && !isEmptyCell(value)) return value;
  }
  return undefined;
}

const textOf = (value: unknown): string | undefined => (isEmptyCell(value) ? undefined : String(value).trim());

/** A cell as letter text. Unreadable dates are written as typed rather than dropped. */
function cellText(value: unknown, kind: string | undefined, toDay: DateToDay): string | undefined {
  if (isEmptyCell(value)) return undefined;
  if (kind === 'datetime') {
    const visit = parseVisit(value, toDay);
    if (visit) return [shortDanishDate(visit.day), visit.minute !== undefined ? danishTime(visit.minute) : ''].filter(Boolean).join(' ');
  }
  if (isDate(value)) return isNaN(value.getTime()) ? undefined : shortDanishDate(toDay(value));
  if (kind === 'date' || kind === 'record') {
    try {
      const day = parseDay(value, '', toDay);
      // A birth date column may hold a CPR number: never let its digits into a letter.
      if (day !== undefined) return shortDanishDate(day);
    } catch {
      // not a date: e.g. "x" in Inviteret; fall through
    }
    if (kind === 'date') return undefined;
  }
  if (typeof value === 'boolean') return value ? YES : NO;
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : String(value).replace('.', ',');
  return String(value).trim();
}
