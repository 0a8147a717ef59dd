import type { PlannedOffer } from '../rules/types';
import type { Meeting, Settings } from '../settings/schema';
import { danishPhone, danishTime, longDanishDate } from './danish';
import { type Day, fromIso } from '../day';
import { standardContent } from './standards';
import { privacyNotice } from './privacy';
import { ASKS, FOLLOW_UP, HEADINGS, INTROS, PARAGRAPH_JOIN, PURPOSE, SECURE_MAIL, timeSpan, visitLength, visitNoun } from './wording';
import { FOLLOW_UP_CODE } from '../follow-up/offer';
import { inSentence } from '../text/in-sentence';

export { PARAGRAPH_JOIN };

/**
 * A letter's text as data: the heading, the introduction, the offer's own paragraphs, the ask, the
 * purpose, the municipality's standard content and the data-protection paragraph, chosen by the offer's
 * template and booking. The default templates name these as fields ({{Overskrift}}, {{Indledning}} …),
 * so Google Docs and Word letters say the same. A paragraph break inside a value is "\n\n"; an empty
 * value means "no paragraph" (the merge drops a paragraph that held only empty fields).
 *
 * The offer's `note` is for the consultants and is never used here.
 */

export interface LetterContentInput {
  offer: PlannedOffer;
  /** The age the citizen reaches in the planning year. */
  turns: number;
  profileId: string;
  settings: Settings;
  /** A booked visit, as the letter writes it: "tirsdag den 4. marts 2025 kl. 10.00". */
  visit?: string;
  consultant?: string;
  /** The meeting the citizen is invited to (meeting offers). */
  meeting?: Meeting;
  /** The letter's date (the legal basis in the data-protection notice is the one in force that day). */
  today: Day;
  /** Who asked us to offer a visit (the row's «Henvendelse fra»), for an offer after a referral. */
  referrer?: string;
}

export interface LetterContent {
  heading: string;
  /** Undefined when the municipality's name is missing (the merge reports it). */
  intro?: string;
  /** The profile's citizen text for this offer; '' when it has none. */
  offerText: string;
  /** Undefined when the ask needs a time or a place the row does not have (the merge reports it). */
  ask?: string;
  purpose: string;
  standard: string;
  secureMail: string;
  /** Undefined when a setting the notice needs is empty (the merge reports it). */
  privacy?: string;
  visitLength: string;
  /** The meeting's time and place ("tirsdag den 4. marts 2025 kl. 10.00-12.00", "Rådhuset, Vej 1"). */
  meetingWhen?: string;
  meetingPlace?: string;
}

/** The noun of a meeting offer, from its form: "Informationsmøde" → "informationsmøde". */
export function meetingNoun(offer: PlannedOffer): string {
  const noun = offer.form.split(';')[0].trim();
  return noun.charAt(0).toLowerCase() + noun.slice(1);
}

function consultantNamed(settings: Settings, consultant: string | undefined) {
  return consultant ? settings.consultants.find((c) => c.name.toLowerCase() === consultant.trim().toLowerCase()) : undefined;
}

/** The visit length the team set: the consultant's, else the first consultant's, else an hour. */
export function visitMinutesOf(settings: Settings, consultant: string | undefined): number {
  return (consultantNamed(settings, consultant) ?? settings.consultants[0])?.visitMinutes ?? 60;
}

/** The visiting consultant's own phone, when the letter is signed by someone else (the citizen should reach the visitor). */
function visitorPhone(settings: Settings, consultant: string | undefined): string | undefined {
  const named = consultantNamed(settings, consultant);
  if (!named?.phone.trim() || settings.signature.toLowerCase().includes(named.name.toLowerCase())) return undefined;
  return danishPhone(named.phone);
}

export function meetingWhen(meeting: Meeting): string {
  const end = meeting.endMinute !== undefined ? danishTime(meeting.endMinute) : undefined;
  return `${longDanishDate(fromIso(meeting.day)!)} ${timeSpan(danishTime(meeting.startMinute), end)}`;
}

export function meetingPlace(meeting: Meeting): string {
  return [meeting.place, meeting.address].map(inSentence).filter(Boolean).join(', ');
}

type Family = 'meeting' | 'followUp' | 'fixedTime' | 'bereaved' | 'spouseMoved' | 'atRisk' | 'yearly' | 'ageVisit';

function familyOf(offer: PlannedOffer, key: string): Family {
  if (offer.booking === 'meeting') return 'meeting';
  if (key === FOLLOW_UP_CODE) return 'followUp';
  if (key === 'EFTERLADT') return 'bereaved';
  if (key === 'AEGTEFAELLE_FLYTTET') return 'spouseMoved';
  if (offer.booking === 'fixedTime') return 'fixedTime';
  if (key === 'RISIKO' || offer.booking === 'asNeeded') return 'atRisk';
  if (key === 'ALDER_82') return 'yearly';
  return 'ageVisit';
}

export function letterContent(input: LetterContentInput): LetterContent {
  const { offer, settings } = input;
  const key = offer.letterIfNotReached ?? offer.template;
  const family = familyOf(offer, key);
  const municipality = settings.municipality.trim();
  const alone = key === 'ALENE_70';
  const noun = meetingNoun(offer);
  const visit = visitNoun(`${offer.form} ${offer.label}`);
  const length = visitLength(visitMinutesOf(settings, input.consultant));
  const referrer = inSentence(input.referrer ?? '') || undefined;

  const heading =
    family === 'meeting' ? HEADINGS.meeting(noun)
    : family === 'followUp' ? FOLLOW_UP.heading
    : family === 'fixedTime' || (input.visit && offer.booking !== 'phone') ? HEADINGS.fixedTime
    : HEADINGS.offer(family === 'bereaved' ? visit.short : visit.name);

  let when: string | undefined;
  let place: string | undefined;
  if (offer.booking === 'meeting' && input.meeting) {
    when = meetingWhen(input.meeting);
    place = meetingPlace(input.meeting);
  }

  let intro: string | undefined;
  switch (family) {
    case 'meeting':
      intro = municipality ? [INTROS.meeting(input.turns, municipality, noun, alone), ...(when && place ? [INTROS.meetingWhen(when, place)] : [])].join(PARAGRAPH_JOIN) : undefined;
      break;
    // The visit paragraph says it is at home («kommer hjem til dig»): the intro offers the visit, as an age visit's does.
    case 'fixedTime': intro = municipality ? INTROS.ageVisit(input.turns, municipality, false, visit) : undefined; break;
    case 'ageVisit': intro = municipality ? INTROS.ageVisit(input.turns, municipality, alone, visit) : undefined; break;
    case 'yearly': intro = municipality ? INTROS.yearly(municipality, visit) : undefined; break;
    case 'followUp': intro = municipality ? FOLLOW_UP.intro(municipality) : undefined; break;
    case 'atRisk': intro = INTROS.atRisk(referrer, visit); break;
    case 'bereaved': intro = INTROS.bereaved(visit); break;
    case 'spouseMoved': intro = INTROS.spouseMoved(visit); break;
  }

  let ask: string | undefined;
  if (offer.booking === 'meeting') {
    if (input.meeting) ask = ASKS.meeting(offer.letterAlternative);
  } else if (input.visit) {
    const consultant = input.consultant?.trim() || undefined;
    ask = ASKS.visit({
      consultant, when: input.visit, length, noun: visit, municipality: municipality || 'kommunen',
      consultantPhone: visitorPhone(settings, consultant),
    });
  } else if (offer.booking === 'phone' || offer.letterIfNotReached !== undefined) {
    ask = ASKS.notReached(visit);
  } else if (offer.booking !== 'fixedTime' || family === 'followUp') {
    // A follow-up not yet given a time asks the citizen to book one (the scheduler may give it one first).
    ask = ASKS.book(length, visit);
  }

  const standard = standardContent(input.profileId);
  const homeVisit = offer.booking !== 'meeting';
  const keep = (p: { homeVisitOnly?: boolean; notWhenBereaved?: boolean; notWhenSpouseMoved?: boolean }) =>
    (homeVisit || !p.homeVisitOnly) && !(family === 'bereaved' && p.notWhenBereaved) && !(family === 'spouseMoved' && p.notWhenSpouseMoved);
  return {
    heading,
    intro,
    offerText: (offer.letterText ?? []).join(PARAGRAPH_JOIN),
    ask,
    purpose: family === 'meeting' || family === 'bereaved' || family === 'spouseMoved' || family === 'followUp' ? '' : PURPOSE,
    standard: standard.paragraphs.filter(keep).map((p) => p.text).join(PARAGRAPH_JOIN),
    secureMail: standard.secureMessage ?? SECURE_MAIL,
    privacy: privacyNotice({ offer, settings, today: input.today, referrer }),
    visitLength: length,
    meetingWhen: when,
    meetingPlace: place,
  };
}
