import { resolveProfile } from '../profiles/registry';

/**
 * What each municipality's quality standard promises the citizen, as letter paragraphs: the standard's
 * own content that every letter of that profile carries (Ballerup's sit-to-stand test, its complaint
 * procedure and its secure-message route; Glostrup's "no grants, no complaint access"). Each paragraph
 * names the seed lines it comes from, so a test can hold the letter to the standard.
 *
 * Offer-specific text (Glostrup's "bring your spouse") lives on the profile's rule (`letterText`); a
 * municipality written as a JSON profile puts its standard content there too.
 */

export interface StandardParagraph {
  text: string;
  /** Seed document and lines, e.g. "ballerup 76-78". */
  source: string;
  /** Only in letters about a visit at home (not in a meeting invitation). */
  homeVisitOnly?: boolean;
  /** Left out of the condolence letter, which stays short and plain (the test and a complaint belong to the visit). */
  notWhenBereaved?: boolean;
  /** Left out of the letter to a citizen whose spouse moved to a care home. */
  notWhenSpouseMoved?: boolean;
}

export interface StandardContent {
  paragraphs: readonly StandardParagraph[];
  /**
   * How to write safely, instead of the general sentence about Digital Post: Ballerup names a
   * secure-message form on its website (seed 003, lines 104-110).
   */
  secureMessage?: string;
}

// What the consultant can and cannot do at the visit, in plain words; only in letters about a visit.
const NO_GRANTS_GLOSTRUP: StandardParagraph = {
  text: 'Forebyggelseskonsulenten kan ikke bevilge hjælp ved besøget, fx hjemmehjælp eller hjælpemidler, og der bliver ikke truffet afgørelser, som du kan klage over. Men konsulenten kan give dig råd og fortælle dig, hvordan du søger hjælp. Er du utilfreds med besøget, så ring eller skriv til os.',
  source: 'glostrup-2025 62-68',
  homeVisitOnly: true,
  notWhenBereaved: true,
  notWhenSpouseMoved: true,
};

const NO_GRANTS_LAW: StandardParagraph = {
  text: 'Forebyggelseskonsulenten kan ikke bevilge hjælp ved besøget, fx hjemmehjælp eller hjælpemidler, men kan give dig råd og fortælle dig, hvordan du søger hjælp.',
  source: 'glostrup-2025 62-64',
  homeVisitOnly: true,
  notWhenBereaved: true,
  notWhenSpouseMoved: true,
};

export const STANDARD_CONTENT: Readonly<Record<string, StandardContent>> = {
  'glostrup-2025': { paragraphs: [NO_GRANTS_GLOSTRUP] },
  ballerup: {
    paragraphs: [
      {
        text: 'Ved besøget tilbyder vi dig en nem og kort fysisk test, rejse-sætte-sig-testen. Den viser styrken i dine ben, og om du kunne have glæde af at styrke din fysik.',
        source: 'ballerup 76-78',
        homeVisitOnly: true,
        notWhenBereaved: true,
      },
      {
        text: 'Er du ikke tilfreds med kvaliteten af det forebyggende hjemmebesøg, kan du klage til Ballerup Kommune, Visitation og Vejledning, Hold-an Vej 7, 2750 Ballerup, telefon 44 77 17 17 (tast 1). Du kan også klage mundtligt ved at ringe til afdelingen.',
        source: 'ballerup 114-124',
        notWhenBereaved: true,
      },
    ],
    secureMessage:
      'Skriv ikke personfølsomme oplysninger i en almindelig e-mail: de er ikke beskyttet. Brug i stedet sikker post på Ballerup Kommunes hjemmeside (forms.ballerup.dk/ekstern/sikker-besked), hvor du logger på med MitID.',
  },
  'sel-79a': { paragraphs: [NO_GRANTS_LAW] },
};

/**
 * The standard content of a profile: none for a profile this file does not know. Keys are matched
 * through the registry too, so a profile renamed with its old id as an alias keeps its content.
 */
export function standardContent(profileId: string): StandardContent {
  const direct = STANDARD_CONTENT[profileId];
  if (direct) return direct;
  for (const [key, content] of Object.entries(STANDARD_CONTENT)) {
    try {
      if (resolveProfile(key).id === profileId) return content;
    } catch {
      // a key no profile answers to
    }
  }
  return { paragraphs: [] };
}
