/**
 * The citizen's words: every sentence a letter is made of that is not the profile's own (`letterText`)
 * or the municipality's standard content (`standards.ts`). Plain, warm Danish; one voice for Google Docs
 * and Word. `content.ts` chooses among them by the offer's template and booking.
 */

/** A paragraph break inside a field's value. */
export const PARAGRAPH_JOIN = '\n\n';

export const GREETING = 'Kære {{Navn}}';
export const VOLUNTARY = 'Det er frivilligt, om du vil tage imod tilbuddet.';
export const VOLUNTARY_GENTLE = 'Du bestemmer selv, om du vil tage imod tilbuddet.';
export const CONTACT = 'Du kan ringe til os på telefon {{Telefon kommune}} ({{Telefontid}}) eller skrive til {{E-mail kommune}}.';
export const SECURE_MAIL =
  'Skriv ikke personfølsomme oplysninger i en almindelig e-mail. Brug i stedet Digital Post (sikker post), hvor du logger på med MitID.';
export const SIGNATURE = 'Med venlig hilsen\n\n{{Underskrift}}\n{{Afsender}}\n{{Kommune}}';

/** What a visit is for, in concrete words (home visits only: a meeting letter and a condolence letter have none). */
export const PURPOSE =
  'Vi kommer for at høre, hvordan du har det, og hvad der er vigtigt for dig. Vi taler om din hverdag, dit helbred og dine kræfter, og om de mennesker, du har omkring dig. Du får råd om aktiviteter, fællesskaber og hjælp i kommunen, som kan gøre din hverdag lettere.';

/**
 * The one word a municipality uses for what it offers, so a letter never calls the same thing by two
 * names: Glostrup's *seniorsamtale* and *sorgstøttesamtale*, otherwise *forebyggende hjemmebesøg*.
 * `name` with its article, `short` with its article ("en samtale", "et besøg"), `definite` ("Samtalen").
 */
export interface VisitNoun {
  name: string;
  short: string;
  definite: string;
}

const NOUNS: readonly [RegExp, VisitNoun][] = [
  [/sorgstøttesamtale/i, { name: 'en sorgstøttesamtale', short: 'en samtale', definite: 'Samtalen' }],
  [/seniorsamtale/i, { name: 'en seniorsamtale', short: 'en samtale', definite: 'Samtalen' }],
];
const HOME_VISIT: VisitNoun = { name: 'et forebyggende hjemmebesøg', short: 'et besøg', definite: 'Besøget' };

/** The noun of an offer's form and label: "Individuel seniorsamtale i eget hjem" → seniorsamtale. */
export function visitNoun(formAndLabel: string): VisitNoun {
  return NOUNS.find(([re]) => re.test(formAndLabel))?.[1] ?? HOME_VISIT;
}

export const HEADINGS = {
  meeting: (noun: string) => `Invitation til ${noun}`,
  fixedTime: 'Du får besøg af en forebyggelseskonsulent',
  offer: (noun: string) => `Tilbud om ${noun}`,
};

/** "et informationsmøde", "en temadag", "en seniorsamtale": the article of the few common-gender nouns teams use. */
export function withArticle(noun: string): string {
  return /^(temadag|dag|eftermiddag|formiddag|sammenkomst|café|cafe)|samtale\b/i.test(noun) ? `en ${noun}` : `et ${noun}`;
}

const turnsThisYear = (age: number, alone: boolean) => `Du fylder ${age} år i år${alone ? ' og bor alene' : ''}.`;

/** Why we write, said once. */
export const INTROS = {
  meeting: (age: number, municipality: string, noun: string, alone: boolean) =>
    `${turnsThisYear(age, alone)} Derfor inviterer ${municipality} dig til ${withArticle(noun)}.`,
  /** The meeting's date and place, right after the invitation. */
  meetingWhen: (when: string, place: string) => `Det foregår ${when} på ${place}.`,
  ageVisit: (age: number, municipality: string, alone: boolean, noun: VisitNoun) =>
    `${turnsThisYear(age, alone)} Derfor tilbyder ${municipality} dig ${noun.name}.`,
  yearly: (municipality: string, noun: VisitNoun) =>
    `${municipality} tilbyder dig ${noun.name} én gang om året, og nu er det tid til årets ${noun.short.replace(/^e[nt] /, '')}.`,
  /** Who asked, as far as the team writes it in «Henvendelse fra» (never from CPR). */
  atRisk: (referrer: string | undefined, noun: VisitNoun) =>
    `${referrer ? `Vi har fået en henvendelse fra ${referrer}, som mener` : 'Vi har fået en henvendelse om'}, at du kan have gavn af ${noun.name}. Derfor skriver vi til dig.`,
  // The condolence letter: a real condolence, the relation the data carry, one word for what is offered.
  bereaved: (noun: VisitNoun) =>
    `Vi har fået at vide, at du har mistet din ægtefælle. Vi vil gerne kondolere.\n\nVi vil også gerne tilbyde dig ${noun === HOME_VISIT ? 'et besøg af en forebyggelseskonsulent hjemme hos dig' : `${noun.short} med en forebyggelseskonsulent`}. I kan tale om, hvordan du har det nu, og om, hvad der kan hjælpe dig i den kommende tid.`,
  spouseMoved: (noun: VisitNoun) =>
    `Vi har fået at vide, at din ægtefælle er flyttet på ældrecenter. Det kan være en stor forandring i hverdagen.\n\nDerfor vil vi gerne tilbyde dig ${noun.name} med en forebyggelseskonsulent om, hvordan du har det, og om, hvad der kan støtte dig i den nye hverdag.`,
};

/** The ask: how the citizen takes the offer up, by its booking. */
export const ASKS = {
  /** A meeting the merge assigned (its date and place are in the introduction): how to sign up or say no, the alternative last. */
  meeting: (alternative: string | undefined) =>
    `Vil du gerne deltage, så ring eller skriv til os og tilmeld dig. Kan du ikke komme, eller vil du ikke deltage, må du også gerne give os besked.${alternative ? `\n\n${alternative}` : ''}`,
  /** A visit at a proposed time; how to move or decline it, and how the visitor shows who they are. */
  visit: (v: { consultant?: string; when: string; length: string; noun: VisitNoun; municipality: string; consultantPhone?: string }) =>
    `${v.consultant ? `Forebyggelseskonsulent ${v.consultant}` : 'En forebyggelseskonsulent'} kommer hjem til dig ${v.when}. ${v.noun.definite} varer ${v.length}.\n\n` +
    'Passer tidspunktet, behøver du ikke at gøre noget. Passer det ikke, eller ønsker du ikke besøget, så ring eller skriv til os, gerne så tidligt som muligt. Så finder vi en anden tid eller aflyser besøget.\n\n' +
    `Forebyggelseskonsulenten viser sit ID-kort fra ${v.municipality}, når du åbner døren.` +
    (v.consultant && v.consultantPhone ? ` Du kan også ringe direkte til ${v.consultant} på telefon ${v.consultantPhone}.` : ''),
  /** Opt-in: the citizen books (no decline sentence: nothing happens unless they call). */
  book: (length: string, noun: VisitNoun) =>
    `Har du lyst til ${noun.short}, så ring eller skriv til os. Så aftaler vi en tid, der passer dig. ${noun.definite} varer ${length}.`,
  /** The letter after an unanswered call. */
  notReached: (noun: VisitNoun) =>
    `Vi har prøvet at ringe til dig, men har ikke kunnet få fat i dig. Derfor skriver vi til dig. Har du lyst til ${noun.short}, så ring eller skriv til os. Så aftaler vi en tid, der passer dig.`,
};

/** 60 → "cirka en time", 90 → "cirka halvanden time", 45 → "cirka 45 minutter", 120 → "cirka to timer". */
export function visitLength(minutes: number): string {
  const hours: Record<number, string> = { 60: 'en time', 90: 'halvanden time', 120: 'to timer', 180: 'tre timer' };
  if (hours[minutes]) return `cirka ${hours[minutes]}`;
  if (minutes % 60 === 0) return `cirka ${minutes / 60} timer`;
  return `cirka ${minutes} minutter`;
}

/** "kl. 10.00-12.00", or "kl. 10.00" without an end. */
export function timeSpan(start: string, end: string | undefined): string {
  return end ? `${start}-${end.replace(/^kl\. /, '')}` : start;
}

/**
 * The follow-up letter (template OPFOLGNING): the consultant agreed at a visit to come back. It names no
 * theme, test or referral from the visit: those are health data and stay with the team (README, privacy).
 */
export const FOLLOW_UP = {
  heading: 'Vi følger op på dit besøg',
  intro: (municipality: string) =>
    `Da vi sidst besøgte dig, aftalte vi at følge op på samtalen. Derfor tilbyder ${municipality} dig et nyt besøg af en forebyggelseskonsulent.`,
};
