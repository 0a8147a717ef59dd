/**
 * The default letters, one per template key (= offer code), in the wording of the quality standards
 * (seeds/000 Glostrup 2025, seeds/003 Ballerup). Google Docs templates and Word letters are both made
 * from these blocks, so the wording lives in one place.
 *
 * One template serves every profile: the offer's own words come from {{Tilbud}}, {{Form}} and {{Note}}
 * (the profile's label, form and note), and how the citizen takes it up from {{Aftale}} (one sentence
 * chosen by the offer's booking: a meeting, a visit the citizen books, a letter after an unanswered call).
 * Only ALDER_80 names a fixed date and time ({{Besøgsdato}} {{Tidspunkt}}), as Glostrup's standard says.
 * The age is a field too ({{Alder i år}}: the age reached in the planning year), so a profile may send
 * one letter for several ages (Ballerup's 75- and 80-year events both take ALDER_75, by its profile).
 *
 * A block's text may hold `\n`: line breaks inside the block (the sender and address lines).
 */

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

export type TemplateKey = 'ALENE_70' | 'ALDER_75' | 'ALDER_80' | 'ALDER_82' | 'EFTERLADT' | 'AEGTEFAELLE_FLYTTET' | 'RISIKO';

const b = (style: BlockStyle, text: string): LetterBlock => ({ style, text });

// The parts every letter shares. The sender sits top right, the address where a window envelope shows it.
const head = [
  b('sender', '{{Kommune}}\n{{Afdeling}}\n{{Afsenderadresse}}\nTelefon {{Telefon kommune}}\n{{E-mail kommune}}'),
  b('address', '{{Navn}}\n{{Adresse}}\n{{Postnr}} {{By}}'),
  b('date', '{{Dato}}'),
];

const offerFacts = [
  b('normal', 'Dit tilbud: {{Tilbud}}\nSådan foregår det: {{Form}}'),
  b('normal', '{{Aftale}}'),
];

const voluntary = b('normal', 'Tilbuddet er frivilligt, og du vælger selv, om du vil tage imod det. Ønsker du ikke tilbuddet, beder vi dig give os besked.');

const noGrants = b('normal', 'Ved samtalen kan der ikke bevilges hjælp som hjemmehjælp eller hjælpemidler, men du kan naturligvis få råd og vejledning om det.');

const contact = b('normal', 'Du kan kontakte os på telefon {{Telefon kommune}} ({{Telefontid}}) eller skrive til {{E-mail kommune}}.');

const closing = [
  b('signature', 'Med venlig hilsen\n\n{{Underskrift}}\n{{Afdeling}}\n{{Kommune}}'),
  b('small', 'Skriv ikke personfølsomme oplysninger i en almindelig e-mail. Brug i stedet Digital Post (sikker post), hvor du logger på med MitID.'),
];

const purpose = b(
  'normal',
  'Formålet er at støtte dig i at leve det liv, du ønsker, længst muligt: at bevare din trivsel, dit helbred og dit netværk i hverdagen. Vi taler om det, der har betydning for dig, og fortæller om aktiviteter, fællesskaber og støttemuligheder i kommunen.',
);

function letter(key: TemplateKey, title: string, heading: string, body: LetterBlock[]): LetterTemplate {
  return { key, title, blocks: [...head, b('title', heading), b('normal', 'Kære {{Navn}}'), ...body, contact, ...closing] };
}

export const DEFAULT_TEMPLATES: Readonly<Record<TemplateKey, LetterTemplate>> = {
  ALENE_70: letter('ALENE_70', 'Invitation, 70-årige der bor alene', 'Invitation til forebyggende hjemmebesøg', [
    b('normal', 'I det år, du fylder {{Alder i år}} år, tilbyder {{Kommune}} et forebyggende hjemmebesøg til dig, der bor alene. Derfor sender vi dig denne personlige invitation.'),
    ...offerFacts,
    b('normal', '{{Note}}'),
    purpose,
    voluntary,
    noGrants,
  ]),
  ALDER_75: letter('ALDER_75', 'Invitation efter alder (75 eller 80 år)', 'Invitation til forebyggende hjemmebesøg', [
    b('normal', 'I det år, du fylder {{Alder i år}} år, tilbyder {{Kommune}} dig et forebyggende hjemmebesøg. Derfor sender vi dig denne personlige invitation.'),
    ...offerFacts,
    b('normal', '{{Note}}'),
    purpose,
    voluntary,
    noGrants,
  ]),
  ALDER_80: letter('ALDER_80', 'Besøg med fast dato og tid, 80-årige', 'Du får besøg af en forebyggelseskonsulent', [
    b('normal', 'I det år, du fylder {{Alder i år}} år, tilbyder {{Kommune}} dig en individuel samtale i dit eget hjem: et forebyggende hjemmebesøg.'),
    b('normal', 'Forebyggelseskonsulent {{Konsulent}} kommer på besøg hos dig {{Besøgsdato}} {{Tidspunkt}}. Besøget varer cirka en time.'),
    b('normal', 'Ønsker du ikke besøget, eller vil du ændre tidspunktet, så kontakt os med besked, gerne så tidligt som muligt. Så finder vi en anden tid eller aflyser besøget.'),
    purpose,
    voluntary,
    noGrants,
  ]),
  ALDER_82: letter('ALDER_82', 'Årligt tilbud fra 82 år', 'Tilbud om forebyggende hjemmebesøg', [
    b('normal', 'Fra det år, du fylder 82 år, tilbyder {{Kommune}} dig et forebyggende hjemmebesøg mindst én gang om året. Derfor skriver vi til dig.'),
    ...offerFacts,
    b('normal', '{{Note}}'),
    purpose,
    voluntary,
    noGrants,
  ]),
  EFTERLADT: letter('EFTERLADT', 'Sorgstøtte efter tab af ægtefælle', 'Tilbud om en samtale efter dit tab', [
    b('normal', 'Vi har fået at vide, at du for nylig har mistet din ægtefælle eller samlever. Vi vil gerne sende dig vores dybeste medfølelse.'),
    b('normal', 'Når man mister en nær, kan hverdagen forandre sig meget. Derfor tilbyder vi dig en samtale med en forebyggelseskonsulent om, hvordan du har det, og om hvad der kan støtte dig i den kommende tid.'),
    ...offerFacts,
    b('normal', '{{Note}}'),
    voluntary,
    noGrants,
  ]),
  AEGTEFAELLE_FLYTTET: letter('AEGTEFAELLE_FLYTTET', 'Samtale efter ægtefællens flytning', 'Tilbud om en seniorsamtale', [
    b('normal', 'Vi har fået at vide, at din ægtefælle eller samlever for nylig er flyttet på ældrecenter. Det kan være en stor forandring i hverdagen for dig.'),
    b('normal', 'Derfor tilbyder vi dig en samtale med en forebyggelseskonsulent om, hvordan du har det, og om hvad der kan støtte dig i den nye hverdag.'),
    ...offerFacts,
    b('normal', '{{Note}}'),
    voluntary,
    noGrants,
  ]),
  RISIKO: letter('RISIKO', 'Forebyggende hjemmebesøg efter behov', 'Tilbud om forebyggende hjemmebesøg', [
    b('normal', 'Efter en faglig vurdering vil vi gerne tilbyde dig et forebyggende hjemmebesøg: en samtale om, hvordan du har det, og om hvad der kan hjælpe dig til at bevare dine kræfter og din trivsel i hverdagen.'),
    ...offerFacts,
    b('normal', '{{Note}}'),
    purpose,
    voluntary,
    noGrants,
  ]),
};

export const TEMPLATE_KEYS = Object.keys(DEFAULT_TEMPLATES) as TemplateKey[];

/** All the text of a template, one block after another (to find its placeholders). */
export function templateText(template: LetterTemplate): string {
  return template.blocks.map((block) => block.text).join('\n');
}
