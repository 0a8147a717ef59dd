import { danishNumber } from '../text/number';
/** The Danish sentences about profiles: their law, their period and their validation. */

export const OWN_DECISION = 'Kommunens egen beslutning, ældreloven § 4 som generel ramme';
export const UNTIL_REPEAL = '(til 30.6.2025)';

function period(from: string | undefined, to: string | undefined): string {
  if (from && to) return `${from} til ${to}`;
  if (from) return `fra ${from}`;
  return `til ${to}`;
}

export function periodOutside(name: string, from: string | undefined, to: string | undefined, year: number): string {
  return `Profilen «${name}» gælder ${period(from, to)}; planlægningsåret ${year} ligger uden for. Kontrollér kommunens gældende kvalitetsstandard, og opdater profilen.`;
}

export function periodPartial(name: string, from: string | undefined, to: string | undefined, year: number): string {
  return `Profilen «${name}» gælder ${period(from, to)}, kun en del af planlægningsåret ${year}. Kontrollér kommunens gældende kvalitetsstandard for resten af året.`;
}

// ─── Validation ──────────────────────────────────────────────────────────────────────────────────────

export const ROOT = '(roden)';
export const INVALID_HEADING = 'Profilen er ugyldig';

/** What a numbered list in a profile is called in a message ("regel 2 (ALDER_75)"). */
export const ITEM_NAMES: Record<string, string> = {
  rules: 'regel', contacts: 'kontakt', ages: 'aldersbånd', reasons: 'undtagelsesgrund', forms: 'form',
  events: 'hændelse', excludeAges: 'udeladt alder', notes: 'note', aliases: 'alias', themes: 'tema', referrals: 'henvisning',
};

/** "regel 2 (ALDER_75)": the id as written, cut at 40 characters (a refused one may be of any length). */
export const item = (name: string, position: number, id?: string) => `${name} ${position}${id ? ` (${id.length > 40 ? `${id.slice(0, 39)}…` : id})` : ''}`;

export const TYPE_NAMES: Record<string, string> = {
  string: 'tekst', number: 'et tal', int: 'et helt tal', boolean: 'true eller false', array: 'en liste [ … ]', object: 'et objekt { … }',
};

const quoted = (values: readonly string[]) => values.map((v) => `«${v}»`).join(', ');
const keys = (values: readonly string[]) => values.map((v) => `\`${v}\``).join(', ');

export const unknownKeyNear = (key: string, near: string) => `\`${key}\`: ukendt nøgle – mente du \`${near}\`?`;
export const unknownKey = (key: string, valid: readonly string[]) => `\`${key}\`: ukendt nøgle (gyldige nøgler her: ${keys(valid)})`;
export const MISSING = 'mangler (feltet skal udfyldes)';
export const missingKind = (options: readonly string[]) => `mangler; skal være en af: ${quoted(options)}`;
export const wrongKind = (value: string, options: readonly string[]) => `${value} er ikke en gyldig type regel; skal være en af: ${quoted(options)}`;
export const wrongType = (expected: string, got: string) => `skal være ${expected}, ikke ${got}`;
export const notOneOf = (value: string, values: readonly string[]) => `${value} er ikke tilladt; skal være en af: ${quoted(values)}`;

export const tooLongText = (max: number) => `højst ${danishNumber(max)} tegn`;
export const tooMany = (max: number, what: string) => `højst ${danishNumber(max)} ${what}`;
export const moreProblems = (n: number) => `… og ${danishNumber(n)} ${n === 1 ? 'problem' : 'problemer'} mere. Ret dem ovenfor først.`;
export const profileTooLong = (chars: number, max: number) =>
  `profilen fylder ${danishNumber(chars)} tegn; den må højst fylde ${danishNumber(max)} (som én celle i Google Sheets). Kontrollér, at det er den rigtige tekst.`;
export const moreOverlaps = (n: number) => `… og ${danishNumber(n)} par regler mere, der overlapper på samme måde.`;
export const BAD_ID = 'må kun indeholde a–z, tal og bindestreg, ingen æøå og ingen store bogstaver (fx glostrup-2025)';
export const BAD_CODE = 'skal være STORE BOGSTAVER, tal og _ (fx ALDER_80)';

export const ON_LINE = (line: number) => `linje ${line}: `;
export const jsonError = (line: number, column: number, what: string) => `ikke gyldig JSON: linje ${line}, kolonne ${column}: ${what}`;
export const JSON_ENDS_EARLY = 'teksten slutter for tidligt (mangler der en } eller ]?)';
export const JSON_TRAILING_COMMA = 'komma før } eller ] (JSON tillader ikke komma efter sidste element)';
export const JSON_SINGLE_QUOTE = 'brug lige dobbelte anførselstegn (") om tekst og nøgler';
export const JSON_MISSING_COMMA = 'mangler der et komma før denne linje?';
/** `shown`: «x», or an invisible character's code (U+00A0, a no-break space). */
export const jsonUnexpected = (shown: string) => `uventet tegn ${shown}`;

export const overlap = (a: string, b: string, what: string, bCode: string) =>
  `${a} og ${b} giver begge ${what}: samme borger ville få samme slags tilbud to gange. Ret aldersbåndene, eller tillad det udtrykkeligt med "combinesWith": ["${bCode}"] i ${a.split(' (')[0]}.`;
export const overlapAges = (ages: string) => `et fast tilbud i det år, borgeren fylder ${ages}`;
export const overlapEvent = (event: string) => `et tilbud efter samme hændelse (${event})`;
export const unknownCombinesWith = (where: string, code: string) => `${where}, \`combinesWith\`: koden ${code} findes ikke i profilen`;

// ─── Migration (schemaVersion) ───────────────────────────────────────────────────────────────────────

export const MIGRATED = (from: number, to: number) =>
  `Profilen er skrevet til skemaversion ${from} og læses efter version ${to}; reglerne giver de samme koder og perioder.`;
export const MIGRATION_LAW =
  'Henvisninger til SEL § 79 a vises fra 1.7.2025 som «(til 30.6.2025)» efter kommunens egen beslutning med ældreloven § 4 som ramme.';
export const MIGRATION_STRICT = 'Ukendte nøgler afvises nu (før blev de stille ignoreret), og overlappende regler skal tillades med "combinesWith".';
export const MIGRATION_KEYWORDS =
  '"keywords" i undtagelsesgrundene virker som før (ordet fundet et sted i teksten i «Undtaget»), men kan tage fejl: «kun praktisk hjælp» indeholder «praktisk». Skriv dem om til "synonyms", der sammenlignes med hele cellen, og lad teamet vælge grunden i rullelisten.';
