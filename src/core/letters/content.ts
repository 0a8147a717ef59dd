import type { PlannedOffer } from '../rules/types';
import type { Meeting, Settings } from '../settings/schema';
import { danishTime, longDanishDate } from './danish';
import { fromIso } from '../day';
import { standardContent } from './standards';
import { ASKS, HEADINGS, INTROS, PURPOSE, SECURE_MAIL, timeSpan, visitLength } from './wording';

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
  privacy: string;
  visitLength: string;
  /** The meeting's time and place ("tirsdag den 4. marts 2025 kl. 10.00-12.00", "Rådhuset, Vej 1"). */
  meetingWhen?: string;
  meetingPlace?: string;
}

export const PARAGRAPH_JOIN = '\n\n';

/** The noun of a meeting offer, from its form: "Informationsmøde" → "informationsmøde". */
export function meetingNoun(offer: PlannedOffer): string {
  const noun = offer.form.split(';')[0].trim();
  return noun.charAt(0).toLowerCase() + noun.slice(1);
}

/** The visit length the team set: the consultant's, else the first consultant's, else an hour. */
export function visitMinutesOf(settings: Settings, consultant: string | undefined): number {
  const named = consultant ? settings.consultants.find((c) => c.name.toLowerCase() === consultant.trim().toLowerCase()) : undefined;
  return (named ?? settings.consultants[0])?.visitMinutes ?? 60;
}

export function meetingWhen(meeting: Meeting): string {
  const end = meeting.endMinute !== undefined ? danishTime(meeting.endMinute) : undefined;
  return `${longDanishDate(fromIso(meeting.day)!)} ${timeSpan(danishTime(meeting.startMinute), end)}`;
}

export function meetingPlace(meeting: Meeting): string {
  return [meeting.place, meeting.address].map((t) => t.trim()).filter(Boolean).join(', ');
}

type Family = 'meeting' | 'fixedTime' | 'bereaved' | 'spouseMoved' | 'atRisk' | 'yearly' | 'ageVisit';

function familyOf(offer: PlannedOffer, key: string): Family {
  if (offer.booking === 'meeting') return 'meeting';
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
  const length = visitLength(visitMinutesOf(settings, input.consultant));

  const heading =
    family === 'meeting' ? HEADINGS.meeting(noun)
    : family === 'bereaved' ? HEADINGS.bereaved
    : family === 'spouseMoved' ? HEADINGS.spouseMoved
    : family === 'fixedTime' || (input.visit && offer.booking !== 'phone') ? HEADINGS.fixedTime
    : HEADINGS.visit;

  let intro: string | undefined;
  switch (family) {
    case 'meeting': intro = municipality ? INTROS.meeting(input.turns, municipality, noun, alone) : undefined; break;
    case 'fixedTime': intro = municipality ? INTROS.fixedTime(input.turns, municipality) : undefined; break;
    case 'ageVisit': intro = municipality ? INTROS.ageVisit(input.turns, municipality, alone) : undefined; break;
    case 'yearly': intro = municipality ? INTROS.yearly(municipality) : undefined; break;
    case 'atRisk': intro = INTROS.atRisk; break;
    case 'bereaved': intro = INTROS.bereaved; break;
    case 'spouseMoved': intro = INTROS.spouseMoved; break;
  }

  let ask: string | undefined;
  let when: string | undefined;
  let place: string | undefined;
  if (offer.booking === 'meeting') {
    if (input.meeting) {
      when = meetingWhen(input.meeting);
      place = meetingPlace(input.meeting);
      ask = ASKS.meeting(when, place);
    }
  } else if (input.visit) {
    ask = ASKS.visit(input.consultant?.trim() || undefined, input.visit, length);
  } else if (offer.booking === 'phone' || offer.letterIfNotReached !== undefined) {
    ask = ASKS.notReached;
  } else if (offer.booking !== 'fixedTime') {
    ask = ASKS.book(length);
  }

  const standard = standardContent(input.profileId);
  const homeVisit = offer.booking !== 'meeting';
  return {
    heading,
    intro,
    offerText: (offer.letterText ?? []).join(PARAGRAPH_JOIN),
    ask,
    purpose: family === 'meeting' || family === 'bereaved' || family === 'spouseMoved' ? '' : PURPOSE,
    standard: standard.paragraphs.filter((p) => (homeVisit || !p.homeVisitOnly) && !(family === 'bereaved' && p.notWhenBereaved)).map((p) => p.text).join(PARAGRAPH_JOIN),
    secureMail: standard.secureMessage ?? SECURE_MAIL,
    privacy: settings.privacyText.trim(),
    visitLength: length,
    meetingWhen: when,
    meetingPlace: place,
  };
}
