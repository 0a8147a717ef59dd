import { Day, fromIso, toIso } from '../../core/day';
import { InputError } from '../../core/coerce/errors';
import { letterFields } from '../../core/letters/fields';
import { MergePlan, MergeProblem, MergeRowInput, MergeScope, planMerge } from '../../core/letters/merge-plan';
import { fillText, normalizeFieldName } from '../../core/letters/placeholders';
import { DEFAULT_TEMPLATES } from '../../core/letters/templates';
import type { Settings } from '../../core/settings/schema';
import { columnSpec } from '../../core/sheet/columns';
import { makeZone, todayIn, Zone } from '../../sheetfns/zone';
import { appendLetter, copyHeaderFooter, dropLeadingBlank, readTemplate, TemplateDoc, truncateAfter } from './docs';
import { ensureFolder, finishOutputs, perCitizenLetter } from './output';
import { PreviewRequest, RunId, StartRequest, parseRequest } from './request';
import { CitizenTable, mergeRows, readCitizenTable, rowFingerprint, scopeTest } from './rows';
import { SettingsPort, sheetSettingsPort } from './settings-port';
import { loadJobs, loadRun, newTag, RunJob, RunState, saveJobs, saveRun } from './state';
import * as text from './text';

/** What the sidebar shows while letters are made. Plain JSON. */
export interface MergeProgress {
  runId: string;
  done: number;
  total: number;
  finished: boolean;
  message: string;
  docUrls: string[];
}

export interface MergePreview {
  total: number;
  countsByTemplate: { template: string; count: number }[];
  problems: { row: number; field: string }[];
  firstLetter?: { title: string; paragraphs: string[] };
}

/** A batch stops before this much of the 6-minute execution limit is used. */
export const BATCH_MS = 270_000;
/** Longer than any execution can live: a lease past this is a dead execution's. */
const LEASE_MS = 6.5 * 60_000;
const LOCK_WAIT_MS = 10_000;
const SAVE_EVERY = 10;
export const RESUME_HANDLER = 'fhbMergeResume';

const nowMs = () => Date.now();

interface Context {
  zone: Zone;
  port: SettingsPort;
  settings: Settings;
  today: Day;
  asOf: Day;
}

function context(): Context {
  const zone = makeZone(SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetTimeZone());
  const port = sheetSettingsPort(zone);
  const settings = port.read();
  const today = todayIn(zone, new Date(nowMs()));
  return { zone, port, settings, today, asOf: (settings.asOf && fromIso(settings.asOf)) || today };
}

function requireColumns(table: CitizenTable): void {
  for (const key of ['invited', 'letter'] as const) {
    if (table.columns[key] === undefined) throw new InputError(text.columnMissing(columnSpec(key).header));
  }
}

/** Values shared by every letter of a run, so a combined document's header may name them. */
const SHARED_FIELDS = new Set(['Kommune', 'Afdeling', 'Afsenderadresse', 'Telefon kommune', 'Telefontid', 'E-mail kommune', 'Underskrift', 'Dato'].map(normalizeFieldName));

interface Planned {
  plan: MergePlan;
  rows: MergeRowInput[];
  templates: Map<string, TemplateDoc>;
  problems: MergeProblem[];
}

/** Reads the rows and the templates the rows need, and plans the merge. Writes nothing. */
function planRun(ctx: Context, table: CitizenTable, scope: MergeScope, mode: 'combined' | 'perCitizen'): Planned {
  const rows = mergeRows(table, ctx.settings, ctx.asOf, ctx.zone, scopeTest(scope, table.sheet));
  const ids = ctx.port.templateIds(ctx.settings);
  const base = { rows, scope, settings: ctx.settings, today: ctx.today, toDay: ctx.zone.toDay };
  const first = planMerge({ ...base, templates: new Map(Object.keys(ids).map((k) => [k, []])) });
  const templates = new Map<string, TemplateDoc>();
  const problems: MergeProblem[] = [];
  for (const key of new Set(first.jobs.map((j) => j.templateKey))) {
    try {
      templates.set(key, readTemplate(key, ids[key]));
    } catch {
      const row = first.jobs.find((j) => j.templateKey === key)!.rowNumber;
      problems.push({ rowNumber: row, field: text.templateUnreadable(key) });
    }
  }
  const plan = planMerge({ ...base, templates: new Map([...templates].map(([k, t]) => [k, t.placeholders])) });
  if (mode === 'combined') {
    for (const t of templates.values()) {
      const rowOwn = t.headerFooterPlaceholders.filter((p) => !SHARED_FIELDS.has(normalizeFieldName(p)));
      const firstRow = plan.jobs.find((j) => j.templateKey === t.key)?.rowNumber;
      if (firstRow !== undefined) for (const p of rowOwn) problems.push({ rowNumber: firstRow, field: text.headerNeedsPerCitizen(t.key, p) });
    }
  }
  // Rows whose template could not be opened are reported once, by the template, not once per row.
  const unreadable = new Set([...new Set(first.jobs.map((j) => j.templateKey))].filter((k) => !templates.has(k)));
  const rowProblems = plan.problems.filter((p) => !unreadable.has(plan.jobs.find((j) => j.rowNumber === p.rowNumber)?.templateKey ?? ''));
  return { plan, rows, templates, problems: [...problems, ...rowProblems] };
}

// ─── Endpoints ───────────────────────────────────────────────────────────────────────────────────────

export function mergePreview(input: unknown): MergePreview {
  const req = parseRequest(PreviewRequest, input);
  const ctx = context();
  const table = readCitizenTable();
  requireColumns(table);
  const { plan, templates, problems } = planRun(ctx, table, req.scope, ctx.settings.mergeMode);
  const preview: MergePreview = {
    total: plan.jobs.length,
    countsByTemplate: plan.countsByTemplate,
    problems: problems.map((p) => ({ row: p.rowNumber, field: p.field })),
  };
  const job = plan.jobs[0];
  const template = job && templates.get(job.templateKey);
  if (job && template) {
    preview.firstLetter = {
      title: DEFAULT_TEMPLATES[job.templateKey as keyof typeof DEFAULT_TEMPLATES]?.title ?? job.templateKey,
      paragraphs: template.body.map((part) => fillText(part.text, (key) => job.fields.get(key)).text),
    };
  }
  return preview;
}

export function mergeStart(input: unknown): MergeProgress {
  const req = parseRequest(StartRequest, input);
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(LOCK_WAIT_MS)) throw new InputError(text.LOCK_BUSY);
  let state: RunState;
  try {
    // Planned under the lock: a run another consultant just finished has flushed its marks, so its
    // rows are no longer due; a run still going refuses this one.
    const active = loadRun();
    if (active && !active.finished) throw new InputError(text.runActive(active.done, active.total));
    const ctx = context();
    const mode = req.mode ?? ctx.settings.mergeMode;
    const table = readCitizenTable();
    requireColumns(table);
    const { plan, problems } = planRun(ctx, table, req.scope, mode);
    if (problems.length) throw new InputError(problemList(problems));
    if (plan.jobs.length === 0) return { runId: '', done: 0, total: 0, finished: true, message: text.NOTHING_DUE, docUrls: [] };
    const jobs: RunJob[] = plan.jobs.map((j) => ({ row: j.rowNumber, template: j.templateKey, fp: rowFingerprint(table, j.rowNumber) }));
    const tag = newTag(nowMs());
    const chunks = saveJobs(jobs);
    state = {
      runId: tag, tag, mode, pdf: req.pdf ?? ctx.settings.pdf, scope: req.scope, total: jobs.length, done: 0,
      today: toIso(ctx.today), chunks, templates: ctx.port.templateIds(ctx.settings), extraUrls: [],
      finished: false, message: text.progress(0, jobs.length), leaseUntil: nowMs() + LEASE_MS,
    };
    saveRun(state);
  } finally {
    lock.releaseLock();
  }
  return batch(state);
}

export function mergeContinue(runId: unknown): MergeProgress {
  const id = parseRequest(RunId, runId);
  const claimed = claim();
  if (!claimed || claimed.state.runId !== id) throw new InputError(text.runUnknown(id));
  return claimed.ours ? batch(claimed.state) : progressOf(claimed.state);
}

export function mergeStatus(): MergeProgress | null {
  const state = loadRun();
  return state ? progressOf(state) : null;
}

/** The time trigger: continues the run, and removes itself when there is nothing left to do. */
export function mergeResume(): void {
  const claimed = claim();
  if (!claimed || claimed.state.finished) {
    deleteResumeTriggers();
    return;
  }
  if (claimed.ours) batch(claimed.state);
}

function problemList(problems: readonly MergeProblem[]): string {
  const shown = problems.slice(0, 15).map((p) => text.problemLine(p.rowNumber, p.field));
  const more = problems.length > shown.length ? [text.moreProblems(problems.length - shown.length)] : [];
  return [text.problemsStop(problems.length), ...shown, ...more].join('\n');
}

function progressOf(state: RunState): MergeProgress {
  const main = state.mode === 'combined' ? state.docUrl : state.folderUrl;
  return {
    runId: state.runId, done: state.done, total: state.total, finished: state.finished, message: state.message,
    docUrls: [...(main ? [main] : []), ...state.extraUrls],
  };
}

/** Takes the run's lease under the lock: `ours` when this execution may work on it now. */
function claim(): { state: RunState; ours: boolean } | null {
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(LOCK_WAIT_MS)) throw new InputError(text.LOCK_BUSY);
  try {
    const state = loadRun();
    if (!state) return null;
    if (state.finished || state.leaseUntil > nowMs()) return { state, ours: false };
    state.leaseUntil = nowMs() + LEASE_MS;
    saveRun(state);
    return { state, ours: true };
  } finally {
    lock.releaseLock();
  }
}

// ─── One batch ───────────────────────────────────────────────────────────────────────────────────────

/** Works on the run until it is done or the time box is used up; always lets go of the lease. */
function batch(state: RunState): MergeProgress {
  try {
    work(state);
  } catch (e) {
    state.leaseUntil = 0;
    try {
      SpreadsheetApp.flush();
      saveRun(state);
    } catch {
      // the lease runs out by itself
    }
    throw e;
  }
  return progressOf(state);
}

function work(state: RunState): void {
  const started = nowMs();
  const ctx = context();
  const jobs = loadJobs(state.chunks);
  const table = readCitizenTable();
  requireColumns(table);
  const rows = new Map(mergeRows(table, ctx.settings, ctx.asOf, ctx.zone).map((r) => [r.rowNumber, r]));
  const today = fromIso(state.today) ?? ctx.today;
  const templates = new Map<string, TemplateDoc>();
  const templateOf = (key: string) => {
    let t = templates.get(key);
    if (!t) templates.set(key, (t = readTemplate(key, state.templates[key])));
    return t;
  };
  const fieldsOf = (rowNumber: number) => {
    const row = rows.get(rowNumber);
    if (!row?.plan) return new Map<string, string>();
    return letterFields({ row: row.values, plan: row.plan, settings: ctx.settings, today, toDay: ctx.zone.toDay });
  };

  const sink = state.mode === 'combined' ? combinedSink(state) : undefined;
  const folder = state.mode === 'perCitizen' || state.pdf ? ensureFolder(state, ctx.settings) : undefined;
  const firstUncertain = state.done;
  let saved = state.done;

  for (let i = state.done; i < jobs.length; i++) {
    if (nowMs() - started > BATCH_MS) break;
    const job = jobs[i];
    const rowNumber = locateRow(table, job);
    if (rowNumber === undefined) {
      state.finished = true;
      state.message = text.rowMoved(job.row);
      break;
    }
    const ref = text.letterRef(state.tag, i + 1);
    const fields = fieldsOf(rowNumber);
    const url = sink
      ? sink.ensure(i + 1, ref, () => templateOf(job.template), fields)
      : perCitizenLetter({ state, folder: folder!, template: templateOf(job.template), fields, ref, probe: i === firstUncertain });
    markRow(table, rowNumber, ctx.zone.toDate(today), url);
    state.done = i + 1;
    state.message = text.progress(state.done, state.total);
    if (state.mode === 'perCitizen' || state.done - saved >= SAVE_EVERY) {
      SpreadsheetApp.flush();
      saveRun(state);
      saved = state.done;
    }
  }
  sink?.close();
  SpreadsheetApp.flush();

  if (state.done >= state.total && !state.finished) {
    finishOutputs(state, jobs, table, folder);
    state.finished = true;
    state.message = text.finished(state.total, state.mode);
  }
  state.leaseUntil = 0;
  if (state.finished) deleteResumeTriggers();
  else ensureResumeTrigger();
  saveRun(state);
}

/** The job's row now: where it was, or where its citizen moved to when the sheet was sorted. */
function locateRow(table: CitizenTable, job: RunJob): number | undefined {
  if (rowFingerprint(table, job.row) === job.fp) return job.row;
  for (let r = 2; r < table.values.length + 2; r++) if (rowFingerprint(table, r) === job.fp) return r;
  return undefined;
}

/** Notes the invitation in the row, unless this run already did (a resumed batch). */
function markRow(table: CitizenTable, rowNumber: number, invited: Date, url: string): void {
  const invitedCol = table.columns.invited!;
  const letterCol = table.columns.letter!;
  const cells = table.values[rowNumber - 2];
  if (cells && cells[letterCol] === url && cells[invitedCol] !== '' && cells[invitedCol] != null) return;
  if (letterCol === invitedCol + 1) {
    table.sheet.getRange(rowNumber, invitedCol + 1, 1, 2).setValues([[invited, url]]);
  } else {
    table.sheet.getRange(rowNumber, invitedCol + 1).setValue(invited);
    table.sheet.getRange(rowNumber, letterCol + 1).setValue(url);
  }
  if (cells) {
    cells[invitedCol] = invited;
    cells[letterCol] = url;
  }
}

/** The combined document: letters one after another, a page break between them. */
function combinedSink(state: RunState) {
  let doc: GoogleAppsScript.Document.Document;
  if (state.docId) {
    doc = DocumentApp.openById(state.docId);
    state.docUrl ??= doc.getUrl();
  } else {
    doc = DocumentApp.create(text.combinedTitle(state.tag, state.today));
    // Both read before either is kept: a run never holds a document without its link.
    const id = doc.getId();
    const url = doc.getUrl();
    state.docId = id;
    state.docUrl = url;
    saveRun(state);
  }
  const body = doc.getBody();
  // The letters already in the document, by their reference lines; what follows the last is a letter
  // cut off mid-way, and goes.
  let made = 0;
  for (const m of body.getText().matchAll(text.LETTER_REF_PATTERN)) {
    if (m[1] === state.tag) made = Math.max(made, Number(m[2]));
  }
  truncateAfter(body, made ? text.letterRef(state.tag, made) : undefined);
  let headerDone = doc.getHeader() !== null || doc.getFooter() !== null;
  return {
    ensure(n: number, ref: string, template: () => TemplateDoc, fields: ReadonlyMap<string, string>): string {
      if (n > made) {
        const t = template();
        appendLetter(body, t, fields, ref, made > 0);
        if (made === 0) dropLeadingBlank(body);
        if (!headerDone) {
          copyHeaderFooter(doc, t, fields);
          headerDone = true;
        }
        made = n;
      }
      return state.docUrl!;
    },
    close() {
      doc.saveAndClose();
    },
  };
}

// ─── The resume trigger ──────────────────────────────────────────────────────────────────────────────

function resumeTriggers(): GoogleAppsScript.Script.Trigger[] {
  return ScriptApp.getProjectTriggers().filter((t) => t.getHandlerFunction() === RESUME_HANDLER);
}

function ensureResumeTrigger(): void {
  if (resumeTriggers().length === 0) ScriptApp.newTrigger(RESUME_HANDLER).timeBased().everyMinutes(1).create();
}

function deleteResumeTriggers(): void {
  for (const t of resumeTriggers()) ScriptApp.deleteTrigger(t);
}
