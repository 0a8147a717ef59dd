import { escapeHtml } from '../html';
import { CHECK_IDS, CheckId, CheckResult } from './checks';
import * as text from './text';

/** What the clean-up after the checks left behind (nothing, when it all went). */
export type CleanupResult = { ok: true } | { ok: false; message: string; leftovers: string[] };

export interface Report {
  title: string;
  summary: string;
  /** One line per check, numbered, then the clean-up; each text starts with ✓, ✗ or –. */
  lines: ReportLine[];
  notes: string[];
  ok: boolean;
}

export interface ReportLine {
  status: 'ok' | 'failed' | 'skipped';
  text: string;
}

const MARK = { ok: '✓', failed: '✗', skipped: '–' } as const;

function line(r: CheckResult, n: number): ReportLine {
  const head = `${n}. ${MARK[r.status]} ${text.LABELS[r.id]}`;
  const detail =
    r.status === 'ok' ? '' : r.status === 'failed' ? oneLine(r.message) : r.reason === 'noAddress' ? text.SKIPPED.noAddress : text.SKIPPED.needs(number(r.failed));
  return { status: r.status, text: detail ? `${head}: ${detail}` : head };
}

const number = (id: CheckId) => CHECK_IDS.indexOf(id) + 1;

/** Google's messages may run to several lines or pages; the report keeps one readable line. */
function oneLine(message: string): string {
  const flat = message.replace(/\s+/g, ' ').trim() || '(ingen meddelelse)';
  return flat.length > 300 ? `${flat.slice(0, 299)}…` : flat;
}

export function buildReport(results: readonly CheckResult[], cleanup: CleanupResult, elapsedMs: number): Report {
  const failed = results.filter((r) => r.status === 'failed').length + (cleanup.ok ? 0 : 1);
  const skipped = results.filter((r) => r.status === 'skipped').length;
  const lines = results.map((r) => line(r, number(r.id)));
  lines.push(
    cleanup.ok
      ? { status: 'ok', text: `${MARK.ok} ${text.CLEANUP}` }
      : { status: 'failed', text: `${MARK.failed} ${text.cleanupFailed(oneLine(cleanup.message), cleanup.leftovers)}` },
  );
  const notes = [text.INTRO, text.duration(elapsedMs)];
  if (failed) notes.push(text.FAILED_NOTE);
  return { title: text.TITLE, summary: text.summary(lines.length, failed, skipped), lines, notes, ok: failed === 0 };
}

const COLOUR = { ok: '#1e7d32', failed: '#b3261e', skipped: '#666666' } as const;

export function reportText(report: Report): string {
  return [report.summary, '', ...report.lines.map((l) => l.text), '', ...report.notes].join('\n');
}

/** The report as a small HTML page for a dialog: every text escaped, no script. */
export function reportHtml(report: Report): string {
  const items = report.lines.map((l) => `<li style="color:${COLOUR[l.status]}">${escapeHtml(l.text)}</li>`).join('\n');
  const notes = report.notes.map((n) => `<p>${escapeHtml(n)}</p>`).join('\n');
  return [
    '<div style="font-family: Arial, sans-serif; font-size: 13px; line-height: 1.45">',
    `<p><strong>${escapeHtml(report.summary)}</strong></p>`,
    `<ul style="list-style: none; padding-left: 0">\n${items}\n</ul>`,
    notes,
    '</div>',
  ].join('\n');
}
