/**
 * The sample's visit records (`examples/besoeg.csv`): last year's and this year's held contacts for a share
 * of the sample citizens, each row as «Registrér besøget» writes the Google sheet's Besøg (newVisitRow). The
 * row names the citizen by Nøgle, the key fhb gives the citizen's row (citizenKey), so a row keyed by name
 * and birth date and a CPR-only row are matched alike and no CPR number is in the file; Navn is there as
 * the Google sheet has it. Codes, counts and dates only (SPEC §4): the offer, the form, minutes, the
 * profile's theme and referral codes, a chair-stand count with its stored reading, follow-up dates. One
 * difference from the sidebar: Køn is on every row of a citizen without a CPR number (the form asks it only
 * with a test), as a team keeping the file by hand may write it, so the report's AED10A counts by sex.
 *
 * Who was visited follows the rules: last year's contact is for the offer the citizen had last year; this
 * year's (before the reference date) come after an Inviteret, at a follow-up's day, or as a drop-in, and
 * are the row's Gennemført, as the sidebar writes both. A follow-up set last autumn is due on the reference
 * date unless it was held; one set this year is still ahead.
 */
import { citizenKey } from '../src/core/citizens/key';
import { parseDay } from '../src/core/coerce/values';
import { type Day, addDays, addMonths, addWeeks, ageOn, dayFromYmd, dayToUtcDate, firstDayOfYear, isoWeekday, yearOf } from '../src/core/day';
import type { Profile } from '../src/core/profiles/schema';
import { visitVocabulary } from '../src/core/profiles/visit-terms';
import { CODE_EXEMPT, CODE_NONE, type PlannedOffer } from '../src/core/rules/types';
import { findColumns } from '../src/core/sheet/columns';
import { citizenBirth } from '../src/core/sidebar/citizen-view';
import { citizenSex } from '../src/core/sidebar/visit-form-view';
import { CHAIR_STAND_NORMS, type Sex } from '../src/core/visit-record/chair-stand/norms';
import { chairStandReading } from '../src/core/visit-record/chair-stand/reading';
import { type VisitForm } from '../src/core/visit-record/forms';
import { type NewVisit, newVisitId, newVisitRow } from '../src/core/visit-record/new-row';
import { fileDateToDay, planTable } from '../src/offline/plan-table';
import { type Gen, gen } from './sample-random';

export interface SampleVisitOptions {
  seed: number;
  asOf: Day;
  profile: Profile;
  /** The consultants of the sample's settings, who hold the visits. */
  consultants: readonly string[];
  /** A citizen's sex when the row has no CPR number to read it from (the test's norms need it). */
  sexOf: (index: number) => Sex | undefined;
}

export interface SampleVisits {
  /** The visit file's data rows as text, in VISIT_HEADERS order, oldest contact first. */
  rows: string[][];
  /** The citizens (by index) whose contact this year is their Gennemført in the citizen file. */
  done: Map<number, Day>;
}

/** Seeded apart from the citizens, so adding visits leaves every citizen's own draws as they were. */
const VISIT_SEED = 0x7e5b;
/** Chances: a visit last year (given last year's offer); this year after an Inviteret; at a follow-up due;
 * a drop-in of a citizen no offer reaches this year. */
const LAST_YEAR_SHARE = 0.45;
const AFTER_INVITATION_SHARE = 0.6;
const FOLLOW_UP_HELD_SHARE = 0.4;
const DROP_IN_SHARE = 0.06;

/** The visit file's rows for `cells` (the citizen file's data rows under `headers`). */
export function sampleVisits(headers: readonly string[], cells: readonly (readonly string[])[], options: SampleVisitOptions): SampleVisits {
  const g = gen(options.seed ^ VISIT_SEED);
  const { asOf, profile } = options;
  const year = yearOf(asOf);
  const table = { headers: [...headers], rows: cells.map((c, i) => ({ row: i + 2, cells: [...c] })) };
  const plans = (on: Day) => new Map(planTable(table, on, profile).planned.map((p) => [p.row - 2, p.plan]));
  const thisYear = plans(asOf);
  const lastYear = plans(addMonths(asOf, -12));
  const columns = findColumns(headers);
  const terms = visitVocabulary(profile);
  const contacts: NewVisit[] = [];
  const done = new Map<number, Day>();

  cells.forEach((values, index) => {
    const plan = thisYear.get(index);
    if (!plan || plan.code === CODE_EXEMPT) return; // a bad row, or a citizen no offer reaches
    const row = { columns, values };
    const cell = (column: number | undefined) => (column === undefined ? '' : values[column] ?? '');
    const knownSex = citizenSex(row);
    const sex = knownSex ?? options.sexOf(index);
    const birth = citizenBirth(row, fileDateToDay);
    const who = { key: citizenKey(row), name: cell(columns.name) };
    let lastTest: { count: number; day: Day } | undefined;
    const contact = (day: Day, offer: Pick<PlannedOffer, 'code' | 'booking' | 'event'>, form = formOf(offer)) => {
      const v: NewVisit = {
        ...who, day, form,
        id: newVisitId(dayToUtcDate(day).getTime() + g.int(8 * 60, 15 * 60) * 60_000, g.next),
        consultant: g.pick(options.consultants),
        offerCode: offer.code,
        minutes: form === 'home' ? 5 * g.int(9, 18) : form === 'meeting' ? 120 : 5 * g.int(2, 8),
        themes: themesOf(g, terms.themes.map((t) => t.id), form),
        referrals: form !== 'meeting' && g.chance(0.35) ? [g.pick(terms.referrals).id] : [],
        // Without a CPR number the file says the sex (the report's AED10A counts by it, the norms read by it).
        sex: knownSex ? undefined : sex,
      };
      const age = ageOn(birth, day);
      const band = CHAIR_STAND_NORMS.bands.find((b) => age >= b.from && age <= b.to);
      if (form === 'home' && sex && band && g.chance(0.5)) {
        const [low, high] = band[sex];
        v.chairStand = Math.max(2, g.int(low - 4, high + 2));
        v.reading = chairStandReading({ count: v.chairStand, birth, sex, testDay: day, previous: lastTest }).text;
        lastTest = { count: v.chairStand, day };
      }
      contacts.push(v);
      return v;
    };

    // Last year: the offer the citizen had then, inside its period.
    let dueFollowUp: Day | undefined;
    const before = lastYear.get(index)?.offers[0];
    const heldLastYear = dayIn(cell(columns.done), year - 1, asOf);
    if (before && (heldLastYear !== undefined || g.chance(LAST_YEAR_SHARE))) {
      const day = heldLastYear ?? weekdayBetween(g, maxDay(before.from, dayFromYmd(year - 1, 1, 6)), minDay(before.to, dayFromYmd(year - 1, 12, 19)));
      if (day !== undefined) {
        const visit = contact(day, before);
        if (visit.form === 'home' && day >= dayFromYmd(year - 1, 9, 1) && g.chance(0.4)) {
          // Agreed after professional judgement: due again this winter or spring.
          visit.followUp = weekday(addWeeks(day, g.int(12, 22)));
          if (visit.followUp < asOf) dueFollowUp = visit.followUp;
        } else if (visit.form === 'home' && g.chance(0.15)) {
          // A follow-up already held, by phone on its day: made, and closed.
          visit.followUp = weekday(addWeeks(day, g.int(6, 10)));
          if (yearOf(visit.followUp) < year) contact(visit.followUp, before, 'phone');
          else visit.followUp = undefined;
        }
      }
    }

    // This year, before the reference date: the Gennemført the row has, a follow-up held, a visit after the
    // invitation, or a drop-in; each is the row's Gennemført, as the sidebar writes it.
    const offer = plan.offers[0] ?? { code: plan.code, booking: 'asNeeded' as const };
    const recorded = dayIn(cell(columns.done), year, asOf);
    const invited = dayIn(cell(columns.invited), year, asOf);
    const free = !cell(columns.visit) && !cell(columns.declined) && !cell(columns.calls);
    let day: Day | undefined = recorded;
    if (day === undefined && free && dueFollowUp !== undefined && g.chance(FOLLOW_UP_HELD_SHARE)) day = weekdayBetween(g, dueFollowUp, addDays(asOf, -1));
    if (day === undefined && free && invited !== undefined && g.chance(AFTER_INVITATION_SHARE)) day = weekdayBetween(g, addDays(invited, 10), addDays(asOf, -1));
    let form: VisitForm = 'home';
    // The offer as «Registrér besøget» names it: the first of the row's codes.
    let code = plan.code.split('+')[0];
    if (day === undefined && plan.code === CODE_NONE && plan.turns >= 65 && g.chance(DROP_IN_SHARE)) {
      // Åben rådgivning: a contact of the citizen's own asking, tied to no offer.
      day = weekdayBetween(g, firstDayOfYear(year), addDays(asOf, -1));
      [form, code] = ['dropIn', ''];
    }
    if (day === undefined) return;
    const visit = contact(day, { ...offer, code }, form);
    if (form === 'home' && g.chance(0.3)) visit.followUp = weekday(addWeeks(day, g.int(10, 26)));
    done.set(index, day);
  });

  const ordered = contacts.map((v, i) => ({ v, i })).sort((a, b) => a.v.day - b.v.day || a.i - b.i);
  return { rows: ordered.map(({ v }) => newVisitRow(v).map(String)), done };
}

/** The contact form an offer is held in: a meeting, a phone call (a grief talk after a death), or a home visit. */
function formOf(offer: Pick<PlannedOffer, 'booking' | 'event'>): VisitForm {
  if (offer.booking === 'meeting') return 'meeting';
  if (offer.booking === 'phone') return offer.event?.kind === 'spouseDied' ? 'griefTalk' : 'phone';
  return 'home';
}

/** The grief theme of the sample's profile: for a grief talk, never drawn for anyone else. */
const GRIEF_THEME = 'sorg';

/** One to three of the profile's themes; a grief talk is about grief (when the profile has the theme). */
function themesOf(g: Gen, ids: readonly string[], form: VisitForm): string[] {
  if (form === 'griefTalk' && ids.includes(GRIEF_THEME)) return [GRIEF_THEME];
  const others = ids.filter((id) => id !== GRIEF_THEME);
  const out = new Set<string>();
  const n = form === 'home' ? g.int(1, 3) : 1;
  while (out.size < Math.min(n, others.length)) out.add(g.pick(others));
  return [...out];
}

/** A cell's day when it falls in `year` before `asOf` (a team record as typed); else undefined. */
function dayIn(value: string, year: number, asOf: Day): Day | undefined {
  try {
    const day = parseDay(value, '', fileDateToDay);
    return day !== undefined && yearOf(day) === year && day < asOf ? day : undefined;
  } catch {
    return undefined;
  }
}

/** A working day from `from` to `to`, or undefined when there is none. */
function weekdayBetween(g: Gen, from: Day, to: Day): Day | undefined {
  if (to < from) return undefined;
  const day = weekday(addDays(from, g.int(0, to - from)));
  return day <= to ? day : undefined;
}

/** The day, or the Monday after when it falls in a weekend. */
function weekday(day: Day): Day {
  const w = isoWeekday(day);
  return w > 5 ? addDays(day, 8 - w) : day;
}

const minDay = (a: Day, b: Day) => (a < b ? a : b);
const maxDay = (a: Day, b: Day) => (a > b ? a : b);
