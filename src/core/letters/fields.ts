import { Day, dayFromUtcDate } from '../day';
import { DateToDay, isDate, isEmptyCell, parseDay } from '../coerce/values';
import type { Plan, PlannedOffer } from '../rules/types';
import type { Meeting, Settings } from '../settings/schema';
import { letterContent } from './content';
import { findMeeting } from '../meetings/assign';
import { danishPhone, danishTime, longDanishDate, shortDanishDate } from './danish';
import { headerInfo } from './headers';
import { NO, YES } from './text';
import { splitVisitText } from './visit-text';
import { isFollowUp } from '../follow-up/offer';

/** A booked visit or meeting: the day and the minute after midnight (undefined when only the day is known). */
export interface Visit {
  day: Day;
  minute?: number;
}

export interface LetterFieldsInput {
  /** The citizen's row: header → cell value, as the sheet or file holds it. */
  row: Readonly<Record<string, unknown>>;
  plan: Plan;
  /** The offer the letter is about; the plan's first (most urgent) when left out. */
  offer?: PlannedOffer;
  settings: Settings;
  /** The visit; read from the row's Besøg cell when left out. */
  booking?: Visit;
  today: Day;
  /** The meeting the citizen is invited to (meeting offers; see src/core/meetings/); else the row's Arrangement. */
  meeting?: Meeting;
  /** How a Date cell becomes a day: the sheet's zone in Google; UTC (the default) for xlsx files. */
  toDay?: DateToDay;
}

/**
 * Every field a letter may name, keyed by `normalizeFieldName`: each column of the row (dates as
 * "4. marts 2025", yes/no as Ja/Nej), then the computed fields, which win over columns of the same name.
 * The CPR number is never a field, and a birth date typed as a CPR number is written as a date.
 * Empty cells and empty settings give no field, so a letter that names them is refused, not sent blank.
 */
export function letterFields(input: LetterFieldsInput): Map<string, string> {
  const toDay = input.toDay ?? dayFromUtcDate;
  const fields = new Map<string, string>();
  const set = (name: string, value: string | undefined) => {
    if (value !== undefined && value.trim() !== '') fields.set(headerInfo(name).field, value);
  };

  for (const [header, value] of Object.entries(input.row)) {
    const info = headerInfo(header);
    // The CPR number, the team's own notes and a visit's health data (a test, its reading, themes,
    // referrals: issue 24) never reach a letter.
    if (info.column === 'cpr' || info.column === 'notes' || info.health) continue;
    const text = cellText(value, info.kind, toDay);
    if (text !== undefined && text.trim() !== '') fields.set(info.field, text);
  }

  const offer = input.offer ?? input.plan.offers[0];
  const rowVisit = input.booking ?? visitOfRow(input.row, toDay);
  // A follow-up's letter names only a visit booked for it: Besøg may still hold the visit that agreed it.
  const visit = isFollowUp(offer) && rowVisit && rowVisit.day < offer!.from ? undefined : rowVisit;
  const visitDate = visit ? longDanishDate(visit.day) : undefined;
  const visitTime = visit?.minute !== undefined ? danishTime(visit.minute) : undefined;
  if (offer) {
    set('Tilbud', offer.label);
    set('Form', offer.form);
    set('Kanal', offer.channel);
    const consultant = cellOfRow(input.row, 'consultant');
    const meeting = offer.booking !== 'meeting' ? undefined : input.meeting ?? findMeeting(input.settings.meetings, cellOfRow(input.row, 'meeting'));
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

  const s = input.settings;
  set('Kommune', s.municipality);
  // One name for the sender (glossary TERMS.sender); {{Afdeling}} keeps older templates working.
  set('Afsender', s.department);
  set('Afdeling', s.department);
  set('Afsenderadresse', [s.address, s.postcodeCity].filter((t) => t.trim()).join(', '));
  set('Telefon kommune', danishPhone(s.phone));
  set('Telefontid', s.phoneHours);
  set('E-mail kommune', s.email);
  set('Underskrift', s.signature);
  return fields;
}

/** The row's «Henvendelse fra» (who asked us to offer a visit), a column the team may add. */
function referrerOfRow(row: Readonly<Record<string, unknown>>): string | undefined {
  const referrer = headerInfo('Henvendelse fra').field;
  for (const [header, value] of Object.entries(row)) {
    if (headerInfo(header).field === referrer && !isEmptyCell(value)) return String(value).trim();
  }
  return undefined;
}

function cellOfRow(row: Readonly<Record<string, unknown>>, column: 'consultant' | 'meeting'): string | undefined {
  for (const [header, value] of Object.entries(row)) {
    if (headerInfo(header).column === column && !isEmptyCell(value)) return String(value).trim();
  }
  return undefined;
}

/** The visit in a row's Besøg column, if the row has one that reads as a date. */
function visitOfRow(row: Readonly<Record<string, unknown>>, toDay: DateToDay): Visit | undefined {
  for (const [header, value] of Object.entries(row)) {
    if (headerInfo(header).column === 'visit') return parseVisit(value, toDay);
  }
  return undefined;
}

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

/**
 * The Besøg cell: "12-03-2025 10:00", "12.03.2025 kl. 10.00", "2025-03-12", or a Date (with its time of
 * day read in the sheet's zone through `toDay`). Undefined when empty or not a date.
 */
export function parseVisit(value: unknown, toDay: DateToDay): Visit | undefined {
  if (isEmptyCell(value)) return undefined;
  if (isDate(value)) {
    if (isNaN(value.getTime())) return undefined;
    const day = toDay(value);
    const minute = minuteOfDay(value, day, toDay);
    return minute === 0 ? { day } : { day, minute };
  }
  if (typeof value === 'number') {
    // A Sheets serial date-time: whole days since 1899-12-30 plus the fraction of the day.
    const day = safeDay(Math.floor(value), toDay);
    if (day === undefined) return undefined;
    const minute = Math.round((value - Math.floor(value)) * 1440);
    return minute === 0 || minute >= 1440 ? { day } : { day, minute };
  }
  if (typeof value !== 'string') return undefined;
  const { date, hour: h, minute: min } = splitVisitText(value);
  const day = safeDay(date, toDay);
  if (day === undefined) return undefined;
  if (h === undefined || min === undefined) return { day };
  if (h > 23 || min > 59) return undefined;
  return { day, minute: h * 60 + min };
}

function safeDay(value: unknown, toDay: DateToDay): Day | undefined {
  try {
    return parseDay(value, '', toDay);
  } catch {
    return undefined;
  }
}

/**
 * The wall-clock minute of an instant, knowing only how the zone maps instants to days: the minutes
 * left until the next local midnight, found by bisection. Counting back from the next midnight stays
 * right on the days clocks change (the change is at 2-3 at night, before any visit).
 */
function minuteOfDay(date: Date, day: Day, toDay: DateToDay): number {
  const t = date.getTime();
  let lo = 0; // toDay(t + lo min) === day
  let hi = 1500; // toDay(t + hi min) > day
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (toDay(new Date(t + mid * 60_000)) > day) hi = mid;
    else lo = mid;
  }
  return Math.max(0, 1440 - hi);
}
