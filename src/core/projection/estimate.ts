import type { Booking, Profile } from '../profiles/schema';
import type { Assumptions, Figure } from './assumptions';
import type { OfferTally, PlannedYear } from './population';
import * as text from './text';

/**
 * What a profile's plan for the year costs, per offer code: letters, calls, meeting seats and meetings,
 * expected visits (citizens × acceptance) and consultant hours (visits × (visit + overhead)), month by
 * month; then the totals against the team's capacity. Fractions are kept: rounding is for display.
 */
export interface OfferEstimate {
  readonly code: string;
  readonly title: string;
  readonly kind: OfferTally['kind'];
  /** Citizens the plan gives the offer (exactly the planner's count). */
  readonly citizens: number;
  /** An event offer's citizens a year at this municipality's rate (Historik), beyond the known events. */
  readonly eventRate?: Figure;
  readonly letters: number;
  readonly calls: number;
  readonly seats: number;
  readonly meetings: number;
  readonly acceptance?: Figure;
  readonly visits: number;
  readonly hours: number;
  /** Hours by month (0 = January), and the source of that spread. */
  readonly months: readonly number[];
  readonly monthSource?: string;
}

export interface Capacity {
  readonly hours: number;
  readonly utilisation: number;
  /** The month with the most hours (0 = January), and its share of a month's capacity. */
  readonly peakMonth: number;
  readonly peakUtilisation: number;
}

export interface ProfileEstimate {
  readonly profile: Profile;
  readonly offers: readonly OfferEstimate[];
  readonly total: {
    readonly citizens: number;
    readonly letters: number;
    readonly calls: number;
    readonly seats: number;
    readonly meetings: number;
    readonly visits: number;
    readonly hours: number;
    readonly months: readonly number[];
  };
  /** Undefined when the settings name no consultants: hours are shown, capacity is not. */
  readonly capacity?: Capacity;
  readonly planned: number;
  readonly ended: number;
  readonly errors: number;
}

const EVEN = new Array<number>(12).fill(1 / 12);

export function estimate(year: PlannedYear, a: Assumptions): ProfileEstimate {
  const minutesPerVisit = a.visitMinutes.value + a.overheadMinutes.value;
  const offers = [...year.tallies.values()].map((tally) => offerEstimate(tally, year.profile, a, minutesPerVisit));
  const months = new Array<number>(12).fill(0);
  for (const o of offers) o.months.forEach((h, i) => (months[i] += h));
  const sum = (key: 'letters' | 'calls' | 'seats' | 'visits' | 'hours') => offers.reduce((s, o) => s + o[key], 0);
  const seats = sum('seats');
  const total = {
    citizens: year.reached, letters: sum('letters'), calls: sum('calls'), seats,
    meetings: Math.ceil(seats / a.meetingCapacity.value), visits: sum('visits'), hours: sum('hours'), months,
  };
  return { profile: year.profile, offers, total, capacity: capacityOf(total.hours, months, a), planned: year.planned, ended: year.ended, errors: year.errors };
}

function offerEstimate(tally: OfferTally, profile: Profile, a: Assumptions, minutesPerVisit: number): OfferEstimate {
  const base = { code: tally.code, title: tally.title, kind: tally.kind, citizens: tally.citizens };
  if (tally.kind === 'exempt' || tally.kind === 'none') {
    return { ...base, letters: 0, calls: 0, seats: 0, meetings: 0, visits: 0, hours: 0, months: new Array<number>(12).fill(0) };
  }
  const byBooking: [Booking, number][] = Object.entries(tally.byBooking) as [Booking, number][];
  const primary = primaryBooking(profile, tally.code);
  const practice = a.practice.byCode.get(tally.code);
  let eventRate: Figure | undefined;
  if (tally.kind === 'event' && practice && a.practice.years.length) {
    eventRate = { value: practice.reached / a.practice.years.length, source: text.FROM_HISTORY_RATE(practice.reached, a.practice.years) };
    byBooking.push([primary, eventRate.value]);
  }
  let letters = 0;
  let calls = 0;
  let seats = 0;
  let visits = 0;
  for (const [booking, n] of byBooking) {
    const accept = a.acceptance(tally.code, booking).value;
    if (booking === 'phone') calls += n;
    else letters += n;
    if (booking === 'meeting') seats += n * accept;
    else visits += n * accept;
  }
  const hours = (visits * minutesPerVisit) / 60;
  const sent = practice?.months.reduce((s, n) => s + n, 0) ?? 0;
  // Age offers go out in the months the team sends them; events happen through the year.
  const fromHistory = tally.kind === 'age' && sent > 0;
  const weights = fromHistory ? practice!.months.map((n) => n / sent) : EVEN;
  return {
    ...base, eventRate, letters, calls, seats, meetings: Math.ceil(seats / a.meetingCapacity.value),
    acceptance: a.acceptance(tally.code, primary), visits, hours,
    months: weights.map((w) => w * hours),
    monthSource: fromHistory ? text.FROM_HISTORY_MONTHS(sent, a.practice.years) : tally.kind === 'event' ? text.EVENTS_EVEN : text.NO_HISTORY_EVEN,
  };
}

/** How an offer is mainly booked: an age rule's offer, an event rule's first contact. */
function primaryBooking(profile: Profile, code: string): Booking {
  const rule = profile.rules.find((r) => r.code === code);
  if (!rule) return 'citizenBooks';
  return rule.kind === 'age' ? rule.offer.booking : rule.contacts[0].booking;
}

function capacityOf(hours: number, months: readonly number[], a: Assumptions): Capacity | undefined {
  if (a.consultants === 0) return undefined;
  const yearly = a.consultants * a.weeklyHours.value * a.workingWeeks.value;
  const peakMonth = months.reduce((best, h, i) => (h > months[best] ? i : best), 0);
  return { hours: yearly, utilisation: hours / yearly, peakMonth, peakUtilisation: months[peakMonth] / (yearly / 12) };
}
