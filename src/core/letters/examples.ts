import { Day, addWeeks, dayFromYmd, toIso } from '../day';
import { assignMeetings, findMeeting } from '../meetings/assign';
import { getProfile } from '../profiles/registry';
import type { Rule } from '../profiles/schema';
import { evaluate } from '../rules/engine';
import type { Citizen, PlannedOffer, Plan } from '../rules/types';
import { Settings } from '../settings/schema';
import { letterFields } from './fields';
import { templateKeyFor } from './merge-plan';
import { renderLetter } from './render';
import { letterRef } from './text';
import { DEFAULT_TEMPLATES, LetterTemplate } from './templates';

/**
 * One example letter per built-in profile and offer, for a synthetic citizen, with the default
 * templates: what docs/breve shows (scripts/render-letters.ts) and what the letter acceptance test reads.
 */

export const EXAMPLE_AS_OF = dayFromYmd(2025, 3, 1);
export const EXAMPLE_TODAY = dayFromYmd(2025, 3, 3);

/** Ballerup's contact as its standard writes it (seed 003, lines 100-103 and 116-124); the others are made up. */
const CONTACTS: Record<string, { department: string; address: string; postcodeCity: string; phone: string; phoneHours: string; email: string }> = {
  ballerup: {
    department: 'Visitation og Vejledning', address: 'Hold-an Vej 7', postcodeCity: '2750 Ballerup',
    phone: '20 35 37 98', phoneHours: 'mandag, tirsdag, torsdag og fredag kl. 8-9', email: 'hjm-vis@balk.dk',
  },
};
const MADE_UP_CONTACT = {
  department: 'Forebyggende hjemmebesøg', address: 'Eksempelvej 1', postcodeCity: '9999 Eksempelby',
  phone: '11 22 33 44', phoneHours: 'hverdage kl. 8-9', email: 'forebyggelse@eksempel.dk',
};

export function exampleSettings(profileId: string): Settings {
  const profile = getProfile(profileId);
  const contact = CONTACTS[profileId] ?? MADE_UP_CONTACT;
  return Settings.parse({
    profile: profileId,
    municipality: /Kommune$/.test(profile.municipality) ? profile.municipality : 'Eksempel Kommune',
    ...contact,
    signature: 'Anna Andersen, forebyggelseskonsulent',
    privacyDpo: 'dpo@eksempel.dk, telefon 11 22 33 00',
    privacyLink: 'eksempel.dk/databeskyttelse',
    consultants: [{ name: 'Bo Berg', visitMinutes: 60, phone: '22 33 44 55' }],
    meetings: [
      {
        name: 'Forår', day: '2025-04-08', startMinute: 600, endMinute: 720, place: 'Rådhuset, mødesal 1', address: `${contact.address}, ${contact.postcodeCity}`,
        capacity: 40, offers: profile.rules.map((r) => r.code),
      },
    ],
  });
}

export interface ExampleLetter {
  profileId: string;
  code: string;
  templateKey: string;
  offer: PlannedOffer;
  plan: Plan;
  template: LetterTemplate;
  paragraphs: string[];
  missing: string[];
  fields: Map<string, string>;
}

/** A citizen the rule applies to on the example date. */
function citizenFor(rule: Rule, asOf: Day): Citizen {
  if (rule.kind === 'age') {
    const age = rule.ages[0].from;
    return { birth: dayFromYmd(2025 - age, 6, 15), livesAlone: rule.livesAlone ?? false, atRisk: rule.atRisk ?? false, exempt: false };
  }
  const event = addWeeks(asOf, -((rule.contacts[0].fromWeeks ?? 0) + 1));
  return { birth: dayFromYmd(1948, 6, 15), livesAlone: false, atRisk: false, exempt: false, [rule.event]: event };
}

export function exampleLetters(profileIds: readonly string[]): ExampleLetter[] {
  const out: ExampleLetter[] = [];
  for (const profileId of profileIds) {
    const profile = getProfile(profileId);
    const settings = exampleSettings(profileId);
    for (const rule of profile.rules) {
      const plan = evaluate(citizenFor(rule, EXAMPLE_AS_OF), EXAMPLE_AS_OF, profile);
      const offer = plan.offers.find((o) => o.code === rule.code);
      if (!offer) continue;
      const templateKey = templateKeyFor(offer);
      const template = DEFAULT_TEMPLATES[templateKey as keyof typeof DEFAULT_TEMPLATES];
      if (!template) continue;
      const row: Record<string, unknown> = { Navn: 'Else Eksempel', Adresse: 'Prøvevej 7, 2. th.', Postnr: '9999', By: 'Eksempelby', Noter: 'INTERN: ring efter kl. 10' };
      if (offer.booking === 'fixedTime') Object.assign(row, { Besøg: '08-04-2025 10:00', Konsulent: 'Bo Berg' });
      if (offer.booking === 'phone') row.Opkald = '03-03-2025 ikke truffet';
      const seated = assignMeetings([{ key: 1, code: offer.code, postcode: '9999' }], settings.meetings, EXAMPLE_TODAY);
      const meeting = offer.booking === 'meeting' ? findMeeting(settings.meetings, seated.byKey.get(1)) : undefined;
      const fields = letterFields({ row, plan, offer, settings, today: EXAMPLE_TODAY, meeting });
      const { paragraphs, missing } = renderLetter(template, fields);
      out.push({ profileId, code: rule.code, templateKey, offer, plan, template, paragraphs, missing, fields });
    }
  }
  return out;
}

/** The reference line the merge writes at the foot of each letter (Google and Word). */
export const EXAMPLE_REF = letterRef('EKSEMPEL', 1);

/** An example letter as a small Markdown page. */
export function exampleMarkdown(letter: ExampleLetter): string {
  const head = [
    `# ${letter.code} (${letter.profileId})`,
    '',
    `Skabelon ${letter.templateKey}: ${letter.template.title}. Tilbud: ${letter.offer.label}. Eksempel for en opdigtet borger, brevdato ${toIso(EXAMPLE_TODAY)}; lavet af \`scripts/render-letters.ts\`.`,
    '',
    '---',
    '',
  ];
  const body = letter.paragraphs.map((p) => p.split('\n').map((line) => (line === '' ? '' : `${line}  `)).join('\n').replace(/ {2}$/, ''));
  return `${[...head, [...body, EXAMPLE_REF].join('\n\n')].join('\n')}\n`;
}

/** The built-in profiles the examples show (ids as the registry has them). */
export const EXAMPLE_PROFILES = ['glostrup-2025', 'ballerup', 'sel-79a'];

/** docs/breve: file name → text, with an index page. */
export function exampleFiles(): Map<string, string> {
  const files = new Map<string, string>();
  const index = ['# Eksempler på breve', '', 'Ét brev pr. profil og tilbud, lavet af `scripts/render-letters.ts` ud fra standardskabelonerne.', ''];
  for (const letter of exampleLetters(EXAMPLE_PROFILES)) {
    const name = `${letter.profileId}-${letter.code}.md`;
    files.set(name, exampleMarkdown(letter));
    index.push(`- [${letter.profileId}: ${letter.offer.label} (${letter.code})](${name})`);
  }
  files.set('README.md', `${index.join('\n')}\n`);
  return files;
}
