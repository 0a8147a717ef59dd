/**
 * The Danish text of letters and the merge that is not in a template: one voice for Google and Word.
 */

export const YES = 'Ja';
export const NO = 'Nej';

/** Problem field names for fields the team fills elsewhere than in the row. */
export const FIELD_SOURCE: Record<string, string> = {
  besoegsdato: 'Besøg (dato og tid)',
  tidspunkt: 'Besøg (dato og tid)',
  aftale: 'Besøg (dato og tid)',
  indledning: 'Kommune (Indstillinger)',
  kommune: 'Kommune (Indstillinger)',
  afdeling: 'Afdeling (Indstillinger)',
  afsenderadresse: 'Adresse (Indstillinger)',
  telefonkommune: 'Telefon (Indstillinger)',
  telefontid: 'Telefontid (Indstillinger)',
  emailkommune: 'E-mail (Indstillinger)',
  underskrift: 'Underskrift (Indstillinger)',
};

export const missingTemplate = (key: string) => `Brevskabelon ${key} (Indstillinger)`;

/** A meeting offer no meeting can take: reported before anything is made, never sent without a time and place. */
export const noMeeting = (code: string, why: 'noMeeting' | 'full') =>
  why === 'noMeeting'
    ? `Arrangement: intet kommende arrangement er oprettet for ${code} (Indstillinger, Arrangementer)`
    : `Arrangement: alle arrangementer for ${code} er fulde (Indstillinger, Arrangementer: flere pladser eller et nyt arrangement)`;

export const SKIP = {
  notDue: (status: string) => `Ingen invitation: status er ${status}.`,
  noOffer: 'Intet tilbud i år.',
  callFirst: 'Tilbuddet gives først pr. telefon; brevet sendes, når et opkald er noteret som "ikke truffet".',
  rowError: (message: string) => `Rækken har en fejl: ${message}`,
  alreadyInvited: 'Borgeren er allerede inviteret.',
};

/**
 * The reference number printed at the foot of every letter, Google and Word alike ("Brevnr. K7F2Q-0001"):
 * the citizen can quote it, and the Google merge finds finished letters by it.
 */
export const letterRef = (tag: string, n: number) => `Brevnr. ${tag}-${String(n).padStart(4, '0')}`;
export const LETTER_REF_PATTERN = /Brevnr\. ([A-Z0-9]+)-(\d{4,})/g;
