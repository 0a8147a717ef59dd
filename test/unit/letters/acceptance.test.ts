import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import PizZip from 'pizzip';
import { EXAMPLE_TODAY, ExampleLetter, EXAMPLE_PROFILES, exampleFiles, exampleLetters, exampleSettings } from '../../../src/core/letters/examples';
import { letterFields } from '../../../src/core/letters/fields';
import { defaultTemplateDocx } from '../../../src/offline/docx/default-template';
import { fillDocx } from '../../../src/offline/docx/fill';

/**
 * What every letter must and must not say, per built-in profile and offer, read against the seeds
 * (G = seeds/000 Glostrup 2025, B = seeds/003 Ballerup; line numbers of the seed files). Each example is
 * rendered from the default template for a synthetic citizen whose row carries a consultant's note.
 */

const letters = exampleLetters(EXAMPLE_PROFILES);
const text = (l: ExampleLetter) => l.paragraphs.join('\n\n');
const find = (profile: string, code: string) => letters.find((l) => l.profileId === profile && l.code === code)!;

type Ask = 'meeting' | 'fixedTime' | 'book' | 'notReached';
interface Case {
  profile: string;
  code: string;
  ask: Ask;
  /** Promised content: [seed line, what the letter must say]. */
  must: [string, RegExp][];
  mustNot?: [string, RegExp][];
}

const BALLERUP_ALL: [string, RegExp][] = [
  ['B114-124 klagevejledning', /klage til Ballerup Kommune, Visitation og Vejledning, Hold-an Vej 7, 2750 Ballerup/],
  ['B104-110 sikker post', /forms\.ballerup\.dk\/ekstern\/sikker-besked/],
];
const BALLERUP_TEST: [string, RegExp] = ['B76-78 rejse-sætte-sig-testen', /rejse-sætte-sig-testen/];
const BALLERUP_EVENT: [string, RegExp] = ['B95-98 oplæg, andre ældre, specialister', /rehabilitering, ernæring og demens/];
// The alternative home visit comes last, after how to sign up, in plain words (not before "Det foregår …").
const BALLERUP_HOME_INSTEAD: [string, RegExp] = ['B26-31 alternativt hjemmebesøg, til sidst', /tilmeld dig\. [^\n]*\n\nVil du hellere have besøg hjemme hos dig i stedet, så ring eller skriv til os\./];
const GLOSTRUP_NO_COMPLAINT: [string, RegExp] = ['G62-68 ingen bevilling, ingen klageadgang', /kan ikke bevilge hjælp ved besøget[^\n]*ikke truffet afgørelser, som du kan klage over/];
const GLOSTRUP_TALK: [string, RegExp] = ['G179-180, G191-192 individuel seniorsamtale, til sidst', /tilmeld dig\. [^\n]*\n\nVil du hellere have en individuel seniorsamtale hjemme hos dig i stedet, så ring eller skriv til os\. Det har du fortsat ret til\./];
/** The no-grants paragraph belongs to letters about a visit: not to meeting letters, condolences or the spouse-moved letter. */
const NO_GRANTS_PARAGRAPH: [string, RegExp] = ['no-grants paragraph outside a visit letter', /bevilge|bevilges|klageadgang/];
const TEST_AND_COMPLAINT: [string, RegExp] = ['chair-stand test or complaint paragraph in a condolence letter', /rejse-sætte-sig|tilfreds med kvaliteten|klageadgang/];
const TWO_NAMES: [string, RegExp] = ['two names for one offer (G: seniorsamtale)', /forebyggende hjemmebesøg/];

const SEL_NO_GRANTS: [string, RegExp] = ['G62-64 ingen bevilling ved besøget', /kan ikke bevilge hjælp ved besøget/];

const cases: Case[] = [
  {
    profile: 'glostrup-2025', code: 'ALENE_70', ask: 'meeting',
    must: [['G173-178 informationsmøde, personlig invitation, the reason once', /^Du fylder 70 år i år og bor alene\. Derfor inviterer Glostrup Kommune dig til et informationsmøde\.$/m], GLOSTRUP_TALK],
    mustNot: [NO_GRANTS_PARAGRAPH, ['an opening that explains nothing', /I det år, du fylder|Derfor sender vi dig denne personlige invitation/]],
  },
  {
    profile: 'glostrup-2025', code: 'ALDER_75', ask: 'meeting',
    must: [['G183-186 informationsmøde', /^Du fylder 75 år i år\. Derfor inviterer Glostrup Kommune dig til et informationsmøde\.$/m], ['G189-190 ægtefælle uanset alder', /ægtefælle eller samlever, er du velkommen til at tage ham eller hende med, uanset alder/], GLOSTRUP_TALK],
    mustNot: [NO_GRANTS_PARAGRAPH],
  },
  {
    profile: 'glostrup-2025', code: 'ALDER_80', ask: 'fixedTime',
    must: [
      ['G196-202 fast dato og tid: nothing to do if it suits', /Passer tidspunktet, behøver du ikke at gøre noget\. Passer det ikke, eller ønsker du ikke besøget/],
      ['the visitor shows the municipality\'s ID card', /viser sit ID-kort fra Glostrup Kommune/],
      ['signed by Anna Andersen, visited by Bo Berg: his own phone', /ringe direkte til Bo Berg på telefon 22 33 44 55/],
      ['one name: seniorsamtale', /tilbyder Glostrup Kommune dig en seniorsamtale\./],
      ['G196-202 i eget hjem, said once', /kommer hjem til dig tirsdag den 8\. april 2025 kl\. 10\.00\./],
      GLOSTRUP_NO_COMPLAINT,
    ],
    mustNot: [TWO_NAMES],
  },
  { profile: 'glostrup-2025', code: 'ALDER_82', ask: 'book', must: [['G207-208 én gang årligt', /én gang om året/], GLOSTRUP_NO_COMPLAINT], mustNot: [TWO_NAMES] },
  {
    profile: 'glostrup-2025', code: 'EFTERLADT', ask: 'notReached',
    must: [['G214-219 sorgstøtte, brev hvis ikke truffet', /prøvet at ringe til dig/], ['G216 kondolere', /Vi vil gerne kondolere\./], ['the relation the data carry', /du har mistet din ægtefælle/]],
    mustNot: [['plain voice', /dybeste medfølelse|Når man mister/], NO_GRANTS_PARAGRAPH, TEST_AND_COMPLAINT, ['one word: a samtale, not a besøg', /et besøg|Besøget/]],
  },
  {
    profile: 'glostrup-2025', code: 'AEGTEFAELLE_FLYTTET', ask: 'notReached', must: [['G222-227 seniorsamtale, brev hvis ikke truffet', /flyttet på ældrecenter/]],
    mustNot: [NO_GRANTS_PARAGRAPH, TWO_NAMES],
  },
  {
    profile: 'glostrup-2025', code: 'RISIKO', ask: 'book',
    must: [['G236-239 a referral (the row names none: no one is named)', /Vi har fået en henvendelse om, at du kan have gavn af en seniorsamtale/], GLOSTRUP_NO_COMPLAINT],
    mustNot: [['officialese', /Efter en faglig vurdering/], TWO_NAMES],
  },
  { profile: 'ballerup', code: 'ALENE_70', ask: 'book', must: [...BALLERUP_ALL, BALLERUP_TEST] },
  { profile: 'ballerup', code: 'ALDER_75', ask: 'meeting', must: [...BALLERUP_ALL, BALLERUP_EVENT, BALLERUP_HOME_INSTEAD, ['B92-93 fællesarrangement', /til et fællesarrangement om forebyggelse/]], mustNot: [BALLERUP_TEST, ['no-grants paragraph', /bevilge/]] },
  { profile: 'ballerup', code: 'ALDER_80', ask: 'meeting', must: [...BALLERUP_ALL, BALLERUP_EVENT, BALLERUP_HOME_INSTEAD, ['B29-31 i det år du fylder 80', /Du fylder 80 år i år/]], mustNot: [BALLERUP_TEST, ['no-grants paragraph', /bevilge/]] },
  { profile: 'ballerup', code: 'ALDER_82', ask: 'book', must: [...BALLERUP_ALL, BALLERUP_TEST, ['B33-34 årligt', /én gang om året/]] },
  {
    profile: 'ballerup', code: 'EFTERLADT', ask: 'book',
    must: [BALLERUP_ALL[1], ['B40-41 mistet ægtefælle (the relation the data carry: Ægtefælle død)', /du har mistet din ægtefælle/], ['a real condolence', /Vi vil gerne kondolere\./]],
    mustNot: [
      ['consultant note', /halvt år|Kvalitetsstandarden angiver/], ['plain voice', /dybeste medfølelse|Når man mister/], TEST_AND_COMPLAINT,
      ['one word: a besøg, not a samtale', /samtale/],
    ],
  },
  { profile: 'ballerup', code: 'RISIKO', ask: 'book', must: [...BALLERUP_ALL, BALLERUP_TEST] },
  { profile: 'sel-79a', code: 'ALENE_70', ask: 'book', must: [SEL_NO_GRANTS] },
  { profile: 'sel-79a', code: 'ALDER_75', ask: 'book', must: [SEL_NO_GRANTS] },
  { profile: 'sel-79a', code: 'ALDER_80', ask: 'book', must: [SEL_NO_GRANTS] },
  { profile: 'sel-79a', code: 'ALDER_82', ask: 'book', must: [SEL_NO_GRANTS] },
  { profile: 'sel-79a', code: 'RISIKO', ask: 'book', must: [SEL_NO_GRANTS] },
];

const ASK: Record<Ask, { must: RegExp[]; mustNot: RegExp[] }> = {
  // A meeting letter names its date, time and place and how to sign up or say no (G173-192, B91-98).
  // Date and place right after the invitation, before what happens there and the alternative.
  meeting: { must: [/inviterer [^\n]*\.\n\nDet foregår tirsdag den 8\. april 2025 kl\. 10\.00-12\.00 på Rådhuset, mødesal 1/, /tilmeld dig/, /Kan du ikke komme/], mustNot: [/Besøget varer/, /så får du tid og sted/] },
  // A proposed time with how to move or decline it (G196-202); the length from the settings.
  fixedTime: { must: [/kommer hjem til dig tirsdag den 8\. april 2025 kl\. 10\.00/, /(Besøget|Samtalen) varer cirka en time/, /finder vi en anden tid eller aflyser/], mustNot: [/tilmeld dig/] },
  // Opt-in: nothing about declining, which would contradict the invitation to call.
  book: { must: [/ring eller skriv til os/, /(Besøget|Samtalen) varer cirka en time/], mustNot: [/Ønsker du ikke (tilbuddet|besøget)/, /tilmeld dig/] },
  notReached: { must: [/ring eller skriv til os/], mustNot: [/Ønsker du ikke (tilbuddet|besøget)/, /(Besøget|Samtalen) varer/] },
};

test('every offer of every built-in profile has a case', () => {
  expect(letters.map((l) => `${l.profileId} ${l.code}`).sort()).toEqual(cases.map((c) => `${c.profile} ${c.code}`).sort());
});

describe.each(cases)('$profile $code', (c) => {
  const letter = find(c.profile, c.code);
  const all = text(letter);

  test('every field has a value and no paragraph is empty', () => {
    expect(letter.missing).toEqual([]);
    expect(all).not.toMatch(/\{\{|\}\}/);
    for (const p of letter.paragraphs) expect(p.trim()).not.toBe('');
  });

  test(`asks as a ${c.ask} letter does`, () => {
    for (const re of ASK[c.ask].must) expect(all).toMatch(re);
    for (const re of ASK[c.ask].mustNot) expect(all).not.toMatch(re);
  });

  test.each(c.must)('says what the standard promises: %s', (_seed, re) => {
    expect(all).toMatch(re);
  });

  test.each(c.mustNot ?? [['—', /$^/]])('does not say: %s', (_why, re) => {
    expect(all).not.toMatch(re);
  });

  test('carries the data-protection notice and the voluntary sentence (G37-39, B52-53)', () => {
    expect(all).toContain('Sådan behandler vi dine personoplysninger');
    expect(all).toMatch(/frivilligt|bestemmer selv/);
  });

  test("never prints a consultant's note: neither the rule's nor the row's Noter", () => {
    if (letter.offer.note) expect(all).not.toContain(letter.offer.note);
    expect(all).not.toContain('INTERN');
  });

  test('the Word letter has the reference number and no empty paragraph', () => {
    const docx = fillDocx(defaultTemplateDocx(letter.template), letter.fields, 'Brevnr. TEST-0007');
    const xml = new PizZip(docx).file('word/document.xml')!.asText();
    const paragraphs = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => [...m[0].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''));
    expect(paragraphs[paragraphs.length - 1]).toBe('Brevnr. TEST-0007');
    // Empty lines only inside the signature block (its own line breaks), never a paragraph of its own.
    for (const p of paragraphs) expect(p.trim()).not.toBe('');
    expect(paragraphs.join('\n')).not.toMatch(/\{\{|\}\}/);
  });
});

test('the condolence letter is short: no purpose paragraph, no "cannot be granted", no test, no complaint', () => {
  for (const profile of ['glostrup-2025', 'ballerup']) {
    const all = text(find(profile, 'EFTERLADT'));
    expect(all).not.toMatch(/Vi kommer for at høre/);
    expect(all).not.toMatch(/bevilge|rejse-sætte-sig|tilfreds med kvaliteten/);
  }
});

test('the letters write a phone number one way, in pairs (44 77 17 17)', () => {
  for (const letter of letters) {
    for (const phone of text(letter).match(/telefon [\d ]+\d/g) ?? []) expect(phone).toMatch(/^telefon \d\d( \d\d){3}$/);
  }
  expect(text(find('ballerup', 'ALENE_70'))).toContain('telefon 44 77 17 17 (tast 1)');
  // The team's numbers as typed in Indstillinger, written in pairs.
  const letter = find('glostrup-2025', 'ALDER_80');
  const base = exampleSettings('glostrup-2025');
  const settings = { ...base, phone: '44771717', consultants: [{ ...base.consultants[0], phone: '2233 4455' }] };
  const fields = letterFields({ row: { Navn: 'Else Eksempel', Besøg: '08-04-2025 10:00', Konsulent: 'Bo Berg' }, plan: letter.plan, offer: letter.offer, settings, today: EXAMPLE_TODAY });
  expect(fields.get('telefonkommune')).toBe('44 77 17 17');
  expect(fields.get('aftale')).toContain('ringe direkte til Bo Berg på telefon 22 33 44 55.');
});

test("Ballerup's example shows its phone hours as the standard writes them (B100-101)", () => {
  expect(text(find('ballerup', 'ALDER_82'))).toContain('(mandag, tirsdag, torsdag og fredag kl. 8-9)');
});

test('no visitor phone when the letter is signed by the visitor', () => {
  const letter = find('glostrup-2025', 'ALDER_80');
  const settings = { ...exampleSettings('glostrup-2025'), signature: 'Bo Berg, forebyggelseskonsulent' };
  const row = { Navn: 'Else Eksempel', Besøg: '08-04-2025 10:00', Konsulent: 'Bo Berg' };
  const fields = letterFields({ row, plan: letter.plan, offer: letter.offer, settings, today: EXAMPLE_TODAY });
  expect(fields.get('aftale')).toContain('viser sit ID-kort fra Glostrup Kommune');
  expect(fields.get('aftale')).not.toContain('ringe direkte');
});

test('RISIKO says who asked, as the team writes it in «Henvendelse fra» (G236-238)', () => {
  const letter = find('glostrup-2025', 'RISIKO');
  const row = { Navn: 'Else Eksempel', 'Henvendelse fra': 'din egen læge' };
  const fields = letterFields({ row, plan: letter.plan, offer: letter.offer, settings: exampleSettings('glostrup-2025'), today: EXAMPLE_TODAY });
  expect(fields.get('indledning')).toBe('Vi har fået en henvendelse fra din egen læge, som mener, at du kan have gavn af en seniorsamtale. Derfor skriver vi til dig.');
  expect(fields.get('personoplysninger')).toContain('har henvendt sig til os om dig (din egen læge)');
});

test('the visit length follows the settings (the consultant on the row has 90-minute visits)', () => {
  const letter = find('glostrup-2025', 'ALDER_80');
  const base = exampleSettings('glostrup-2025');
  const settings = { ...base, consultants: [{ ...base.consultants[0], visitMinutes: 90 }] };
  const row = { Navn: 'Else Eksempel', Besøg: '08-04-2025 10:00', Konsulent: 'Bo Berg' };
  const fields = letterFields({ row, plan: letter.plan, offer: letter.offer, settings, today: EXAMPLE_TODAY });
  expect(fields.get('aftale')).toContain('Samtalen varer cirka halvanden time.');
});

test('docs/breve holds exactly what scripts/render-letters.ts makes', () => {
  for (const [name, want] of exampleFiles()) {
    expect(readFileSync(join(__dirname, '../../../docs/breve', name), 'utf8')).toBe(want);
  }
});
