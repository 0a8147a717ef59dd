import { Day, toDanish } from '../day';
import { SETTINGS_SHEET } from '../sheet/names';
import { SCALAR_LABELS } from '../sheet/settings-text';
import { statusById } from '../status/vocabulary';
import { countOf } from '../text/glossary';

/**
 * The Danish text of letters and the merge that is not in a template: one voice for Google and Word.
 */

export const YES = 'Ja';
export const NO = 'Nej';

/** A setting as a problem names it: its label in the settings sheet, exactly as the sheet shows it. */
const setting = (key: keyof typeof SCALAR_LABELS) => `${SCALAR_LABELS[key]} (${SETTINGS_SHEET})`;

/** Problem field names for fields the team fills elsewhere than in the row. */
export const FIELD_SOURCE: Record<string, string> = {
  besoegsdato: 'Besøg (dato og tid)',
  tidspunkt: 'Besøg (dato og tid)',
  aftale: 'Besøg (dato og tid)',
  indledning: setting('municipality'),
  kommune: setting('municipality'),
  afsender: setting('department'),
  afdeling: setting('department'),
  afsenderadresse: setting('address'),
  telefonkommune: setting('phone'),
  telefontid: setting('phoneHours'),
  emailkommune: setting('email'),
  underskrift: setting('signature'),
  // The notice needs the DPO's contact, and its short version the link.
  personoplysninger: `${SCALAR_LABELS.privacyDpo} / ${SCALAR_LABELS.privacyLink} (${SETTINGS_SHEET})`,
};

export const missingTemplate = (key: string) => `Brevskabelon ${key} (Indstillinger)`;

/** A meeting offer no meeting can take: reported before anything is made, never sent without a time and place. */
export const noMeeting = (code: string, why: 'noMeeting' | 'full') =>
  why === 'noMeeting'
    ? `Arrangement: intet kommende arrangement er oprettet for ${code} (Indstillinger, Arrangementer)`
    : `Arrangement: alle arrangementer for ${code} er fulde (Indstillinger, Arrangementer: flere pladser eller et nyt arrangement)`;

export const SKIP = {
  notDue: (status: string) => `Ingen invitation: status er ${status}.`,
  noOffer: `Ingen invitation: status er ${statusById('none').label}.`,
  callFirst: 'Tilbuddet gives først pr. telefon; brevet sendes, når et opkald er noteret som «ikke truffet».',
  rowError: (message: string) => `Rækken har en fejl: ${message}`,
  alreadyInvited: 'Borgeren er allerede inviteret.',
  tooSoonAfterDeath: (first: Day) =>
    `Brevet til den efterladte laves tidligst ${toDanish(first)} (${SCALAR_LABELS.bereavedDelayWeeks} i ${SETTINGS_SHEET}).`,
};

/**
 * The reference number printed at the foot of every letter, Google and Word alike ("Brevnr. K7F2Q-0001"):
 * the citizen can quote it, and the Google merge finds finished letters by it.
 */
export const letterRef = (tag: string, n: number) => `Brevnr. ${tag}-${String(n).padStart(4, '0')}`;
export const LETTER_REF_PATTERN = /Brevnr\. ([A-Z0-9]+)-(\d{4,})/g;

/**
 * A merge with gaps, said before it starts (the preview) and when it is done, Google and offline alike:
 * the complete letters are made, the rows with gaps are skipped and left unmarked (issue 22).
 */
export const gapsSummary = (letters: number, rows: number) =>
  letters === 0
    ? `Ingen breve kan laves: ${countOf(rows, 'row')} mangler oplysninger (se listen). Ret dem i arket, og prøv igen.`
    : `${countOf(letters, 'letter')} laves; ${countOf(rows, 'row')} mangler oplysninger og springes over (se listen). De får intet brev og noteres ikke som inviteret: ret dem i arket, så kommer de med i næste fletning.`;
/** The same when the run is done: what was skipped. */
export const gapsSkipped = (rows: number) =>
  `${countOf(rows, 'row')} blev sprunget over, fordi der mangler oplysninger; ret dem i arket, så kommer de med i næste fletning:`;
