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
const BALLERUP_HOME_INSTEAD: [string, RegExp] = ['B26-31 alternativt hjemmebesøg', /hellere et besøg i dit eget hjem/];
const GLOSTRUP_NO_COMPLAINT: [string, RegExp] = ['G62-68 ingen bevilling, ingen klageadgang', /ingen klageadgang/];
const GLOSTRUP_TALK: [string, RegExp] = ['G179-180, G191-192 individuel seniorsamtale', /individuel seniorsamtale, har du fortsat ret til det/];

const SEL_NO_GRANTS: [string, RegExp] = ['G62-64 ingen bevilling ved besøget', /kan der ikke bevilges hjælp/];

const cases: Case[] = [
  { profile: 'glostrup-2025', code: 'ALENE_70', ask: 'meeting', must: [['G173-178 informationsmøde, personlig invitation', /inviterer Glostrup Kommune dig, der bor alene, til et informationsmøde/], GLOSTRUP_TALK, GLOSTRUP_NO_COMPLAINT] },
  {
    profile: 'glostrup-2025', code: 'ALDER_75', ask: 'meeting',
    must: [['G183-186 informationsmøde', /til et informationsmøde/], ['G189-190 ægtefælle uanset alder', /ægtefælle eller samlever, er du velkommen til at tage ham eller hende med, uanset alder/], GLOSTRUP_TALK, GLOSTRUP_NO_COMPLAINT],
  },
  { profile: 'glostrup-2025', code: 'ALDER_80', ask: 'fixedTime', must: [['G196-202 fast dato og tid, ændre eller melde fra', /Passer tidspunktet ikke, eller ønsker du ikke besøget/], GLOSTRUP_NO_COMPLAINT] },
  { profile: 'glostrup-2025', code: 'ALDER_82', ask: 'book', must: [['G207-208 én gang årligt', /én gang om året/], GLOSTRUP_NO_COMPLAINT] },
  {
    profile: 'glostrup-2025', code: 'EFTERLADT', ask: 'notReached', must: [['G214-219 sorgstøtte, brev hvis ikke truffet', /prøvet at ringe til dig/]],
    mustNot: [['plain voice', /dybeste medfølelse|Når man mister|bevilges/]],
  },
  { profile: 'glostrup-2025', code: 'AEGTEFAELLE_FLYTTET', ask: 'notReached', must: [['G222-227 seniorsamtale, brev hvis ikke truffet', /flyttet på ældrecenter/]] },
  { profile: 'glostrup-2025', code: 'RISIKO', ask: 'book', must: [['G230-235 efter faglig vurdering', /faglig vurdering/], GLOSTRUP_NO_COMPLAINT] },
  { profile: 'ballerup', code: 'ALENE_70', ask: 'book', must: [...BALLERUP_ALL, BALLERUP_TEST] },
  { profile: 'ballerup', code: 'ALDER_75', ask: 'meeting', must: [...BALLERUP_ALL, BALLERUP_EVENT, BALLERUP_HOME_INSTEAD, ['B92-93 fællesarrangement', /til et fællesarrangement om forebyggelse/]], mustNot: [BALLERUP_TEST] },
  { profile: 'ballerup', code: 'ALDER_80', ask: 'meeting', must: [...BALLERUP_ALL, BALLERUP_EVENT, BALLERUP_HOME_INSTEAD, ['B29-31 i det år du fylder 80', /du fylder 80 år/]], mustNot: [BALLERUP_TEST] },
  { profile: 'ballerup', code: 'ALDER_82', ask: 'book', must: [...BALLERUP_ALL, BALLERUP_TEST, ['B33-34 årligt', /én gang om året/]] },
  {
    profile: 'ballerup', code: 'EFTERLADT', ask: 'book', must: [...BALLERUP_ALL, ['B40-41 mistet ægtefælle/samlever', /ægtefælle eller samlever er død/]],
    mustNot: [['consultant note', /halvt år|Kvalitetsstandarden angiver/], ['plain voice', /dybeste medfølelse|Når man mister/]],
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
  meeting: { must: [/Det foregår tirsdag den 8\. april 2025 kl\. 10\.00-12\.00 på Rådhuset, mødesal 1/, /tilmeld dig/, /Kan du ikke komme/], mustNot: [/Besøget varer/, /så får du tid og sted/] },
  // A proposed time with how to move or decline it (G196-202); the length from the settings.
  fixedTime: { must: [/kommer på besøg hos dig tirsdag den 8\. april 2025 kl\. 10\.00/, /Besøget varer cirka en time/, /finder vi en anden tid eller aflyser/], mustNot: [/tilmeld dig/] },
  // Opt-in: nothing about declining, which would contradict the invitation to call.
  book: { must: [/ring eller skriv til os/, /Besøget varer cirka en time/], mustNot: [/Ønsker du ikke (tilbuddet|besøget)/, /tilmeld dig/] },
  notReached: { must: [/ring eller skriv til os/], mustNot: [/Ønsker du ikke (tilbuddet|besøget)/, /Besøget varer/] },
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

  test('carries the data-protection paragraph and the voluntary sentence (G37-39, B52-53)', () => {
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

test('the bereavement letter is short: no purpose paragraph, no "cannot be granted"', () => {
  for (const profile of ['glostrup-2025', 'ballerup']) {
    const all = text(find(profile, 'EFTERLADT'));
    expect(all).not.toMatch(/Formålet er/);
    expect(all).not.toMatch(/bevilges/);
  }
});

test('the visit length follows the settings (the consultant on the row has 90-minute visits)', () => {
  const letter = find('glostrup-2025', 'ALDER_80');
  const base = exampleSettings('glostrup-2025');
  const settings = { ...base, consultants: [{ ...base.consultants[0], visitMinutes: 90 }] };
  const row = { Navn: 'Else Eksempel', Besøg: '08-04-2025 10:00', Konsulent: 'Bo Berg' };
  const fields = letterFields({ row, plan: letter.plan, offer: letter.offer, settings, today: EXAMPLE_TODAY });
  expect(fields.get('aftale')).toContain('Besøget varer cirka halvanden time.');
});

test('docs/breve holds exactly what scripts/render-letters.ts makes', () => {
  for (const [name, want] of exampleFiles()) {
    expect(readFileSync(join(__dirname, '../../../docs/breve', name), 'utf8')).toBe(want);
  }
});
