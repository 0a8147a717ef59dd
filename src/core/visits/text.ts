import { MENU, andMore as andMoreText, chooseInMenu } from '../text/glossary';
import { type Day, toDanish } from '../day';
import type { MissedOutcome } from '../sidebar/vocabulary';

// The same refusals as the sidebar's, so a consultant reads one sentence for one situation.
export { lockBusy, rowMoved } from '../sidebar/text';

/**
 * What "Planlæg besøg", moving a visit and the call list say to the team, in one voice. Rows are named by
 * their number, never by name or CPR: the dialogs are screenshotted and mailed around.
 */

export const MENU_TITLE = 'Planlæg besøg';
export const CALL_LIST_TITLE = 'Opkaldsliste';

export const columnsMissing = (headers: readonly string[]) =>
  `Arket Borgere mangler kolonnen ${headers.map((h) => `«${h}»`).join(' og ')}. ${chooseInMenu(MENU.setup)}, og prøv igen. Intet er ændret.`;
export const noConsultants =
  'Der er ingen forebyggelseskonsulenter i Indstillinger. Tilføj konsulenterne (i sidepanelet under Indstillinger) og prøv igen. Intet er ændret.';
export const badSettings = (problems: readonly string[]) =>
  `Indstillingerne kan ikke bruges til planlægning: ${problems.join('; ')}. Ret dem i Indstillinger og prøv igen. Intet er ændret.`;

// ─── Planning ──────────────────────────────────────────────────────────────────────────────────────

export const wrongProfile = (profileName: string) =>
  `Profilen ${profileName} har ingen tilbud med fast dato og tid, så der er intet at planlægge. Intet er ændret.`;

export const placedLine = (count: number, first?: Day, last?: Day) =>
  `${count} ${count === 1 ? 'nyt besøg' : 'nye besøg'} kan planlægges${first !== undefined && last !== undefined ? ` (${toDanish(first)} til ${toDanish(last)})` : ''}.`;
export const perConsultantLine = (parts: readonly { name: string; count: number }[]) =>
  `Fordelt på: ${parts.map((p) => `${p.name} ${p.count}`).join(', ')}.`;
export const keptLine = (count: number) => `${count} ${count === 1 ? 'borger har' : 'borgere har'} allerede et besøg og beholder det.`;
export const unplacedHeader = (count: number) => `${count} ${count === 1 ? 'borger kunne' : 'borgere kunne'} ikke placeres:`;
export const warningsHeader = (count: number) => `${count} ${count === 1 ? 'advarsel' : 'advarsler'}:`;
export const rowLine = (row: number, message: string) => `• Række ${row}: ${message}`;
export const generalLine = (message: string) => `• ${message}`;
export const andMore = (count: number) => `• ${andMoreText(count)}.`;
export const askWrite = 'Skriv de nye besøg (Besøg og Konsulent) i arket? Udfyldte celler bliver ikke ændret.';
export const nothingNew = 'Der er ingen nye besøg at skrive.';

export const written = (count: number) =>
  `${count} ${count === 1 ? 'besøg er' : 'besøg er'} skrevet i arket. Husk at flette brevene med de faste tider.`;
export const cancelled = 'Intet er skrevet i arket.';
export const rowsChanged = (count: number) =>
  `${count} ${count === 1 ? 'række blev' : 'rækker blev'} ændret af en anden, mens du læste forslaget, og er sprunget over. Vælg «${MENU.planVisits}» igen for dem.`;

// Why a row got no proposal (beside the scheduler's own reasons)
export const consultantWithoutVisit = (name: string) =>
  `Konsulent er udfyldt («${name}»), men Besøg er tomt: skriv tidspunktet selv, eller ryd Konsulent, så planlægningen kan vælge`;
export const oldVisit = (day: Day) =>
  `Besøg indeholder et besøg fra et andet planår (${toDanish(day)}): ryd cellen, hvis borgeren skal have et nyt besøg i år`;
export const ended = (day: Day | undefined, visit: Day | undefined) =>
  `Borgeren er ophørt${day === undefined ? '' : ` (${toDanish(day)})`}: intet besøg planlægges` +
  (visit === undefined ? '' : `, og besøget ${toDanish(visit)} skal aflyses`);
export const staleReference = (asOf: Day, today: Day) =>
  `Referencedatoen i Indstillinger er ${toDanish(asOf)}, men i dag er ${toDanish(today)}. Besøgene planlægges fra referencedatoen: ret den først, hvis den er forældet`;
export const planProblem = (message: string) => `kan ikke læses: ${message}`;

// ─── Moving a visit ────────────────────────────────────────────────────────────────────────────────

export const refused = (problems: readonly string[]) => `Besøget kan ikke flyttes: ${problems.join('; ')}. Intet er ændret.`;
/** A time of day the sidebar sends when a visit is moved, as the consultant would type it. */
export const MINUTE_MESSAGE = 'skal være et klokkeslæt mellem 00:00 og 23:59, fx 10:00';
export const FIELD_NAMES: Record<string, string> = {
  row: 'række', day: 'dag', minute: 'minut', consultant: 'konsulent', key: 'borger',
};
export const dayDoesNotExist = (iso: string) => `dag: «${iso}» er ikke en dato, der findes`;
export const rowOutside = (row: number) => `Række ${row} findes ikke i arket Borgere. Intet er ændret.`;
export const rowNotBooked = (row: number) =>
  `Række ${row} har ikke et besøg med dato og klokkeslæt, der kan flyttes. Intet er ændret.`;
export const rowUnreadable = (row: number, message: string) => `Række ${row} kan ikke læses: ${message} Intet er ændret.`;
export const moveRefused = (problem: string) => `${/[.!?]$/.test(problem) ? problem : `${problem}.`} Intet er ændret.`;
export const moved = (when: string, consultant: string) => `Besøget er flyttet til ${when} (${consultant}).`;
export const movedNewLetterDue =
  'Borgeren har fået brev om det gamle tidspunkt: status er nu «Besøg planlagt – ikke meddelt», og næste fletning laver brevet med det nye tidspunkt.';
export const movedLetterSent = 'Borgeren har allerede fået et brev: husk at give besked om det nye tidspunkt.';

// ─── A booked visit not held («Ikke hjemme», «Aflyst») ─────────────────────────────────────────────

export const notHomeAhead = (when: string) => `Besøget er først ${when}: borgeren kan ikke have været ikke hjemme endnu. Er besøget aflyst, så brug knappen Aflyst. Intet er ændret.`;
export const missed = (outcome: MissedOutcome, when: string) =>
  `${outcome === 'notHome' ? `Ikke hjemme ved besøget ${when}` : `Besøget ${when} er aflyst`}: skrevet i Historik, ikke som gennemført. Besøget står, til det er flyttet.`;
export const missedProposal = (when: string, consultant: string) =>
  `Næste ledige tid er ${when} (${consultant}): den står i «Flyt besøg», tryk «Flyt» for at bekræfte.`;
export const missedNoProposal = (problem: string) => `Der er ingen ledig tid at foreslå: ${problem} Vælg en tid i «Flyt besøg».`;

// ─── Scheduler input errors (a ZodError from scheduleVisits) ───────────────────────────────────────

export const SCHEDULE_FIELD_NAMES: Record<string, string> = {
  weekdays: 'arbejdsdage', startMinute: 'arbejdstid fra', endMinute: 'arbejdstid til', visitsPerDay: 'besøg pr. dag',
  visitMinutes: 'besøgets længde', travelMinutes: 'transporttid', daysOff: 'fridage', name: 'navn',
  day: 'dag', fromMinute: 'lukker kl.', reason: 'grund', from: 'fra', to: 'til', letterLeadDays: 'uger fra brev til besøg',
  windowFrom: 'periode fra', windowTo: 'periode til', today: 'i dag',
};
export const consultantField = (name: string) => `konsulent «${name}»`;
export const closureField = (day: string) => `lukkedag ${day}`;
export const periodField = 'planlægningsperioden';
export const rowField = (row: string) => `række ${row}`;
export const INVALID_VALUE = 'har en ugyldig værdi';
export const TOO_SMALL = 'er for lille';
export const TOO_BIG = 'er for stor';
export const scheduleInputError = (problems: readonly string[]) =>
  `Planlægningen kunne ikke køre: ${problems.join('; ')}. Ret det i Indstillinger og prøv igen. Intet er ændret.`;

// ─── Call list ─────────────────────────────────────────────────────────────────────────────────────

export const callListShown = (count: number) =>
  count === 0 ? 'Ingen borgere skal ringes op lige nu.' : `${count} ${count === 1 ? 'borger' : 'borgere'} på opkaldslisten.`;
