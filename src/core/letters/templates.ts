/**
 * The default letters, one per template key (= offer code). Google Docs templates and Word letters are
 * both made from these blocks, and their words come from the letter content (`content.ts`, `wording.ts`,
 * the profile's `letterText`, the standard content in `standards.ts`), so the wording lives in one place.
 *
 * A template is a layout of fields: {{Overskrift}} (the heading), {{Indledning}} (why we write),
 * {{Tilbudstekst}} (the offer's own paragraphs), {{Aftale}} (the ask: a meeting's date, time and place
 * with how to sign up; a proposed visit with how to move or decline it; or how to book), {{Formål}},
 * {{Standardtekst}} (what the municipality's standard promises), the contact lines and the
 * data-protection paragraph {{Personoplysninger}} (a setting). A paragraph whose fields are all empty is
 * left out of the letter; the merge adds the letter's reference number (Brevnr.) at its foot.
 *
 * A block's text may hold `\n`: line breaks inside the block (the sender and address lines).
 */

import { CONTACT, GREETING, SIGNATURE, VOLUNTARY, VOLUNTARY_GENTLE } from './wording';

export type BlockStyle = 'sender' | 'address' | 'date' | 'title' | 'normal' | 'signature' | 'small';

export interface LetterBlock {
  style: BlockStyle;
  text: string;
}

export interface LetterTemplate {
  key: string;
  /** The template's name, also the title of its Google Doc. */
  title: string;
  blocks: LetterBlock[];
}

export type TemplateKey = 'ALENE_70' | 'ALDER_75' | 'ALDER_80' | 'ALDER_82' | 'EFTERLADT' | 'AEGTEFAELLE_FLYTTET' | 'RISIKO' | 'OPFOLGNING';

const b = (style: BlockStyle, text: string): LetterBlock => ({ style, text });

// The sender sits top right, the address where a window envelope shows it.
const head = [
  b('sender', '{{Kommune}}\n{{Afsender}}\n{{Afsenderadresse}}\nTelefon {{Telefon kommune}}\n{{E-mail kommune}}'),
  b('address', '{{Navn}}\n{{Adresse}}\n{{Postnr}} {{By}}'),
  b('date', '{{Dato}}'),
];

function letter(key: TemplateKey, title: string, opts: { purpose: boolean; voluntary: string }): LetterTemplate {
  return {
    key,
    title,
    blocks: [
      ...head,
      b('title', '{{Overskrift}}'),
      b('normal', GREETING),
      b('normal', '{{Indledning}}'),
      b('normal', '{{Tilbudstekst}}'),
      b('normal', '{{Aftale}}'),
      ...(opts.purpose ? [b('normal', '{{Formål}}')] : []),
      b('normal', '{{Standardtekst}}'),
      b('normal', opts.voluntary),
      b('normal', CONTACT),
      b('signature', SIGNATURE),
      b('small', '{{Sikker post}}'),
      b('small', '{{Personoplysninger}}'),
    ],
  };
}

const usual = { purpose: true, voluntary: VOLUNTARY };

export const DEFAULT_TEMPLATES: Readonly<Record<TemplateKey, LetterTemplate>> = {
  ALENE_70: letter('ALENE_70', 'Invitation, 70-årige der bor alene', usual),
  ALDER_75: letter('ALDER_75', 'Invitation efter alder (75 eller 80 år)', usual),
  ALDER_80: letter('ALDER_80', 'Besøg med fast dato og tid, 80-årige', usual),
  ALDER_82: letter('ALDER_82', 'Årligt tilbud fra 82 år', usual),
  // The bereavement letter: plain and short; no purpose paragraph, a softer word on choosing.
  EFTERLADT: letter('EFTERLADT', 'Samtale efter tab af ægtefælle', { purpose: false, voluntary: VOLUNTARY_GENTLE }),
  AEGTEFAELLE_FLYTTET: letter('AEGTEFAELLE_FLYTTET', 'Samtale efter ægtefællens flytning', { purpose: false, voluntary: VOLUNTARY }),
  RISIKO: letter('RISIKO', 'Forebyggende hjemmebesøg efter behov', usual),
  // The follow-up a visit agreed (core/follow-up): no purpose paragraph, they know it from the visit.
  OPFOLGNING: letter('OPFOLGNING', 'Opfølgning efter besøget', { purpose: false, voluntary: VOLUNTARY }),
};

export const TEMPLATE_KEYS = Object.keys(DEFAULT_TEMPLATES) as TemplateKey[];

/** All the text of a template, one block after another (to find its placeholders). */
export function templateText(template: LetterTemplate): string {
  return template.blocks.map((block) => block.text).join('\n');
}
