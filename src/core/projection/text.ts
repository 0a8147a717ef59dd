import { MENU, countOf, sheetNotOurs } from '../text/glossary';

/**
 * The projection's Danish, for the council as much as for the team: plain words, every figure with
 * where it came from. One voice with the glossary (Periode, Indstillinger, forebyggelseskonsulent).
 */

export const MENU_ITEM = MENU.projection;
export const SHEET_NAME = 'Fremskrivning';
export const TITLE = (year: number) => `Konsekvenser af kvalitetsstandarden for ${year}`;
export const SUBTITLE = (year: number, asOf: string, dataAsOf: string) =>
  `Fremskrivning af borgerlisten til ${year} (planlagt pr. ${asOf}; borgerlisten pr. ${dataAsOf}).`;
export const WHAT_IT_IS =
  'Borgerlisten, som den ser ud i året: alle er ét år ældre pr. kalenderår, ophørte borgere er taget ud, kendte hændelser er med, og ingen nye borgere er opfundet. Hver profil planlægger listen, som året planlægges.';

const FOUR_DIGITS = 'Skriv året med fire cifre, fx 2027.';
export const PROMPT_YEAR = `Hvilket planlægningsår skal borgerlisten fremskrives til? ${FOUR_DIGITS}`;
export const PROMPT_PROPOSAL =
  'Sammenlign med et forslag (valgfrit): skriv profilens navn (fx ballerup), eller indsæt hele profilens JSON. Lad feltet stå tomt for kun den profil, der bruges nu.';
export const FAILED = (why: string) => `Fremskrivningen kunne ikke laves: ${why}`;
export const DONE = `Fremskrivningen står i arket ${SHEET_NAME}.`;
export const SHEET_NOT_OURS = sheetNotOurs(SHEET_NAME, MENU.projection);

// ─── Bad input ───────────────────────────────────────────────────────────────────────────────────────
export const ERR_YEAR_NOT_A_YEAR = (typed: string) => `${typed.trim() ? `«${typed}» er ikke et årstal. ` : ''}${FOUR_DIGITS}`;
export const ERR_YEAR_BEFORE_DATA = (year: number, from: number) =>
  `Året ${year} ligger før borgerlistens referencedato (${from}). En fremskrivning ser frem: vælg ${from} eller et senere år.`;
export const ERR_YEAR_TOO_FAR = (year: number, from: number, max: number) =>
  `Året ${year} ligger mere end ${max} år efter borgerlistens referencedato (${from}); så langt frem siger borgerlisten ikke noget brugbart.`;
export const ERR_PROPOSAL_SAME = (id: string) => `Forslaget er den profil, der allerede bruges (${id}). Vælg en anden profil at sammenligne med.`;
export const PROPOSAL_REFUSED = (why: string) => `Forslaget kan ikke bruges: ${why}`;
/** Said after a proposal's id and name when they are the profile in use's (an edited copy of it). */
export const PROPOSAL = 'forslag';
export const UNUSED_ACCEPTANCE = (codes: readonly string[]) =>
  `Indstillingerne giver en andel, der tager imod, for ${codes.length === 1 ? 'koden' : 'koderne'} ${codes.join(', ')}, som ingen af profilerne har; tallet er ikke brugt. Ret koden (se Vis regler).`;
export const NO_CONSULTANTS = 'Indstillingerne nævner ingen forebyggelseskonsulenter: timerne vises, men ikke teamets kapacitet. Tilføj konsulenterne i Indstillinger.';

// ─── Sources of figures ──────────────────────────────────────────────────────────────────────────────
export const FROM_SETTINGS = 'Indstillinger (teamets eget tal)';
export const FROM_CONSULTANTS = 'Indstillinger: konsulenternes besøgslængde (gennemsnit)';
export const FROM_MEETINGS = (n: number) => `Indstillinger: pladser pr. arrangement (gennemsnit af ${n})`;
export const DEFAULT_VISIT_SOURCE = 'fhb\'s standard: en time, som ved planlægning af besøg';
export const DEFAULT_OVERHEAD_SOURCE = 'fhb\'s standard: transport, forberedelse og dokumentation; ret tallet i Indstillinger';
export const DEFAULT_WEEKLY_HOURS_SOURCE = 'Fuld tid: 37 timer om ugen (overenskomst)';
export const DEFAULT_WORKING_WEEKS_SOURCE = 'fhb\'s standard: 52 uger minus 6 ugers ferie, helligdage og andet fravær';
export const DEFAULT_MEETING_SOURCE = 'fhb\'s standard: ingen arrangementer i Indstillinger';
export const DEFAULT_ACCEPTANCE_SOURCE = 'Standard: danske undersøgelser finder, at omkring to tredjedele tager imod tilbuddet om forebyggende hjemmebesøg';
export const DEFAULT_ACCEPTANCE_FIXED_SOURCE = 'Standard: flere tager imod, når brevet giver dato og tid; fhb regner med tre ud af fire';
export const TOO_FEW_INVITATIONS = (n: number, min: number) => `(Historik har kun ${n} invitationer, under ${min}.)`;
const years = (ys: readonly number[]) => (ys.length === 0 ? '' : ys.length === 1 ? `${ys[0]}` : `${ys[0]}-${ys[ys.length - 1]}`);
export const FROM_HISTORY_ACCEPTANCE = (held: number, invited: number, ys: readonly number[]) =>
  `Historik ${years(ys)}: ${held} gennemført af ${invited} inviterede`;
export const FROM_HISTORY_RATE = (reached: number, ys: readonly number[]) =>
  `Historik ${years(ys)}: ${reached} borgere på ${ys.length} år`;
export const FROM_HISTORY_MONTHS = (sent: number, ys: readonly number[]) => `Historik ${years(ys)}: måneden for ${sent} invitationer`;
export const NO_HISTORY_EVEN = 'Ingen invitationer i Historik: jævnt over årets 12 måneder';
export const EVENTS_EVEN = 'Hændelser sker året rundt: jævnt over årets 12 måneder';

// ─── Assumptions, as the table names them ────────────────────────────────────────────────────────────
export const ASSUMPTION = {
  visit: 'Besøgets længde (minutter)',
  overhead: 'Tid pr. besøg til transport, forberedelse og dokumentation (minutter)',
  weeklyHours: 'Timer om ugen pr. konsulent',
  workingWeeks: 'Arbejdsuger om året',
  consultants: 'Konsulenter',
  meetingCapacity: 'Pladser pr. arrangement',
  acceptance: (title: string) => `Andel der tager imod: ${title}`,
  eventRate: (title: string) => `Borgere om året: ${title}`,
  months: (title: string) => `Fordeling over måneder: ${title}`,
};
export const CONSULTANTS_SOURCE = 'Indstillinger: konsulenter';
export const HOURS_RULE = 'Timerne tæller hjemmebesøg: besøg × (besøgets længde + tid pr. besøg). Arrangementer og opkald er ikke regnet med.';
export const LETTERS_RULE = 'Breve: ét pr. borger og tilbud; et tilbud med opkald giver kun brev, når borgeren ikke træffes (ikke talt med).';
export const EVENTS_RULE =
  'Tilbud efter en hændelse (dødsfald, flytning): de kendte hændelser fra borgerlisten plus det antal borgere om året, Historik viser; uden Historik kun de kendte.';
export const MONTHS_RULE =
  'Måned for måned: et tilbud efter alder fordeles efter de måneder, teamet plejer at sende invitationerne (Historik), ellers jævnt over året; tilbud efter en hændelse jævnt over året.';
// For the team and the council alike: where the figure is set, not a file's keys (docs/projection.md has those).
export const SETTINGS_HINT = 'Hvert tal kan rettes i Indstillinger, tabellen «Fremskrivning»; et tal derfra står med kilden «Indstillinger».';

// ─── Tables ──────────────────────────────────────────────────────────────────────────────────────────
export const TOTAL = 'I ALT';
export const HEAD = {
  code: 'Kode', offer: 'Tilbud', citizens: 'Borgere', letters: 'Breve', calls: 'Opkald', seats: 'Mødepladser', meetings: 'Arrangementer',
  acceptance: 'Tager imod', visits: 'Besøg', hours: 'Timer', month: 'Måned', capacity: 'Kapacitet',
  from: 'Fra tilbud', to: 'Til tilbud', assumption: 'Antagelse', value: 'Tal', source: 'Kilde',
  profile: 'Profil', legalBasis: 'Lovgrundlag', period: 'Periode', decision: 'Beslutning', warnings: 'Advarsler',
  difference: 'Forskel',
};
export const BLOCK = {
  comparison: 'Tilbud, besøg og timer',
  detail: (name: string) => `Detaljer: ${name}`,
  months: 'Timer måned for måned',
  capacity: 'Kapacitet',
  changes: 'Borgere, der skifter tilbud',
  assumptions: 'Antagelser og kilder',
  profiles: 'Profilernes grundlag',
};
export const MONTHS = ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'];
export const CAPACITY_ROWS = { capacity: 'Kapacitet (timer om året)', hours: 'Timer i alt', utilisation: 'Udnyttelse', peak: 'Travleste måned', peakUse: 'Travleste måned, udnyttelse' };
export const NO_CHANGES = 'Ingen borgere skifter tilbud.';
export const CHART_TITLE = (year: number) => `Konsulenttimer pr. måned ${year}`;
export const CHART_AXIS_HOURS = 'Timer';
export const CAPACITY_PER_MONTH = 'Kapacitet pr. måned';
export const PROFILE_COLUMN = (name: string, what: string) => `${what}: ${name}`;

// ─── Profile facts ───────────────────────────────────────────────────────────────────────────────────
export const PERIOD = (from: string | undefined, to: string | undefined) =>
  from && to ? `${from} til ${to}` : from ? `fra ${from}` : to ? `til ${to}` : 'ingen periode angivet';
export const NO_DECISION_SHORT = 'ingen beslutning angivet';
export const NO_DECISION = (name: string) => `«${name}» nævner ingen beslutning: kommunalbestyrelsen har ikke godkendt den endnu, eller beslutningen mangler i profilen.`;
export const REPEALED_AS_CURRENT = (name: string) =>
  `«${name}» henviser til SEL § 79 a som gældende; paragraffen er ophævet fra 1.7.2025. fhb skriver «(til 30.6.2025)» ved, men profilens tekst bør rettes.`;

// ─── Summary sentences ───────────────────────────────────────────────────────────────────────────────
export const PERCENT = (share: number) => `${Math.round(share * 100)} %`;
export const SUMMARY = (name: string, year: number, citizens: string, visits: string, hours: string, share?: string) =>
  `Med «${name}» får ${citizens} borgere et tilbud i ${year}. Vi forventer ${visits} besøg og ${hours} konsulenttimer${share ? `, ${share} af teamets kapacitet` : ''}.`;
export const SUMMARY_DIFF = (name: string, citizens: string, visits: string, hours: string) =>
  `Forslaget «${name}» giver ${citizens} borgere, ${visits} besøg og ${hours} timer i forhold til i dag.`;
export const SUMMARY_PEAK = (name: string, month: string, hours: string, share: string) =>
  `Travleste måned med «${name}» er ${month} med ${hours} timer (${share} af en måneds kapacitet).`;
export const SUMMARY_CHANGES = (n: string) => `${n} borgere skifter tilbud med forslaget.`;
export const COUNTS_NOTE = (ended: number, errors: number) =>
  [ended ? `${countOf(ended, 'citizen')} er ophørt og ikke med.` : '', errors ? `${countOf(errors, 'row')} kunne ikke læses af reglerne og er ikke med.` : ''].filter(Boolean).join(' ');
