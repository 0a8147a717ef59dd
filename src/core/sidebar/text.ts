import { SCALAR_LABELS } from '../sheet/settings-text';
import { MENU, busy, chooseInMenu } from '../text/glossary';
import { Day, toDanish } from '../day';

/** The server side of the sidebar in Danish: messages the endpoints send back, kept as one voice. */

export const CITIZEN_SHEET_MISSING = `Arket «Borgere» findes ikke. ${chooseInMenu(MENU.setup)}.`;
export const lockBusy = busy();

export const rowEmpty = (row: number) => `Række ${row} er tom. Markér en række med en borger.`;
/** Flyt besøg refuses a row that now holds another citizen (a visit is moved on the row the consultant sees). */
export const rowMoved = (row: number) =>
  `Række ${row} viser nu en anden borger (arket er sorteret eller ændret). Markér borgeren igen. Intet er ændret.`;
export const citizenGone = (row: number) =>
  `Borgeren fra række ${row} kan ikke findes i arket Borgere (rækken er slettet, navn eller CPR er ændret, eller borgeren står på flere rækker). Markér borgeren igen. Intet er ændret.`;
/** Said after a write that followed the citizen to another row (the sheet was sorted meanwhile). */
export const citizenNowAt = (row: number) => `Borgeren står nu i række ${row} (arket er sorteret).`;
export const columnMissing = (headers: string[]) =>
  `Arket Borgere har ingen kolonne ${headers.map((h) => `«${h}»`).join(' eller ')}. Tilføj kolonnen (eller vælg «${MENU.setup}» i menuen), og prøv igen. Intet er ændret.`;

export const refused = (problems: string[]) => `Intet er ændret: ${problems.join('; ')}.`;
export const dayDoesNotExist = (field: string, iso: string) => `${field}: «${iso}» er ikke en dato, der findes`;
export const dayInFuture = (field: string, day: Day, today: Day) =>
  `${field}: ${toDanish(day)} ligger efter i dag (${toDanish(today)})`;
export const dayTooFar = (field: string, day: Day, limit: Day, back: boolean) =>
  `${field}: ${toDanish(day)} ligger for langt ${back ? 'tilbage (tidligst' : 'fremme (senest'} ${toDanish(limit)})`;
export const ownProfile = (name: string) => `${name} (kommunens egen profil)`;
export const unknownProfile = (name: string, valid: string[]) => `profil: «${name}» er ikke en kendt profil (gyldige: ${valid.join(', ')})`;

/** The Danish names of the request fields, as messages say them. */
export const FIELD_NAMES: Record<string, string> = {
  row: 'række', key: 'borger', action: 'handling', date: 'dato', time: 'klokkeslæt', consultant: 'konsulent',
  overwrite: 'overskriv', asOf: 'referencedato', profile: 'profil', municipality: 'kommune', department: 'afsender',
  address: 'adresse', postcodeCity: 'postnr. og by', phone: 'telefon', phoneHours: 'telefontid', email: 'e-mail',
  signature: 'underskrift', consultants: 'konsulenter', letterLeadWeeks: 'uger fra brev til besøg',
  // The data-protection settings by the names the sheet Indstillinger gives them: one name per setting.
  ...Object.fromEntries((['bereavedDelayWeeks', 'privacyController', 'privacyDpo', 'privacyLegalBasis', 'privacyRecipients', 'privacyLink', 'privacyShort'] as const)
    .map((key) => [key, SCALAR_LABELS[key].toLowerCase()])),
  form: 'form', minutes: 'minutter', themes: 'temaer', referrals: 'henvisninger', chairStand: 'rejse-sætte-sig', count: 'rejse-sætte-sig',
  sex: 'køn', followUp: 'opfølgning',
  mergeMode: 'fletning', pdf: 'pdf', scope: 'udvalg', runId: 'kørsel', meeting: 'arrangement', attendance: 'fremmøde',
};

export const ACTION_DONE: Record<string, (what: string) => string> = {
  invited: (what) => `Inviteret ${what} er skrevet i arket.`,
  booked: (what) => `Besøg aftalt ${what} er skrevet i arket.`,
  done: (what) => `Gennemført ${what} er skrevet i arket.`,
  declined: (what) => `Frabedt ${what} er skrevet i arket.`,
  notReached: (what) => `«${what}» er tilføjet i kolonnen Opkald.`,
};

export const alreadyRecorded = (what: string) => `${what} står allerede i arket. Intet er ændret.`;
export const confirmOverwrite = (cells: { header: string; value: string; replacement: string }[]) =>
  `${cells.map((c) => `${c.header} indeholder allerede «${c.value}»`).join(', og ')}. Vil du overskrive med ${cells
    .map((c) => `«${c.replacement}»`).join(' og ')}?`;

/** A first booking on a holiday or a closed day (the problems are the scheduler's own phrases). */
export const bookingRefused = (day: Day, time: string, problems: readonly string[]) =>
  `Besøget kan ikke aftales ${toDanish(day)} kl. ${time}: ${problems.join('; ')}. Intet er ændret.`;

export const notReachedEntry = (day: Day) => `${toDanish(day)} ikke truffet`;
export const NO_NAME = '(uden navn)';

export const settingsSaved = 'Indstillingerne er gemt.';
export const settingsSavedProfileChanged =
  'Indstillingerne er gemt. Arket følger nu den nye profil: listen under Undtaget og kolonnerne til profilens egne hændelser er opdateret.';
export const settingsSavedSetupFailed = (why: string) =>
  `Indstillingerne er gemt, men arket kunne ikke opdateres til den nye profil: ${why} Vælg «Opsæt eller opgrader arket» i menuen.`;
export const settingsUnreadable = (problems: string[]) =>
  `Indstillinger kan ikke læses: ${problems.join(' ')} Ret det i arket Indstillinger.`;

/** *Registrér besøget*: the server's words (the visit sheet Besøg; no test result or referral in Historik). */
export const registerText = {
  followUpNotAfter: (day: Day, followUp: Day) => `opfølgning: ${toDanish(followUp)} skal ligge efter besøgets dato (${toDanish(day)})`,
  unknownCodes: (codes: readonly string[]) => `${codes.map((c) => `«${c}»`).join(', ')} står ikke på profilens lister over temaer og henvisninger`,
  noBirth: 'fødselsdato: rækken har ingen fødselsdato eller CPR-nummer, testen kan ikke læses',
  sexNeeded: 'køn: vælg kvinde eller mand, så testen kan læses (borgeren har intet CPR-nummer i arket)',
  historyDetail: (formLabel: string, consultant: string | undefined) => [formLabel, consultant?.trim()].filter(Boolean).join(', '),
  registered: (day: Day, followUp: Day | undefined, reading: string | undefined, note: string | undefined) =>
    [
      `Besøget ${toDanish(day)} er registreret i arket Besøg, og Gennemført er skrevet.`,
      followUp !== undefined ? `Borgeren står som Opfølgning fra ${toDanish(followUp)}.` : '',
      reading ? `Rejse-sætte-sig: ${reading}` : '',
      note ? `Testen er gemt uden læsning: ${note}` : '',
    ].filter(Boolean).join(' '),
  visitSheetMissingColumns: (headers: readonly string[]) =>
    `Arket Besøg mangler kolonnen ${headers.map((h) => `«${h}»`).join(' og ')}. ${chooseInMenu(MENU.setup)}. Intet er ændret.`,
};
