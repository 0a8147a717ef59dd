import { existsSync, readFileSync } from 'node:fs';
import { privateFolder, writePrivateFile } from './private-files';
import { dirname, isAbsolute, join } from 'node:path';
import { useDanishErrors } from '../core/zod-danish';
import { Day, addMonths, dayFromUtcDate, toDanish, yearOf } from '../core/day';
import { requireDay } from '../core/coerce/values';
import { parseProfileJson, registerProfile, resolveProfile, ProfileError } from '../core/profiles/registry';
import type { Profile } from '../core/profiles/schema';
import { profileWarnings } from '../core/rules/engine';
import { migrationNotes } from '../core/profiles/migrate';
import { ReportInput, YearReport, offerCatalog, yearReport } from '../core/report/year-report';
import { Settings } from '../core/settings/schema';
import { writeParticipants } from './participants';
import { columnOfHeader } from '../core/sheet/columns';
import { statusByLabel } from '../core/status/vocabulary';
import { makeZone, todayIn } from '../sheetfns/zone';
import { InputFileError, InputTable, readInputFile, readTableFile } from './input';
import { LetterStop, LettersResult, loadTemplates, LoadedTemplate, senderStopsAll, stoppedLetters, writeLetters } from './letters';
import { PlanResult, countOtherYear, fileDateToDay, planTable } from './plan-table';
import { writePlanXlsx } from './plan-xlsx';
import { hasInvalidOfficeText } from '../core/export/office-text';
import { Progress } from './progress';
import { reportHtml, reportSvg } from './report-chart';
import { reportDocx } from './report-docx';
import * as text from './text';
import { planOfflineVisits } from './visits';
import { readOfflineHistory } from './history';
import { historyReportRows } from '../core/history/report';
import type { Proposal } from '../core/visits/summary';
import type { VisitProblem } from '../core/visit-record/record';
import type { VisitReport } from '../core/report/visits';
import { aed10aRows } from '../core/report/visit-tables';
import { AED10A_FILE } from '../core/report/visits-text';
import { visitVocabulary } from '../core/profiles/visit-terms';
import { csvText } from './csv';
import { type OfflineVisits, readOfflineVisits, withOpenFollowUps } from './visit-records';
import { offlineVisitReport } from './visit-report';

export interface RunOptions {
  input: string;
  /** A profile id or alias, or a path to a profile .json; else the settings' profile. */
  profile?: string;
  /** The reference date as typed (`2025-03-01`, `01-03-2025`); else the settings' date; else today. */
  date?: string;
  /** Write plan.xlsx, the report and letters here; left out = plan only (for the terminal summary). */
  out?: string;
  combined?: boolean;
  noLetters?: boolean;
  templatesDir?: string;
  /** Last year's plan.xlsx; left out = last year computed from this data. */
  previous?: string;
  /** indstillinger.json; left out = `indstillinger.json` beside the input, if there is one. */
  settingsPath?: string;
  /** The letters' date; default the reference date, the day the visits are planned from. */
  today?: Day;
  progress?: (label: string, total: number) => Progress;
  /** Said at once when something stops every letter (no sender, no template, no meeting): before planning when the settings tell. */
  onLettersStopped?: (stops: LetterStop[]) => void;
}

export interface RunResult {
  plan: PlanResult;
  report: YearReport;
  settings: Settings;
  settingsSource?: string;
  /** Said once about the profile: its period, its gaps against the law while that was law, what changed for an old one. */
  profileWarnings: string[];
  files: string[];
  letters?: LettersResult;
  /** Fixed-time visits booked for this run (when the settings name consultants). */
  visits?: Proposal;
  /** Rows whose text held characters Office files cannot (replaced in every file written). */
  invalidTextRows: number[];
  /** Columns a rule of the profile reads that the input lacks (said, not silently taken as empty). */
  columnWarnings: string[];
  /** What was done this year and last, from the history beside the input (core/history/report.ts). */
  history?: { rows: (string | number)[][]; source: string; events: number };
  /** The visit records read (besoeg.csv beside the input, or the workbook's sheet Besøg), and their problems. */
  visitRecords?: { source: string; records: number; problems: VisitProblem[]; openFollowUps: number };
  /** The year report's visit part (AED10A, acceptance, themes, readings, referrals, follow-ups). */
  visitReport?: VisitReport;
}

/**
 * A rule that reads *Bor alene* without the column would silently offer nothing to everyone living alone
 * (issue 15: every 70-year-old living alone dropped): the run says so.
 */
export function missingColumnWarnings(plan: PlanResult): string[] {
  const needsLivesAlone = plan.profile.rules.some((r) => r.kind === 'age' && r.livesAlone !== undefined);
  return needsLivesAlone && plan.columns.livesAlone === undefined ? [text.LIVES_ALONE_MISSING] : [];
}

/** The rows with a cell whose text an Office file cannot hold (see core/export/office-text). */
export function invalidTextRows(plan: PlanResult): number[] {
  const rows = [...plan.planned, ...plan.bad].filter((r) => r.cells.some((c) => typeof c === 'string' && hasInvalidOfficeText(c)));
  return rows.map((r) => r.row).sort((a, b) => a - b);
}

const SETTINGS_FILE = 'indstillinger.json';

/** A JSON file's text; a byte-order mark (Notepad writes one) is dropped. */
const readJsonText = (path: string) => readFileSync(path, 'utf8').replace(/^\uFEFF/, '');

export function loadSettings(path: string | undefined, inputPath: string): { settings: Settings; source?: string } {
  const candidate = path ?? join(dirname(inputPath), SETTINGS_FILE);
  if (!existsSync(candidate)) {
    if (path) throw new InputFileError(text.ERR_FILE_MISSING(path));
    return { settings: keptOffline(Settings.parse({})) };
  }
  let data: unknown;
  try {
    data = JSON.parse(readJsonText(candidate));
    data = withProfileText(data, dirname(candidate));
  } catch (e) {
    throw new InputFileError(text.ERR_SETTINGS(candidate, `ikke gyldig JSON (${(e as Error).message})`));
  }
  useDanishErrors();
  const parsed = Settings.safeParse(data);
  if (!parsed.success) {
    const why = parsed.error.issues.map((i) => `${i.path.join('.') || '(roden)'}: ${i.message}`).join('; ');
    throw new InputFileError(text.ERR_SETTINGS(candidate, why));
  }
  return { settings: keptOffline(parsed.data), source: candidate };
}

/** Offline the data stay with the municipality: the notice says so unless the team wrote where they are. */
const keptOffline = (settings: Settings): Settings =>
  settings.privacyRecipients.trim() ? settings : { ...settings, privacyRecipients: text.PRIVACY_RECIPIENTS_OFFLINE };

/**
 * The settings file's `profile` as the shared settings hold it: a profile written inline as a JSON object
 * becomes its JSON text (as in the sheet's cell); a relative .json path is found beside the settings file first.
 */
function withProfileText(data: unknown, folder: string): unknown {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return data;
  const profile = (data as { profile?: unknown }).profile;
  if (profile && typeof profile === 'object') return { ...data, profile: JSON.stringify(profile) };
  if (typeof profile === 'string' && /\.json$/i.test(profile.trim()) && !isAbsolute(profile.trim())) {
    const beside = join(folder, profile.trim());
    if (existsSync(beside)) return { ...data, profile: beside };
  }
  return data;
}

/** A profile by name, by its JSON text, or from a .json file (a municipality's own profile). */
export function loadProfile(name: string): Profile {
  if (/\.json$/i.test(name.trim())) {
    if (!existsSync(name)) throw new InputFileError(text.ERR_FILE_MISSING(name));
    try {
      const profile = parseProfileJson(readJsonText(name));
      registerProfile(profile);
      return profile;
    } catch (e) {
      if (e instanceof ProfileError) throw new InputFileError(`${name}: ${e.message}`);
      throw e;
    }
  }
  return resolveProfile(name);
}

const copenhagen = () => makeZone('Europe/Copenhagen');

/** The reference date as typed (the Danish date forms of the sheet, named `dato` in messages); empty = today. */
export function referenceDate(typed: string | undefined): Day {
  const date = typed?.trim();
  return date ? requireDay(date, 'dato', dayFromUtcDate) : todayIn(copenhagen());
}

/** Last year's numbers: from its plan.xlsx (real statuses), else computed from this year's data. */
async function previousYear(options: RunOptions, plan: PlanResult, table: InputTable): Promise<ReportInput> {
  const year = yearOf(plan.asOf) - 1;
  if (options.previous) {
    const source = await readTableFile(options.previous);
    const codeAt = source.headers.findIndex((h) => columnOfHeader(h) === 'code');
    const statusAt = source.headers.findIndex((h) => columnOfHeader(h) === 'status');
    if (codeAt < 0) throw new InputFileError(text.ERR_PREVIOUS_NO_CODE(options.previous));
    const rows: ReportInput['rows'][number][] = [];
    let errors = 0;
    for (const r of source.rows) {
      const code = String(r.cells[codeAt] ?? '').trim();
      if (!code) continue;
      if (code.startsWith('FEJL')) {
        errors++;
        continue;
      }
      const status = statusAt >= 0 ? statusByLabel(String(r.cells[statusAt] ?? ''))?.id : undefined;
      rows.push({ code, status });
    }
    return { year: planYearOf(source) ?? year, rows, errors, source: 'file' };
  }
  const before = countOtherYear(table, addMonths(plan.asOf, -12), plan.profile);
  return { year, rows: before.codes.map((code) => ({ code })), errors: before.errors, source: 'computed' };
}

/** The planning year of a plan.xlsx: the commonest year of its Fra dates (the age offers start 1 January). */
function planYearOf(table: InputTable): number | undefined {
  const at = table.headers.findIndex((h) => columnOfHeader(h) === 'from');
  if (at < 0) return undefined;
  const years = new Map<number, number>();
  for (const r of table.rows) {
    const v = r.cells[at];
    if (v instanceof Date) {
      const year = yearOf(fileDateToDay(v));
      years.set(year, (years.get(year) ?? 0) + 1);
    }
  }
  return [...years].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/**
 * Reads the citizen file, books the visits, plans every row and counts the year's report. Only the plan
 * and the report outlive it: the table as read and the report's row list are let go before plan.xlsx and
 * the letters are written (at 100,000 rows every copy held on counts in the run's peak memory).
 */
async function planFile(options: RunOptions, settings: Settings, profile: Profile, asOf: Day, clock: Day, visitFile?: OfflineVisits, templates?: Map<string, LoadedTemplate>): Promise<{ plan: PlanResult; report: YearReport; visits?: Proposal; followUps: number; lettersStopped: LetterStop[] }> {
  let input = await readInputFile(options.input);
  // No letter can be made whatever the rows (no settings file, say): said now, not after planning 100,000 rows.
  const lettersStopped = templates ? senderStopsAll(templates, settings, input.headers) : [];
  if (lettersStopped.length) options.onLettersStopped?.(lettersStopped);
  let followUps = 0;
  if (visitFile) ({ table: input, count: followUps } = withOpenFollowUps(input, visitFile.records));
  const { table, proposal: visits } = planOfflineVisits(input, settings, profile, asOf, clock);
  const bar = options.progress?.('Planlægger', table.rows.length);
  const plan = planTable(table, asOf, profile, { onProgress: (n) => bar?.update(n), today: clock });
  bar?.done();
  const current: ReportInput = {
    year: yearOf(asOf),
    rows: plan.planned.map((p) => ({ code: p.plan.code, status: p.status })),
    errors: plan.bad.length,
    source: 'data',
  };
  return { plan, report: yearReport(current, offerCatalog(profile), await previousYear(options, plan, table)), visits, followUps, lettersStopped };
}

/** Plans a citizen file and, with `out`, writes plan.xlsx, the year report and the letters. */
export async function runOffline(options: RunOptions): Promise<RunResult> {
  const { settings, source } = loadSettings(options.settingsPath, options.input);
  const profile = loadProfile(options.profile ?? settings.profile);
  const asOf = referenceDate(options.date ?? settings.asOf);
  // The clock: an undated mark (an "x" in Inviteret) counts for its year only (records/year.ts), so a
  // plan for next year does not take this year's ticks for next year's.
  const clock = options.today ?? todayIn(copenhagen());
  const visitFile = await readOfflineVisits(options.input, visitVocabulary(profile));
  // Read before the rows, so a broken template and a letter nothing can make are told first.
  const templates = options.out && !options.noLetters ? loadTemplates(options.templatesDir) : undefined;
  const { plan, report, visits, followUps, lettersStopped } = await planFile(options, settings, profile, asOf, clock, visitFile, templates);
  const result: RunResult = { plan, report, settings, settingsSource: source, profileWarnings: [...profileWarnings(profile, asOf), ...migrationNotes(profile)], files: [], visits, invalidTextRows: invalidTextRows(plan), columnWarnings: missingColumnWarnings(plan) };
  const history = await readOfflineHistory(options.input);
  if (history) result.history = { rows: historyReportRows(history.events, yearOf(asOf), offerCatalog(profile)), source: history.source, events: history.events.length };
  if (visitFile) {
    result.visitRecords = { source: visitFile.source, records: visitFile.records.length, problems: visitFile.problems, openFollowUps: followUps };
    result.visitReport = offlineVisitReport(plan, visitFile.records, clock, visitFile.problems.map((p) => p.row));
  }
  if (lettersStopped.length) result.letters = stoppedLetters(lettersStopped);
  if (options.out) await writeOutputs(options, options.out, result, asOf, templates).catch(rethrowWriteError);
  return result;
}

/** Writes plan.xlsx, the year report and (unless `noLetters`) the letters into `out`; fills in `result`. */
async function writeOutputs(options: RunOptions, out: string, result: RunResult, asOf: Day, templates?: Map<string, LoadedTemplate>): Promise<void> {
  const { plan, report, settings } = result;
  const rows = plan.planned.length + plan.bad.length;
  privateFolder(out);
  const xlsxPath = join(out, 'plan.xlsx');
  const rowsBar = options.progress?.('Skriver plan.xlsx', rows);
  await writePlanXlsx(xlsxPath, plan, report, { onProgress: (n) => rowsBar?.update(n) });
  rowsBar?.done();
  const svg = reportSvg(report);
  const svgPath = join(out, 'rapport.svg');
  const htmlPath = join(out, 'rapport.html');
  writePrivateFile(svgPath, svg);
  writePrivateFile(htmlPath, reportHtml(report, plan.profile.name, svg, result.history?.rows, result.visitReport));
  const docxPath = join(out, 'rapport.docx');
  writePrivateFile(docxPath, await reportDocx(report, plan.profile.name, toDanish(asOf), result.visitReport));
  result.files.push(xlsxPath, svgPath, htmlPath, docxPath);
  if (result.visitReport) {
    // Counts only, beside Danmarks Statistik's AED10A: no name, key or result of one citizen.
    const aedPath = join(out, AED10A_FILE);
    writePrivateFile(aedPath, csvText(aed10aRows(result.visitReport)));
    result.files.push(aedPath);
  }

  if (templates && !result.letters) {
    const lettersBar = options.progress?.('Skriver breve', 0);
    result.letters = writeLetters(plan, {
      outDir: out,
      combined: options.combined === true,
      templatesDir: options.templatesDir,
      settings,
      // Offline the reference date is the clock (as for the visits): a letter is never dated after its visit.
      today: options.today ?? asOf,
      templates,
      onProgress: (n, total) => lettersBar?.update(n, total),
      onStopped: options.onLettersStopped,
    });
    lettersBar?.done();
  }
  const participants = writeParticipants(out, plan, settings, result.letters?.seated ?? new Map());
  if (participants) result.files.push(participants);
}

/** File-system codes a user can mend (a file open in Excel, a file where a folder should be, a full disk). */
const USER_WRITE_ERRORS = new Set(['EACCES', 'EPERM', 'EBUSY', 'EEXIST', 'ENOTDIR', 'EISDIR', 'EROFS', 'ENOSPC']);

/** A write the user can mend becomes one Danish line (exit 1), not "a bug in fhb". */
export function rethrowWriteError(e: unknown): never {
  const { code, path } = (e ?? {}) as NodeJS.ErrnoException;
  if (code && path && USER_WRITE_ERRORS.has(code)) throw new InputFileError(text.ERR_CANNOT_WRITE(path, code));
  throw e;
}
