/**
 * Every global Apps Script calls, as thin stubs into the modules. `npm run build` turns each exported
 * function here into a top-level `function` of the same name and parameters in `dist/Code.js`, with this
 * file's JSDoc above it (Sheets reads it for autocomplete). Keep the logic in the modules.
 *
 * Sections: sheet functions · sheet and menu · sidebar · mail merge · scheduling and calls.
 */
import * as fns from './sheetfns/functions';
import { spreadsheetTimeZone } from './gas/spreadsheet-zone';

const ctx = () => fns.callContext(spreadsheetTimeZone());

// ─── Sheet functions (custom functions) ──────────────────────────────────────────────────────────────

/**
 * Årets tilbud om forebyggende hjemmebesøg for hver borger: kode, tilbud, form, kanal, fra, til og lovgrundlag (7 kolonner). Brug én formel for hele kolonnen, fx FHB_PLAN(F2:F; G2:G; Indstillinger!B2).
 *
 * @param {Date|string} birthdate Fødselsdato eller CPR-nummer, fx F2:F. Tom række giver tomt resultat.
 * @param {boolean|string} livesAlone Bor alene: ja/nej, x, SAND/FALSK eller tom (= nej).
 * @param {Date|string} asOf Referencedato; dens år er planåret. Tom = i dag. Brug en celle i Indstillinger, ikke IDAG().
 * @param {Date|string} spouseDied Dato for ægtefællens/samleverens død; tom = ingen.
 * @param {Date|string} spouseMoved Dato for ægtefællens flytning på ældrecenter; tom = ingen.
 * @param {boolean|string} atRisk Særlig risiko efter faglig vurdering: ja/nej; tom = nej.
 * @param {boolean|string} exempt Undtaget: ja/nej eller en begrundelse, fx plejebolig; tom = nej.
 * @param {string} profile Kommunens profil: glostrup-2025, ballerup eller sel-79a; tom = sel-79a.
 * @param {Date} events Valgfri: profilens egne hændelser, én kolonne pr. hændelse i profilens rækkefølge (opsætningen skriver dem).
 * @return Kode, tilbud, form, kanal, fra, til og lovgrundlag.
 * @customfunction
 */
export function FHB_PLAN(birthdate: unknown, livesAlone: unknown, asOf: unknown, spouseDied: unknown, spouseMoved: unknown, atRisk: unknown, exempt: unknown, profile: unknown, ...events: unknown[]) {
  return fns.fhbPlan(ctx(), [birthdate, livesAlone, asOf, spouseDied, spouseMoved, atRisk, exempt, profile, ...events]);
}

/**
 * Navnet på årets tilbud (eller tilbud) for hver borger, på dansk. Samme argumenter som FHB_PLAN.
 *
 * @param {Date|string} birthdate Fødselsdato eller CPR-nummer, fx F2:F.
 * @param {boolean|string} livesAlone Bor alene: ja/nej, x, SAND/FALSK eller tom (= nej).
 * @param {Date|string} asOf Referencedato; dens år er planåret. Tom = i dag.
 * @param {Date|string} spouseDied Dato for ægtefællens/samleverens død; tom = ingen.
 * @param {Date|string} spouseMoved Dato for ægtefællens flytning på ældrecenter; tom = ingen.
 * @param {boolean|string} atRisk Særlig risiko efter faglig vurdering: ja/nej; tom = nej.
 * @param {boolean|string} exempt Undtaget: ja/nej eller en begrundelse, fx plejebolig; tom = nej.
 * @param {string} profile Kommunens profil: glostrup-2025, ballerup eller sel-79a; tom = sel-79a.
 * @param {Date} events Valgfri: profilens egne hændelser, én kolonne pr. hændelse i profilens rækkefølge (opsætningen skriver dem).
 * @return Tilbuddets navn.
 * @customfunction
 */
export function FHB_OFFER(birthdate: unknown, livesAlone: unknown, asOf: unknown, spouseDied: unknown, spouseMoved: unknown, atRisk: unknown, exempt: unknown, profile: unknown, ...events: unknown[]) {
  return fns.fhbOffer(ctx(), [birthdate, livesAlone, asOf, spouseDied, spouseMoved, atRisk, exempt, profile, ...events]);
}

/**
 * Hvorfor borgeren får (eller ikke får) et tilbud i år, i én dansk sætning, med eventuelle advarsler. Samme argumenter som FHB_PLAN.
 *
 * @param {Date|string} birthdate Fødselsdato eller CPR-nummer, fx F2:F.
 * @param {boolean|string} livesAlone Bor alene: ja/nej, x, SAND/FALSK eller tom (= nej).
 * @param {Date|string} asOf Referencedato; dens år er planåret. Tom = i dag.
 * @param {Date|string} spouseDied Dato for ægtefællens/samleverens død; tom = ingen.
 * @param {Date|string} spouseMoved Dato for ægtefællens flytning på ældrecenter; tom = ingen.
 * @param {boolean|string} atRisk Særlig risiko efter faglig vurdering: ja/nej; tom = nej.
 * @param {boolean|string} exempt Undtaget: ja/nej eller en begrundelse, fx plejebolig; tom = nej.
 * @param {string} profile Kommunens profil: glostrup-2025, ballerup eller sel-79a; tom = sel-79a.
 * @param {Date} events Valgfri: profilens egne hændelser, én kolonne pr. hændelse i profilens rækkefølge (opsætningen skriver dem).
 * @return Begrundelsen.
 * @customfunction
 */
export function FHB_REASON(birthdate: unknown, livesAlone: unknown, asOf: unknown, spouseDied: unknown, spouseMoved: unknown, atRisk: unknown, exempt: unknown, profile: unknown, ...events: unknown[]) {
  return fns.fhbReason(ctx(), [birthdate, livesAlone, asOf, spouseDied, spouseMoved, atRisk, exempt, profile, ...events]);
}

/**
 * Borgerens alder i hele år på referencedatoen.
 *
 * @param {Date|string} birthdate Fødselsdato eller CPR-nummer, fx F2:F.
 * @param {Date|string} asOf Referencedato; tom = i dag.
 * @return Alder i hele år.
 * @customfunction
 */
export function FHB_AGE(birthdate: unknown, asOf: unknown) {
  return fns.fhbAge(ctx(), [birthdate, asOf]);
}

/**
 * Den alder borgeren fylder i planåret (referencedatoens år), som reglerne regner med.
 *
 * @param {Date|string} birthdate Fødselsdato eller CPR-nummer, fx F2:F.
 * @param {Date|string} asOf Referencedato; dens år er planåret. Tom = i dag.
 * @return Alderen borgeren fylder i år.
 * @customfunction
 */
export function FHB_TURNS(birthdate: unknown, asOf: unknown) {
  return fns.fhbTurns(ctx(), [birthdate, asOf]);
}

/**
 * Fødselsdatoen i et CPR-nummer (århundredet læses af 7. ciffer). Numre uden modulus 11-kontrol godtages.
 *
 * @param {string} cpr CPR-nummer som ddmmåå-ssss eller ddmmååssss, fx E2:E.
 * @return Fødselsdato.
 * @customfunction
 */
export function FHB_BIRTHDATE(cpr: unknown) {
  return fns.fhbBirthdate(ctx(), [cpr]);
}

/**
 * Status for hver borger: Skal inviteres, Opfølgning, Kommende, Overskredet, Inviteret, Besøg planlagt – ikke meddelt, Besøg aftalt, Gennemført, Frabedt, Undtaget, Ikke aktuel eller Ophørt.
 *
 * @param {string} code Koden fra FHB_PLAN, fx R2:R.
 * @param {Date} from Periodens første dag fra FHB_PLAN, fx V2:V.
 * @param {Date} to Periodens sidste dag fra FHB_PLAN, fx W2:W.
 * @param {Date|string} invited Inviteret: dato eller afkrydset.
 * @param {Date|string} visit Besøg aftalt: dato (og tid) eller afkrydset.
 * @param {Date|string} done Gennemført: dato eller afkrydset.
 * @param {Date|string} declined Frabedt: dato eller afkrydset.
 * @param {Date|string} asOf Referencedato; tom = i dag.
 * @param {Date|string} announced Besøg meddelt: det besøg, borgeren har fået brev om (valgfri).
 * @param {Date|string} ended Ophørt: dato, hvor borgeren ophørte (valgfri).
 * @param {string} profile Profil, fx Indstillinger!B3 (valgfri; afgør, hvilke tilbud har fast tid).
 * @param {Date|string} followUp Opfølgning: datoen for aftalt opfølgning (valgfri).
 * @return Status på dansk.
 * @customfunction
 */
export function FHB_STATUS(code: unknown, from: unknown, to: unknown, invited: unknown, visit: unknown, done: unknown, declined: unknown, asOf: unknown, announced?: unknown, ended?: unknown, profile?: unknown, followUp?: unknown) {
  return fns.fhbStatus(ctx(), [code, from, to, invited, visit, done, declined, asOf, announced, ended, profile, followUp]);
}

/**
 * Rejse-sætte-sig-testen (30 sekunder) læst mod normen: under, inden for eller over normalområdet for køn og alder (Rikli & Jones 1999, 60-94 år), med Sundhedsstyrelsens tillæg under 8 og ved 6-8 rejsninger. Brug én formel for hele kolonnen, fx FHB_STOLETEST(M2:M; F2:F; N2:N; Indstillinger!B2).
 *
 * @param {number} antal Antal rejsninger på 30 sekunder, et helt tal 0-60 (brugte armene = 0), fx M2:M. Tom række giver tomt resultat.
 * @param {Date|string} foedselsdato Fødselsdato eller CPR-nummer, fx F2:F.
 * @param {string} koen Køn: mand, kvinde, M, K eller et CPR-nummer (sidste ciffer ulige = mand). Tom: læses af et CPR-nummer i foedselsdato.
 * @param {Date|string} dato Testdagen; alderen er hele år på den dag. Tom = i dag.
 * @return Læsningen med normområdet og normens navn.
 * @customfunction
 */
export function FHB_STOLETEST(antal: unknown, foedselsdato: unknown, koen: unknown, dato?: unknown) {
  return fns.fhbChairStand(ctx(), [antal, foedselsdato, koen, dato]);
}

// ─── Sheet and menu (issue 4) ────────────────────────────────────────────────────────────────────────

import * as sheetMenu from './gas/menu';
import * as sheetSetup from './gas/sheet/setup';
import * as sheetRefresh from './gas/sheet/refresh';
import * as sheetHelp from './gas/sheet/help';

/** Builds the menu Forebyggende hjemmebesøg (and nothing else: works without authorisation). */
export function onOpen(e: unknown) {
  sheetMenu.buildMenu();
}

/** When the add-on is installed: the same menu at once. */
export function onInstall(e: unknown) {
  sheetMenu.buildMenu();
}

/** Menu: set up, upgrade or adopt the citizen sheet Borgere and the settings sheet Indstillinger. */
export function fhbSetup() {
  sheetSetup.setupFromMenu();
}

/** Menu: today's date into Indstillinger!B2 now, and mend what set-up would. */
export function fhbRefresh() {
  sheetRefresh.refreshFromMenu();
}

/** Daily time-driven trigger: keeps the reference date Indstillinger!B2 on today. */
export function fhbDailyUpdate(e: unknown) {
  sheetRefresh.dailyUpdate(e);
}

/** Menu: shows the settings sheet. */
export function fhbOpenSettings() {
  sheetHelp.openSettings();
}

/** Menu: a short help dialog. */
export function fhbHelp() {
  sheetHelp.showHelp();
}

import * as rulesDialog from './gas/sheet/rules-dialog';

/** Menu: Vis regler, the active profile as a Danish table (target groups, ages, windows, legal basis). */
export function fhbShowRules() {
  rulesDialog.showRules();
}

// ─── Sidebar (issue 5) ───────────────────────────────────────────────────────────────────────────────

import * as sidebar from './gas/sidebar';

/** Åbner sidepanelet: den markerede borger, teamets handlinger, fletning og indstillinger. */
export function fhbOpenSidebar() {
  return sidebar.openSidebar('citizen');
}

/** Sidepanelet: den aktive række og en versionsnøgle (kaldes ofte; billig). */
export function fhbSidebarState() {
  return sidebar.sidebarState();
}

/** Sidepanelet: den valgte borger med tilbud, periode og status. */
export function fhbSelectedCitizen(req: unknown) {
  return sidebar.selectedCitizen(req);
}

/** Sidepanelet: skriver Inviteret, Besøg aftalt, Gennemført, Frabedt eller Ringet – ikke truffet i arket. */
export function fhbRecordAction(req: unknown) {
  return sidebar.recordAction(req);
}

/** Sidepanelet: teamets indstillinger. */
export function fhbGetSettings() {
  return sidebar.getSettings();
}

/** Sidepanelet: gemmer teamets indstillinger. */
export function fhbSaveSettings(req: unknown) {
  return sidebar.saveSettings(req);
}

/** Sidepanelet: flytter borgeren til et andet arrangement for samme tilbud med ledige pladser (tjekkes igen under låsen). */
export function fhbMoveMeeting(req: unknown) {
  return sidebar.moveMeeting(req);
}

/** Sidepanelet: skriver Deltog eller Udeblev for borgerens arrangement i kolonnen Deltog i arrangement. */
export function fhbRecordAttendance(req: unknown) {
  return sidebar.recordAttendance(req);
}

/** Sidepanelet: registrerer et besøg i arket Besøg (koder, tal og datoer), skriver Gennemført, Opfølgning og Historik. */
export function fhbRegisterVisit(req: unknown) {
  return sidebar.registerVisit(req);
}

/** Sidepanelet: rejse-sætte-sig-testens læsning mod normen, mens formularen udfyldes (skriver intet). */
export function fhbChairStandReading(req: unknown) {
  return sidebar.chairStandReadingFor(req);
}

// ─── Mail merge (issue 6) ────────────────────────────────────────────────────────────────────────────

import * as merge from './gas/merge';
import { ENDPOINT_NAMES } from './core/sidebar/protocol';
import { openSidebar as openMergeSidebar } from './gas/sidebar/open';

/** Menu: åbner sidepanelet på fletningen af invitationsbreve (forhåndsvisning, derefter Flet). */
export function fhbMergeInvitations() {
  openMergeSidebar('merge');
}

/** Menu: opretter de brevskabeloner (Google Docs), teamet ikke har endnu; eksisterende beholdes. */
export function fhbCreateTemplates() {
  return merge.createTemplatesFromMenu();
}

/** Sidepanel: hvor mange breve, hvilke skabeloner, hvad der mangler, og det første brev, før noget laves. */
export function fhbMergePreview(req: unknown) {
  return merge.mergePreview(req);
}

/** Sidepanel: starter fletningen; svarer med fremdriften. */
export function fhbMergeStart(req: unknown) {
  return merge.mergeStart(req);
}

/** Sidepanel: fortsætter en fletning, der er stoppet ved tidsgrænsen. */
export function fhbMergeContinue(runId: unknown) {
  return merge.mergeContinue(runId);
}

/** Sidepanel: fremdriften af den seneste fletning, eller null. */
export function fhbMergeStatus() {
  return merge.mergeStatus();
}

/** Tidsudløser: fortsætter en stoppet fletning og fjerner sig selv, når den er færdig. */
export function fhbMergeResume() {
  merge.mergeResume();
}

// ─── Scheduling and call list (issue 7) ──────────────────────────────────────────────────────────────

import * as schedule from './gas/schedule';

/** Menu: foreslår fast dato, tid og konsulent for borgere med besøg på fast tid og skriver dem i arket efter bekræftelse. */
export function fhbPlanVisits() {
  return schedule.planVisits();
}

/** Sidepanelet: flytter én borgers besøg (række, dag, minut, konsulent) og skriver det nye tidspunkt. */
export function fhbMoveVisit(req: unknown) {
  return schedule.moveVisit(req);
}

/** Sidepanelet: «Ikke hjemme» eller «Aflyst» ved et aftalt besøg; skriver i Historik og foreslår næste ledige tid. */
export function fhbVisitMissed(req: unknown) {
  return schedule.visitMissed(req);
}

/** Sidepanelet: borgere, der skal ringes op (efterladte, ægtefælle flyttet), mest presserende først. */
export function fhbCallList() {
  return schedule.callListEndpoint();
}

/** Menu: bygger arket Opkaldsliste (uden CPR) og viser det. */
export function fhbShowCallList() {
  return schedule.showCallList();
}

// ─── Meetings (issue 13) ─────────────────────────────────────────────────────────────────────────────

import * as participants from './gas/meetings/participants';

/** Menu: Deltagerlister — one printable list per meeting (arrangement): name, address, phone, by name; no CPR. */
export function fhbShowParticipants() {
  participants.showParticipants();
}

// ─── Year report (issue 8) ───────────────────────────────────────────────────────────────────────────

import * as report from './gas/report';

/** Menu: Årsrapport — writes the report sheet with counts per offer and status, and a chart. */
export function fhbYearReport() {
  return report.yearReportFromMenu();
}

// ─── Projection of a planning year for the council (issue 25) ───────────────────────────────────────

import * as projection from './gas/projection';

/** Menu: Fremskriv et år … — asks for the year and a proposal, writes the sheet Fremskrivning with a chart. */
export function fhbProjectYear() {
  projection.projectionFromMenu();
}

// ─── Import of the citizen list (issue 11) ───────────────────────────────────────────────────────────

import * as citizenImport from './gas/import';

/** Menu: Importér borgerliste … — opens the sidebar on the import (choose a CSV file, preview, confirm). */
export function fhbImportCitizens() {
  citizenImport.openImport();
}

/** Sidepanelet: forhåndsvisning af importen (nye, ændrede, uændrede, mangler, afviste rækker); skriver intet. */
export function fhbImportPreview(req: unknown) {
  return citizenImport.importPreview(req);
}

/** Sidepanelet: skriver importen efter bekræftelse, under dokumentlåsen (borgerne findes på CPR eller navn og fødselsdato). */
export function fhbImportConfirm(req: unknown) {
  return citizenImport.importConfirm(req);
}

// ─── History (issue 11) ──────────────────────────────────────────────────────────────────────────────

import * as history from './gas/history/delete-ended';

/** Menu: sletter borgere, der ophørte for mere end det antal måneder, Indstillinger angiver, efter bekræftelse; Historik anonymiseres. */
export function fhbDeleteEnded() {
  history.deleteEndedFromMenu();
}

// ─── Self-test (issue 12) ────────────────────────────────────────────────────────────────────────────

import * as selfTest from './gas/selftest';

/** Menu: Hjælp → Kontrollér opsætningen — tries every Google capability fhb uses in scratch files it removes again, and shows ✓ or ✗ for each. */
export function fhbSelfTest() {
  return selfTest.selfTestFromMenu();
}

/**
 * Names other code calls by string, which the build checks exist as top-level functions: the menu's items
 * and simple triggers, the daily and resume trigger handlers, and every sidebar endpoint.
 */
export const REQUIRED_GLOBALS: string[] = [...sheetMenu.SHEET_GLOBALS, merge.RESUME_HANDLER, ...ENDPOINT_NAMES];
