/**
 * The glitch checker of the guard tests (test/support/text-glitches.ts): each rule fires on the glitch it
 * names and stays quiet on the Danish fhb writes on purpose (abbreviations, an ellipsis, dates, a table laid
 * out in columns), so the guards neither miss a splice nor cry wolf.
 */
import { textGlitches } from '../../support/text-glitches';

const rules = (text: string, columns = false) => textGlitches(text, { columns }).map((g) => g.rule);

test.each([
  // The splice that started it (npm start on the sample, the OPFOLGNING letter).
  ['Tilbuddet bygger på Aftalt ved besøget efter faglig vurdering., som kommunalbestyrelsen har vedtaget.', 'punktum før komma'],
  ['Ring til os..', 'to punktummer'],
  ['Du kan ringe til os på telefon , eller skrive.', 'mellemrum før komma'],
  ['Besøget er aflyst .', 'mellemrum før punktum'],
  ['Anne,, Bo', 'to kommaer'],
  ['Grund: .', 'kolon uden indhold'],
  ['Anne, Bo, .', 'komma før punktum'],
  ['Du fylder  80 år i år.', 'dobbelt mellemrum'],
  ['Kære Anne \nDu fylder 80 år.', 'mellemrum sidst i linjen'],
  ['Kære undefined', 'JavaScript-værdi'],
  ['Alder: NaN år', 'JavaScript-værdi'],
  ['Adresse: [object Object]', 'JavaScript-værdi'],
  ['Dato: Invalid Date', 'JavaScript-værdi'],
  ['Kære ${navn}', 'JavaScript-værdi'],
  ['Værdien er null', 'JavaScript-værdi'],
  ['Efter besøget. og så videre', 'lille bogstav efter punktum'],
  ['tilbyder vi dig dig et besøg', 'samme ord to gange'],
  ['dig et forebyggende hjemmebesøg hjemme hos dig.', 'siger det samme to gange'],
  ['  • Udskrevet fra hospital: Udskrevet fra hospital\n', 'samme tekst to gange'],
  ['Bor alene: TRUE', 'engelsk ord'],
  ['Fejl i row 3', 'engelsk ord'],
  ['Der skete en Error', 'engelsk ord'],
])('%s → %s', (text, rule) => {
  expect(rules(text)).toContain(rule);
});

test.each([
  'Det foregår onsdag den 9. april 2025 kl. 10.00-12.00 på Egelund Rådhus, byrådssalen.',
  'Vi taler bl.a. om din hverdag, f.eks. om dine kræfter.',
  'Tilbuddet bygger på lov om social service § 79 a, stk. 3.',
  'Læs mere på eksempel.invalid/databeskyttelse. Ring på telefon 12 34 56 78.',
  'Flere rækker end vist …',
  'Indlæser...',
  'Filen raekke-00002-ALENE_70.docx er skrevet.',
  'Kære Finn Æbelø\nDu fylder 70 år i år og bor alene.',
  'Nr. 1 og nr. 2 er inviteret; jf. kvalitetsstandarden.',
  'Skal inviteres 8  Gennemført 1',
])('passes «%s»', (text) => {
  expect(rules(text, text.includes('  '))).toEqual([]);
});

test('a table laid out in columns passes with columns on, and fails with it off', () => {
  const table = '  ALENE_70   70-årige, som bor alene   8';
  expect(rules(table, true)).toEqual([]);
  expect(rules(table)).toContain('dobbelt mellemrum');
});
