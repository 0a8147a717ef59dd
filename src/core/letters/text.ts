import type { Booking } from '../profiles/schema';

/**
 * The Danish text of letters and the merge that is not in a template: one voice for Google and Word.
 */

/** How the citizen takes up the offer, by the offer's booking; `visit` is "tirsdag den 4. marts 2025 kl. 10.00". */
export function arrangementSentence(booking: Booking, visit: string | undefined): string | undefined {
  if (visit) {
    return booking === 'meeting'
      ? `Mødet holdes ${visit}. Giv os gerne besked, om du kommer.`
      : `Forebyggelseskonsulenten kommer på besøg hos dig ${visit}. Passer tidspunktet ikke, eller ønsker du ikke besøget, så kontakt os, så finder vi en anden tid eller aflyser besøget.`;
  }
  switch (booking) {
    case 'fixedTime':
      return undefined; // the letter must carry the date: the merge reports the missing Besøg
    case 'meeting':
      return 'Vil du gerne deltage, så ring eller skriv til os, så får du tid og sted for det næste møde. Ønsker du hellere en samtale i dit eget hjem, så sig det, når du kontakter os.';
    case 'phone':
      return 'Vi har forsøgt at ringe til dig, men har ikke kunnet træffe dig. Derfor skriver vi til dig. Ring eller skriv til os, hvis du ønsker en samtale, så aftaler vi et tidspunkt, der passer dig.';
    case 'citizenBooks':
    case 'asNeeded':
      return 'Ønsker du et besøg, så ring eller skriv til os, så aftaler vi et tidspunkt, der passer dig.';
  }
}

export const YES = 'Ja';
export const NO = 'Nej';

/** Problem field names for fields the team fills elsewhere than in the row. */
export const FIELD_SOURCE: Record<string, string> = {
  besoegsdato: 'Besøg (dato og tid)',
  tidspunkt: 'Besøg (dato og tid)',
  aftale: 'Besøg (dato og tid)',
  kommune: 'Kommune (Indstillinger)',
  afdeling: 'Afdeling (Indstillinger)',
  afsenderadresse: 'Adresse (Indstillinger)',
  telefonkommune: 'Telefon (Indstillinger)',
  telefontid: 'Telefontid (Indstillinger)',
  emailkommune: 'E-mail (Indstillinger)',
  underskrift: 'Underskrift (Indstillinger)',
};

export const missingTemplate = (key: string) => `Brevskabelon ${key} (Indstillinger)`;

export const SKIP = {
  notDue: (status: string) => `Ingen invitation: status er ${status}.`,
  noOffer: 'Intet tilbud i år.',
  callFirst: 'Tilbuddet gives først pr. telefon; brevet sendes, når et opkald er noteret som "ikke truffet".',
  rowError: (message: string) => `Rækken har en fejl: ${message}`,
  alreadyInvited: 'Borgeren er allerede inviteret.',
};
