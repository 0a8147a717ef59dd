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
  bereavedDelayWeeks: 'Første kontakt efter dødsfald (uger)',
  mergeMode: 'Fletning',
  pdf: 'Gem også som PDF',
  outputFolder: 'Mappe til breve (Drive-id)',
  retentionMonths: 'Slet ophørte efter (måneder)',
  privacyController: 'Dataansvarlig',
  privacyDpo: 'Databeskyttelsesrådgiver',
  privacyLegalBasis: 'Retsgrundlag for tilbuddet',
  privacyRecipients: 'Modtagere og opbevaring',
  privacyLink: 'Kommunens side om databeskyttelse',
  privacyShort: 'Kort afsnit om databeskyttelse',
  privacyText: 'Databeskyttelse i brevene',
} as const;

export const SCALAR_HELP: Record<keyof typeof SCALAR_LABELS, string> = {
  asOf: 'Skrives hver nat af tilføjelsen (dagens dato). Årstallet er planåret. Ret den for at se et andet år.',
  profile: 'Kommunens regler: glostrup-2025, ballerup, sel-79a (historisk aldersmodel) eller kommunens egen profil indsat som JSON.',
  municipality: 'Kommunens navn, fx Glostrup Kommune.',
  department: 'Den afdeling, brevene kommer fra, fx Forebyggende hjemmebesøg, Sundhed og Omsorg.',
  address: 'Afsenderens adresse.',
  postcodeCity: 'Fx 2600 Glostrup.',
  phone: 'Telefonnummer borgerne kan ringe til.',
  phoneHours: 'Fx mandag-fredag kl. 8-9.',
  email: 'Teamets e-mail.',
  signature: 'Hilsen under brevene.',
  letterLeadWeeks: 'Antal uger fra brevet sendes til besøget med fast tid (0-26).',
  bereavedDelayWeeks: 'Antal uger efter et dødsfald, før der laves et brev til den efterladte (0-26). 0 = så snart perioden er åben. Ballerups kvalitetsstandard nævner intet tidspunkt.',
  mergeMode: 'Ét samlet dokument eller ét dokument pr. borger.',
  pdf: 'Afkryds for også at gemme brevene som PDF.',
  outputFolder: 'Id på en Drive-mappe, som fletningen selv har lavet. Tom = fletningen laver sin egen mappe «Forebyggende hjemmebesøg – breve» i dit Drev.',
  retentionMonths: 'Menuen «Slet ophørte borgere …» sletter borgere, der ophørte for mere end så mange måneder siden (1-120).',
  privacyController: 'Hvem der er dataansvarlig. Tom = kommunens navn og adressen ovenfor. Fx Glostrup Kommune, Rådhusvej 2, 2600 Glostrup.',
  privacyDpo: 'Sådan kontakter borgeren kommunens databeskyttelsesrådgiver, fx dpo@kommune.dk, telefon 43 23 60 00. Skal udfyldes: uden den laves ingen breve.',
  privacyLegalBasis: 'Det, kommunens tilbud bygger på, fx «kommunalbestyrelsens beslutning af 12. marts 2025, jf. ældrelovens § 4». Tom = ud fra profilen og brevets dato (efter 30. juni 2025 aldrig servicelovens § 79 a).',
  privacyRecipients: 'Hvem der ellers har oplysningerne, og hvor de opbevares. Tom = Google Workspace som kommunens databehandler. Skriv fx også, i hvilket land Google opbevarer dem efter kommunens aftale.',
  privacyLink: 'Adressen på kommunens side om databeskyttelse, fx glostrup.dk/databeskyttelse. Skal udfyldes ved det korte afsnit.',
  privacyShort: 'Afkryds for et kort afsnit med link i stedet for hele teksten. Indsigelsesretten står der altid.',
  privacyText: 'Kommunens egen tekst i stedet for afsnittet «Sådan behandler vi dine personoplysninger», som fhb laver af felterne ovenfor. Tom = fhb\'s afsnit.',
};

export const MERGE_MODE_LABELS = { combined: 'Ét samlet dokument', perCitizen: 'Ét dokument pr. borger' } as const;

export const CONSULTANTS_TITLE = 'Konsulenter';
export const CONSULTANT_HEADERS = ['Navn', 'Ugedage', 'Fra kl.', 'Til kl.', 'Besøg pr. dag', 'Minutter pr. besøg', 'Transport (min)', 'Fridage', 'Telefon'] as const;
export const CLOSURES_TITLE = 'Lukkedage';
export const CLOSURE_HEADERS = ['Dato', 'Lukket fra kl. (tom = hele dagen)', 'Årsag'] as const;
export const MEETINGS_TITLE = 'Arrangementer';
export const MEETING_HEADERS = ['Navn', 'Dato', 'Kl. (fx 10-12)', 'Sted', 'Adresse', 'Pladser', 'Tilbud (koder)', 'Postnumre (tom = alle)'] as const;
export const TEMPLATES_TITLE = 'Brevskabeloner';
export const TEMPLATE_HEADERS = ['Kode', 'Dokument-id'] as const;
export const PROJECTION_TITLE = 'Fremskrivning';
export const PROJECTION_HEADERS = ['Antagelse', 'Tal (tom = fhb\'s eget)', 'Forklaring'] as const;
/** The projection's figures a team may set (menu «Fremskriv et år …»), by their key in `Settings.projection`. */
export const PROJECTION_LABELS = {
  visitMinutes: 'Minutter pr. besøg',
  overheadMinutes: 'Tid pr. besøg (min)',
  weeklyHours: 'Timer om ugen pr. konsulent',
  workingWeeks: 'Arbejdsuger om året',
  meetingCapacity: 'Pladser pr. arrangement',
} as const;
export const PROJECTION_HELP: Record<keyof typeof PROJECTION_LABELS, string> = {
  visitMinutes: 'Tom = konsulenternes egne minutter pr. besøg.',
  overheadMinutes: 'Transport, forberedelse og dokumentation pr. besøg. Tom = 60.',
  weeklyHours: 'Tom = 37.',
  workingWeeks: 'Efter ferie og fravær. Tom = 42.',
  meetingCapacity: 'Tom = gennemsnittet af arrangementernes pladser, ellers 30.',
};
/** A row «Tager imod: ALDER_82» sets the share of an offer code that accepts. */
export const ACCEPTANCE_LABEL = 'Tager imod';
export const acceptanceLabel = (code: string) => `${ACCEPTANCE_LABEL}: ${code}`;
export const ACCEPTANCE_HELP = 'Andel der tager imod, fx 70 %. Tilføj en række «Tager imod: KODE» for et andet tilbud. Tom = Historik eller fhb\'s tal.';

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
  share: (v: string) => `«${v}» er ikke en andel. Skriv fx 70 % eller 0,7.`,
  assumption: (v: string) =>
    `«${v}» er ikke en af fremskrivningens antagelser. Skriv en af: ${Object.values(PROJECTION_LABELS).join(', ')} eller «${ACCEPTANCE_LABEL}: KODE».`,
  timeSpan: (v: string) => `«${v}» er ikke et tidsrum. Skriv fx 10-12 eller 10:00-11:30.`,
};
