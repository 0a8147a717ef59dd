import { dayFromYmd } from '../../../src/core/day';
import { EXAMPLE_PROFILES, EXAMPLE_TODAY, ExampleLetter, exampleLetters, exampleSettings } from '../../../src/core/letters/examples';
import { letterFields } from '../../../src/core/letters/fields';
import { LEGACY_PRIVACY_TEXT, isLegacyPrivacyText, privacyNotice } from '../../../src/core/letters/privacy';
import { planMerge } from '../../../src/core/letters/merge-plan';
import { placeholdersIn } from '../../../src/core/letters/placeholders';
import { DEFAULT_TEMPLATES, templateText } from '../../../src/core/letters/templates';
import { Settings } from '../../../src/core/settings/schema';

/**
 * The data-protection notice (GDPR art. 14: the data come from CPR and from others, never from the
 * citizen) per built-in profile and offer: what it must contain, and the sources named for that offer
 * only. Read in the rendered example letters, as docs/breve shows them.
 */

const letters = exampleLetters(EXAMPLE_PROFILES);
const notice = (l: ExampleLetter) => l.fields.get('personoplysninger') ?? '';

/** What every full notice says (art. 13/14 items), whatever the offer. */
const ALWAYS: [string, RegExp][] = [
  ['art. 14(1)(a) the controller', /Den dataansvarlige for oplysningerne om dig er [^.]*Kommune/],
  ['art. 14(1)(b) the DPO\'s contact', /databeskyttelsesrådgiver: dpo@eksempel\.dk, telefon 11 22 33 00\./],
  ['art. 14(1)(c) the purpose, the year report included', /til at give dig dette tilbud og planlægge det, og til kommunens opgørelser/],
  ['art. 14(1)(c) the legal basis', /artikel 6, stk\. 1, litra e\)\. Tilbuddet bygger på /],
  ['art. 14(1)(e) recipients: Google Workspace as processor', /Google Workspace[^.]*\. Google er kommunens databehandler/],
  ['art. 14(2)(a) retention: the team\'s «Slet ophørte efter (måneder)»', /sletter vi dem 12 måneder efter/],
  ['art. 14(2)(c) access, rectification, erasure, restriction', /se oplysningerne, få forkerte oplysninger rettet og i visse tilfælde få dem slettet eller få behandlingen begrænset/],
  ['art. 21(4) the right to object, explicitly and on its own', /(^|\n\n)Du har ret til at gøre indsigelse mod, at vi behandler oplysningerne om dig \(databeskyttelsesforordningens artikel 21\)\. Kontakt os, hvis du vil gøre indsigelse\.(\n\n|$)/],
  ['art. 14(2)(e) complaint to Datatilsynet', /klage [^.]*til Datatilsynet/],
  ['art. 14(2)(f) the source: CPR for name, address and age', /Dit navn, din adresse og din fødselsdato har vi fra CPR-registeret\./],
];

/** What no notice says: facts that are not so. */
const NEVER: [string, RegExp][] = [
  ['CPR records no samlever', /samlever/],
  ['the data are used for more (year report, statistics)', /bruges ikke til andet/],
  ['a repealed rule presented as current after 1 July 2025 (the letter is dated 3 March 2025: § 79 a applies)', /ældreloven|egen beslutning/],
];

type Source = 'livesAlone' | 'spouseDied' | 'spouseMoved' | 'referral';
const SOURCE: Record<Source, RegExp> = {
  livesAlone: /At du bor alene, ser vi også i CPR-registeret/,
  spouseDied: /At din ægtefælle er død, har vi også fra CPR-registeret/,
  spouseMoved: /At din ægtefælle er flyttet på ældrecenter, ser vi i CPR-registeret og i kommunens egne oplysninger om plejeboliger/,
  referral: /At du kan have gavn af et besøg, har vi fra den, der har henvendt sig til os om dig, fx din læge, en pårørende eller hospitalet\./,
};

interface Case {
  profile: string;
  code: string;
  /** The sources beyond CPR's name, address and birth date this offer rests on (seed lines). */
  sources: Source[];
  /** The national rule as of the letter's date (3 March 2025: § 79 a still applies). */
  basis: RegExp;
}

const cases: Case[] = [
  { profile: 'glostrup-2025', code: 'ALENE_70', sources: ['livesAlone'], basis: /bygger på lov om social service § 79 a, stk\. 3\./ },
  { profile: 'glostrup-2025', code: 'ALDER_75', sources: [], basis: /bygger på lov om social service § 79 a, stk\. 2\./ },
  { profile: 'glostrup-2025', code: 'ALDER_80', sources: [], basis: /bygger på lov om social service § 79 a, stk\. 2\./ },
  { profile: 'glostrup-2025', code: 'ALDER_82', sources: [], basis: /bygger på lov om social service § 79 a, stk\. 1\./ },
  // G110-111, G214-219: the spouse's death; G114-115, G222-227: the spouse's move; local offers of the standard.
  { profile: 'glostrup-2025', code: 'EFTERLADT', sources: ['spouseDied'], basis: /bygger på Glostrup Kommunes kvalitetsstandard 2025, som kommunalbestyrelsen har vedtaget\./ },
  { profile: 'glostrup-2025', code: 'AEGTEFAELLE_FLYTTET', sources: ['spouseMoved'], basis: /bygger på Glostrup Kommunes kvalitetsstandard 2025, som kommunalbestyrelsen har vedtaget\./ },
  // G236-238: "en bekymringshenvendelse fra din egen læge, pårørende eller andre"; B36-38: "mange indlæggelser".
  { profile: 'glostrup-2025', code: 'RISIKO', sources: ['referral'], basis: /bygger på lov om social service § 79 a, stk\. 4\./ },
  { profile: 'ballerup', code: 'ALENE_70', sources: ['livesAlone'], basis: /§ 79 a, stk\. 3\./ },
  { profile: 'ballerup', code: 'ALDER_75', sources: [], basis: /§ 79 a, stk\. 2\./ },
  { profile: 'ballerup', code: 'ALDER_80', sources: [], basis: /§ 79 a, stk\. 2\./ },
  { profile: 'ballerup', code: 'ALDER_82', sources: [], basis: /§ 79 a, stk\. 1\./ },
  { profile: 'ballerup', code: 'EFTERLADT', sources: ['spouseDied'], basis: /bygger på Ballerup Kommunes kvalitetsstandard, som kommunalbestyrelsen har vedtaget\./ },
  { profile: 'ballerup', code: 'RISIKO', sources: ['referral'], basis: /§ 79 a, stk\. 4\./ },
  { profile: 'sel-79a', code: 'ALENE_70', sources: ['livesAlone'], basis: /§ 79 a, stk\. 3\./ },
  { profile: 'sel-79a', code: 'ALDER_75', sources: [], basis: /§ 79 a, stk\. 2\./ },
  { profile: 'sel-79a', code: 'ALDER_80', sources: [], basis: /§ 79 a, stk\. 2\./ },
  { profile: 'sel-79a', code: 'ALDER_82', sources: [], basis: /§ 79 a, stk\. 1\./ },
  { profile: 'sel-79a', code: 'RISIKO', sources: ['referral'], basis: /§ 79 a, stk\. 4\./ },
];

test('every offer of every built-in profile has a case', () => {
  expect(letters.map((l) => `${l.profileId} ${l.code}`).sort()).toEqual(cases.map((c) => `${c.profile} ${c.code}`).sort());
});

describe.each(cases)('the notice in $profile $code', (c) => {
  const letter = letters.find((l) => l.profileId === c.profile && l.code === c.code)!;
  const text = notice(letter);

  test.each(ALWAYS)('says %s', (_what, re) => expect(text).toMatch(re));
  test.each(NEVER)('does not say: %s', (_what, re) => expect(text).not.toMatch(re));

  test('names the sources of this offer, and only those', () => {
    for (const source of Object.keys(SOURCE) as Source[]) {
      if (c.sources.includes(source)) expect(text).toMatch(SOURCE[source]);
      else expect(text).not.toMatch(SOURCE[source]);
    }
  });

  test('names the national rule in force on the letter\'s date', () => expect(text).toMatch(c.basis));

  test('health data only where a referral may carry them', () => {
    if (c.sources.includes('referral')) expect(text).toMatch(/helbred[^.]*artikel 9, stk\. 2, litra h/);
    else expect(text).not.toMatch(/helbred|artikel 9/);
  });

  test('CPR is never the source of a referral', () => {
    expect(text).not.toMatch(/CPR[^.]*henvendt|henvendt[^.]*CPR/);
  });

  test('the notice is the letter\'s last paragraphs, before the reference number', () => {
    expect(letter.paragraphs.join('\n\n').endsWith(text)).toBe(true);
  });
});

describe('after § 79 a was repealed (1 July 2025)', () => {
  test.each(cases)('$profile $code rests on the municipality\'s own decision, never on § 79 a', (c) => {
    const letter = letters.find((l) => l.profileId === c.profile && l.code === c.code)!;
    const text = privacyNotice({ offer: letter.offer, settings: exampleSettings(c.profile), today: dayFromYmd(2025, 9, 1) })!;
    expect(text).not.toMatch(/79 a|social service/);
    expect(text).toMatch(/Tilbuddet bygger på (kommunalbestyrelsens beslutning om forebyggende hjemmebesøg, med ældrelovens § 4 som generel ramme|[^.]*kvalitetsstandard[^.]*, som kommunalbestyrelsen har vedtaget)\./);
  });
});

describe('the settings of the notice', () => {
  const letter = letters.find((l) => l.profileId === 'glostrup-2025' && l.code === 'ALENE_70')!;
  const base = exampleSettings('glostrup-2025');
  const make = (over: Partial<Settings>, today = EXAMPLE_TODAY) => privacyNotice({ offer: letter.offer, settings: { ...base, ...over }, today });

  test('the team\'s own controller, legal basis, recipients and retention are used as written', () => {
    const text = make({
      privacyController: 'Glostrup Kommune, Rådhusvej 2, 2600 Glostrup, CVR 65120119',
      privacyLegalBasis: 'kommunalbestyrelsens beslutning af 12. marts 2025',
      privacyRecipients: 'Google opbevarer oplysningerne i EU efter kommunens databehandleraftale.',
      retentionMonths: 6,
    })!;
    expect(text).toContain('Den dataansvarlige for oplysningerne om dig er Glostrup Kommune, Rådhusvej 2, 2600 Glostrup, CVR 65120119.');
    expect(text).toContain('Tilbuddet bygger på kommunalbestyrelsens beslutning af 12. marts 2025.');
    expect(text).toContain('Google opbevarer oplysningerne i EU efter kommunens databehandleraftale.');
    expect(text).not.toContain('regneark og breve');
    expect(text).toContain('sletter vi dem 6 måneder efter');
  });

  test('without the DPO\'s contact there is no notice, and the merge names the setting', () => {
    expect(make({ privacyDpo: '' })).toBeUndefined();
    const settings = { ...base, privacyDpo: '' };
    const template = DEFAULT_TEMPLATES.ALENE_70;
    const plan = planMerge({
      rows: [{ rowNumber: 2, values: { Navn: 'Else Eksempel', Adresse: 'Prøvevej 7', Postnr: '9999', By: 'Eksempelby' }, plan: letter.plan, status: 'due' }],
      templates: new Map([['ALENE_70', placeholdersIn(templateText(template))]]),
      scope: 'due', settings, today: EXAMPLE_TODAY,
    });
    expect(plan.problems).toEqual([{ rowNumber: 2, field: 'Databeskyttelsesrådgiver / Kommunens side om databeskyttelse (Indstillinger)' }]);
  });

  test('the short version: the controller, the DPO, this offer\'s sources, the objection on its own, and the link', () => {
    const text = make({ privacyShort: true })!;
    const paragraphs = text.split('\n\n');
    expect(paragraphs).toHaveLength(3);
    expect(paragraphs[0]).toMatch(/^Sådan behandler vi dine personoplysninger: Den dataansvarlige .* databeskyttelsesrådgiver: dpo@eksempel\.dk.*CPR-registeret\. At du bor alene/);
    expect(paragraphs[1]).toMatch(/^Du har ret til at gøre indsigelse .*artikel 21/);
    expect(paragraphs[2]).toBe('Læs om formål, retsgrundlag, opbevaring, dine øvrige rettigheder og klage til Datatilsynet på eksempel.dk/databeskyttelse.');
    expect(make({ privacyShort: true, privacyLink: '' })).toBeUndefined();
  });

  test('the team\'s own text replaces the notice; the old default text (CPR named as the source of a samlever) does not', () => {
    expect(make({ privacyText: 'Kommunens egen tekst om databeskyttelse.' })).toBe('Kommunens egen tekst om databeskyttelse.');
    expect(make({ privacyText: LEGACY_PRIVACY_TEXT })).not.toContain('samlever');
    // Known by its hash, to the character: a team's edit of the old text, even of one letter, is their own text.
    expect(isLegacyPrivacyText(LEGACY_PRIVACY_TEXT)).toBe(true);
    const edited = LEGACY_PRIVACY_TEXT.replace('Kontakt os', 'Ring til os').slice(0, LEGACY_PRIVACY_TEXT.length);
    for (const text of [LEGACY_PRIVACY_TEXT.replace('samlever', 'Samlever'), LEGACY_PRIVACY_TEXT.slice(1) + '.', edited]) {
      expect(isLegacyPrivacyText(text)).toBe(false);
      expect(make({ privacyText: text })).toBe(text);
    }
  });

  test('the letter\'s fields carry the notice a settings change makes', () => {
    const fields = letterFields({ row: { Navn: 'Else Eksempel' }, plan: letter.plan, offer: letter.offer, settings: { ...base, retentionMonths: 24 }, today: EXAMPLE_TODAY });
    expect(fields.get('personoplysninger')).toContain('sletter vi dem 24 måneder efter');
  });
});
