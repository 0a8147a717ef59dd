import { FOLLOW_UP_CODE } from '../../../src/core/follow-up/offer';
import { getProfile } from '../../../src/core/profiles/registry';
import { placeholdersIn, normalizeFieldName } from '../../../src/core/letters/placeholders';
import { DEFAULT_TEMPLATES, TEMPLATE_KEYS, templateText } from '../../../src/core/letters/templates';

const contact = ['Kommune', 'Afsender', 'Afsenderadresse', 'Telefon kommune', 'Telefontid', 'E-mail kommune', 'Underskrift'];
const address = ['Navn', 'Adresse', 'Postnr', 'By'];

describe('DEFAULT_TEMPLATES', () => {
  it('has one template per offer code the built-in profiles use, and the follow-up\'s (OPFOLGNING)', () => {
    const codes = new Set([...['glostrup-2025', 'ballerup', 'sel-79a'].flatMap((id) => getProfile(id).rules.map((r) => r.code)), FOLLOW_UP_CODE]);
    expect(new Set(TEMPLATE_KEYS)).toEqual(codes);
    for (const key of TEMPLATE_KEYS) expect(DEFAULT_TEMPLATES[key].key).toBe(key);
  });

  it.each(TEMPLATE_KEYS)('%s has the sender, the window-envelope address and the contact details', (key) => {
    const t = DEFAULT_TEMPLATES[key];
    const names = placeholdersIn(templateText(t)).map(normalizeFieldName);
    for (const field of [...contact, ...address, 'Dato']) expect(names).toContain(normalizeFieldName(field));
    expect(t.blocks[0].style).toBe('sender');
    expect(t.blocks[1]).toEqual({ style: 'address', text: '{{Navn}}\n{{Adresse}}\n{{Postnr}} {{By}}' });
    // Both seeds: the offer is voluntary (Glostrup 37-39, Ballerup 52-53).
    expect(templateText(t)).toMatch(/frivilligt|bestemmer selv/);
  });

  it.each(TEMPLATE_KEYS)('%s takes its words from the letter content: heading, ask, standard content, data protection; never {{Note}}', (key) => {
    const names = placeholdersIn(templateText(DEFAULT_TEMPLATES[key])).map(normalizeFieldName);
    for (const field of ['Overskrift', 'Indledning', 'Tilbudstekst', 'Aftale', 'Standardtekst', 'Personoplysninger']) expect(names).toContain(normalizeFieldName(field));
    expect(names).not.toContain('note');
  });
});
