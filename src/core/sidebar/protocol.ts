import * as z from 'zod/mini';
// Type only, so erased from the sidebar's bundle: these requests are defined once, by their zod schemas.
import type { MissedVisit, MissedVisitRequest, MovedVisit, MoveRequest } from '../visits/move-request';
import type { PreviewRequest, StartRequest } from '../letters/merge-request';
import type { ImportConfirmRequest, ImportConfirmResult, ImportPreviewRequest, ImportPreviewResult } from '../import/request';
import type { StatusId } from '../status/vocabulary';
import { ACTIONS } from './vocabulary';
import type { RecordKey } from './vocabulary';

/**
 * The sidebar's wire protocol: what `google.script.run` carries between the sidebar (browser) and the
 * server endpoints (Apps Script). Both sides import this one module; the sidebar with `import type` only,
 * so zod stays out of the browser bundle. Everything is plain JSON: dates are ISO `yyyy-mm-dd` strings
 * (google.script.run cannot carry Dates; a Date anywhere in a return value makes the whole value null).
 *
 * Requests are zod schemas (the server validates every input with them); answers are interfaces (the
 * server builds them, so there is nothing to validate).
 */

export { PANES, ACTIONS, RECORD_KEYS, MERGE_SCOPES } from './vocabulary';
export type { Pane, ActionId, RecordKey, MergeScope } from './vocabulary';
import type { HistoryView } from '../history/view';
export type { HistoryView };
export type { MissedVisit, MissedVisitRequest, MovedVisit, MoveRequest } from '../visits/move-request';
import type { AttendanceRequest, MeetingMoveRequest } from '../meetings/request';
import type { CitizenMeetingView } from '../meetings/citizen';
import type { ChairStandRequest, RegisterVisitRequest, VisitFormView } from './visit-request';
export type { ChairStandRequest, RegisterVisitRequest, TermView, VisitFormView } from './visit-request';
export type { AttendanceRequest, MeetingMoveRequest, CitizenMeetingView };
export type { MeetingChoice, MeetingDetails } from '../meetings/citizen';

const isoDay = () => z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'skal være en dato som åååå-mm-dd'));
/** A sheet row with data: row 1 holds the headers. */
const dataRow = () => z.int().check(z.gte(2, 'skal være en række under overskrifterne'), z.lte(10_000_000));

// ─── Following the selection ───────────────────────────────────────────────────────────────────────

/** The cheap answer the sidebar polls: where the cursor is, and a key that changes when the data do. */
export interface SidebarState {
  /** The active sheet's name. */
  sheet: string;
  /** The active data row on the citizen sheet; null elsewhere (another sheet, the header row). */
  row: number | null;
  /** Changes when the row's cells, the reference date or the profile change. Empty when row is null. */
  version: string;
}

export const CitizenRequest = z.lazy(() => z.object({ row: dataRow() }));
export type CitizenRequest = z.infer<typeof CitizenRequest>;

export interface OfferView {
  code: string;
  title: string;
  label: string;
  form: string;
  channel: string;
  from: string;
  to: string;
  legalBasis: string;
  reason: string;
  note?: string;
  /** True for phone-first offers: "ikke truffet" makes a letter due. */
  phoneFirst: boolean;
}

export interface StatusView {
  id: StatusId;
  label: string;
  background: string;
  text: string;
  help: string;
}

/** The team's records as the sheet shows them (display text), one per record column. */
export interface RecordView {
  key: RecordKey;
  header: string;
  /** The cell's display text; empty when blank. */
  value: string;
  /** False when the sheet has no such column. */
  present: boolean;
}


export interface PlanView {
  profileName: string;
  year: number;
  /** `ALDER_80`, `EFTERLADT+ALDER_80`, `UNDTAGET`, `INGEN`. */
  code: string;
  offers: OfferView[];
  exemption?: { reason: string; legalBasis: string };
  reason: string;
  warnings: string[];
}

/** The visit booked in Besøg, when the cell holds a day and a time (a day alone or a note is no booking). */
export interface BookedVisitView {
  /** ISO yyyy-mm-dd. */
  day: string;
  /** Minutes after midnight. */
  minute: number;
  /** tt:mm, for the time field. */
  time: string;
  /** Konsulent as the sheet holds it; empty when nobody is named. */
  consultant: string;
  /** "tirsdag den 25. marts 2025 kl. 10.00", as the letters say it. */
  when: string;
}

export interface CitizenView {
  row: number;
  /** Who is on the row (from name and birth date/CPR): an action is refused when it no longer matches. */
  key: string;
  version: string;
  name: string;
  /** `ddmmåå-xxxx`; empty when the sheet has no CPR. */
  cprMasked: string;
  birth?: string;
  /** Age on the reference date and the age reached in the planning year. */
  age?: number;
  turns?: number;
  address: string;
  phone: string;
  /** The rules' answer; absent when the row's data cannot be read (see `problem`). */
  plan?: PlanView;
  status?: StatusView;
  /** A Danish message naming the field and value the rules could not read. */
  problem?: string;
  records: RecordView[];
  /** The booked visit; absent when Besøg is empty, has no time or cannot be read. */
  visit?: BookedVisitView;
  /** Today in the spreadsheet's zone: the default date of an action. */
  today: string;
  /** The reference date the plan was computed for. */
  asOf: string;
  /** The team's consultants from the settings, for the visit form. */
  consultants: string[];
  /** The citizen's events in Historik (earlier years included), as Danish text. */
  history?: HistoryView;
  /** The citizen's meeting (arrangement): present when the plan has a meeting offer or the row names one. */
  meeting?: CitizenMeetingView;
  /** What *Registrér besøget* offers for the citizen (absent when the row cannot be read). */
  visitForm?: VisitFormView;
}

export type SelectedCitizen =
  | { kind: 'citizen'; citizen: CitizenView }
  | { kind: 'empty'; message: string };

// ─── Recording what the team did ───────────────────────────────────────────────────────────────────


export const ActionRequest = z.lazy(() =>
  z
    .object({
      row: dataRow(),
      key: z.string().check(z.minLength(1, 'mangler'), z.maxLength(200)),
      action: z.enum(ACTIONS),
      /** The day it happened (or the visit's day). */
      date: isoDay(),
      /** The visit's time, `tt:mm`; required for `booked`. */
      time: z.optional(z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'skal være et klokkeslæt som tt:mm'))),
      consultant: z.optional(z.string().check(z.trim(), z.maxLength(100, 'er for langt (højst 100 tegn)'))),
      /** Set on the second call, after the consultant agreed to replace what is in the cells. */
      overwrite: z.optional(z.boolean()),
    })
    .check(
      z.refine((r) => r.action !== 'booked' || !!r.time, { message: 'mangler: skriv besøgets klokkeslæt (tt:mm)', path: ['time'] }),
    ),
);
export type ActionRequest = z.infer<typeof ActionRequest>;

export type ActionResult =
  | { kind: 'written'; message: string; citizen: CitizenView }
  /** The cells already held exactly this: nothing was written. */
  | { kind: 'unchanged'; message: string; citizen: CitizenView }
  /** Nothing was written: the cells already hold something else; ask, then call again with overwrite. */
  | { kind: 'confirm'; message: string; existing: { header: string; value: string; replacement: string }[] };

/** The answer to a meeting move or an attendance: the message and the citizen as the sheet now holds them. */
export type MeetingResult = { kind: 'written' | 'unchanged'; message: string; citizen: CitizenView };

// ─── Settings ──────────────────────────────────────────────────────────────────────────────────────

const line = (max: number) => z.string().check(z.trim(), z.maxLength(max, `er for lang (højst ${max} tegn)`));
const text = (max: number) => z.string().check(z.maxLength(max, `er for lang (højst ${max} tegn)`));
const weeks = () => z.int().check(z.gte(0, 'skal være mindst 0'), z.lte(26, 'må højst være 26'));

/** The settings the sidebar edits; the rest (templates, closures, working hours) is kept as it is. */
export const SettingsPatch = z.lazy(() =>
  z.object({
    asOf: z.optional(isoDay()),
    profile: z.string().check(z.trim(), z.minLength(1, 'mangler')),
    municipality: line(200),
    department: line(200),
    address: line(200),
    postcodeCity: line(200),
    phone: line(50),
    phoneHours: line(200),
    email: line(200),
    signature: text(1000),
    /** Consultant names; a known name keeps its working days and hours. */
    consultants: z.array(line(100)).check(z.maxLength(50, 'højst 50 konsulenter')),
    letterLeadWeeks: weeks(),
    bereavedDelayWeeks: weeks(),
    mergeMode: z.enum(['combined', 'perCitizen']),
    pdf: z.boolean(),
    // The data-protection notice in every letter (core/letters/privacy.ts); the DPO's contact is required by the merge.
    privacyController: line(300),
    privacyDpo: line(300),
    privacyLegalBasis: text(1000),
    privacyRecipients: text(1000),
    privacyLink: line(300),
    privacyShort: z.boolean(),
  }),
);
export type SettingsPatch = z.infer<typeof SettingsPatch>;

export interface SettingsView {
  settings: SettingsPatch;
  profiles: { id: string; name: string }[];
  message?: string;
}

// ─── Mail merge (implemented by the merge endpoints; the contract of issue 6) ───────────────────────

export type MergePreviewRequest = PreviewRequest;

export interface MergePreview {
  total: number;
  countsByTemplate: { template: string; count: number }[];
  /** What stops a row's letter, by row and field: those rows are skipped and left unmarked (issue 22). */
  problems: { row: number; field: string }[];
  /** How many rows the problems stop. */
  skippedRows: number;
  /** The sentence before the start: "10 breve laves; 2 rækker mangler oplysninger og springes over …" (only with problems). */
  gaps?: string;
  /** Danish notices that do not stop the merge (e.g. more documents than Google allows a day). */
  warnings?: string[];
  firstLetter?: { title: string; paragraphs: string[] };
}

export type MergeStartRequest = StartRequest;

/** A file the merge made (the combined document or the folder, a PDF, the Digital Post list): its link and its title in Drive. */
export const DocumentLink = z.lazy(() => z.object({ url: z.string(), title: z.string() }));
export type DocumentLink = z.infer<typeof DocumentLink>;

export interface MergeProgress {
  runId: string;
  done: number;
  total: number;
  finished: boolean;
  message: string;
  /** What the run made so far, each shown by its title (never «Åbn dokument 1»). */
  documents: DocumentLink[];
}

// ─── Every endpoint the sidebar calls, by its global name ──────────────────────────────────────────

export interface SidebarEndpoints {
  fhbSidebarState(): SidebarState;
  fhbSelectedCitizen(req: CitizenRequest): SelectedCitizen;
  fhbRecordAction(req: ActionRequest): ActionResult;
  fhbGetSettings(): SettingsView;
  fhbSaveSettings(req: SettingsPatch): SettingsView;
  fhbMergePreview(req: MergePreviewRequest): MergePreview;
  fhbMergeStart(req: MergeStartRequest): MergeProgress;
  fhbMergeContinue(runId: string): MergeProgress;
  fhbMergeStatus(): MergeProgress | null;
  /** Moves the row's booked visit (the scheduler's checks); only `row` and `key` = the next free time. */
  fhbMoveVisit(req: MoveRequest): MovedVisit;
  /** «Ikke hjemme» / «Aflyst» at the booked visit: a Historik event, and the next free time proposed (not written). */
  fhbVisitMissed(req: MissedVisitRequest): MissedVisit;
  /** Import of the citizen list: the preview (counts, lists, reasons); writes nothing. */
  fhbImportPreview(req: ImportPreviewRequest): ImportPreviewResult;
  /** Import of the citizen list: writes what the preview showed, under the lock (or answers a new preview). */
  fhbImportConfirm(req: ImportConfirmRequest): ImportConfirmResult;
  /** Moves the citizen to another meeting of the same offer with room (checked again under the lock). */
  fhbMoveMeeting(req: MeetingMoveRequest): MeetingResult;
  /** Records Deltog or Udeblev for the citizen's meeting. */
  fhbRecordAttendance(req: AttendanceRequest): MeetingResult;
  /** Registrér besøget: a row in the visit sheet Besøg, Gennemført, Opfølgning and a Historik event. */
  fhbRegisterVisit(req: RegisterVisitRequest): ActionResult;
  /** The chair-stand count read against the norms (with the change since the last test), as the form is filled in. */
  fhbChairStandReading(req: ChairStandRequest): { text: string };
}

export type EndpointName = keyof SidebarEndpoints;

// A record over every endpoint, so the compiler refuses a list that misses one or names one too many.
const ENDPOINTS: Record<EndpointName, true> = {
  fhbSidebarState: true, fhbSelectedCitizen: true, fhbRecordAction: true, fhbGetSettings: true, fhbSaveSettings: true,
  fhbMergePreview: true, fhbMergeStart: true, fhbMergeContinue: true, fhbMergeStatus: true, fhbMoveVisit: true,
  fhbImportPreview: true, fhbImportConfirm: true, fhbMoveMeeting: true, fhbRecordAttendance: true, fhbRegisterVisit: true, fhbChairStandReading: true, fhbVisitMissed: true,
};

/** Every endpoint's global name, at run time: the build checks each is a top-level function of dist/Code.js. */
export const ENDPOINT_NAMES = Object.keys(ENDPOINTS) as EndpointName[];
