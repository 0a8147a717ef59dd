import * as visitReportText from '../core/report/visits-text';
import * as visitRecordText from '../core/visit-record/text';
import { dirname, relative } from 'node:path';
import { Day, toDanish } from '../core/day';
import * as visitText from '../core/visits/text';
import { CODE_NONE } from '../core/rules/types';
import { STATUSES, Status, StatusId } from '../core/status/vocabulary';
import { badRow } from '../offline/text';
import * as offlineText from '../offline/text';
import { terminalText } from './terminal-text';
import type { RunResult } from '../offline/run';
import type { LetterStop } from '../offline/letters';
import * as text from './text';
import { gapsSkipped } from '../core/letters/text';
import { rowsWithGaps } from '../core/letters/merge-plan';

/**
 * The terminal summary of a run: the year's plan grouped by offer with counts per status, bad rows by
 * row number, letters by template, files written. Counts and row numbers only: never a name or a CPR
 * number (the messages of bad rows mask CPR numbers).
 */

export type ColorMode = 'none' | 'basic' | 'truecolor';

/** Colour when the stream is a terminal (or FORCE_COLOR says so) and NO_COLOR does not forbid it. */
const SETTINGS_SUFFIX = '(Indstillinger)';

/** A path's folder with its last separator ("breve/" of "breve/a.docx"), by lastIndexOf: no backtracking. */
const folderOf = (path: string) => path.slice(0, Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);

export function colorMode(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): ColorMode {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return 'none';
  const forced = env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  if (!stream.isTTY && !forced) return 'none';
  if (env.TERM === 'dumb' && !forced) return 'none';
  return /truecolor|24bit/i.test(env.COLORTERM ?? '') ? 'truecolor' : 'basic';
}

/** 16-colour stand-ins for the sheet's status colours (background, foreground). */
const BASIC: Record<StatusId, string> = {
  due: '43;30', upcoming: '44;97', overdue: '41;97', invited: '103;30', booked: '104;30', done: '42;30',
  declined: '47;30', exempt: '100;97', none: '2', unannounced: '105;30', ended: '2', followUp: '45;97',
};

function rgb(hex: string): string {
  const n = parseInt(hex.slice(1), 16);
  return `${(n >> 16) & 255};${(n >> 8) & 255};${n & 255}`;
}

export function paintStatus(status: Status, label: string, mode: ColorMode): string {
  if (mode === 'none') return label;
  if (mode === 'truecolor') return `\x1b[48;2;${rgb(status.background)}m\x1b[38;2;${rgb(status.text)}m ${label} \x1b[0m`;
  return `\x1b[${BASIC[status.id]}m ${label} \x1b[0m`;
}

const bold = (s: string, mode: ColorMode) => (mode === 'none' ? s : `\x1b[1m${s}\x1b[0m`);
const dim = (s: string, mode: ColorMode) => (mode === 'none' ? s : `\x1b[2m${s}\x1b[0m`);

const MAX_BAD_SHOWN = 20;

const isSettingsField = (field: string) => field.endsWith(SETTINGS_SUFFIX);
const settingName = (field: string) => field.slice(0, -SETTINGS_SUFFIX.length).trimEnd();

/**
 * What stops every letter of a kind, one line each: the settings' empty fields together (the same for
 * every row), then each other stop with the letters it holds back.
 */
export function stopLines(stops: readonly LetterStop[]): string[] {
  const settings = stops.filter((s) => isSettingsField(s.field));
  return [
    ...(settings.length ? [text.SETTINGS_MISSING(settings.map((s) => settingName(s.field)))] : []),
    ...stops.filter((s) => !isSettingsField(s.field)).map((s) => text.LETTER_STOP(s.field, s.rows)),
  ].map(terminalText);
}

export function renderSummary(result: RunResult, mode: ColorMode, cwd = process.cwd()): string {
  const { plan, report } = result;
  // Relative to where the user is, unless that means climbing out of it (then the whole path reads better).
  const rel = (p: string) => {
    const r = relative(cwd, p);
    return terminalText(r && !r.startsWith('..') ? r : p);
  };
  const lines: string[] = [];
  lines.push(bold(text.HEADING(report.year, terminalText(plan.profile.name), toDanish(plan.asOf)), mode));
  if (result.settingsSource) lines.push(dim(text.SETTINGS_FROM(rel(result.settingsSource)), mode));
  lines.push(text.ROWS_LINE(plan.planned.length + plan.bad.length, plan.planned.length, plan.bad.length));
  lines.push('');
  lines.push(bold(text.OFFERS_HEADING, mode));

  const shown = report.offers.filter((o) => o.total > 0 || (o.previous ?? 0) > 0);
  const codeWidth = Math.max(...shown.map((o) => o.code.length));
  const labelWidth = Math.max(...shown.map((o) => o.label.length));
  for (const o of shown) {
    const prev = report.previous && o.previous !== undefined ? dim(`  (${text.PREVIOUS(report.previous.year, o.previous, o.change ?? 0)})`, mode) : '';
    lines.push(`  ${bold(o.code.padEnd(codeWidth), mode)}  ${o.label.padEnd(labelWidth)}  ${String(o.total).padStart(5)}${prev}`);
    if (o.code === CODE_NONE) continue;
    const parts = STATUSES.filter((s) => o.byStatus[s.id] > 0).map((s) => `${paintStatus(s, s.label, mode)} ${o.byStatus[s.id]}`);
    if (parts.length) lines.push(`  ${' '.repeat(codeWidth)}  ${parts.join('  ')}`);
  }
  lines.push(dim(`  ${text.MULTI_NOTE}`, mode));
  if (report.previous) lines.push(dim(`  ${text.PREVIOUS_NOTE(report.previous.year, report.previous.source === 'computed')}`, mode));

  if (result.history) {
    const [title, header, ...rest] = result.history.rows;
    const total = rest[rest.length - 2];
    lines.push('', bold(String(title[0]), mode), dim(`  ${text.HISTORY_FROM(rel(result.history.source), result.history.events)}`, mode));
    // Pairs of (this year, last year) after the code and label columns.
    for (let c = 2; c + 1 < header.length; c += 2) lines.push(`  ${String(header[c]).padEnd(32)} ${String(total[c]).padStart(5)}  ${dim(`(${header[c + 1]}: ${total[c + 1]})`, mode)}`);
  }

  if (result.visitRecords && result.visitReport) {
    const { source, records, problems } = result.visitRecords;
    lines.push('', bold(visitReportText.HEADING, mode), dim(`  ${text.VISITS_FROM(rel(source), records)}`, mode));
    lines.push(`  ${visitReportText.summary(result.visitReport.persons, result.visitReport.visits)}`);
    // The citizens whose open follow-up went into plan.xlsx's Opfølgning (due from its day, letter OPFOLGNING).
    lines.push(`  ${visitReportText.followUpsOpen}: ${result.visitRecords.openFollowUps}`);
    for (const p of problems.slice(0, MAX_BAD_SHOWN)) lines.push(`  ${terminalText(visitRecordText.rowProblem(p.row, p.message))}`);
    if (problems.length > MAX_BAD_SHOWN) lines.push(`  ${text.MORE_BAD(problems.length - MAX_BAD_SHOWN)}`);
  }

  const warnings = [...result.columnWarnings, ...result.profileWarnings];
  if (warnings.length) {
    lines.push('', bold(text.WARNINGS_HEADING, mode));
    for (const w of warnings) lines.push(`  ${terminalText(w)}`);
  }

  if (plan.bad.length) {
    lines.push('', bold(text.BAD_HEADING, mode));
    for (const b of plan.bad.slice(0, MAX_BAD_SHOWN)) lines.push(`  ${terminalText(badRow(b.row, b.message))}`);
    if (plan.bad.length > MAX_BAD_SHOWN) lines.push(`  ${text.MORE_BAD(plan.bad.length - MAX_BAD_SHOWN)}`);
  }

  if (result.visits) {
    const { bookings, kept, unplaced } = result.visits;
    lines.push('', bold(text.VISITS_HEADING, mode));
    const days = bookings.map((b) => b.day);
    const letteredRows = result.letters && new Set(result.letters.rows);
    const lettered = letteredRows && bookings.filter((b) => letteredRows.has(b.row)).length;
    lines.push(`  ${text.VISITS_PLACED(bookings.length, days.length ? (Math.min(...days) as Day) : undefined, days.length ? (Math.max(...days) as Day) : undefined, lettered)}`);
    if (kept > 0) lines.push(`  ${visitText.keptLine(kept)}`);
    if (unplaced.length) lines.push(`  ${text.UNPLACED_TOTAL(unplaced.length)}`);
    for (const u of unplaced.slice(0, MAX_BAD_SHOWN)) lines.push(`  ${terminalText(visitText.rowLine(u.row, u.reason))}`);
    if (unplaced.length > MAX_BAD_SHOWN) lines.push(`  ${text.MORE_UNPLACED(unplaced.length - MAX_BAD_SHOWN)}`);
  }

  const letters = result.letters;
  if (letters) {
    lines.push('');
    if (letters.letters === 0) lines.push(letters.problems.length || letters.stops.length ? text.NO_LETTERS_WRITTEN : text.NO_LETTERS_DUE);
    else lines.push(`${text.LETTERS_LINE(letters.letters, letters.files.length < letters.letters)} ${letters.byTemplate.map((t) => text.LETTER_COUNT(t.template, t.count)).join(', ')}`);
    if (letters.removed > 0 && letters.manifest) lines.push(text.LETTERS_REMOVED(letters.removed, rel(dirname(letters.manifest))));
    if (letters.stops.length) {
      lines.push(bold(text.LETTERS_STOPPED, mode));
      for (const line of stopLines(letters.stops)) lines.push(`  ${line}`);
    }
    if (letters.problems.length) {
      // The sentence the Google preview ends with, so both sides say a merge with gaps alike (issue 22 item 2).
      lines.push(bold(gapsSkipped(rowsWithGaps(letters.problems)), mode));
      const byField = new Map<string, number[]>();
      for (const p of letters.problems) {
        const rows = byField.get(p.field);
        if (rows) rows.push(p.rowNumber);
        else byField.set(p.field, [p.rowNumber]);
      }
      // Settings are the same for every row: one line naming them, not a list of every row.
      const settingsFields = [...byField.keys()].filter(isSettingsField);
      if (settingsFields.length) lines.push(`  ${terminalText(text.SETTINGS_MISSING(settingsFields.map(settingName)))}`);
      for (const [field, rows] of byField) if (!settingsFields.includes(field)) lines.push(`  ${terminalText(text.LETTER_PROBLEM(field, rows))}`);
    }
  }

  if (result.invalidTextRows.length) lines.push('', offlineText.INVALID_TEXT_ROWS(result.invalidTextRows));

  if (result.files.length) {
    lines.push('', bold(text.FILES_HEADING, mode));
    for (const f of result.files) lines.push(`  ${rel(f)}`);
    if (letters?.manifest) lines.push(`  ${rel(letters.manifest)}`);
    if (letters?.files.length) lines.push(`  ${folderOf(rel(letters.files[0]))}*.docx (${letters.files.length})`);
    if (letters?.templatesFolder) lines.push(dim(text.TEMPLATES_HINT(rel(letters.templatesFolder)), mode));
  } else {
    lines.push('', dim(text.WRITE_HINT, mode));
  }
  return `${lines.join('\n')}\n`;
}
