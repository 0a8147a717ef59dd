import * as z from 'zod/mini';

// Apps Script forbids `new Function`; zod's fast path uses it. Jitless keeps the bundle free of eval.
// zod/mini (not classic zod) because Sheets loads the whole script on every custom-function call, and
// mini tree-shakes to a fraction of the size.
z.config({ jitless: true });

/**
 * The schema of a municipal profile: the single source of the `Profile` type. A municipality is added by
 * writing one JSON file this schema accepts (see README, "Tilføj en kommune").
 *
 * Ages count calendar years: an age band `{ from: 75, to: 75 }` means "in the year the citizen turns 75".
 */

const text = () => z.string().check(z.trim(), z.minLength(1, 'må ikke være tom'));
const age = () => z.int().check(z.gte(0), z.lte(130));
const isoDay = () => z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'skal være en dato som åååå-mm-dd'));
const weeks = () => z.int().check(z.gte(0), z.lte(520));

/** Whole years, inclusive; `to` left out means "and older". */
export const AgeBand = z
  .object({ from: age(), to: z.optional(age()) })
  .check(z.refine((band) => band.to === undefined || band.to >= band.from, '"to" skal være mindst lige så stor som "from"'));

/** How a visit is arranged: the scheduler books `fixedTime` offers; the call list shows `phone` offers. */
export const Booking = z.enum(['fixedTime', 'citizenBooks', 'meeting', 'phone', 'asNeeded']);

const offerShape = {
  /** The Danish label shown in the sheet and letters, e.g. "Informationsmøde for 75-årige". */
  label: text(),
  /** The form of the visit, e.g. "Seniorsamtale i eget hjem med fast dato og tid". */
  form: text(),
  /** How the citizen is contacted, e.g. "Brev" or "Telefon; brev hvis ikke truffet". */
  channel: text(),
  booking: Booking,
  /** The letter template key; defaults to the rule's code. */
  template: z.optional(z.string()),
  /** Recording "ikke truffet" on the phone makes a letter due, with this template key. */
  letterIfNotReached: z.optional(z.string()),
  /** What else the citizen should know, e.g. "Ægtefælle/samlever er velkommen uanset alder." */
  note: z.optional(z.string()),
};

export const Offer = z.object(offerShape);

/** One contact after an event, in whole weeks after it; several make a follow-up series. */
export const Contact = z
  .object({ ...offerShape, fromWeeks: weeks(), toWeeks: weeks() })
  .check(z.refine((c) => c.toWeeks >= c.fromWeeks, '"toWeeks" skal være mindst "fromWeeks"'));

export const EventKind = z.enum(['spouseDied', 'spouseMoved']);

/** Where a rule comes from: the seed document and its lines, so every rule can be traced to its text. */
export const Source = z.object({ document: text(), lines: text() });

const ruleBase = {
  code: z.string().check(z.regex(/^[A-ZÆØÅ][A-ZÆØÅ0-9_]*$/, 'skal være STORE BOGSTAVER, tal og _ (fx ALDER_80)')),
  /** A short Danish name of the target group, e.g. "80-årige". */
  title: text(),
  legalBasis: text(),
  source: Source,
};

/** Offered once in the planning year to everyone whose calendar-year age falls in a band. */
export const AgeRule = z.object({
  ...ruleBase,
  kind: z.literal('age'),
  ages: z.array(AgeBand).check(z.minLength(1)),
  livesAlone: z.optional(z.boolean()),
  atRisk: z.optional(z.boolean()),
  offer: Offer,
});

/** Offered after an event (the spouse died, the spouse moved to a care home), in one or more contacts. */
export const EventRule = z
  .object({
    ...ruleBase,
    kind: z.literal('event'),
    event: EventKind,
    /** Calendar-year age the citizen must reach; left out = no age limit (Ballerup's bereaved). */
    minAge: z.optional(age()),
    /** How many weeks the event counts as "recent"; after that the rule no longer applies. */
    horizonWeeks: z.int().check(z.gte(1), z.lte(520)),
    contacts: z.array(Contact).check(z.minLength(1)),
  })
  .check(
    z.refine((r) => r.contacts.every((c) => c.toWeeks <= r.horizonWeeks), {
      message: 'hver kontakt skal ligge inden for "horizonWeeks"',
      path: ['horizonWeeks'],
    }),
  );

export const Rule = z.discriminatedUnion('kind', [AgeRule, EventRule]);

export const ExemptionReason = z.object({
  id: z.string().check(z.minLength(1)),
  label: text(),
  /** Words that, found in the `Undtaget` cell, name this reason (lower case). */
  keywords: z.array(z.string().check(z.minLength(1))).check(z.minLength(1)),
});

/** The decision a profile rests on: who decided, when, and where to read it. */
export const Decision = z.object({
  /** E.g. "Kommunalbestyrelsen i Glostrup Kommune". */
  body: text(),
  date: z.optional(isoDay()),
  caseNumber: z.optional(text()),
  link: z.optional(text()),
});

export const Profile = z
  .object({
    id: z.string().check(z.regex(/^[a-z0-9][a-z0-9-]*$/, 'skal være små bogstaver, tal og bindestreg (fx glostrup-2025)')),
    /** Names that also select this profile in the `profile` argument (matched without case and spaces). */
    aliases: z._default(z.array(z.string()), []),
    name: text(),
    municipality: text(),
    legalBasis: text(),
    source: text(),
    /** The profile the law sets, to warn where this one is narrower (e.g. "sel-79a"). */
    compareWith: z.optional(z.string()),
    /** The first and last day the profile applies (gyldig fra/til); the planner warns outside them. */
    validFrom: z.optional(isoDay()),
    validTo: z.optional(isoDay()),
    decision: z.optional(Decision),
    /** For a profile that states the law: its last day as law. Gap warnings against it stop after. */
    lawUntil: z.optional(isoDay()),
    rules: z.array(Rule).check(z.minLength(1)),
    exemptions: z.object({ legalBasis: text(), reasons: z.array(ExemptionReason) }),
    /** Facts a consultant should know that the rules do not carry (complaints, Digital Post, tests …). */
    notes: z._default(z.array(text()), []),
  })
  .check(
    z.superRefine((profile, ctx) => {
      if (profile.validFrom && profile.validTo && profile.validTo < profile.validFrom) {
        ctx.addIssue({ code: 'custom', path: ['validTo'], message: '"validTo" skal ligge efter "validFrom"', input: profile.validTo });
      }
      const seen = new Set<string>();
      profile.rules.forEach((rule, i) => {
        if (seen.has(rule.code)) {
          ctx.addIssue({ code: 'custom', path: ['rules', i, 'code'], message: `koden ${rule.code} findes to gange`, input: rule.code });
        }
        seen.add(rule.code);
        if (rule.code === 'UNDTAGET' || rule.code === 'INGEN') {
          ctx.addIssue({ code: 'custom', path: ['rules', i, 'code'], message: `${rule.code} er reserveret`, input: rule.code });
        }
      });
    }),
  );

export type AgeBand = z.infer<typeof AgeBand>;
export type Decision = z.infer<typeof Decision>;
export type Booking = z.infer<typeof Booking>;
export type Offer = z.infer<typeof Offer>;
export type Contact = z.infer<typeof Contact>;
export type EventKind = z.infer<typeof EventKind>;
export type AgeRule = z.infer<typeof AgeRule>;
export type EventRule = z.infer<typeof EventRule>;
export type Rule = z.infer<typeof Rule>;
export type Profile = z.infer<typeof Profile>;
export type ProfileInput = z.input<typeof Profile>;
