import { normalizeHeader } from '../sheet/columns';

/** A theme or a referral kind: a code for the sheet and the report, a label in the standard's words. */
export interface VisitTerm {
  readonly id: string;
  readonly label: string;
  readonly synonyms?: readonly string[];
}

/** The theme and referral lists a record's codes are read against (the profile's, or the default set). */
export interface VisitVocabulary {
  readonly themes: readonly VisitTerm[];
  readonly referrals: readonly VisitTerm[];
}

/** Finds a term by id, label or synonym (case, spacing, punctuation and æøå folded). */
export function termIndex(terms: readonly VisitTerm[]): (value: string) => string | undefined {
  const index = new Map<string, string>();
  for (const t of terms) for (const n of [t.id, t.label, ...(t.synonyms ?? [])]) index.set(normalizeHeader(n), t.id);
  return (value) => index.get(normalizeHeader(value));
}

/** The separator of codes in one cell: `;` (a label may hold a comma), or a line break. */
export const CODE_SEPARATOR = /[;\n]/;

export function splitCodes(cell: string): string[] {
  return cell.split(CODE_SEPARATOR).map((c) => c.trim()).filter((c) => c !== '');
}
