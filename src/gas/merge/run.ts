import { Day, fromIso, toDanish, toIso, yearOf } from '../../core/day';
import { periodWarning } from '../../core/profiles/law';
import { resolveProfile } from '../../core/profiles/registry';
import { recordCellAfterWrite } from '../../core/records/year';
import { recordEntries } from '../../core/status/records';
import { type EventCitizen, eventCitizen } from '../../core/history/citizen';
import { mergeEvents } from '../../core/history/writer-events';
import { appendHistory } from '../history';
import { InputError } from '../../core/coerce/errors';
import { isEmptyCell } from '../../core/coerce/values';
import { letterFields } from '../../core/letters/fields';
import { MergePlan, MergeProblem, MergeRowInput, MergeScope, planMerge } from '../../core/letters/merge-plan';
import { fillText, normalizeFieldName, paragraphFate } from '../../core/letters/placeholders';
import { DEFAULT_TEMPLATES } from '../../core/letters/templates';
import type { Settings } from '../../core/settings/schema';
import { columnSpec } from '../../core/sheet/columns';
import { DocumentLink, type MergePreview, type MergeProgress } from '../../core/sidebar/protocol';
import * as z from 'zod/mini';
import { makeZone, todayIn, Zone } from '../../sheetfns/zone';
import { appendLetter, copyHeaderFooter, PreparedTemplate, prepareTemplate, readTemplate, TemplateDoc, TemplateText, truncateAfter } from './docs';
import { ApiTemplate, BatchedLetters, DocsWriter, docsApi, readApiTemplate, shapedBody, WritesPaused } from './docs-api';
import { letterParagraphs } from '../../core/docs-api/letter';
import { checkChosenFolder, ensureFolder, finishOutputs, perCitizenLetter } from './output';
import { underLock } from './lock';
import { withDocumentLock } from '../sheet/lock';
import { writeRowsInBlock } from '../sheet/block-write';
import { PreviewRequest, RunId, StartRequest, parseRequest } from './request';
import { CitizenTable, citizenSheet, mergeRow, mergeRows, readCitizenTable, rowKey, rowLocator, scopeTest } from './rows';
import { SettingsPort, sheetSettingsPort } from './settings-port';
import { loadJobs, loadRun, newTag, RunJob, RunState, saveJobs, saveRun } from './state';
import { myEmail } from '../team/people';
import { shareDocWithTeam } from '../team/share';
import * as text from './text';

/** A batch stops before this much of the 6-minute execution limit is used. */
const BATCH_MS = 270_000;
/** Longer than any execution can live: a lease past this is a dead execution's. */
const LEASE_MS = 6.5 * 60_000;
/**
 * Letters between two saves of the run (its state and the rows' marks, written together under one lock:
 * one read of the sheet, one block write of the marks, one append to Historik). A save costs about twenty
 * service calls whatever its size, so saving after every letter (issue 6) cost more than the letter. A stop
 * between a letter and its mark loses nothing: the next batch finds the letters made since the last save
 * (the combined document's reference lines, the per-citizen Docs by name) and marks their rows without
 * making them again (issue 17; the fault-injection test stops a run at its calls to prove it).
 */
const SAVE_EVERY = 25;
/**
 * The same on the fast path (the Docs API), where a letter costs a fraction of a call in the combined
 * document (a save first sends the letters gathered since the last: a batchUpdate) and two calls as a Doc of
 * its own (a Drive create and a batchUpdate): the save, at about twenty calls, would be most of the run.
 */
const SAVE_EVERY_FAST = 250;
/** The trigger handler's global name (src/main.ts); the build checks it exists. */
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
function slowReason(t: TemplateText) {
  const shape = (t as Partial<ApiTemplate>).shape;
  return shape && !shape.ok ? shape.reason : undefined;
}
const templateTitle = (key: string) => DEFAULT_TEMPLATES[key as keyof typeof DEFAULT_TEMPLATES]?.title ?? key;

/** Reads the rows and the templates the rows need, and plans the merge. Writes nothing. */
function planRun(ctx: Context, table: CitizenTable, scope: MergeScope, mode: 'combined' | 'perCitizen'): Planned {
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

// ─── Endpoints ───────────────────────────────────────────────────────────────────────────────────────

export function mergePreview(input: unknown): MergePreview {
  const req = parseRequest(PreviewRequest, input);
  const ctx = context();
  const table = readCitizenTable();
  requireColumns(table);
  const mode = req.mode ?? ctx.settings.mergeMode;
  const { plan, templates, problems } = planRun(ctx, table, req.scope, mode);
  const preview: MergePreview = {
    total: plan.jobs.length,
    countsByTemplate: plan.countsByTemplate,
    problems: problems.map((p) => ({ row: p.rowNumber, field: p.field })),
    warnings: [],
  };
  const period = periodWarning(resolveProfile(ctx.settings.profile), yearOf(ctx.asOf));
  if (period) preview.warnings!.push(period);
  for (const t of templates.values()) {
    const slow = slowReason(t);
    if (slow) preview.warnings!.push(text.slowTemplate(templateTitle(t.key), slow));
  }
  // The pane chooses the output after the preview: without a mode, warn for the one-Doc-each choice.
  if (plan.jobs.length > text.DOCS_PER_DAY && (req.mode === undefined || req.mode === 'perCitizen')) preview.warnings!.push(text.tooManyDocs(plan.jobs.length));
  const job = plan.jobs[0];
  const template = job && templates.get(job.templateKey);
  if (job && template) {
    preview.firstLetter = {
      title: templateTitle(job.templateKey),
      paragraphs: template.body.flatMap((part) => {
        const lookup = (key: string) => job.fields.get(key);
        const fate = paragraphFate(part.text, lookup);
        if (fate.kind === 'drop') return [];
        return fate.kind === 'split' ? fate.parts : [fillText(part.text, lookup).text];
      }),
    };
  }
  return preview;
}

export function mergeStart(input: unknown): MergeProgress {
  const req = parseRequest(StartRequest, input);
  // Planned under the lock: a run another consultant just finished has flushed its marks, so its rows
  // are no longer due; a run still going refuses this one.
  const started = underLock((): { state: RunState; templates: Map<string, TemplateText> } | undefined => {
    const active = loadRun();
    if (active && !active.finished) throw new InputError(text.runActive(active.done, active.total));
    const ctx = context();
    const mode = req.mode ?? ctx.settings.mergeMode;
    const table = readCitizenTable();
    requireColumns(table);
    const { plan, problems, templates } = planRun(ctx, table, req.scope, mode);
    if (problems.length) throw new InputError(problemList(problems));
    if (plan.jobs.length === 0) return undefined;
    const pdf = req.pdf ?? ctx.settings.pdf;
    if (mode === 'perCitizen' || pdf) checkChosenFolder(ctx.settings);
    const jobs: RunJob[] = plan.jobs.map((j) => ({ row: j.rowNumber, template: j.templateKey, key: rowKey(table, j.rowNumber) }));
    // Each invited citizen's meeting goes on the row first: the letters read it there, and a re-run keeps it.
    recordMeetings(table, plan.jobs);
    const tag = newTag(nowMs());
    const chunks = saveJobs(jobs);
    const state: RunState = {
      runId: tag, tag, mode, pdf, scope: req.scope, total: jobs.length, done: 0,
      today: toIso(ctx.today), chunks, templates: ctx.port.templateIds(ctx.settings), extraDocs: [],
      finished: false, message: text.progress(0, jobs.length), leaseUntil: nowMs() + LEASE_MS, owner: myEmail(),
    };
    saveRun(state);
    return { state, templates };
  });
  if (!started) return { runId: '', done: 0, total: 0, finished: true, message: text.NOTHING_DUE, documents: [] };
  return batch(started.state, started.templates);
}

export function mergeContinue(runId: unknown): MergeProgress {
  const id = parseRequest(RunId, runId);
  const found = loadRun();
  if (!found || found.runId !== id) throw new InputError(text.runUnknown(id));
  const owner = foreignOwner(found);
  if (owner) throw new InputError(text.runOwnedBy(owner, found.done, found.total));
  const claimed = claim();
  if (!claimed || claimed.state.runId !== id) throw new InputError(text.runUnknown(id));
  return claimed.ours ? batch(claimed.state) : progressOf(claimed.state);
}

/**
 * The colleague who started a run this consultant cannot carry on, or undefined. A run with output in
 * its owner's folder (one Doc per citizen, PDFs, the Digital Post list) stays the owner's: under
 * drive.file no one else's script may add files to that folder. A combined document without PDFs is
 * shared with the spreadsheet's editors when it is made, so any of them can continue it with DocumentApp.
 */
function foreignOwner(state: RunState): string | undefined {
  if (state.finished || !state.owner) return undefined;
  const me = myEmail();
  if (me && me.toLowerCase() === state.owner.toLowerCase()) return undefined;
  return state.mode === 'perCitizen' || state.pdf ? state.owner : undefined;
}

export function mergeStatus(): MergeProgress | null {
  const state = loadRun();
  return state ? progressOf(state) : null;
}

/** The time trigger: continues the run, and removes itself when there is nothing left to do. */
export function mergeResume(): void {
  const found = loadRun();
  // A colleague's run this consultant cannot continue: its owner's own trigger carries it on.
  if (!found || found.finished || foreignOwner(found)) {
    deleteResumeTriggers();
    return;
  }
  const claimed = claim();
  if (!claimed || claimed.state.finished) {
    deleteResumeTriggers();
    return;
  }
  if (claimed.ours) batch(claimed.state);
}

function recordMeetings(table: CitizenTable, jobs: MergePlan['jobs']): void {
  const seated = jobs.filter((j) => j.meeting !== undefined);
  if (seated.length === 0) return;
  const col = table.columns.meeting;
  if (col === undefined) throw new InputError(text.columnMissing(columnSpec('meeting').header));
  const changed = new Map(seated.filter((j) => table.values[j.rowNumber - 2]?.[col] !== j.meeting).map((j) => [j.rowNumber, [j.meeting]]));
  writeRowsInBlock(table.sheet, col + 1, 1, changed, (row, column) => table.values[row - 2]?.[column - 1]);
  for (const [row, [meeting]] of changed) if (table.values[row - 2]) table.values[row - 2][col] = meeting;
}

function problemList(problems: readonly MergeProblem[]): string {
  const shown = problems.slice(0, 15).map((p) => text.problemLine(p.rowNumber, p.field));
  const more = problems.length > shown.length ? [text.moreProblems(problems.length - shown.length)] : [];
  return [text.problemsStop(problems.length), ...shown, ...more].join('\n');
}

function progressOf(state: RunState): MergeProgress {
  const main: DocumentLink | undefined = state.mode === 'combined'
    ? state.docUrl ? { url: state.docUrl, title: text.combinedTitle(state.tag, state.today) } : undefined
    : state.folderUrl ? { url: state.folderUrl, title: state.folderTitle || text.folderTitle } : undefined;
  return {
    runId: state.runId, done: state.done, total: state.total, finished: state.finished, message: state.message,
    documents: [...(main ? [main] : []), ...extraDocs(state)],
  };
}

/** The run's extra files; a run saved by an earlier version has bare links, shown under a plain title. */
function extraDocs(state: RunState): DocumentLink[] {
  const stored = z.array(DocumentLink).safeParse(state.extraDocs);
  if (stored.success) return stored.data;
  return (state.extraUrls ?? []).map((url) => ({ url, title: text.EARLIER_RUN_FILE }));
}

/** Takes the run's lease under the lock: `ours` when this execution may work on it now. */
function claim(): { state: RunState; ours: boolean } | null {
  return underLock(() => {
    const state = loadRun();
    if (!state) return null;
    if (state.finished || state.leaseUntil > nowMs()) return { state, ours: false };
    state.leaseUntil = nowMs() + LEASE_MS;
    saveRun(state);
    return { state, ours: true };
  });
}

// ─── One batch ───────────────────────────────────────────────────────────────────────────────────────

/** Works on the run until it is done or the time box is used up; always lets go of the lease. */
function batch(state: RunState, known?: ReadonlyMap<string, TemplateText>): MergeProgress {
  try {
    work(state, known);
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

function work(state: RunState, known?: ReadonlyMap<string, TemplateText>): void {
  const started = nowMs();
  const ctx = context();
  const jobs = loadJobs(state.chunks);
  const sheet = citizenSheet();
  // The sheet as last read: each save reads it again (under the lock, to find each citizen by key), and the
  // next letter is located and filled from that reading, so a sort mid-batch is followed (issue 15).
  let table = readCitizenTable(sheet);
  requireColumns(table);
  const today = fromIso(state.today) ?? ctx.today;
  const fieldsOf = (rowNumber: number) => {
    const row = mergeRow(table, rowNumber, ctx.settings, ctx.asOf, ctx.today, ctx.zone);
    if (!row?.plan) return new Map<string, string>();
    return letterFields({ row: row.values, plan: row.plan, settings: ctx.settings, today, toDay: ctx.zone.toDay });
  };
  // Each template is read once per execution and prepared with the fields every letter shares (the
  // settings and the date); a letter whose shared values differ (a sheet column of the same name when
  // the setting is empty) takes the template as it is.
  // Preparing costs a copy per element, so a template's first letter in an execution takes it as it is.
  const read = new Map<string, TemplateDoc>();
  const prepared = new Map<string, PreparedTemplate>();
  let shared: Map<string, string> | undefined;
  const templateOf = (key: string, fields: ReadonlyMap<string, string>) => {
    shared ??= sharedFields(fields);
    let doc = read.get(key);
    const first = !doc;
    if (!doc) read.set(key, (doc = readTemplate(key, state.templates[key])));
    const usePrepared = !first && [...shared].every(([k, v]) => fields.get(k) === v);
    const cacheKey = usePrepared ? key : `${key}\u0000`;
    let t = prepared.get(cacheKey);
    if (!t) prepared.set(cacheKey, (t = prepareTemplate(doc, usePrepared ? shared : new Map())));
    return t;
  };

  const fast = fastTemplates(state, jobs, known);
  // The Docs API's writes of this batch, under Google's per-minute quota: waits end with the time box.
  const writer = fast && new DocsWriter(fast.api, started + BATCH_MS);
  const sink = state.mode === 'combined' ? (fast ? fastCombinedSink(state, fast.api, writer!, fast.templates) : combinedSink(state, templateOf)) : undefined;
  const saveEvery = fast ? SAVE_EVERY_FAST : SAVE_EVERY;
  const folderId = state.mode === 'perCitizen' || state.pdf ? ensureFolder(state, ctx.settings) : undefined;
  // Written for the planning year: a letter sent in December for next year says so, and another year's
  // invitation in the cell is kept beside it (records/year.ts). Each mark's history rows (Inviteret, Brev
  // lavet with the link) are appended under the marks' lock.
  const marks = new Marks(
    sheet,
    (existing) => recordCellAfterWrite(recordEntries(existing, ctx.zone.toDay, toDanish), today, yearOf(ctx.asOf), yearOf(ctx.today), ctx.zone.toDate, toDanish),
    (t, placed) =>
      appendHistory(placed.flatMap((p) => mergeEvents(eventCitizenOf(t, mergeRow(t, p.row, ctx.settings, ctx.asOf, ctx.today, ctx.zone), p.row, ctx.asOf), today, p.url))),
  );
  // `state.done` moves only when the marks of the letters it counts are written: a batch stopped by an
  // error saves the state as it was at the last save, and the next batch finds the letters made since.
  let made = state.done;
  const save = () => {
    const written = marks.write();
    if (!written) return; // a colleague holds the lock: the marks wait for the next save
    table = written.table;
    if (written.lost) {
      // The letter exists, but its citizen's row is gone (deleted, or now one of two alike): stop, say so.
      state.done = made;
      state.finished = true;
      state.message = text.markLost(written.lost.row, written.lost.ref);
      return;
    }
    state.done = made;
    if (!state.finished) state.message = text.progress(state.done, state.total);
  };
  let probing = true; // per citizen: while letters from a stopped batch turn up

  let paused = false;
  try {
    for (let i = state.done; i < jobs.length && !state.finished; i++) {
      if (nowMs() - started > BATCH_MS) break;
      const job = jobs[i];
      const rowNumber = rowLocator(table)(job.row, job.key);
      if (rowNumber === undefined) {
        state.finished = true;
        state.message = text.rowMoved(job.row);
        break;
      }
      const ref = text.letterRef(state.tag, i + 1);
      const fields = fieldsOf(rowNumber);
      let url: string;
      if (sink) {
        url = sink.ensure(i + 1, ref, job.template, fields);
      } else {
        const t = fast?.templates.get(job.template);
        const letter = perCitizenLetter({
          state, folderId: folderId!, key: job.template, template: () => templateOf(job.template, fields), fields, ref, probe: probing,
          fast: t && { writer: writer!, body: shapedBody(t)!, hasHeaderOrFooter: t.hasHeaderOrFooter },
        });
        url = letter.url;
        probing = letter.existed;
      }
      // A visit letter announces the booked visit: Besøg meddelt takes the Besøg it was made from.
      const announces = mergeRow(table, rowNumber, ctx.settings, ctx.asOf, ctx.today, ctx.zone)?.status === 'unannounced';
      marks.add({ row: rowNumber, key: job.key, url, ref, announces });
      made = i + 1;
      if (made - state.done >= saveEvery) {
        // A letter is in the document before its row is marked.
        sink?.flush();
        save();
        saveRun(state);
      }
    }
    sink?.close();
  } catch (e) {
    if (!(e instanceof WritesPaused)) throw e;
    // Google's write quota stayed spent until the time box: the resume trigger carries on. One Doc per
    // citizen: every mark is of a letter made (the paused one had none yet). The combined document: the
    // letters gathered since the last save are not in it (the refused batch applied nothing), so their marks go,
    // and the next batch appends them.
    paused = true;
    if (sink) {
      marks.discard();
      made = state.done;
    }
  }
  save();
  if (paused && !state.finished) state.message = text.writesPaused(state.done, state.total);

  if (state.done >= state.total && !state.finished) {
    const locate = rowLocator(table);
    finishOutputs(state, jobs, table, (job) => locate(job.row, job.key), folderId);
    state.finished = true;
    state.message = text.finished(state.total, state.mode);
  }
  state.leaseUntil = 0;
  if (state.finished) deleteResumeTriggers();
  else ensureResumeTrigger();
  saveRun(state);
}

/** The values of the shared fields (settings and date: the same in every letter of the run). */
function sharedFields(fields: ReadonlyMap<string, string>): Map<string, string> {
  return new Map([...fields].filter(([key]) => sharedFieldKeys().has(key)));
}

interface Mark {
  /** Where the citizen was when the letter was made. */
  row: number;
  /** Who (rowKey): the mark goes to the row that holds this citizen when it is written. */
  key: string;
  url: string;
  ref: string;
  /** A visit letter: Besøg meddelt takes the row's Besøg. */
  announces?: boolean;
}

/**
 * The rows' marks (Inviteret date and Brev link), written at each save. Each mark finds its citizen by key
 * in the sheet read again under the document lock at that moment, never by the row number it had when
 * the letter was made: a consultant may sort, insert or delete rows at any time during a batch, and the
 * other writers (sidebar, scheduler) wait for the lock. A row already marked with the link is left alone
 * (a resumed batch). All the pending marks go in one block write (per column when Inviteret and Brev are
 * not side by side), under one lock, with one read of the sheet.
 */
class Marks {
  private pending: Mark[] = [];
  constructor(
    private readonly sheet: GoogleAppsScript.Spreadsheet.Sheet,
    private readonly invitedAfter: (existing: unknown) => unknown,
    /** Called under the same lock, after the marks are written: the history's rows for them. */
    private readonly onWritten: (table: CitizenTable, placed: { row: number; url: string }[]) => void = () => undefined,
  ) {}

  add(mark: Mark): void {
    this.pending.push(mark);
  }

  /** Forgets the marks not yet written (their letters are not made). */
  discard(): void {
    this.pending = [];
  }

  /**
   * Writes what is pending; undefined when the lock stayed busy (nothing written, the marks stay pending).
   * `lost` is the first mark whose citizen is no longer on exactly one row (not written).
   */
  write(): { table: CitizenTable; lost?: Mark } | undefined {
    const result = withDocumentLock(() => {
      const table = readCitizenTable(this.sheet);
      requireColumns(table);
      const invitedCol = table.columns.invited!;
      const letterCol = table.columns.letter!;
      const locate = rowLocator(table);
      const placed: { row: number; url: string; invited: unknown }[] = [];
      const visitCol = table.columns.visit;
      const announcedCol = table.columns.announced;
      let lost: Mark | undefined;
      const announced = new Map<number, unknown[]>();
      for (const m of this.pending) {
        const row = locate(m.row, m.key);
        if (row === undefined) {
          lost ??= m;
          continue;
        }
        const cells = table.values[row - 2];
        if (cells[letterCol] === m.url && !isEmptyCell(cells[invitedCol])) continue;
        const invited = this.invitedAfter(cells[invitedCol]);
        placed.push({ row, url: m.url, invited });
        if (m.announces && visitCol !== undefined && announcedCol !== undefined) announced.set(row, [cells[visitCol]]);
      }
      // Each block is read back as it was before these marks: the new values go in only after.
      const valueAt = (row: number, column: number) => table.values[row - 2]?.[column - 1];
      const byRow = (pick: (p: (typeof placed)[number]) => unknown[]) => new Map(placed.map((p) => [p.row, pick(p)]));
      if (letterCol === invitedCol + 1) {
        writeRowsInBlock(this.sheet, invitedCol + 1, 2, byRow((p) => [p.invited, p.url]), valueAt);
      } else {
        writeRowsInBlock(this.sheet, invitedCol + 1, 1, byRow((p) => [p.invited]), valueAt);
        writeRowsInBlock(this.sheet, letterCol + 1, 1, byRow((p) => [p.url]), valueAt);
      }
      if (announcedCol !== undefined) writeRowsInBlock(this.sheet, announcedCol + 1, 1, announced, valueAt);
      for (const p of placed) {
        const cells = table.values[p.row - 2];
        cells[invitedCol] = p.invited;
        cells[letterCol] = p.url;
        if (announced.has(p.row)) cells[announcedCol!] = announced.get(p.row)![0];
      }
      this.onWritten(table, placed);
      SpreadsheetApp.flush();
      return { table, lost };
    });
    if (!result.ok) return undefined;
    this.pending = [];
    return result.value;
  }
}

/** Who a merged row is, and for which year and offer (the row's plan, else the reference date's year). */
function eventCitizenOf(table: CitizenTable, row: MergeRowInput | undefined, rowNumber: number, asOf: Day): EventCitizen {
  return eventCitizen({ columns: table.columns, values: table.values[rowNumber - 2] ?? [] }, row?.plan?.year ?? yearOf(asOf), row?.plan?.code);
}

type TemplateOf = (key: string, fields: ReadonlyMap<string, string>) => PreparedTemplate;

/**
 * The combined document, opened (or made and shared) with DocumentApp, with what follows its last whole
 * letter removed: the letters already in it are counted by their reference lines, and what follows the
 * last is a letter cut off mid-way.
 */
function openCombined(state: RunState): { doc: GoogleAppsScript.Document.Document; body: GoogleAppsScript.Document.Body; made: number } {
  let doc: GoogleAppsScript.Document.Document;
  if (state.docId) {
    try {
      doc = DocumentApp.openById(state.docId);
    } catch (e) {
      // Shared with the editors there were when it was made: a colleague who joined later cannot open it.
      const me = myEmail();
      if (state.owner && me.toLowerCase() !== state.owner.toLowerCase()) throw new InputError(text.runDocNotShared(state.owner, state.done, state.total));
      throw e;
    }
    state.docUrl ??= doc.getUrl();
  } else {
    doc = DocumentApp.create(text.combinedTitle(state.tag, state.today));
    shareDocWithTeam(doc);
    // Both read before either is kept: a run never holds a document without its link.
    const id = doc.getId();
    const url = doc.getUrl();
    state.docId = id;
    state.docUrl = url;
    saveRun(state);
  }
  const body = doc.getBody();
  let made = 0;
  for (const m of body.getText().matchAll(text.LETTER_REF_PATTERN)) {
    if (m[1] === state.tag) made = Math.max(made, Number(m[2]));
  }
  truncateAfter(body, made ? text.letterRef(state.tag, made) : undefined);
  return { doc, body, made };
}

/** The combined document through DocumentApp: letters one after another, a page break between them. */
function combinedSink(state: RunState, templateOf: TemplateOf) {
  const { doc, body, made: found } = openCombined(state);
  let made = found;
  let headerDone = doc.getHeader() !== null || doc.getFooter() !== null;
  let lastRef: GoogleAppsScript.Document.Paragraph | undefined;
  return {
    ensure(n: number, ref: string, key: string, fields: ReadonlyMap<string, string>): string {
      if (n > made) {
        const t = templateOf(key, fields);
        lastRef = appendLetter(body, t, fields, ref, { pageBreak: made > 0, dropFirst: made === 0, after: lastRef });
        if (!headerDone) {
          copyHeaderFooter(doc, t.template, fields);
          headerDone = true;
        }
        made = n;
      }
      return state.docUrl!;
    },
    /** Each letter is in the document as soon as it is appended. */
    flush() {},
    close() {
      doc.saveAndClose();
    },
  };
}

/**
 * The templates of the letters still to make, read through the Docs API, when every one of them can take
 * the fast path; else undefined (the whole run takes DocumentApp's, and the preview said why).
 */
function fastTemplates(state: RunState, jobs: readonly RunJob[], known?: ReadonlyMap<string, TemplateText>) {
  const api = docsApi();
  if (!api) return undefined;
  const templates = new Map<string, ApiTemplate>();
  for (const key of new Set(jobs.slice(state.done).map((j) => j.template))) {
    const read = known?.get(key);
    const t = read && 'shape' in read ? (read as ApiTemplate) : readApiTemplate(api, key, state.templates[key]);
    if (!shapedBody(t)) return undefined;
    templates.set(key, t);
  }
  return { api, templates };
}

/** The combined document through the Docs API: letters gathered and sent a batch at a time (docs-api.ts). */
function fastCombinedSink(state: RunState, api: GoogleAppsScript.Docs, writer: DocsWriter, templates: ReadonlyMap<string, ApiTemplate>) {
  const { doc, made: found } = openCombined(state);
  let made = found;
  // The Docs API sees saved documents only.
  doc.saveAndClose();
  const letters = new BatchedLetters(api, writer, state.docId!, made > 0);
  let headerDone = letters.hasHeaderOrFooter;
  return {
    ensure(n: number, ref: string, key: string, fields: ReadonlyMap<string, string>): string {
      if (n > made) {
        const t = templates.get(key)!;
        if (!headerDone) {
          if (t.hasHeaderOrFooter) {
            const withHeader = DocumentApp.openById(state.docId!);
            copyHeaderFooter(withHeader, readTemplate(key, t.id), fields);
            withHeader.saveAndClose();
          }
          headerDone = true;
        }
        letters.add(letterParagraphs(shapedBody(t)!, (k) => fields.get(k), ref));
        made = n;
      }
      return state.docUrl!;
    },
    flush: () => letters.flush(),
    close: () => letters.flush(),
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
