import * as z from 'zod/mini';
import { DEFAULT_PROFILE_ID } from '../profiles/registry';

/**
 * The team's settings: what the `Indstillinger` sheet holds (one row per setting, label in column A,
 * value in column B; the reference date is always B2 so formulas can name `Indstillinger!B2`), and what
 * the offline planner reads from `indstillinger.json`. The schema is the single source of the type.
 * Dates travel as ISO `yyyy-mm-dd` text (google.script.run cannot carry Dates). Each schema is built on
 * first use (z.lazy): Sheets runs the whole script's top level on every custom-function call (issue 26).
 */

const isoDay = () => z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'skal være en dato som åååå-mm-dd'));
const optionalText = () => z._default(z.string(), '');

export const Consultant = z.lazy(() =>
  z.object({
    name: z.string().check(z.trim(), z.minLength(1, 'navn mangler')),
    /** ISO weekdays the consultant visits (1 = Monday). */
    weekdays: z._default(z.array(z.int().check(z.gte(1), z.lte(7))), [1, 2, 3, 4, 5]),
    /** Minutes after midnight: 9:00 = 540. */
    startMinute: z._default(z.int().check(z.gte(0), z.lte(1440)), 540),
    endMinute: z._default(z.int().check(z.gte(0), z.lte(1440)), 900),
    visitsPerDay: z._default(z.int().check(z.gte(1), z.lte(20)), 3),
    visitMinutes: z._default(z.int().check(z.gte(10), z.lte(480)), 60),
    travelMinutes: z._default(z.int().check(z.gte(0), z.lte(240)), 30),
    daysOff: z._default(z.array(isoDay()), []),
    /** The consultant's own phone, printed when a visit letter is signed by someone else. */
    phone: optionalText(),
  }),
);

export const Closure = z.lazy(() =>
  z.object({
    day: isoDay(),
    /** Closed from this minute of the day; left out = all day. */
    fromMinute: z.optional(z.int().check(z.gte(0), z.lte(1440))),
    reason: optionalText(),
  }),
);

export const MergeMode = z.lazy(() => z.enum(['combined', 'perCitizen']));

/**
 * An information meeting or group event (arrangement) the team holds: the merge invites each citizen of
 * a meeting offer to one, never over its capacity (see src/core/meetings/).
 */
export const Meeting = z.lazy(() =>
  z.object({
    /** The name the citizen sheet's Arrangement column shows, e.g. "Informationsmøde marts"; unique. */
    name: z.string().check(z.trim(), z.minLength(1, 'navn mangler')),
    day: isoDay(),
    /** Minutes after midnight: 10:00 = 600. */
    startMinute: z.int().check(z.gte(0), z.lte(1440)),
    endMinute: z.optional(z.int().check(z.gte(0), z.lte(1440))),
    place: z.string().check(z.trim(), z.minLength(1, 'sted mangler')),
    address: optionalText(),
    capacity: z.int().check(z.gte(1, 'skal være mindst 1'), z.lte(10000)),
    /** The offer codes the meeting serves, e.g. ["ALENE_70", "ALDER_75"]. */
    offers: z.array(z.string().check(z.minLength(1))).check(z.minLength(1, 'mindst ét tilbud (kode)')),
    /** Postcodes the meeting is nearest to; empty = the whole municipality. */
    postcodes: z._default(z.array(z.string()), []),
  }),
);

/**
 * What the projection of a planning year (src/core/projection/) assumes, when the team overrides it; a
 * figure left out is fhb's default, printed with its source. Acceptance is a share 0 to 1 per offer code.
 */
export const ProjectionSettings = z.lazy(() =>
  z.object({
    /** Minutes a visit lasts; left out = the consultants' own visit length. */
    visitMinutes: z.optional(z.int().check(z.gte(10), z.lte(480))),
    /** Minutes per visit for travel, preparation and documentation. */
    overheadMinutes: z.optional(z.int().check(z.gte(0), z.lte(480))),
    /** Hours a consultant works a week. */
    weeklyHours: z.optional(z.number().check(z.gt(0), z.lte(60))),
    /** Weeks a year a consultant works (after holidays and absence). */
    workingWeeks: z.optional(z.int().check(z.gte(1), z.lte(52))),
    /** Seats at one information meeting; left out = the settings' meetings. */
    meetingCapacity: z.optional(z.int().check(z.gte(1), z.lte(10000))),
    // Keyed by offer code: an object whose every key is checked (z.catchall), not z.record, whose parser
    // would add 2.3 KB to dist/Code.js for what the object parser already does (issue 26). So for templates.
    acceptance: z._default(z.catchall(z.object({}), z.number().check(z.gte(0), z.lte(1))), {}),
  }),
);

export const Settings = z.lazy(() =>
  z.object({
    /** The reference date (its year is the planning year), kept current by the daily trigger. */
    asOf: z.optional(isoDay()),
    profile: z._default(z.string(), DEFAULT_PROFILE_ID),
    municipality: optionalText(),
    /** The sender on letters, e.g. "Forebyggende hjemmebesøg, Sundhed og Omsorg". */
    department: optionalText(),
    address: optionalText(),
    postcodeCity: optionalText(),
    phone: optionalText(),
    phoneHours: optionalText(),
    email: optionalText(),
    signature: optionalText(),
    consultants: z._default(z.array(Consultant), []),
    /** The team's closed days besides public holidays; set-up fills 24 Dec, 31 Dec and 5 June from 12:00. */
    closures: z._default(z.array(Closure), []),
    /** Weeks between the letter and a fixed-time visit. */
    letterLeadWeeks: z._default(z.int().check(z.gte(0), z.lte(26)), 3),
    /** Weeks after a spouse's death before a letter to the bereaved is made (a standard may give no timing). */
    bereavedDelayWeeks: z._default(z.int().check(z.gte(0), z.lte(26)), 0),
    /** Letter template per template key (offer code): a Google Doc id (Sheets) or a .docx path (offline). */
    templates: z._default(z.catchall(z.object({}), z.string()), {}),
    /** Where per-citizen letters and PDFs go: a Drive folder id (Sheets) or a directory (offline). */
    outputFolder: optionalText(),
    mergeMode: z._default(MergeMode, 'combined'),
    /** Months after Ophørt before "Slet ophørte borgere" deletes a citizen (data protection). */
    retentionMonths: z._default(z.int().check(z.gte(1), z.lte(120)), 12),
    pdf: z._default(z.boolean(), false),
    /** The information meetings and group events (arrangementer). */
    meetings: z._default(z.array(Meeting), []),
    /**
     * The data-protection notice at each letter's foot (src/core/letters/privacy.ts) is made of these:
     * the controller (empty = the municipality and the address above), the DPO's contact (required), the
     * legal basis of the offer (empty = from the profile and the letter's date), who else holds the data
     * and where (empty = Google Workspace as processor), the municipality's privacy page, and whether the
     * letter carries the short version with that link.
     */
    privacyController: optionalText(),
    privacyDpo: optionalText(),
    privacyLegalBasis: optionalText(),
    privacyRecipients: optionalText(),
    privacyLink: optionalText(),
    privacyShort: z._default(z.boolean(), false),
    /** The team's own data-protection text instead of the notice made of the settings above; '' = none. */
    privacyText: optionalText(),
    /** What the projection of a year assumes, where the team overrides fhb's defaults. */
    projection: z._default(ProjectionSettings, { acceptance: {} }),
  }),
);

export type Consultant = z.infer<typeof Consultant>;
export type Closure = z.infer<typeof Closure>;
export type MergeMode = z.infer<typeof MergeMode>;
export type Meeting = z.infer<typeof Meeting>;
export type ProjectionSettings = z.infer<typeof ProjectionSettings>;
export type Settings = z.infer<typeof Settings>;
export type SettingsInput = z.input<typeof Settings>;

/** The default closed days of a year: Juleaftensdag, Nytårsaftensdag, Grundlovsdag from noon. */
export function defaultClosures(year: number): Closure[] {
  return [
    { day: `${year}-06-05`, fromMinute: 720, reason: 'Grundlovsdag (eftermiddag)' },
    { day: `${year}-12-24`, reason: 'Juleaftensdag' },
    { day: `${year}-12-31`, reason: 'Nytårsaftensdag' },
  ];
}
