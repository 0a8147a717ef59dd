import { MergePlan, MergeProblem, MergeRowInput, MergeScope, mergeLetters, planMerge, rowsWithGaps } from '../../core/letters/merge-plan';
import { normalizeFieldName } from '../../core/letters/placeholders';
import { DEFAULT_TEMPLATES } from '../../core/letters/templates';
import { readTemplate, TemplateText } from './docs';
import { ApiTemplate, docsApi, readApiTemplate } from './docs-api';
import { CitizenTable, mergeRows, scopeTest } from './rows';
import * as text from './text';
import { Context } from './context';
import { isNotThere } from '../service-errors';

/** The merge planned from the sheet and the templates it needs, before anything is written (preview and start). */

/** Fields shared by every letter of a run (the settings, the date), so a combined document's header may name them. */
const SHARED_FIELDS = ['Kommune', 'Afsender', 'Afdeling', 'Afsenderadresse', 'Telefon kommune', 'Telefontid', 'E-mail kommune', 'Underskrift', 'Dato'];
let sharedKeys: Set<string> | undefined;
/** Normalized when first asked, not at load: the bundle's top level runs on every custom-function call. */
const sharedFieldKeys = () => (sharedKeys ??= new Set(SHARED_FIELDS.map(normalizeFieldName)));

interface Planned {
  /** Its jobs are the letters to make (`makeable`, and not of a template the chosen output cannot take). */
  plan: MergePlan;
  rows: MergeRowInput[];
  templates: Map<string, TemplateText>;
  /** What stops the other rows' letters, by row and field (a template's problem once, by its first row). */
  problems: MergeProblem[];
  /** How many chosen rows get no letter because of them: skipped and left unmarked. */
  skippedRows: number;
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

/**
 * Reads the rows and the templates the rows need, and plans the merge. Writes nothing. A merge with gaps
 * makes the complete letters (core/letters/merge-plan.ts, `makeable`, as offline): a row with a gap, a row
 * of a template that cannot be opened and, in one combined document, a row of a template whose header names
 * a row's own field get no job, and the problems list them.
 */
export function planRun(ctx: Context, table: CitizenTable, scope: MergeScope, mode: 'combined' | 'perCitizen'): Planned {
  const rows = mergeRows(table, ctx.settings, ctx.asOf, ctx.today, ctx.zone, scopeTest(scope, table.sheet));
  const ids = ctx.port.templateIds(ctx.settings);
  const base = { rows, scope, settings: ctx.settings, today: ctx.today, asOf: ctx.asOf, toDay: ctx.zone.toDay };
  // Which template each chosen row takes (every template named, none read yet): only those are read.
  const templateOfRow = new Map<number, string>();
  for (const letter of mergeLetters({ ...base, templates: new Map(Object.keys(ids).map((k) => [k, []])) }).letters()) {
    if (letter.job) templateOfRow.set(letter.rowNumber, letter.job.templateKey);
  }
  const templates = new Map<string, TemplateText>();
  const problems: MergeProblem[] = [];
  const blocked = new Set<string>();
  for (const key of new Set(templateOfRow.values())) {
    try {
      templates.set(key, readTemplateText(key, ids[key]));
    } catch (e) {
      // Only a template that is not there skips its rows (unmarked, named once); a passing service error
      // stops the run, which resumes and makes every letter once.
      if (!isNotThere(e)) throw e;
      blocked.add(key);
      problems.push({ rowNumber: firstRowOf(templateOfRow, key), field: text.templateUnreadable(key) });
    }
  }
  const plan = planMerge({ ...base, templates: new Map([...templates].map(([k, t]) => [k, t.placeholders])) });
  if (mode === 'combined') {
    for (const t of templates.values()) {
      const rowOwn = t.headerFooterPlaceholders.filter((p) => !sharedFieldKeys().has(normalizeFieldName(p)));
      if (rowOwn.length === 0 || !plan.jobs.some((j) => j.templateKey === t.key)) continue;
      blocked.add(t.key);
      for (const p of rowOwn) problems.push({ rowNumber: firstRowOf(templateOfRow, t.key), field: text.headerNeedsPerCitizen(t.key, p) });
    }
  }
  // A template's rows are reported once, by the template, not once per row.
  const rowProblems = plan.problems.filter((p) => !blocked.has(templateOfRow.get(p.rowNumber) ?? ''));
  const jobs = plan.jobs.filter((j) => !blocked.has(j.templateKey));
  const counts = plan.countsByTemplate.filter((c) => !blocked.has(c.template));
  const skippedRows = [...templateOfRow.values()].filter((k) => blocked.has(k)).length + rowsWithGaps(rowProblems);
  return { plan: { ...plan, jobs, countsByTemplate: counts }, rows, templates, problems: [...problems, ...rowProblems], skippedRows };
}

const firstRowOf = (templateOfRow: ReadonlyMap<number, string>, key: string) => [...templateOfRow].find(([, k]) => k === key)![0];

/** The values of the shared fields (settings and date: the same in every letter of the run). */
export function sharedFields(fields: ReadonlyMap<string, string>): Map<string, string> {
  return new Map([...fields].filter(([key]) => sharedFieldKeys().has(key)));
}
