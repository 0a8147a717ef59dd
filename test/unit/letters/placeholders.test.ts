import { fillText, normalizeFieldName, placeholdersIn, re2Escape } from '../../../src/core/letters/placeholders';

describe('placeholdersIn', () => {
  it('finds each placeholder once, trimmed, tolerant of case and spaces', () => {
    expect(placeholdersIn('Kære {{ navn }}, {{Postnr}} {{By}} … {{NAVN}} {{Ægtefælle død}}')).toEqual(['navn', 'Postnr', 'By', 'Ægtefælle død']);
  });
  it('ignores single braces, empty and multi-line braces', () => {
    expect(placeholdersIn('{Navn} {{}} {{ }} {{a\nb}}')).toEqual([]);
  });
});

describe('normalizeFieldName', () => {
  it.each([
    ['Ægtefælle død', 'aegtefaelledoed'],
    ['  Telefon kommune ', 'telefonkommune'],
    ['E-mail kommune', 'emailkommune'],
    ['Besøgsdato', 'besoegsdato'],
  ])('%s → %s', (name, key) => expect(normalizeFieldName(name)).toBe(key));
});

describe('fillText', () => {
  const values = new Map([['navn', 'Else Jensen'], ['postnr', '2600'], ['note', '']]);
  const lookup = (key: string) => values.get(key);

  it('fills by the normalized name and keeps an empty value', () => {
    expect(fillText('Kære {{ NAVN }} ({{Postnr}}){{Note}}.', lookup)).toEqual({ text: 'Kære Else Jensen (2600).', missing: [] });
  });
  it('leaves a placeholder without value as written and lists it once', () => {
    expect(fillText('{{By}} og {{ By }} og {{Navn}}', lookup)).toEqual({ text: '{{By}} og {{ By }} og Else Jensen', missing: ['By'] });
  });
  it('does not treat $ in a value as a replacement pattern', () => {
    expect(fillText('{{Navn}}', () => '$& $1').text).toBe('$& $1');
  });
});

describe('re2Escape', () => {
  it('escapes every RE2 metacharacter', () => {
    expect(re2Escape('{{ Navn }}')).toBe('\\{\\{ Navn \\}\\}');
    expect(re2Escape('a.b$c(d)e[f]g*h+i?j^k|l\\m')).toBe('a\\.b\\$c\\(d\\)e\\[f\\]g\\*h\\+i\\?j\\^k\\|l\\\\m');
  });
  it('gives a pattern that matches the text literally (JS regex as a stand-in for RE2)', () => {
    const text = '{{Tlf. (kommune)}} $5 [x]*';
    expect(new RegExp(re2Escape(text)).exec(`før ${text} efter`)?.[0]).toBe(text);
  });
});
