import { looksLikeCpr } from '../coerce/cpr';
import { isEmptyCell } from '../coerce/values';
import { type Day, toIso } from '../day';
import type { ColumnMap } from '../sheet/columns';
import { VISIT_FORMS, type VisitRecord, type VisitVocabulary, previousTest, sexOfCpr } from '../visit-record';
import { REGISTER_FORMS, type VisitFormView } from './visit-request';

/**
 * What *Registrér besøget* shows for a citizen: the forms, the profile's themes and referrals to tick,
 * whether the citizen's sex is known from a CPR number (else the form asks, for the chair-stand reading),
 * and the previous test (for the change since).
 */
export function visitFormView(
  row: { columns: ColumnMap; values: readonly unknown[] },
  vocabulary: VisitVocabulary,
  records: readonly VisitRecord[],
  key: string,
  today: Day,
): VisitFormView {
  const sex = citizenSex(row);
  const previous = previousTest(records, key, today + 1 as Day);
  return {
    forms: VISIT_FORMS.filter((f) => (REGISTER_FORMS as readonly string[]).includes(f.id)).map((f) => ({ id: f.id, label: f.label })),
    themes: vocabulary.themes.map((t) => ({ id: t.id, label: t.label })),
    referrals: vocabulary.referrals.map((t) => ({ id: t.id, label: t.label })),
    ...(sex ? { sex } : {}),
    ...(previous ? { previous: { count: previous.count, day: toIso(previous.day) } } : {}),
  };
}

/** M/K from the row's CPR number (the CPR column, or one typed in Fødselsdato); undefined without one. */
export function citizenSex(row: { columns: ColumnMap; values: readonly unknown[] }): 'M' | 'K' | undefined {
  for (const column of [row.columns.cpr, row.columns.birthdate]) {
    const value = column === undefined ? undefined : row.values[column];
    if (isEmptyCell(value)) continue;
    const text = typeof value === 'number' ? String(value).padStart(10, '0') : String(value).trim();
    if ((typeof value === 'string' || typeof value === 'number') && looksLikeCpr(text)) return sexOfCpr(text);
  }
  return undefined;
}
