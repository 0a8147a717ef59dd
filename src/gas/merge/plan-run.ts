import { MergePlan, MergeProblem, MergeRowInput, MergeScope, planMerge } from '../../core/letters/merge-plan';
import { normalizeFieldName } from '../../core/letters/placeholders';
import { DEFAULT_TEMPLATES } from '../../core/letters/templates';
import { readTemplate, TemplateText } from './docs';
import { ApiTemplate, docsApi, readApiTemplate } from './docs-api';
import { CitizenTable, mergeRows, scopeTest } from './rows';
import * as text from './text';
import { Context } from './context';

/** The merge planned from the sheet and the templates it needs, before anything is written (preview and start). */

/** Fields shared by every letter of a run (the settings, the date), so a combined document's header may name them. */
const SHARED_FIELDS = ['Kommune', 'Afsender', 'Afdeling', 'Afsenderadresse', 'Telefon kommune', 'Telefontid', 'E-mail kommune', 'Underskrift', 'Dato'];
let sharedKeys: Set<string> | undefined;
/** Normalized when first asked, not at load: the bundle's top level runs on every custom-function call. */
const sharedFieldKeys = () => (sharedKeys ??= new Set(SHARED_FIELDS.map(normalizeFieldName)));

interface Planned {
  plan: MergePlan;
  rows: MergeRowInput[];
  templates: Map<string, TemplateText>;
  problems: MergeProblem[];
}

/** A template's text and placeholders: one Docs API call when the advanced service is on, else DocumentApp's walk. */
function readTemplateText(key: string, id: string): TemplateText {
  const api = docsApi();
  return api ? readApiTemplate(api, key, id) : readTemplate(key, id);
}

/** Why the letters cannot take the fast path with this template (undefined: they can). */
export function slowReason(t: TemplateText) {
  const shape = (t as Partial<ApiTemplate>).shape;
  return shape && !shape.ok ? shape.reason : undefined;
}
export const templateTitle = (key: string) => DEFAULT_TEMPLATES[key as keyof typeof DEFAULT_TEMPLATES]?.title ?? key;

/** Reads the rows and the templates the rows need, and plans the merge. Writes nothing. */
export function planRun(ctx: Context, table: CitizenTable, scope: MergeScope, mode: 'combined' | 'perCitizen'): Planned {
  const rows = mergeRows(table, ctx.settings, ctx.asOf, ctx.today, ctx.zone, scopeTest(scope, table.sheet));
  const ids = ctx.port.templateIds(ctx.settings);
  const base = { rows, scope, settings: ctx.settings, today: ctx.today, asOf: ctx.asOf, toDay: ctx.zone.toDay };
  const first = planMerge({ ...base, templates: new Map(Object.keys(ids).map((k) => [k, []])) });
  const templates = new Map<string, TemplateText>();
  const problems: MergeProblem[] = [];
  const unreadable = new Set<string>();
  for (const key of new Set(first.jobs.map((j) => j.templateKey))) {
    try {
      templates.set(key, readTemplateText(key, ids[key]));
    } catch {
      unreadable.add(key);
      const row = first.jobs.find((j) => j.templateKey === key)!.rowNumber;
      problems.push({ rowNumber: row, field: text.templateUnreadable(key) });
    }
  }
  const plan = planMerge({ ...base, templates: new Map([...templates].map(([k, t]) => [k, t.placeholders])) });
  if (mode === 'combined') {
    for (const t of templates.values()) {
      const rowOwn = t.headerFooterPlaceholders.filter((p) => !sharedFieldKeys().has(normalizeFieldName(p)));
      const firstRow = plan.jobs.find((j) => j.templateKey === t.key)?.rowNumber;
      if (firstRow !== undefined) for (const p of rowOwn) problems.push({ rowNumber: firstRow, field: text.headerNeedsPerCitizen(t.key, p) });
    }
  }
  // Rows whose template could not be opened are reported once, by the template, not once per row (the
  // second plan has no job for them; the first, made with every template, says which they take).
  const templateOfRow = new Map(first.jobs.map((j) => [j.rowNumber, j.templateKey]));
  const rowProblems = plan.problems.filter((p) => !unreadable.has(templateOfRow.get(p.rowNumber) ?? ''));
  return { plan, rows, templates, problems: [...problems, ...rowProblems] };
}

/** The values of the shared fields (settings and date: the same in every letter of the run). */
export function sharedFields(fields: ReadonlyMap<string, string>): Map<string, string> {
  return new Map([...fields].filter(([key]) => sharedFieldKeys().has(key)));
}
