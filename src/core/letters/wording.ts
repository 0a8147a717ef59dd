/**
 * The citizen's words: every sentence a letter is made of that is not the profile's own (`letterText`)
 * or the municipality's standard content (`standards.ts`). Plain, warm Danish; one voice for Google Docs
 * and Word. `content.ts` chooses among them by the offer's template and booking.
 */

/** The data-protection paragraph a letter ends with, until the team writes its own (Indstillinger). */
export const DEFAULT_PRIVACY_TEXT =
  'Sådan behandler vi dine personoplysninger: Vi bruger oplysninger fra CPR-registeret (dit navn, din adresse, din alder og, hvis det er aktuelt, at din ægtefælle eller samlever er død eller flyttet) til at tilbyde dig forebyggende hjemmebesøg. Oplysningerne bruges ikke til andet, og vi gemmer kun det, der er nødvendigt. Du har ret til at se de oplysninger, vi har om dig, og til at få forkerte oplysninger rettet. Kontakt os, hvis du vil vide mere.';

export const GREETING = 'Kære {{Navn}}';
export const VOLUNTARY = 'Det er frivilligt, om du vil tage imod tilbuddet.';
export const VOLUNTARY_GENTLE = 'Du bestemmer selv, om du har lyst til en samtale.';
export const CONTACT = 'Du kan ringe til os på telefon {{Telefon kommune}} ({{Telefontid}}) eller skrive til {{E-mail kommune}}.';
export const SECURE_MAIL =
  'Skriv ikke personfølsomme oplysninger i en almindelig e-mail. Brug i stedet Digital Post (sikker post), hvor du logger på med MitID.';
export const SIGNATURE = 'Med venlig hilsen\n\n{{Underskrift}}\n{{Afdeling}}\n{{Kommune}}';

export const PURPOSE =
  'Formålet er at støtte dig i at leve det liv, du ønsker, længst muligt: at bevare din trivsel, dit helbred og dit netværk i hverdagen. Vi taler om det, der har betydning for dig, og fortæller om aktiviteter, fællesskaber og støttemuligheder i kommunen.';

export const HEADINGS = {
  meeting: (noun: string) => `Invitation til ${noun}`,
  fixedTime: 'Du får besøg af en forebyggelseskonsulent',
  bereaved: 'Tilbud om en samtale',
  spouseMoved: 'Tilbud om en seniorsamtale',
  visit: 'Tilbud om forebyggende hjemmebesøg',
};

/** "et informationsmøde", "en temadag": the article of the few common-gender nouns teams use. */
export function withArticle(noun: string): string {
  return /^(temadag|samtale|dag|eftermiddag|formiddag|sammenkomst|café|cafe)/i.test(noun) ? `en ${noun}` : `et ${noun}`;
}

export const INTROS = {
  meeting: (age: number, municipality: string, noun: string, alone: boolean) =>
    `I det år, du fylder ${age} år, inviterer ${municipality} dig${alone ? ', der bor alene,' : ''} til ${withArticle(noun)}. Derfor sender vi dig denne personlige invitation.`,
  fixedTime: (age: number, municipality: string) =>
    `I det år, du fylder ${age} år, tilbyder ${municipality} dig en samtale i dit eget hjem: et forebyggende hjemmebesøg.`,
  ageVisit: (age: number, municipality: string, alone: boolean) =>
    `I det år, du fylder ${age} år, tilbyder ${municipality} dig${alone ? ', der bor alene,' : ''} et forebyggende hjemmebesøg. Derfor skriver vi til dig.`,
  yearly: (municipality: string) =>
    `${municipality} tilbyder dig et forebyggende hjemmebesøg én gang om året, og nu er det tid til årets besøg.`,
  atRisk:
    'Efter en faglig vurdering vil vi gerne tilbyde dig et forebyggende hjemmebesøg: en samtale om, hvordan du har det, og om hvad der kan hjælpe dig til at bevare dine kræfter og din trivsel i hverdagen.',
  // The bereavement letter: short sentences, no ceremony, nothing about what cannot be granted.
  bereaved:
    'Vi har fået besked om, at din ægtefælle eller samlever er død. Vi er kede af dit tab.\n\nVi vil gerne tilbyde dig en samtale med en forebyggelseskonsulent. I kan tale om, hvordan du har det nu, og om hvad der kan hjælpe dig i den kommende tid.',
  spouseMoved:
    'Vi har fået besked om, at din ægtefælle eller samlever er flyttet på ældrecenter. Det kan være en stor forandring i hverdagen.\n\nDerfor tilbyder vi dig en samtale med en forebyggelseskonsulent om, hvordan du har det, og om hvad der kan støtte dig i den nye hverdag.',
};

/** The ask: how the citizen takes the offer up, by its booking. */
export const ASKS = {
  /** A meeting the merge assigned: the date, time and place, and how to sign up or say no. */
  meeting: (when: string, place: string) =>
    `Det foregår ${when} på ${place}.\n\nVil du gerne deltage, så ring eller skriv til os og tilmeld dig. Kan du ikke komme, eller vil du ikke deltage, må du også gerne give os besked.`,
  /** A visit at a proposed time, and how to move or decline it. */
  visit: (consultant: string | undefined, when: string, length: string) =>
    `${consultant ? `Forebyggelseskonsulent ${consultant}` : 'En forebyggelseskonsulent'} kommer på besøg hos dig ${when}. Besøget varer ${length}.\n\nPasser tidspunktet ikke, eller ønsker du ikke besøget, så ring eller skriv til os, gerne så tidligt som muligt. Så finder vi en anden tid eller aflyser besøget.`,
  /** Opt-in: the citizen books (no decline sentence: nothing happens unless they call). */
  book: (length: string) => `Har du lyst til et besøg, så ring eller skriv til os. Så aftaler vi en tid, der passer dig. Besøget varer ${length}.`,
  /** The letter after an unanswered call. */
  notReached: 'Vi har prøvet at ringe til dig, men har ikke kunnet få fat i dig. Derfor skriver vi til dig. Har du lyst til en samtale, så ring eller skriv til os. Så aftaler vi en tid, der passer dig.',
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
