import { Day } from '../day';
import { isFollowUp } from '../follow-up/offer';
import { ALREADY_DATED, CITES_79A, SEL_79A_REPEALED } from '../profiles/law';
import { joinAnd } from '../rules/text';
import type { PlannedOffer } from '../rules/types';
import type { Settings } from '../settings/schema';
import { inSentence } from '../text/in-sentence';
import { PARAGRAPH_JOIN } from './wording';

/**
 * The data-protection notice at the foot of every letter. The citizen's data come from registers and
 * from others, never from the citizen, so every first letter is a notice under GDPR art. 14: who is
 * the controller and how to reach the DPO, what the data are used for and on what legal basis, where
 * the data come from (for this offer only), who else holds them, how long they are kept, the rights
 * (the right to object stated on its own, art. 21(4)) and the complaint to Datatilsynet. The team's
 * own facts (controller, DPO, legal basis, recipients, link, retention) are settings; the sources and
 * the legal basis follow the offer and the letter's date. A team may write its own text instead.
 */

export interface PrivacyInput {
  offer: PlannedOffer;
  settings: Settings;
  /** The letter's date: the legal basis is the one in force that day. */
  today: Day;
  /** Who asked us to offer a visit (the row's «Henvendelse fra»), when the team writes it. */
  referrer?: string;
}

/**
 * The text the settings held before the notice was made of settings: it named CPR as the source of a samlever.
 * The notice knows it by `isLegacyPrivacyText`, so its 448 characters stay out of the Apps Script bundle (issue 26).
 */
export const LEGACY_PRIVACY_TEXT =
  'Sådan behandler vi dine personoplysninger: Vi bruger oplysninger fra CPR-registeret (dit navn, din adresse, din alder og, hvis det er aktuelt, at din ægtefælle eller samlever er død eller flyttet) til at tilbyde dig forebyggende hjemmebesøg. Oplysningerne bruges ikke til andet, og vi gemmer kun det, der er nødvendigt. Du har ret til at se de oplysninger, vi har om dig, og til at få forkerte oplysninger rettet. Kontakt os, hvis du vil vide mere.';

/** Whether a team's text is the old default to the character: its FNV-1a hash (a team's edit changes it). */
export function isLegacyPrivacyText(text: string): boolean {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0 === 474741976;
}

export const PRIVACY = {
  heading: 'Sådan behandler vi dine personoplysninger',
  controller: (controller: string, dpo: string) =>
    `Den dataansvarlige for oplysningerne om dig er ${controller}. Du kan kontakte kommunens databeskyttelsesrådgiver: ${dpo}.`,
  purpose:
    'Vi bruger oplysningerne til at give dig dette tilbud og planlægge det, og til kommunens opgørelser over tilbuddet, hvor du ikke kan genkendes.',
  /** The registers (CPR) and, for a referral, the person who asked us. */
  sources: {
    cpr: 'Dit navn, din adresse og din fødselsdato har vi fra CPR-registeret.',
    livesAlone: 'At du bor alene, ser vi også i CPR-registeret: der er ikke andre tilmeldt din adresse.',
    spouseDied: 'At din ægtefælle er død, har vi også fra CPR-registeret.',
    spouseMoved: 'At din ægtefælle er flyttet på ældrecenter, ser vi i CPR-registeret og i kommunens egne oplysninger om plejeboliger.',
    referral: (referrer: string | undefined) =>
      `At du kan have gavn af et besøg, har vi fra den, der har henvendt sig til os om dig${referrer ? ` (${referrer})` : ', fx din læge, en pårørende eller hospitalet'}.`,
  },
  legalBasis: (national: string) =>
    `Vi må behandle oplysningerne, fordi det er en opgave, kommunen udfører som myndighed (databeskyttelsesforordningens artikel 6, stk. 1, litra e). Tilbuddet bygger på ${national}.`,
  healthData: 'Oplysninger om dit helbred i henvendelsen behandler vi efter artikel 9, stk. 2, litra h (forebyggelse og omsorg).',
  /** The legal basis from 1 July 2025, when § 79 a no longer applies. */
  ownDecision: 'kommunalbestyrelsens beslutning om forebyggende hjemmebesøg, med ældrelovens § 4 som generel ramme',
  localDecision: (basis: string) => `${basis}, som kommunalbestyrelsen har vedtaget`,
  /** A basis that names neither a law nor the municipality's standard ("Lokal beslutning"): said, not quoted. */
  unnamedDecision: 'kommunalbestyrelsens egen beslutning',
  /**
   * A follow-up rests on the visit it follows, under the same standard: Glostrup's standard gives the visits
   * after the first "efter faglig vurdering" (seeds/000_…, lines 262, 266-268 and 272; line 168: "ud fra en
   * individuel faglig vurdering").
   */
  followUp: 'Opfølgningen er en del af det forebyggende hjemmebesøg. Vi aftalte den ved besøget efter en faglig vurdering.',
  recipients:
    'Oplysningerne ligger i kommunens Google Workspace (regneark og breve). Google er kommunens databehandler: Google opbevarer oplysningerne for kommunen og må kun bruge dem efter kommunens anvisning. Andre får dem ikke, medmindre loven kræver det.',
  retention: (months: number) =>
    `Vi gemmer oplysningerne, så længe du kan få tilbuddet. Flytter du fra kommunen, eller ophører tilbuddet af en anden grund, sletter vi dem ${months} måneder efter. Tal, hvor du ikke kan genkendes, bliver i kommunens statistik.`,
  rights:
    'Du har ret til at se oplysningerne, få forkerte oplysninger rettet og i visse tilfælde få dem slettet eller få behandlingen begrænset.',
  objection:
    'Du har ret til at gøre indsigelse mod, at vi behandler oplysningerne om dig (databeskyttelsesforordningens artikel 21). Kontakt os, hvis du vil gøre indsigelse.',
  complaint: 'Du kan klage over vores behandling af dine oplysninger til Datatilsynet (datatilsynet.dk).',
  readMore: (link: string) => `Læs mere om, hvordan kommunen behandler personoplysninger, på ${link}.`,
  /** The short version: the first layer, with the rest behind the link. */
  shortRest: (link: string) =>
    `Læs om formål, retsgrundlag, opbevaring, dine øvrige rettigheder og klage til Datatilsynet på ${link}.`,
};

/** A part of a basis that cites a law: a section sign or a law's name ("ældreloven § 4", "Lov om social service"). */
const STATUTE = /§|\blov\b|loven\b/i;
/** A part that names the municipality's own standard or decision ("Glostrup Kommunes kvalitetsstandard 2025"). */
const MUNICIPAL = /kommune|standard/i;

/**
 * What the offer rests on, as in force on the letter's date, to stand after "Tilbuddet bygger på": § 79 a
 * never after its repeal; the parts of a «;»-joined basis joined with "og", laws first, then the
 * municipality's standard "som kommunalbestyrelsen har vedtaget"; a part typed as a sentence loses its full
 * stop; a part that names neither a law nor a standard (a note such as "Lokal beslutning") is not quoted.
 */
export function nationalRule(basis: string, day: Day): string {
  if (CITES_79A.test(basis) && (day >= SEL_79A_REPEALED || ALREADY_DATED.test(basis))) return PRIVACY.ownDecision;
  // An empty part names neither, and goes.
  const parts = basis.split(';').map(inSentence);
  const laws = parts.filter((p) => STATUTE.test(p)).map(lawInSentence);
  const local = parts.filter((p) => !STATUTE.test(p) && MUNICIPAL.test(p)).map(withoutLocalMark);
  return local.length ? PRIVACY.localDecision(joinAnd([...laws, ...local])) : laws.length ? joinAnd(laws) : PRIVACY.unnamedDecision;
}

/** A law's name as Danish writes it inside a sentence: "lov om social service" (SEL written out). */
function lawInSentence(part: string): string {
  return part.replace(/\bSEL\b/g, 'lov om social service').replace(/^Lov om /, 'lov om ');
}

/** The part without its "(lokalt tilbud)" and the spaces before it (a pattern with a leading `\s*` would rescan each run of spaces). */
const withoutLocalMark = (part: string) => inSentence(part.replace(/\(lokalt tilbud\)/i, ''));

/** The sources of this offer's data, and only those. */
export function privacySources(offer: PlannedOffer, referrer: string | undefined): string[] {
  const out = [PRIVACY.sources.cpr];
  if (offer.code === 'ALENE_70') out.push(PRIVACY.sources.livesAlone);
  if (offer.event?.kind === 'spouseDied') out.push(PRIVACY.sources.spouseDied);
  if (offer.event?.kind === 'spouseMoved') out.push(PRIVACY.sources.spouseMoved);
  if (isReferral(offer)) out.push(PRIVACY.sources.referral(referrer));
  return out;
}

export const isReferral = (offer: PlannedOffer) => offer.code === 'RISIKO' || offer.booking === 'asNeeded';

/**
 * The notice as letter paragraphs ("\n\n" between them), or undefined when a setting it needs is empty:
 * the DPO's contact, and for the short version the link (the merge reports the missing setting).
 */
export function privacyNotice(input: PrivacyInput): string | undefined {
  const s = input.settings;
  const own = s.privacyText.trim();
  if (own && !isLegacyPrivacyText(own)) return own;
  const dpo = s.privacyDpo.trim();
  const link = s.privacyLink.trim();
  const controller = s.privacyController.trim() || [s.municipality, s.address, s.postcodeCity].map((t) => t.trim()).filter(Boolean).join(', ');
  if (!dpo || !controller || (s.privacyShort && !link)) return undefined;
  const sources = privacySources(input.offer, input.referrer?.trim() || undefined);
  if (s.privacyShort) {
    return [
      `${PRIVACY.heading}: ${PRIVACY.controller(controller, dpo)} ${sources.join(' ')}`,
      PRIVACY.objection,
      PRIVACY.shortRest(link),
    ].join(PARAGRAPH_JOIN);
  }
  const national = inSentence(s.privacyLegalBasis) || nationalRule(input.offer.legalBasis, input.today);
  return [
    `${PRIVACY.heading}: ${PRIVACY.controller(controller, dpo)}`,
    `${PRIVACY.purpose} ${sources.join(' ')}`,
    [
      PRIVACY.legalBasis(national),
      ...(isFollowUp(input.offer) ? [PRIVACY.followUp] : []),
      ...(isReferral(input.offer) ? [PRIVACY.healthData] : []),
    ].join(' '),
    s.privacyRecipients.trim() || PRIVACY.recipients,
    PRIVACY.retention(s.retentionMonths),
    PRIVACY.rights,
    PRIVACY.objection,
    [PRIVACY.complaint, ...(link ? [PRIVACY.readMore(link)] : [])].join(' '),
  ].join(PARAGRAPH_JOIN);
}
