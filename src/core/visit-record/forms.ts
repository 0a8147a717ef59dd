import { normalizeHeader } from '../sheet/columns';

/**
 * The forms a held contact takes: a fixed code list, so the year report can count them. The cell holds
 * the Danish label (what *Registrér besøget* writes); a hand-typed row may use a synonym.
 *
 * `cancelled` is not a contact: a row of that form only voids the row it supersedes (Erstatter), the way
 * a team takes back a visit registered by mistake without deleting a row.
 */
export const VISIT_FORMS = [
  { id: 'home', label: 'Hjemmebesøg', synonyms: ['besøg', 'hjemme', 'seniorsamtale', 'seniorsamtale i eget hjem', 'besøg i hjemmet'] },
  { id: 'phone', label: 'Telefonsamtale', synonyms: ['telefon', 'tlf', 'opkald', 'telefonisk'] },
  { id: 'meeting', label: 'Arrangement', synonyms: ['informationsmøde', 'møde', 'fællesarrangement', 'temadag'] },
  { id: 'griefTalk', label: 'Sorgstøttesamtale', synonyms: ['sorgstøtte', 'sorgsamtale'] },
  { id: 'dropIn', label: 'Åben rådgivning', synonyms: ['åben seniorvejledning', 'seniorvejledning', 'drop-in', 'åben vejledning'] },
  { id: 'cancelled', label: 'Annulleret', synonyms: ['annuller', 'slettet', 'fejlregistrering'] },
] as const;

export type VisitForm = (typeof VISIT_FORMS)[number]['id'];

let byName: Map<string, VisitForm> | undefined;

/** The form a cell names (label, id or synonym; case, spaces and æøå folded), or undefined. */
export function visitFormOf(value: string): VisitForm | undefined {
  if (!byName) {
    byName = new Map();
    for (const f of VISIT_FORMS) for (const n of [f.label, f.id, ...f.synonyms]) byName.set(normalizeHeader(n), f.id);
  }
  return byName.get(normalizeHeader(value));
}

export function visitFormLabel(form: VisitForm): string {
  return VISIT_FORMS.find((f) => f.id === form)!.label;
}
