import { CODE_NONE } from '../core/rules/types';
import type { VisitReport } from '../core/report/visits';
import { visitTables } from '../core/report/visit-tables';
import * as visitText from '../core/report/visits-text';
import type { YearReport } from '../core/report/year-report';
import * as reportText from '../core/report/text';
import { STATUSES } from '../core/status/vocabulary';
import { escapeHtml } from '../core/html';
import * as text from './text';

/**
 * The year report as pictures and a page: an SVG bar chart (one bar per offer, split by status, with last
 * year's count as a thin grey bar) and a self-contained HTML page that embeds it. exceljs cannot draw
 * charts, so the chart lives beside plan.xlsx. Everything shown is escaped.
 */

const LABEL_W = 280;
/** About what fits in LABEL_W at 13 px; a longer label is cut with an ellipsis (the whole one is its title). */
const LABEL_CHARS = 38;
const BAR_W = 440;
const COUNT_W = 70;
const ROW_H = 40;
const TOP = 56;
const WIDTH = LABEL_W + BAR_W + COUNT_W + 20;

function fitLabel(label: string): string {
  return label.length <= LABEL_CHARS ? label : `${label.slice(0, LABEL_CHARS - 1).trimEnd()}…`;
}

/** The chart's offers: those with citizens this year or last; "no offer" left out (it would dwarf the rest). */
export function chartLines(report: YearReport) {
  return report.offers.filter((o) => o.code !== CODE_NONE && (o.total > 0 || (o.previous ?? 0) > 0));
}

export function reportSvg(report: YearReport): string {
  const lines = chartLines(report);
  const max = Math.max(1, ...lines.map((l) => Math.max(l.total, l.previous ?? 0)));
  const scale = BAR_W / max;
  const legendTop = TOP + lines.length * ROW_H + 16;
  const height = legendTop + Math.ceil(STATUSES.length / 3) * 22 + (report.previous ? 22 : 0) + 16;
  const out: string[] = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" font-family="Segoe UI, Helvetica, Arial, sans-serif" font-size="13" role="img" aria-label="${escapeHtml(reportText.TITLE(report.year))}">`);
  out.push(`<title>${escapeHtml(reportText.TITLE(report.year))}</title>`);
  out.push(`<rect width="100%" height="100%" fill="#ffffff"/>`);
  out.push(`<text x="10" y="24" font-size="17" font-weight="bold" fill="#222">${escapeHtml(reportText.TITLE(report.year))}</text>`);
  const sub = `${reportText.CITIZENS(report.citizens)}${report.previous ? ` · ${report.previous.year}: ${reportText.CITIZENS(report.previous.citizens)} (${reportText.SOURCE_LABEL[report.previous.source]})` : ''}`;
  out.push(`<text x="10" y="44" fill="#555">${escapeHtml(sub)}</text>`);

  lines.forEach((line, i) => {
    const y = TOP + i * ROW_H;
    out.push(`<g data-code="${escapeHtml(line.code)}">`);
    out.push(`<text x="10" y="${y + 16}" fill="#222"><title>${escapeHtml(line.label)}</title>${escapeHtml(fitLabel(line.label))}</text>`);
    let x = LABEL_W;
    for (const s of STATUSES) {
      const n = line.byStatus[s.id];
      if (!n) continue;
      const w = n * scale;
      out.push(`<rect x="${x.toFixed(1)}" y="${y + 2}" width="${w.toFixed(1)}" height="20" fill="${s.background}" stroke="${s.text}" stroke-width="0.6"><title>${escapeHtml(`${line.label}: ${s.label} ${n}`)}</title></rect>`);
      x += w;
    }
    out.push(`<text x="${LABEL_W + BAR_W + 8}" y="${y + 16}" font-weight="bold" fill="#222">${line.total}</text>`);
    if (line.previous !== undefined && report.previous) {
      const w = line.previous * scale;
      out.push(`<rect x="${LABEL_W}" y="${y + 25}" width="${w.toFixed(1)}" height="7" fill="#9a9a9a"><title>${escapeHtml(`${line.label}: ${report.previous.year} ${line.previous}`)}</title></rect>`);
      out.push(`<text x="${LABEL_W + BAR_W + 8}" y="${y + 33}" font-size="11" fill="#666">${report.previous.year}: ${line.previous}</text>`);
    }
    out.push('</g>');
  });

  STATUSES.forEach((s, i) => {
    const x = 10 + (i % 3) * 250;
    const y = legendTop + Math.floor(i / 3) * 22;
    out.push(`<rect x="${x}" y="${y}" width="14" height="14" fill="${s.background}" stroke="${s.text}" stroke-width="0.6"/>`);
    out.push(`<text x="${x + 20}" y="${y + 12}" fill="#333">${escapeHtml(s.label)}</text>`);
  });
  if (report.previous) {
    const y = legendTop + Math.ceil(STATUSES.length / 3) * 22;
    out.push(`<rect x="10" y="${y + 4}" width="14" height="7" fill="#9a9a9a"/><text x="30" y="${y + 12}" fill="#333">${report.previous.year} (${escapeHtml(reportText.SOURCE_LABEL[report.previous.source])})</text>`);
  }
  out.push('</svg>');
  return out.join('\n');
}

/** The header of the offer table, as plan.xlsx's Oversigt and the report page show it. */
export function offerHead(report: YearReport): string[] {
  const prev = report.previous;
  return [text.SUMMARY_CODE, text.SUMMARY_OFFER, text.SUMMARY_TOTAL, ...STATUSES.map((s) => s.label), ...(prev ? [text.SUMMARY_PREVIOUS(prev.year), text.SUMMARY_CHANGE] : [])];
}

/** The rows of the offer table (under `offerHead`), as text. */
export function offerRows(report: YearReport): string[][] {
  const prev = report.previous;
  return report.offers.map((o) => [
    o.code, o.label, String(o.total), ...STATUSES.map((s) => String(o.byStatus[s.id])),
    ...(prev ? [String(o.previous ?? 0), signed(o.change ?? 0)] : []),
  ]);
}

/** The status table: its header and rows, as text. */
export function statusTable(report: YearReport): { head: string[]; rows: string[][] } {
  const prev = report.previous;
  return {
    head: [text.SUMMARY_STATUS, text.SUMMARY_COUNT, ...(report.statuses.some((s) => s.previous !== undefined) && prev ? [text.SUMMARY_PREVIOUS(prev.year)] : [])],
    rows: report.statuses.map((s) => [s.label, String(s.count), ...(s.previous !== undefined ? [String(s.previous)] : [])]),
  };
}

/**
 * How the page prints from a browser: A4 landscape (the offer table is wide), the chart scaled to the page,
 * table headers repeated on a new page, no row split across pages, the status colours kept.
 */
const PRINT_CSS =
  '@page{size:A4 landscape;margin:12mm}@media print{body{margin:0;font-size:10pt}figure{margin:0}figure svg{max-width:100%;height:auto}' +
  'thead{display:table-header-group}tr,figure{break-inside:avoid}h2{break-after:avoid}th,rect{-webkit-print-color-adjust:exact;print-color-adjust:exact}}';

/** A self-contained page: the chart, the table of offers and statuses, the notes. */
export function reportHtml(report: YearReport, profileName: string, svg = reportSvg(report), history?: readonly (string | number)[][], visits?: VisitReport): string {
  const rows = offerRows(report);
  const table = (header: string[], body: string[][], firstNumber: number) =>
    `<table><thead><tr>${header.map((h) => `<th>${escapeHtml(h)}</th>`).join('')}</tr></thead><tbody>${body
      .map((r) => `<tr>${r.map((c, i) => `<td${i >= firstNumber ? ' class="n"' : ''}>${escapeHtml(c)}</td>`).join('')}</tr>`)
      .join('')}</tbody></table>`;
  const statuses = statusTable(report);
  return `<!doctype html>
<html lang="da"><head><meta charset="utf-8"><title>${escapeHtml(reportText.TITLE(report.year))}</title>
<style>body{font-family:Segoe UI,Helvetica,Arial,sans-serif;margin:2rem;color:#222}table{border-collapse:collapse;margin:1rem 0}th,td{border:1px solid #ccc;padding:.3rem .5rem;text-align:left}td.n{text-align:right}th{background:#3c5a78;color:#fff}p.note{color:#555;max-width:60rem}${PRINT_CSS}</style>
</head><body>
<h1>${escapeHtml(reportText.TITLE(report.year))}</h1>
<p>${escapeHtml(profileName)} · ${escapeHtml(reportText.CITIZENS(report.citizens))}${report.errors ? ` · ${escapeHtml(reportText.ERRORS(report.errors))}` : ''}</p>
<figure>${svg}</figure>
<h2>${text.SUMMARY_OFFER}</h2>
${table(offerHead(report), rows, 2)}
<h2>${text.SUMMARY_STATUS}</h2>
${table(statuses.head, statuses.rows, 1)}
${report.notes.map((n) => `<p class="note">${escapeHtml(n)}</p>`).join('\n')}
${history ? historyHtml(history, table) : ''}
${visits ? visitsHtml(visits, table) : ''}
</body></html>
`;
}

/** The visit part: its summary, each table with its heading (and note), and the note on how it counts. */
function visitsHtml(visits: VisitReport, table: (header: string[], body: string[][], firstNumber: number) => string): string {
  const { summary, tables, note } = visitTables(visits);
  const parts = [`<h2>${escapeHtml(visitText.HEADING)}</h2>`, `<p>${escapeHtml(summary)}</p>`];
  for (const t of tables) {
    parts.push(`<h3>${escapeHtml(t.heading)}</h3>`, table(t.head, t.rows, t.firstNumber));
    if (t.note) parts.push(`<p class="note">${escapeHtml(t.note)}</p>`);
  }
  parts.push(`<p class="note">${escapeHtml(note)}</p>`);
  return parts.join('\n');
}

/** The block from the history (title, header, lines, total, note), as historyReportRows makes it. */
function historyHtml(rows: readonly (string | number)[][], table: (header: string[], body: string[][], firstNumber: number) => string): string {
  const [title, header, ...rest] = rows;
  const note = rest[rest.length - 1];
  const body = rest.slice(0, -1).map((r) => r.map(String));
  return `<h2>${escapeHtml(String(title[0]))}</h2>\n${table(header.map(String), body, 2)}\n<p class="note">${escapeHtml(String(note[0]))}</p>`;
}

function signed(n: number): string {
  return n > 0 ? `+${n}` : String(n);
}
