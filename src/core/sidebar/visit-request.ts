import * as z from 'zod/mini';

/**
 * What *Registrér besøget* sends (one held contact for the visit sheet Besøg) and what the citizen view
 * carries for its form. Codes only, never free text: themes and referrals are the profile's codes, the
 * chair-stand test a count (SPEC 4, "The visit record is not a journal").
 */

const isoDay = () => z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'skal være en dato som åååå-mm-dd'));
const codes = () => z.array(z.string().check(z.trim(), z.minLength(1, 'mangler'), z.maxLength(60, 'er for lang'))).check(z.maxLength(40, 'højst 40'));

/** The forms a registration may take (Annulleret is no contact: a correction is a new row). */
export const REGISTER_FORMS = ['home', 'phone', 'meeting', 'griefTalk', 'dropIn'] as const;

export const RegisterVisitRequest = z.lazy(() =>
  z.object({
    row: z.int().check(z.gte(2, 'skal være en række under overskrifterne'), z.lte(10_000_000)),
    key: z.string().check(z.minLength(1, 'mangler'), z.maxLength(200)),
    /** The day of the contact. */
    date: isoDay(),
    form: z.enum(REGISTER_FORMS),
    minutes: z.optional(z.int('skal være et helt antal minutter').check(z.gte(1, 'skal være mindst 1'), z.lte(600, 'må højst være 600'))),
    consultant: z.optional(z.string().check(z.trim(), z.maxLength(100, 'er for langt (højst 100 tegn)'))),
    themes: codes(),
    referrals: codes(),
    /** Stands in 30 seconds, arms used = 0. */
    chairStand: z.optional(z.int('skal være et helt tal').check(z.gte(0, 'skal være mindst 0'), z.lte(60, 'må højst være 60'))),
    /** Only when the citizen has no CPR number to read it from. */
    sex: z.optional(z.enum(['M', 'K'])),
    followUp: z.optional(isoDay()),
  }),
);
export type RegisterVisitRequest = z.infer<typeof RegisterVisitRequest>;

/** A theme or referral as the form shows it: the code it stores and the profile's words. */
export interface TermView {
  id: string;
  label: string;
}

/** What the citizen view carries for *Registrér besøget*. */
export interface VisitFormView {
  forms: TermView[];
  themes: TermView[];
  referrals: TermView[];
  /** M/K from the citizen's CPR number; absent: the form asks (Køn). */
  sex?: 'M' | 'K';
  /** The citizen's previous chair-stand test, for the change since. */
  previous?: { count: number; day: string };
}

/** The chair-stand reading while the form is filled in: the count, the test day, and the sex when asked. */
export const ChairStandRequest = z.lazy(() =>
  z.object({
    row: z.int().check(z.gte(2, 'skal være en række under overskrifterne'), z.lte(10_000_000)),
    key: z.string().check(z.minLength(1, 'mangler'), z.maxLength(200)),
    date: isoDay(),
    count: z.int('skal være et helt tal').check(z.gte(0, 'skal være mindst 0'), z.lte(60, 'må højst være 60')),
    sex: z.optional(z.enum(['M', 'K'])),
  }),
);
export type ChairStandRequest = z.infer<typeof ChairStandRequest>;
