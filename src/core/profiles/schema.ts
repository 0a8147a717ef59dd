import * as z from 'zod/mini';
import { fromIso } from '../day';
import * as text from './text';

/**
 * The schema of a municipal profile: the single source of the `Profile` type. A municipality is added by
 * writing one JSON file this schema accepts (see docs/profiles.md, "Rules as data").
 *
 * Ages count calendar years: an age band `{ from: 75, to: 75 }` means "in the year the citizen turns 75".
 * Every object is strict: an unknown key is refused (with the nearest valid key suggested), never dropped.
 *
 * Built on first use, not at load: Sheets loads the whole script on every custom-function call, and most
 * calls never validate a profile (the built-in ones are validated once, then cached).
 */

// Apps Script forbids `new Function`; zod's fast path uses it. Jitless keeps the bundle free of eval.
// zod/mini (not classic zod) because it tree-shakes to a fraction of the size.
z.config({ jitless: true });

/** The newest schema version; a profile without `schemaVersion` is read as version 1 (see migrate.ts). */
export const SCHEMA_VERSION = 2;

/**
 * How big a profile may be (issue 22, item 5): a profile pasted into a settings cell may be wrong or hostile,
 * and every feature reads it, so each list and text has a ceiling far above any real standard's (the built-in
 * profiles have 5-7 rules, texts under 450 characters). The rules' pairwise overlap check and *Vis regler*
 * grow with them; the whole JSON is bounded in registry.ts (`MAX_PROFILE_CHARS`).
 */
export const PROFILE_LIMITS = {
  rules: 50, contacts: 10, ageBands: 20, forms: 10, list: 50, reasons: 30, events: 10, aliases: 20, notes: 30, paragraphs: 20,
  /** Characters in one text (a label, a legal basis, a letter paragraph). */
  text: 2000,
  /** Characters in a code, an id or a template key. */
  name: 60,
} as const;

/** The events every sheet has a column for; a profile may name more in `events`. */
export const BUILTIN_EVENTS = ['spouseDied', 'spouseMoved'] as const;

function build() {
  const L = PROFILE_LIMITS;
  const plain = () => z.string().check(z.maxLength(L.text, text.tooLongText(L.text)));
  const str = () => z.string().check(z.trim(), z.minLength(1, 'må ikke være tom'), z.maxLength(L.text, text.tooLongText(L.text)));
  const key = () => z.string().check(z.minLength(1), z.maxLength(L.name, text.tooLongText(L.name)));
  /** A list of at most `max` entries, named in the message ("højst 50 regler"). */
  const list = <T extends z.core.SomeType>(of: T, max: number, what: string) => z.array(of).check(z.maxLength(max, text.tooMany(max, what)));
  const age = () => z.int().check(z.gte(0), z.lte(130));
  const weeks = () => z.int().check(z.gte(0), z.lte(520));
  const months = () => z.int().check(z.gte(0), z.lte(120));
  // A day that does not exist («2025-02-30», «2025-13-01») is refused here: read later, it was no date at all.
  const isoDay = () => z.string().check(z.refine((s) => fromIso(s) !== undefined, 'skal være en dato som åååå-mm-dd, en dag der findes'));
  const code = () => z.string().check(z.maxLength(L.name, text.tooLongText(L.name)), z.regex(/^[A-ZÆØÅ][A-ZÆØÅ0-9_]*$/, text.BAD_CODE));
  const id = () => z.string().check(z.maxLength(L.name, text.tooLongText(L.name)), z.regex(/^[a-z0-9][a-z0-9-]*$/, text.BAD_ID));

  /** Whole years, inclusive; `to` left out means "and older". */
  const AgeBand = z
    .strictObject({ from: age(), to: z.optional(age()) })
    .check(z.refine((band) => band.to === undefined || band.to >= band.from, '"to" skal være mindst lige så stor som "from"'));

  /** How a visit is arranged: the scheduler books `fixedTime` offers; the call list shows `phone` offers. */
  const Booking = z.enum(['fixedTime', 'citizenBooks', 'meeting', 'phone', 'asNeeded']);

  const offerShape = {
    /** The Danish label shown in the sheet and letters, e.g. "Informationsmøde for 75-årige". */
    label: str(),
    /** The form of the visit, e.g. "Seniorsamtale i eget hjem med fast dato og tid". */
    form: str(),
    /** How the citizen is contacted, e.g. "Brev" or "Telefon; brev hvis ikke truffet". */
    channel: str(),
    booking: Booking,
    /** The letter template key; defaults to the rule's code. */
    template: z.optional(key()),
    /** Recording "ikke truffet" on the phone makes a letter due, with this template key. */
    letterIfNotReached: z.optional(key()),
    /** For the consultants only (shown in the sidebar, never printed in a letter). */
    note: z.optional(plain()),
    /** Citizen text for the letter of this offer, one paragraph per entry, in the standard's words. */
    letterText: z.optional(list(str(), L.paragraphs, 'afsnit')),
    /** The alternative a meeting letter names last, after how to sign up ("Vil du hellere have besøg hjemme …"). */
    letterAlternative: z.optional(str()),
  };

  const Offer = z.strictObject(offerShape);

  /** Within one offer, another form, channel or template for some of its ages (letter at 75, booking at 82). */
  const FormByAge = z.strictObject({
    ages: list(AgeBand, L.ageBands, 'aldersbånd').check(z.minLength(1)),
    label: z.optional(str()),
    form: z.optional(str()),
    channel: z.optional(str()),
    booking: z.optional(Booking),
    template: z.optional(key()),
    note: z.optional(plain()),
  });

  /** One contact after an event, in whole weeks (or months) after it; several make a follow-up series. */
  const Contact = z
    .strictObject({
      ...offerShape,
      fromWeeks: z.optional(weeks()),
      toWeeks: z.optional(weeks()),
      fromMonths: z.optional(months()),
      toMonths: z.optional(months()),
    })
    .check(
      z.superRefine((c, ctx) => {
        const w = c.fromWeeks !== undefined || c.toWeeks !== undefined;
        const m = c.fromMonths !== undefined || c.toMonths !== undefined;
        const add = (message: string) => ctx.addIssue({ code: 'custom', message, input: c });
        if (w && m) add('brug enten "fromWeeks"/"toWeeks" eller "fromMonths"/"toMonths", ikke begge');
        else if (!w && !m) add('mangler en periode: "fromWeeks" og "toWeeks" (eller "fromMonths" og "toMonths")');
        else if (w && (c.fromWeeks === undefined || c.toWeeks === undefined)) add('"fromWeeks" og "toWeeks" skal begge angives');
        else if (m && (c.fromMonths === undefined || c.toMonths === undefined)) add('"fromMonths" og "toMonths" skal begge angives');
        else if (w && c.toWeeks! < c.fromWeeks!) add('"toWeeks" skal være mindst "fromWeeks"');
        else if (m && c.toMonths! < c.fromMonths!) add('"toMonths" skal være mindst "fromMonths"');
      }),
    );

  /** Where a rule comes from: the seed document and its lines, so every rule can be traced to its text. */
  const Source = z.strictObject({ document: str(), lines: str() });

  const ruleBase = {
    code: code(),
    /** A short Danish name of the target group, e.g. "80-årige". */
    title: str(),
    legalBasis: str(),
    source: Source,
    /** Codes this rule may be given together with in the same year (an overlap the profile means). */
    combinesWith: z.optional(list(code(), L.list, 'koder')),
    /** Ages left out of the bands (e.g. 80, who is visited anyway). */
    excludeAges: z.optional(list(age(), 131, 'aldre')),
  };

  /** Offered once in the planning year to everyone whose calendar-year age falls in a band. */
  const AgeRule = z.strictObject({
    ...ruleBase,
    kind: z.literal('age'),
    ages: list(AgeBand, L.ageBands, 'aldersbånd').check(z.minLength(1)),
    livesAlone: z.optional(z.boolean()),
    atRisk: z.optional(z.boolean()),
    /** `calendarYear` (default): 1 January to 31 December; `birthday`: from the birthday until the next. */
    window: z.optional(z.enum(['calendarYear', 'birthday'])),
    offer: Offer,
    forms: z.optional(list(FormByAge, L.forms, 'former')),
  });

  /** Offered after an event (the spouse died, moved to a care home, or one the profile names), in contacts. */
  const EventRule = z
    .strictObject({
      ...ruleBase,
      kind: z.literal('event'),
      /** `spouseDied`, `spouseMoved`, or the id of one of the profile's `events`. */
      event: key(),
      /** Calendar-year age the citizen must reach; left out = no age limit (Ballerup's bereaved). */
      minAge: z.optional(age()),
      /** Calendar-year ages the rule applies to (with holes, or with `excludeAges`); with `minAge`, both hold. */
      ages: z.optional(list(AgeBand, L.ageBands, 'aldersbånd').check(z.minLength(1))),
      /** How long the event counts as "recent"; after that the rule no longer applies. */
      horizonWeeks: z.optional(z.int().check(z.gte(1), z.lte(520))),
      horizonMonths: z.optional(z.int().check(z.gte(1), z.lte(120))),
      contacts: list(Contact, L.contacts, 'kontakter').check(z.minLength(1)),
    })
    .check(
      z.superRefine((r, ctx) => {
        if ((r.horizonWeeks === undefined) === (r.horizonMonths === undefined)) {
          ctx.addIssue({ code: 'custom', path: ['horizonWeeks'], message: 'angiv enten "horizonWeeks" eller "horizonMonths"', input: r });
          return;
        }
        // Compared in days (a month counted as 31): a contact must end by the horizon.
        const days = (w?: number, m?: number) => (w !== undefined ? w * 7 : (m ?? 0) * 31);
        const horizon = days(r.horizonWeeks, r.horizonMonths);
        r.contacts.forEach((c, i) => {
          if (days(c.toWeeks, c.toMonths) > horizon) {
            ctx.addIssue({ code: 'custom', path: ['contacts', i], message: 'kontakten skal ligge inden for "horizonWeeks"/"horizonMonths"', input: c });
          }
        });
      }),
    );

  const Rule = z.discriminatedUnion('kind', [AgeRule, EventRule]);

  /**
   * A reason for exemption the team can pick (the `Undtaget` dropdown offers the labels). The cell counts
   * as this reason when it is the label, the id, or one of `synonyms`, compared as whole words in any
   * order ("praktisk hjælp og personlig pleje"), never as a substring. `keywords` is version 1's name.
   */
  const ExemptionReason = z.strictObject({
    id: key(),
    label: str(),
    synonyms: z.optional(list(plain().check(z.minLength(1)), L.list, 'synonymer')),
    keywords: z.optional(list(plain().check(z.minLength(1)), L.list, 'nøgleord')),
  });

  /** A life event the profile reacts to beyond the spouse: a dated column the sheet set-up creates. */
  const EventDef = z.strictObject({
    id: z.string().check(z.maxLength(L.name, text.tooLongText(L.name)), z.regex(/^[a-z][a-zA-Z0-9]*$/, 'skal være et navn som rehabEnded (a–z og tal, intet mellemrum)')),
    /** The column header, e.g. "Rehabilitering afsluttet". */
    column: str(),
    /** How the event reads in a reason: "Rehabiliteringsforløbet sluttede". */
    phrase: z.optional(str()),
  });

  /** The decision a profile rests on: who decided, when, and where to read it. */
  const Decision = z.strictObject({
    /** E.g. "Kommunalbestyrelsen i Glostrup Kommune". */
    body: str(),
    date: z.optional(isoDay()),
    caseNumber: z.optional(str()),
    link: z.optional(str()),
  });

  /**
   * A theme of the conversation, or a kind of advice or referral: the code the visit sheet holds
   * (Temaer, Henvisninger) and the label the form and the report show, in the standard's words where it
   * has them (`source` then names its lines).
   */
  const VisitTerm = z.strictObject({
    id: id(),
    label: str(),
    synonyms: z.optional(list(str(), L.list, 'synonymer')),
    source: z.optional(Source),
  });
  const VisitTerms = list(VisitTerm, L.list, 'koder').check(
    z.minLength(1),
    z.superRefine((terms, ctx) => {
      const seen = new Set<string>();
      terms.forEach((t, i) => {
        if (seen.has(t.id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `koden ${t.id} findes to gange`, input: t.id });
        seen.add(t.id);
      });
    }),
  );

  const Profile = z
    .strictObject({
      /** 1 (or left out): the shape before strict keys and dated law; 2: the current shape. */
      schemaVersion: z.optional(z.union([z.literal(1), z.literal(2)])),
      id: id(),
      /** Names that also select this profile in the `profile` argument (matched without case and spaces). */
      aliases: z._default(list(plain(), L.aliases, 'aliasser'), []),
      name: str(),
      municipality: str(),
      legalBasis: str(),
      source: str(),
      /** The profile that states the law, to warn where this one is narrower (e.g. "sel-79a"). */
      compareWith: z.optional(key()),
      /** The first and last day the profile applies (gyldig fra/til); the planner warns outside them. */
      validFrom: z.optional(isoDay()),
      validTo: z.optional(isoDay()),
      decision: z.optional(Decision),
      /** For a profile that states the law: its last day as law. Gap warnings against it stop after. */
      lawUntil: z.optional(isoDay()),
      events: z._default(list(EventDef, L.events, 'egne hændelser'), []),
      rules: list(Rule, L.rules, 'regler').check(z.minLength(1)),
      exemptions: z.strictObject({
        legalBasis: str(),
        reasons: list(ExemptionReason, L.reasons, 'undtagelsesgrunde'),
        /**
         * True when the standard lists its reasons exhaustively (Kerteminde, Frederikshavn: both personal care
         * and practical help, or a care home): other text in `Undtaget` then exempts nobody and the plan says
         * why. Left out (false): other text exempts as the team's own judgement, with a warning.
         */
        exhaustive: z.optional(z.boolean()),
      }),
      /** Facts a consultant should know that the rules do not carry (complaints, Digital Post, tests …). */
      notes: z._default(list(str(), L.notes, 'noter'), []),
      /** The themes of the conversation the visit sheet codes (Temaer); left out = fhb's default set. */
      themes: z.optional(VisitTerms),
      /** The kinds of advice or referral the visit sheet codes (Henvisninger); left out = fhb's default set. */
      referrals: z.optional(VisitTerms),
    })
    .check(
      z.superRefine((profile, ctx) => {
        // Only between two real days: a day that does not exist is refused on its own.
        const from = fromIso(profile.validFrom ?? ''), to = fromIso(profile.validTo ?? '');
        if (from !== undefined && to !== undefined && to < from) {
          ctx.addIssue({ code: 'custom', path: ['validTo'], message: '"validTo" skal ligge efter "validFrom"', input: profile.validTo });
        }
        const events = new Set<string>([...BUILTIN_EVENTS, ...profile.events.map((e) => e.id)]);
        const seen = new Set<string>();
        profile.rules.forEach((rule, i) => {
          if (seen.has(rule.code)) {
            ctx.addIssue({ code: 'custom', path: ['rules', i, 'code'], message: `koden ${rule.code} findes to gange`, input: rule.code });
          }
          seen.add(rule.code);
          if (rule.code === 'UNDTAGET' || rule.code === 'INGEN') {
            ctx.addIssue({ code: 'custom', path: ['rules', i, 'code'], message: `${rule.code} er reserveret`, input: rule.code });
          }
          if (rule.kind === 'event' && !events.has(rule.event)) {
            ctx.addIssue({
              code: 'custom', path: ['rules', i, 'event'], input: rule.event,
              message: `«${rule.event}» er ikke en kendt hændelse; skal være en af: ${[...events].map((e) => `«${e}»`).join(', ')} (egne hændelser angives i "events")`,
            });
          }
        });
      }),
    );

  return { AgeBand, Booking, Offer, FormByAge, Contact, Source, AgeRule, EventRule, Rule, ExemptionReason, EventDef, Decision, VisitTerm, VisitTerms, Profile };
}

type Schemas = ReturnType<typeof build>;
let built: Schemas | undefined;

/** The zod schemas, built on first use. */
export function profileSchemas(): Schemas {
  built ??= build();
  return built;
}

export type AgeBand = z.infer<Schemas['AgeBand']>;
export type Booking = z.infer<Schemas['Booking']>;
export type Offer = z.infer<Schemas['Offer']>;
export type FormByAge = z.infer<Schemas['FormByAge']>;
export type Contact = z.infer<Schemas['Contact']>;
export type AgeRule = z.infer<Schemas['AgeRule']>;
export type EventRule = z.infer<Schemas['EventRule']>;
export type Rule = z.infer<Schemas['Rule']>;
export type ExemptionReason = z.infer<Schemas['ExemptionReason']>;
export type EventDef = z.infer<Schemas['EventDef']>;
export type Decision = z.infer<Schemas['Decision']>;
export type VisitTerm = z.infer<Schemas['VisitTerm']>;
export type Profile = z.infer<Schemas['Profile']>;
export type ProfileInput = z.input<Schemas['Profile']>;
/** `spouseDied`, `spouseMoved`, or an event id the profile names. */
export type EventKind = string;
