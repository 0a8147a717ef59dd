import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dayFromYmd } from '../../../src/core/day';
import { FOLLOW_UP_CODE, withFollowUp } from '../../../src/core/follow-up/offer';
import { letterContent } from '../../../src/core/letters/content';
import { nationalRule, privacyNotice } from '../../../src/core/letters/privacy';
import { builtinProfileIds, getProfile } from '../../../src/core/profiles/registry';
import { SETTINGS, born, plan } from './fixtures';

/**
 * What the notice says the offer rests on («Tilbuddet bygger på …»), for the follow-up and for every basis a
 * profile may write. Glostrup's standard (seeds/000_…) gives the visits after the first "efter faglig vurdering"
 * (line 262: "6-8 uger efter ægtefælles død, og derefter efter faglig vurdering"; lines 266-268; line 272:
 * "Efter faglig vurdering"; line 168: "ud fra en individuel faglig vurdering"), under the standard the council
 * adopts (lines 12-13: "skal godkendes af Kommunalbestyrelsen") and § 79 a (line 94: "Lovgrundlag Lov om social
 * service § 79a"): a follow-up is part of the preventive visit, and its basis is the profile's, never a note
 * ("Aftalt ved besøget efter faglig vurdering.") spliced into the sentence as if the council had adopted it.
 */

const MARCH = dayFromYmd(2025, 3, 4);
const SEPTEMBER = dayFromYmd(2025, 9, 1);
const OWN_DECISION = 'kommunalbestyrelsens beslutning om forebyggende hjemmebesøg, med ældrelovens § 4 som generel ramme';
const FOLLOW_UP_SENTENCE = 'Opfølgningen er en del af det forebyggende hjemmebesøg. Vi aftalte den ved besøget efter en faglig vurdering.';

describe('the basis as it stands after «Tilbuddet bygger på»', () => {
  test.each<[string, string, string]>([
    // The profiles' own bases (what a follow-up rests on), 3 March 2025: § 79 a applies.
    ['Glostrup\'s profile (G94 and G12-13)', 'Lov om social service § 79 a; Glostrup Kommunes kvalitetsstandard 2025', 'lov om social service § 79 a og Glostrup Kommunes kvalitetsstandard 2025, som kommunalbestyrelsen har vedtaget'],
    ['Ballerup\'s profile (B140-141: "udarbejdet i henhold til § 79a")', 'Lov om social service § 79 a; Ballerup Kommunes kvalitetsstandard', 'lov om social service § 79 a og Ballerup Kommunes kvalitetsstandard, som kommunalbestyrelsen har vedtaget'],
    ['Strandby\'s profile: the law first, then the standard the council adopted', 'Strandby Kommunes egen beslutning (kvalitetsstandard 2026); ældreloven § 4 som generel ramme', 'ældreloven § 4 som generel ramme og Strandby Kommunes egen beslutning (kvalitetsstandard 2026), som kommunalbestyrelsen har vedtaget'],
    // A rule's own basis.
    ['a rule of § 79 a (G81-83)', 'SEL § 79 a, stk. 4', 'lov om social service § 79 a, stk. 4'],
    ['a local offer of the standard (G214-219)', 'Glostrup Kommunes kvalitetsstandard 2025 (lokalt tilbud)', 'Glostrup Kommunes kvalitetsstandard 2025, som kommunalbestyrelsen har vedtaget'],
    ['a note that names no law and no standard (Eksempelby)', 'Lokal beslutning', 'kommunalbestyrelsens egen beslutning'],
    ['the follow-up\'s old note', 'Aftalt ved besøget efter faglig vurdering.', 'kommunalbestyrelsens egen beslutning'],
    // Splicing: a basis typed as a sentence, with spaces, or «;»-joined with a loose end.
    ['a final full stop', 'Glostrup Kommunes kvalitetsstandard 2025.', 'Glostrup Kommunes kvalitetsstandard 2025, som kommunalbestyrelsen har vedtaget'],
    ['a final full stop and a space', 'SEL § 79 a, stk. 2. ', 'lov om social service § 79 a, stk. 2'],
    ['full stops inside each «;» part', 'Lov om social service § 79 a.; Glostrup Kommunes kvalitetsstandard 2025.', 'lov om social service § 79 a og Glostrup Kommunes kvalitetsstandard 2025, som kommunalbestyrelsen har vedtaget'],
    ['an empty part and a trailing «;»', ' SEL § 79 a, stk. 1 ;; Nordby Kommunes kvalitetsstandard 2026; ', 'lov om social service § 79 a, stk. 1 og Nordby Kommunes kvalitetsstandard 2026, som kommunalbestyrelsen har vedtaget'],
    ['three parts', 'SEL § 79 a, stk. 2; ældreloven § 4; Nordby Kommunes kvalitetsstandard 2026', 'lov om social service § 79 a, stk. 2, ældreloven § 4 og Nordby Kommunes kvalitetsstandard 2026, som kommunalbestyrelsen har vedtaget'],
  ])('%s', (_what, basis, expected) => {
    expect(nationalRule(basis, MARCH)).toBe(expected);
  });

  test.each<[string, string]>([
    ['Glostrup\'s profile', 'Lov om social service § 79 a; Glostrup Kommunes kvalitetsstandard 2025'],
    ['a rule of § 79 a typed as a sentence', 'SEL § 79 a, stk. 2.'],
  ])('after § 79 a was repealed (1 July 2025), %s rests on the council\'s own decision', (_what, basis) => {
    expect(nationalRule(basis, SEPTEMBER)).toBe(OWN_DECISION);
  });
});

/** Every legal basis a built-in or example profile writes, with where it is written. */
function everyBasis(): [string, string][] {
  const read = (name: string, json: { legalBasis: string; rules: { code: string; legalBasis: string }[] }) => [
    [`${name}`, json.legalBasis] as [string, string],
    ...json.rules.map((r) => [`${name} ${r.code}`, r.legalBasis] as [string, string]),
  ];
  const examples = join(__dirname, '../../../examples/profiles');
  return [
    ...builtinProfileIds().flatMap((id) => read(id, getProfile(id))),
    ...readdirSync(examples).filter((f) => f.endsWith('.json')).flatMap((f) => read(f, JSON.parse(readFileSync(join(examples, f), 'utf8')))),
  ];
}

describe.each([['3 March 2025', MARCH], ['1 September 2025', SEPTEMBER]])('on %s, every profile\'s basis reads as one Danish sentence', (_when, day) => {
  test.each(everyBasis())('%s: «%s»', (_where, basis) => {
    const sentence = `Tilbuddet bygger på ${nationalRule(basis, day)}.`;
    expect(sentence).not.toMatch(/\.[.,]|;|\s[.,]|,\s*,|Lov om|\(lokalt tilbud\)/);
    expect(sentence).toMatch(/^Tilbuddet bygger på [a-zæøåA-ZÆØÅ]/);
  });
});

describe('the follow-up\'s notice (template OPFOLGNING)', () => {
  const records = { done: { day: dayFromYmd(2025, 1, 10) }, followUp: { day: dayFromYmd(2025, 3, 1) } };
  const legalParagraph = (profileId: string, today = MARCH) => {
    const followUp = withFollowUp(plan({ birth: born(1940) }, profileId), records, dayFromYmd(2025, 3, 1), getProfile(profileId));
    expect(followUp.offers[0].code).toBe(FOLLOW_UP_CODE);
    const notice = privacyNotice({ offer: followUp.offers[0], settings: { ...SETTINGS, profile: profileId }, today })!;
    return notice.split('\n\n').find((p) => p.startsWith('Vi må behandle oplysningerne'));
  };

  test.each<[string, string]>([
    ['glostrup-2025', 'lov om social service § 79 a og Glostrup Kommunes kvalitetsstandard 2025, som kommunalbestyrelsen har vedtaget'],
    ['ballerup', 'lov om social service § 79 a og Ballerup Kommunes kvalitetsstandard, som kommunalbestyrelsen har vedtaget'],
    ['sel-79a', OWN_DECISION],
  ])('%s: the profile\'s basis, then that the follow-up is part of the visit, agreed after a professional assessment', (profileId, basis) => {
    expect(legalParagraph(profileId)).toBe(
      `Vi må behandle oplysningerne, fordi det er en opgave, kommunen udfører som myndighed (databeskyttelsesforordningens artikel 6, stk. 1, litra e). Tilbuddet bygger på ${basis}. ${FOLLOW_UP_SENTENCE}`,
    );
  });

  test('after the repeal the follow-up rests on the council\'s own decision, never on § 79 a', () => {
    expect(legalParagraph('glostrup-2025', SEPTEMBER)).toContain(`Tilbuddet bygger på ${OWN_DECISION}. ${FOLLOW_UP_SENTENCE}`);
  });

  test('the sentence about the follow-up is the follow-up\'s only', () => {
    const age = plan({ birth: born(1943) }).offers[0];
    expect(privacyNotice({ offer: age, settings: SETTINGS, today: MARCH })).not.toContain('Opfølgningen');
  });
});

describe('a team\'s text typed as a sentence, spliced into a letter\'s', () => {
  const risk = plan({ birth: born(1952), atRisk: true }).offers[0];

  test.each<[string, string]>([
    ['a referrer with a full stop', 'egen læge.'],
    ['a referrer with a full stop and spaces', '  egen læge.  '],
  ])('%s', (_what, referrer) => {
    const content = letterContent({ offer: risk, settings: SETTINGS, today: MARCH, turns: 73, referrer, profileId: 'glostrup-2025' } as Parameters<typeof letterContent>[0]);
    expect(content.intro).toBe('Vi har fået en henvendelse fra egen læge, som mener, at du kan have gavn af en seniorsamtale. Derfor skriver vi til dig.');
    expect(content.privacy).toContain('har henvendt sig til os om dig (egen læge).');
  });

  test('the team\'s own legal basis with a full stop', () => {
    const notice = privacyNotice({ offer: risk, settings: { ...SETTINGS, privacyLegalBasis: 'kommunalbestyrelsens beslutning af 12. marts 2025. ' }, today: MARCH });
    expect(notice).toContain('Tilbuddet bygger på kommunalbestyrelsens beslutning af 12. marts 2025. Oplysninger om dit helbred');
  });

  test('a meeting place and address typed with full stops', () => {
    const meeting = { ...SETTINGS.meetings[0], place: 'Rådhuset, byrådssalen.', address: 'Rådhusvej 1. ' };
    const age = plan({ birth: born(1950), livesAlone: true }).offers[0];
    const content = letterContent({ offer: age, settings: SETTINGS, today: MARCH, turns: 75, meeting, profileId: 'glostrup-2025' } as Parameters<typeof letterContent>[0]);
    expect(content.intro).toContain('på Rådhuset, byrådssalen, Rådhusvej 1.');
    expect(content.intro).not.toMatch(/\.[.,]/);
  });
});
