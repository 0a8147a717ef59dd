/** Every Danish word the sidebar shows, kept together so it reads as one voice (terms from the glossary). */
import { SCALAR_HELP, SCALAR_LABELS } from '../src/core/sheet/settings-text';
import { TERMS, countOf } from '../src/core/text/glossary';
import { statusById } from '../src/core/status/vocabulary';
import type { ActionId } from '../src/core/sidebar/vocabulary';

export const NO_SERVER = 'Sidepanelet har ingen forbindelse til regnearket. Luk og åbn det igen.';
export const LOADING = 'Henter …';
export const BAD_ANSWER = 'Regnearket svarede ikke som ventet. Prøv igen; sker det igen, så luk og åbn sidepanelet.';
export const SAVING = 'Gemmer …';

// Borger
export const SELECT_ROW = 'Markér en række i arket Borgere for at se borgeren.';
export const otherSheet = (sheet: string) => `Du står i arket «${sheet}». ${SELECT_ROW}`;
export const rowLine = (row: number) => `Række ${row}`;
export const cprLine = (masked: string) => `CPR ${masked}`;
export const bornLine = (birth: string, age: number) => `Født ${birth} · ${age} år`;
export const turnsLine = (turns: number, year: number) => `Fylder ${turns} i ${year}`;
export const phoneLine = (phone: string) => `Tlf. ${phone}`;
export const offersHeading = (year: number) => `Tilbud i ${year}`;
export const profileLine = (name: string) => `Efter ${name}`;
/** The state has one name: the status «Ikke aktuel». */
export const NO_OFFER = statusById('none').label;
export const EXEMPT = 'Undtaget';
export const FORM = 'Form';
export const CHANNEL = 'Kanal';
export const WINDOW = TERMS.period;
export const WHY = 'Hvorfor';
export const LEGAL_BASIS = 'Lovgrundlag';
export const window_ = (from: string, to: string) => `${from} – ${to}`;
export const PHONE_FIRST = 'Ring først. Registrér «Ringet – ikke truffet», så bliver brevet klar til fletning.';
export const WARNINGS = 'Bemærk';
export const PROBLEM = 'Rækken kan ikke læses';
export const STATUS = 'Status';
export const RECORDS = 'Registreret';
export const HISTORY = 'Historik';
export const NOTHING_RECORDED = '—';
export const COLUMN_MISSING = 'kolonnen mangler';

// Handlinger
export const NEXT_STEPS = 'Næste skridt';
export const DATE = 'Dato';
export const ACTION_DATE_HELP = 'Gælder de fire knapper herunder.';
export const INVITED = 'Inviteret';
export const DONE = 'Gennemført';
export const DECLINED = 'Frabedt';
export const NOT_REACHED = 'Ringet – ikke truffet';
export const BOOKED = 'Besøg aftalt';
export const BOOK_VISIT_ON_REQUEST = 'Aftal et besøg (efter ønske)';
export const VISIT_DATE = 'Besøgsdato';
export const VISIT_TIME = 'Klokkeslæt';
export const CONSULTANT = 'Konsulent';
export const SAVE_VISIT = 'Gem besøget';
/** A name as a question shows it: at most 60 characters (the whole name is in the card above). */
const shortName = (name: string) => {
  const one = name.replace(/\s+/g, ' ').trim();
  return one.length > 60 ? `${one.slice(0, 59).trimEnd()}…` : one;
};
/** The question before an action replaces what is in the cells: it names the citizen it acts on (issue 15). */
export const CONFIRM_TITLES: Record<ActionId, (name: string) => string> = {
  invited: (name) => `Notér ${name} som inviteret?`,
  booked: (name) => `Notér besøg aftalt med ${name}?`,
  done: (name) => `Notér besøget hos ${name} som gennemført?`,
  declined: (name) => `Notér, at ${name} har frabedt sig besøg?`,
  notReached: (name) => `Notér, at ${name} ikke blev truffet?`,
};
export const confirmTitle = (action: ActionId, name: string, row: number) =>
  CONFIRM_TITLES[action](shortName(name) || `borgeren i række ${row}`);
/** A message about one citizen's row, named as the pane shows them, so it never reads as another's (issue 22). */
export const aboutCitizen = (name: string, row: number, message: string) => `${shortName(name) || `Række ${row}`}: ${message}`;
export const OVERWRITE = 'Overskriv';
export const CANCEL = 'Annuller';
export const CANCELLED = 'Intet er ændret.';
export const MISSING_DATE = 'Vælg en dato.';
export const ACTIONS_WAIT = 'Knapperne venter, til arket har svaret …';
export const MISSING_TIME = 'Skriv besøgets klokkeslæt (tt:mm).';
export const BOOKED_HELP = 'Kontrolleres for helligdage og teamets lukkedage.';

// Det aftalte besøg
export const visitLine = (when: string, consultant: string) => `Besøg: ${when}${consultant ? ` hos ${consultant}` : ''}`;
export const MOVE_VISIT = 'Flyt besøg';
export const MOVE_HELP = 'Planlægningen tjekker helligdage, lukkedage, arbejdstider og kollegernes besøg. Intet ændres, hvis tiden ikke kan bruges.';
export const MOVE = 'Flyt';
export const NEXT_FREE = 'Næste ledige tid';
export const MOVING = 'Flytter besøget …';
export const MISSED = 'Blev besøget ikke holdt?';
export const MISSED_HELP = 'Registreres i Historik, ikke som gennemført: borgeren er stadig i gang, og fhb foreslår næste ledige tid i «Flyt besøg».';
export const CHOOSE_CONSULTANT = 'Vælg konsulent';
export const MISSING_CONSULTANT = 'Vælg den konsulent, der skal have besøget.';
export const LETTER_SENT_TITLE = 'Giv borgeren besked';
export const letterSentReminder = (oldWhen: string, newWhen: string) =>
  `Borgeren har allerede et brev med det gamle tidspunkt (${oldWhen}). Ring eller skriv og fortæl om det nye: ${newWhen}.`;

// Fletning
export const MERGE_HEADING = 'Flet invitationer';
export const MERGE_SCOPE = 'Hvem skal have brev?';
export const SCOPE_LABELS: Record<'due' | 'selection' | 'filter', string> = {
  due: 'Alle, der skal inviteres nu',
  selection: 'De markerede rækker',
  filter: 'De rækker, filteret viser',
};
export const PREVIEW = 'Vis forhåndsvisning';
export const previewTotal = (n: number) => (n === 1 ? '1 brev' : `${n} breve`);
export const TEMPLATE = 'Skabelon';
export const COUNT = 'Antal';
export const PROBLEMS = 'Mangler i arket';
export const problemLine = (row: number, field: string) => `Række ${row}: ${field}`;
export const FIRST_LETTER = 'Første brev';
export const MODE = 'Dokumenter';
export const MODE_COMBINED = 'Ét samlet dokument';
export const MODE_PER_CITIZEN = 'Ét dokument pr. borger';
/** As the setting is named in Indstillinger. */
export const PDF = SCALAR_LABELS.pdf;
export const START_MERGE = 'Start fletning';
// Why Start waits, said next to it (a greyed-out control always says why).
export const START_WAITS_RUNNING = 'Venter: en fletning er i gang (se fremdriften nedenfor).';
export const START_WAITS_GAPS = 'Ingen breve kan laves: alle rækkerne mangler oplysninger (se listen ovenfor). Ret dem i arket, og vis forhåndsvisningen igen.';
export const START_WAITS_NOTHING = 'Der er ingen breve at flette i dette udvalg. Vælg et andet udvalg, eller vis forhåndsvisningen igen senere.';
export const CONTINUE_MERGE = 'Fortsæt fletningen';
export const MERGE_STARTING = 'Fletningen er startet. Det første brev kan tage et øjeblik …';
export const MERGE_STOPPED = 'Fletningen er stoppet.';
export const PROGRESS = 'Fremdrift';
export const progressText = (done: number, total: number) => `${done} af ${countOf(total, 'letter')}`;
export const MERGE_DONE = 'Fletningen er færdig.';
export const DOCUMENTS = 'Dokumenter';
export const NOTHING_TO_MERGE = 'Der er ingen breve at flette i dette udvalg.';
export const mergeStopped = (message: string) => `Fletningen stoppede: ${message} Tryk «${CONTINUE_MERGE}» for at prøve igen.`;

// Indstillinger
export const SETTINGS_HEADING = 'Teamets indstillinger';
export const PROFILE = 'Kommunens profil';
// The settings' labels as the sheet Indstillinger names them: one name per setting.
export const AS_OF = SCALAR_LABELS.asOf;
export const AS_OF_HELP = 'Opdateres hver nat til dagens dato. Årstallet er planåret.';
export const MUNICIPALITY = SCALAR_LABELS.municipality;
export const DEPARTMENT = SCALAR_LABELS.department;
export const ADDRESS = SCALAR_LABELS.address;
export const POSTCODE_CITY = SCALAR_LABELS.postcodeCity;
export const PHONE = SCALAR_LABELS.phone;
export const PHONE_HOURS = SCALAR_LABELS.phoneHours;
export const EMAIL = SCALAR_LABELS.email;
export const SIGNATURE = SCALAR_LABELS.signature;
export const CONSULTANTS = 'Konsulenter';
export const CONSULTANTS_HELP = 'Én pr. linje.';
export const LEAD_WEEKS = SCALAR_LABELS.letterLeadWeeks;
export const BEREAVED_WEEKS = SCALAR_LABELS.bereavedDelayWeeks;
export const PRIVACY = 'Databeskyttelse';
export const PRIVACY_FIELDS = {
  privacyController: { label: SCALAR_LABELS.privacyController, help: SCALAR_HELP.privacyController },
  privacyDpo: { label: SCALAR_LABELS.privacyDpo, help: SCALAR_HELP.privacyDpo },
  privacyLegalBasis: { label: SCALAR_LABELS.privacyLegalBasis, help: SCALAR_HELP.privacyLegalBasis },
  privacyRecipients: { label: SCALAR_LABELS.privacyRecipients, help: SCALAR_HELP.privacyRecipients },
  privacyLink: { label: SCALAR_LABELS.privacyLink, help: SCALAR_HELP.privacyLink },
} as const;
export const PRIVACY_SHORT = SCALAR_LABELS.privacyShort;
export const PRIVACY_SHORT_HELP = SCALAR_HELP.privacyShort;
export const PRIVACY_OWN_TEXT = `Vil kommunen bruge sin egen tekst i stedet for fhb's afsnit, skrives den i arket Indstillinger («${SCALAR_LABELS.privacyText}»).`;
export const MERGE_DEFAULTS = 'Fletning';
export const SAVE_SETTINGS = 'Gem indstillinger';
export const LETTERS = 'Kontaktoplysninger på brevene';

// Arrangement (informationsmøde, fællesarrangement)
export const MEETING = TERMS.meeting;
export const MEETING_NAME = 'Navn';
export const MEETING_WHEN = 'Tidspunkt';
export const MEETING_PLACE = 'Sted';
export const ATTENDANCE = 'Deltog i arrangement';
export const NO_MEETING_YET = 'Borgeren er ikke tilmeldt et arrangement endnu. Fletningen vælger det nærmeste med plads, eller vælg et her.';
export const ATTENDED = TERMS.attended;
export const ABSENT = TERMS.absent;
export const ATTENDANCE_HELP = 'Registrér fremmødet, når arrangementet har fundet sted.';
export const MOVE_MEETING_TO = 'Flyt til';
export const CHOOSE_MEETING_TO = 'Vælg arrangement';
export const MOVE_MEETING = 'Flyt til arrangementet';
export const CHOOSE_MEETING = 'Tilmeld til arrangementet';
export const MOVE_MEETING_HELP = 'Kun kommende arrangementer for samme tilbud med ledige pladser. Pladserne tælles igen, når du trykker.';
export const MOVING_MEETING = 'Flytter borgeren …';

// Registrér besøget (the visit sheet Besøg: codes, counts and dates, never a note)
export const REGISTER_HEADING = 'Registrér besøget';
export const MINUTES = 'Minutter';
export const THEMES = 'Temaer';
export const REFERRALS = 'Henvisninger og råd';
export const STANDS = 'Rejse-sætte-sig (antal)';
export const STANDS_HELP = 'Antal rejsninger på 30 sekunder (brugte armene = 0). Tom, hvis testen ikke blev lavet.';
export const SEX = 'Køn';
export const CHOOSE = 'Vælg';
export const WOMAN = 'Kvinde';
export const MAN = 'Mand';
export const FOLLOW_UP = 'Opfølgning (dato)';
export const REGISTER = 'Registrér besøget';
export const REGISTER_HELP = 'Skriver en række i arket Besøg, Gennemført og en hændelse i Historik. Noter hører til i journalen, ikke her.';
export const REGISTERING = 'Registrerer besøget …';
export const READING = 'Læser testen …';
export const BAD_MINUTES = 'Minutter skal være et helt tal.';
export const BAD_STANDS = 'Rejse-sætte-sig skal være et helt tal fra 0 til 60.';
