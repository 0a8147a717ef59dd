import { fromIso, toDanish, yearOf } from '../../core/day';
import { recordCellAfterWrite } from '../../core/records/year';
import { recordEntries } from '../../core/status/records';
import { mergeEvents } from '../../core/history/writer-events';
import { appendHistory } from '../history';
import { letterFields } from '../../core/letters/fields';
import { type MergeProgress } from '../../core/sidebar/protocol';
import { PreparedTemplate, prepareTemplate, readTemplate, TemplateDoc, TemplateText } from './docs';
import { DocsWriter, shapedBody, WritesPaused } from './docs-api';
import { ensureFolder, finishOutputs, perCitizenLetter } from './output';
import { citizenSheet, mergeRow, readCitizenTable, rowLocator } from './rows';
import { loadJobs, RunState, saveRun } from './state';
import * as text from './text';
import { nowMs, context, requireColumns } from './context';
import { sharedFields } from './plan-run';
import { progressOf } from './progress';
import { Marks, eventCitizenOf } from './marks';
import { combinedSink, fastTemplates, fastCombinedSink } from './combined';
import { ensureResumeTrigger, deleteResumeTriggers } from './resume-trigger';

/** One batch of a run: letters made until the time box is used up, the rows marked at each save. */

/** A batch stops before this much of the 6-minute execution limit is used. */
const BATCH_MS = 270_000;
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

/** Works on the run until it is done or the time box is used up; always lets go of the lease. */
export function batch(state: RunState, known?: ReadonlyMap<string, TemplateText>): MergeProgress {
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
    state.message = [text.finished(state.total, state.mode), state.skipped].filter(Boolean).join('\n');
  }
  state.leaseUntil = 0;
  if (state.finished) deleteResumeTriggers();
  else ensureResumeTrigger();
  saveRun(state);
}
