import { type Day, addWeeks, toDanish } from '../day';
import { legalBasisOn } from '../profiles/law';
import type { Profile } from '../profiles/schema';
import type { Plan, PlannedOffer } from '../rules/types';
import { openFollowUpDay } from '../status/follow-up';
import type { TeamRecords } from '../status/status';

/**
 * A follow-up as due work: once its day has come, the row's plan leads with a follow-up offer, so the
 * merge (template OPFOLGNING), «Planlæg besøg» (a fixed-time visit from the follow-up day), the call list
 * and the sidebar treat it as they treat the year's offers. The code is not FHB_PLAN's (the pinned codes
 * stay as they are): the Status column shows the follow-up as its own status, Opfølgning.
 */
export const FOLLOW_UP_CODE = 'OPFOLGNING';

/** How long after its day (or today, when later) the scheduler may place the follow-up visit. */
const BOOKING_WEEKS = 8;

export const FOLLOW_UP_TEXT = {
  title: 'Opfølgning',
  label: 'Opfølgning efter besøget',
  form: 'Hjemmebesøg',
  channel: 'Telefon eller brev',
  reason: (day: Day) => `Opfølgning aftalt ved besøget til ${toDanish(day)}.`,
};

/**
 * The follow-up is part of the preventive visit under the municipality's standard, so it rests on the
 * profile's own legal basis (dated as on `asOf`, like every offer's); that it was agreed at the visit after a
 * professional assessment is its reason, and the letter says it (privacy.ts).
 */
export function followUpOffer(day: Day, asOf: Day, profile: Pick<Profile, 'legalBasis'>): PlannedOffer {
  return {
    code: FOLLOW_UP_CODE,
    title: FOLLOW_UP_TEXT.title,
    label: FOLLOW_UP_TEXT.label,
    form: FOLLOW_UP_TEXT.form,
    channel: FOLLOW_UP_TEXT.channel,
    booking: 'fixedTime',
    template: FOLLOW_UP_CODE,
    from: day,
    to: addWeeks(day > asOf ? day : asOf, BOOKING_WEEKS),
    legalBasis: legalBasisOn(profile.legalBasis, asOf),
    reason: FOLLOW_UP_TEXT.reason(day),
    source: { document: '', lines: '' },
  };
}

/** The plan with the follow-up offer first when an open follow-up's day has come on `asOf`; else the plan. */
export function withFollowUp(plan: Plan, records: TeamRecords, asOf: Day, profile: Pick<Profile, 'legalBasis'>): Plan {
  const day = openFollowUpDay(records);
  if (day === undefined || asOf < day) return plan;
  return { ...plan, offers: [followUpOffer(day, asOf, profile), ...plan.offers] };
}

/** Whether an offer is the follow-up's. */
export function isFollowUp(offer: PlannedOffer | undefined): boolean {
  return offer?.code === FOLLOW_UP_CODE;
}
