import { maskCpr } from '../coerce/cpr';
import { columnSpec, type ColumnKey } from '../sheet/columns';
import type { Delimiter } from './delimited';
import { ENCODING_LABELS } from './encoding';
import type { SourceFormat } from './limits';
import type { CitizenRef, ImportPlan } from './plan';
import type { ReadFile } from './read';
import type { ImportPreview, PreviewCitizen } from './request';
import * as text from './text';
import { cprText } from './values';

/** How many of each list the preview shows (the counts are always whole). */
export const SHOWN_MAX = 100;

const DELIMITER_LABELS: Record<Delimiter, string> = { ';': 'semikolon', ',': 'komma', '\t': 'tabulator' };

/** The preview the consultant sees before anything is written: counts, the lists, the reasons; CPR masked. */
export function buildPreview(
  file: ReadFile,
  plan: ImportPlan,
  meta: { fileName: string; encoding: SourceFormat; sheetHeaders: readonly unknown[] },
): ImportPreview {
  const header = (key: ColumnKey) => {
    const at = plan.columns[key];
    const h = at === undefined ? '' : meta.sheetHeaders[at];
    return typeof h === 'string' && h.trim() ? h.trim() : columnSpec(key).header;
  };
  const who = (c: CitizenRef): Pick<PreviewCitizen, 'name' | 'cprMasked'> => ({
    name: c.name || '(uden navn)',
    cprMasked: c.cpr ? maskCpr(cprText(c.cpr)) : '',
  });
  const counts = {
    new: plan.adds.length,
    changed: plan.updates.length,
    unchanged: plan.unchanged,
    missing: plan.missing.length,
    rejected: plan.rejected.length,
    sheetDuplicates: plan.sheetDuplicates.length,
  };
  return {
    kind: 'preview',
    fileName: meta.fileName,
    encoding: ENCODING_LABELS[meta.encoding],
    delimiter: meta.encoding === 'xlsx' ? 'regneark' : DELIMITER_LABELS[file.delimiter],
    mode: plan.mode,
    counts,
    added: plan.adds.slice(0, SHOWN_MAX).map((a) => ({ line: a.line, ...who(a) })),
    changed: plan.updates.slice(0, SHOWN_MAX).map((u) => ({ line: u.line, sheetRow: u.row + 2, ...who(u), columns: u.changes.map((c) => header(c.key)) })),
    missing: plan.missing.slice(0, SHOWN_MAX).map((m) => ({ sheetRow: m.sheetRow, ...who(m) })),
    rejected: plan.rejected.slice(0, SHOWN_MAX),
    sheetDuplicates: plan.sheetDuplicates.slice(0, SHOWN_MAX).map((g) => g.map((m) => ({ sheetRow: m.sheetRow, ...who(m) }))),
    warnings: plan.warnings,
    shownMax: SHOWN_MAX,
    canWrite: counts.new + counts.changed > 0,
    fingerprint: plan.fingerprint,
    summary: summaryOf(counts, plan.mode),
  };
}

export function summaryOf(c: ImportPreview['counts'], mode: ImportPlan['mode']): string {
  const parts = [
    `${text.citizens(c.new)} tilføjes`,
    `${text.citizens(c.changed)} opdateres`,
    `${text.citizens(c.unchanged)} er uændrede`,
  ];
  if (mode === 'full') parts.push(`${text.citizens(c.missing)} i arket står ikke i listen`);
  parts.push(`${text.count(c.rejected, 'række', 'rækker')} afvises`);
  return `${parts.join(', ')}.`;
}
