/**
 * The Danish labels of the settings sheet `Indstillinger`, in one place so it reads as one voice.
 */
export const SETTINGS_TITLE = 'Indstilling';
export const VALUE_TITLE = 'Værdi';
export const HELP_TITLE = 'Forklaring';

export const SCALAR_LABELS = {
  asOf: 'Referencedato',
  profile: 'Profil',
  municipality: 'Kommune',
  department: 'Afsender (afdeling)',
  address: 'Adresse',
  postcodeCity: 'Postnr. og by',
  phone: 'Telefon',
  phoneHours: 'Telefontid',
  email: 'E-mail',
  signature: 'Underskrift',
  letterLeadWeeks: 'Uger fra brev til besøg',
  mergeMode: 'Fletning',
  pdf: 'Gem også som PDF',
  outputFolder: 'Mappe til breve (Drive-id)',
  retentionMonths: 'Slet ophørte efter (måneder)',
  privacyText: 'Databeskyttelse i brevene',
} as const;

export const SCALAR_HELP: Record<keyof typeof SCALAR_LABELS, string> = {
  asOf: 'Skrives hver nat af tilføjelsen (dagens dato). Årstallet er planåret. Ret den for at se et andet år.',
  profile: 'Kommunens regler: glostrup-2025, ballerup, sel-79a (historisk aldersmodel) eller kommunens egen profil indsat som JSON.',
  municipality: 'Kommunens navn, fx Glostrup Kommune.',
  department: 'Afsender på brevene, fx Forebyggende hjemmebesøg, Sundhed og Omsorg.',
  address: 'Afsenderens adresse.',
  postcodeCity: 'Fx 2600 Glostrup.',
  phone: 'Telefonnummer borgerne kan ringe til.',
  phoneHours: 'Fx mandag-fredag kl. 8-9.',
  email: 'Teamets e-mail.',
  signature: 'Hilsen under brevene.',
  letterLeadWeeks: 'Antal uger fra brevet sendes til besøget med fast tid (0-26).',
  mergeMode: 'Ét samlet dokument eller ét dokument pr. borger.',
  pdf: 'Afkryds for også at gemme brevene som PDF.',
  outputFolder: 'Id på en Drive-mappe, som fletningen selv har lavet. Tom = fletningen laver sin egen mappe «Forebyggende hjemmebesøg – breve» i dit Drev.',
  retentionMonths: 'Menuen «Slet ophørte borgere …» sletter borgere, der ophørte for mere end så mange måneder siden (1-120).',
  privacyText: 'Afsnittet «Sådan behandler vi dine personoplysninger» nederst i hvert brev. Skriv kommunens egen tekst.',
};

export const MERGE_MODE_LABELS = { combined: 'Ét samlet dokument', perCitizen: 'Ét dokument pr. borger' } as const;

export const CONSULTANTS_TITLE = 'Konsulenter';
export const CONSULTANT_HEADERS = ['Navn', 'Ugedage', 'Fra kl.', 'Til kl.', 'Besøg pr. dag', 'Minutter pr. besøg', 'Transport (min)', 'Fridage'] as const;
export const CLOSURES_TITLE = 'Lukkedage';
export const CLOSURE_HEADERS = ['Dato', 'Lukket fra kl. (tom = hele dagen)', 'Årsag'] as const;
export const MEETINGS_TITLE = 'Arrangementer';
export const MEETING_HEADERS = ['Navn', 'Dato', 'Kl. (fx 10-12)', 'Sted', 'Adresse', 'Pladser', 'Tilbud (koder)', 'Postnumre (tom = alle)'] as const;
export const TEMPLATES_TITLE = 'Brevskabeloner';
export const TEMPLATE_HEADERS = ['Kode', 'Dokument-id'] as const;

export const LEGEND_TITLE = 'Forklaring på farver';

export const WEEKDAY_NAMES = ['man', 'tir', 'ons', 'tor', 'fre', 'lør', 'søn'] as const;

export const settingsErrors = {
  sheetHeading: 'Indstillingerne kan ikke læses',
  rowPrefix: (row: number, label: string) => `Indstillinger, række ${row} (${label})`,
  weekday: (v: string) => `«${v}» er ikke en ugedag. Skriv fx man-fre eller man, ons, fre.`,
  time: (v: string) => `«${v}» er ikke et klokkeslæt. Skriv fx 09:00.`,
  number: (v: string) => `«${v}» er ikke et tal.`,
  date: (v: string) => `«${v}» er ikke en dato. Skriv fx 24-12-2025.`,
  mergeMode: (v: string) => `«${v}» er hverken «${MERGE_MODE_LABELS.combined}» eller «${MERGE_MODE_LABELS.perCitizen}».`,
  yesNo: (v: string) => `«${v}» er hverken ja eller nej.`,
  nameMissing: 'navnet mangler',
  codeMissing: 'koden mangler',
  duplicateName: (name: string) => `konsulenten «${name}» står der to gange`,
  duplicateMeeting: (name: string) => `arrangementet «${name}» står der to gange`,
  timeSpan: (v: string) => `«${v}» er ikke et tidsrum. Skriv fx 10-12 eller 10:00-11:30.`,
};
