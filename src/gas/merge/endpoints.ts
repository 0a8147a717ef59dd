import { toIso, yearOf } from '../../core/day';
import { periodWarning } from '../../core/profiles/law';
import { resolveProfile } from '../../core/profiles/registry';
import { InputError } from '../../core/coerce/errors';
import { MergePlan, MergeProblem } from '../../core/letters/merge-plan';
import { gapsSkipped, gapsSummary } from '../../core/letters/text';
import { fillText, paragraphFate } from '../../core/letters/placeholders';
import { columnSpec } from '../../core/sheet/columns';
import { type MergePreview, type MergeProgress } from '../../core/sidebar/protocol';
import { TemplateText } from './docs';
import { checkChosenFolder } from './output';
import { tryUnderLock, underLock } from '../run-action';
import { writeRowsInBlock } from '../sheet/block-write';
import { PreviewRequest, RunId, StartRequest, parseRequest } from './request';
import { CitizenTable, readCitizenTable, rowKey } from './rows';
import { loadRun, newTag, RunJob, RunState, saveJobs, saveRun } from './state';
import { myEmail } from '../team/people';
import * as text from './text';
import { nowMs, context, requireColumns } from './context';
import { slowReason, templateTitle, planRun } from './plan-run';
import { progressOf } from './progress';
import { LEASE_MS, claim, takeLease } from './lease';
import { batch } from './batch';
import { deleteResumeTriggers } from './resume-trigger';

/** The merge's sidebar endpoints and its time trigger: preview, start, continue, status, resume. */

export function mergePreview(input: unknown): MergePreview {
  const req = parseRequest(PreviewRequest, input);
  const ctx = context();
  const table = readCitizenTable();
  requireColumns(table);
  const mode = req.mode ?? ctx.settings.mergeMode;
  const { plan, templates, problems, skippedRows } = planRun(ctx, table, req.scope, mode);
  const preview: MergePreview = {
    total: plan.jobs.length,
    countsByTemplate: plan.countsByTemplate,
    problems: problems.map((p) => ({ row: p.rowNumber, field: p.field })),
    skippedRows,
    ...(problems.length ? { gaps: gapsSummary(plan.jobs.length, skippedRows) } : {}),
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
    const { plan, problems, templates, skippedRows } = planRun(ctx, table, req.scope, mode);
    // Only when nothing can be made does a gap stop the run; else the complete letters are made and the
    // rows with gaps are skipped, unmarked, and named again when the run is done.
    if (plan.jobs.length === 0 && problems.length) throw new InputError(problemList(problems, gapsSummary(0, skippedRows)));
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
      ...(problems.length ? { skipped: problemList(problems, gapsSkipped(skippedRows)) } : {}),
    };
    saveRun(state);
    return { state, templates };
  }, text.LOCK_BUSY);
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
  // A trigger: busy is no error (no one to tell, and a failed execution mails its owner); the next minute tries again.
  const locked = tryUnderLock(takeLease);
  if (!locked.ok) return;
  const claimed = locked.value;
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

/** The problems under a heading, at most 15 lines (the list is kept in the run's state, under Google's 9 KB). */
function problemList(problems: readonly MergeProblem[], heading: string): string {
  const shown = problems.slice(0, 15).map((p) => text.problemLine(p.rowNumber, p.field));
  const more = problems.length > shown.length ? [text.moreProblems(problems.length - shown.length)] : [];
  return [heading, ...shown, ...more].join('\n');
}
