import { AlignmentType, Document, HeadingLevel, Packer, PageOrientation, Paragraph, ShadingType, Table, TableCell, TableLayoutType, TableRow, TextRun, WidthType } from 'docx';
import type { YearReport } from '../core/report/year-report';
import type { VisitReport } from '../core/report/visits';
import { visitTables } from '../core/report/visit-tables';
import * as visitText from '../core/report/visits-text';
import * as reportText from '../core/report/text';
import { columnWidths } from './docx/column-widths';
import { offerHead, offerRows, statusTable } from './report-chart';
import * as text from './text';

/**
 * The year report as a Word document the team can attach to a committee case: the title, the counts, the
 * offer and status tables (the numbers the chart of rapport.html draws) and the notes, on A4 landscape.
 * Word escapes what it is given: names of offers arrive as text, never as markup.
 */

/** A4 landscape in twentieths of a point, with 2 cm margins. */
export const A4_LANDSCAPE = { width: 11906, height: 16838, orientation: PageOrientation.LANDSCAPE };
export const MARGIN = 1134;
const HEAD_FILL = '3C5A78';
export const FONT = 'Calibri';

/** The tables' text in points (8: the offer table's 17 columns then fit A4 landscape without a word cut), and a narrow padding. */
const TABLE_PT = 8;
const CELL_PADDING = 60;
/** The text's width on A4 landscape between the margins. */
const TEXT_WIDTH = A4_LANDSCAPE.height - 2 * MARGIN;

function cell(value: string, width: number, options: { head?: boolean; number?: boolean }): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    shading: options.head ? { type: ShadingType.CLEAR, color: 'auto', fill: HEAD_FILL } : undefined,
    children: [
      new Paragraph({
        alignment: options.number ? AlignmentType.RIGHT : AlignmentType.LEFT,
        children: [new TextRun({ text: value, bold: options.head, color: options.head ? 'FFFFFF' : undefined, size: TABLE_PT * 2, font: FONT })],
      }),
    ],
  });
}

/**
 * A table whose header row repeats on every page; columns from `firstNumber` on are right-aligned. Its
 * columns are as wide as what they hold (docx/column-widths.ts), fixed, so Word and LibreOffice lay it out
 * alike.
 */
export function table(head: string[], rows: string[][], firstNumber: number): Table {
  const widths = columnWidths({ head, rows, headPt: TABLE_PT, bodyPt: TABLE_PT, padding: 2 * CELL_PADDING }, TEXT_WIDTH);
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    margins: { left: CELL_PADDING, right: CELL_PADDING },
    rows: [
      new TableRow({ tableHeader: true, children: head.map((h, i) => cell(h, widths[i], { head: true, number: i >= firstNumber })) }),
      ...rows.map((r) => new TableRow({ cantSplit: true, children: r.map((c, i) => cell(c, widths[i], { number: i >= firstNumber })) })),
    ],
  });
}

export const paragraph = (value: string, options: { heading?: (typeof HeadingLevel)[keyof typeof HeadingLevel]; italics?: boolean } = {}) =>
  new Paragraph({ heading: options.heading, spacing: { before: 120, after: 120 }, children: [new TextRun({ text: value, italics: options.italics, font: FONT })] });

/** The visit part: heading, summary, and each table with its heading and note. */
function visitParts(visits: VisitReport): (Paragraph | Table)[] {
  const { summary, tables, note } = visitTables(visits);
  return [
    paragraph(visitText.HEADING, { heading: HeadingLevel.HEADING_2 }),
    paragraph(summary),
    ...tables.flatMap((t) => [
      paragraph(t.heading, { heading: HeadingLevel.HEADING_3 }),
      table(t.head, t.rows, t.firstNumber),
      ...(t.note ? [paragraph(t.note, { italics: true })] : []),
    ]),
    paragraph(note, { italics: true }),
  ];
}

/** rapport.docx: the year report for a committee case. */
export function reportDocx(report: YearReport, profileName: string, asOf: string, visits?: VisitReport): Promise<Buffer> {
  const statuses = statusTable(report);
  const counts = [profileName, reportText.CITIZENS(report.citizens), ...(report.errors ? [reportText.ERRORS(report.errors)] : []), text.SUMMARY_AS_OF(asOf)];
  const doc = new Document({
    creator: 'fhb',
    title: reportText.TITLE(report.year),
    styles: { default: { document: { run: { font: FONT, size: 20 } } } },
    sections: [
      {
        properties: { page: { size: A4_LANDSCAPE, margin: { top: MARGIN, right: MARGIN, bottom: MARGIN, left: MARGIN } } },
        children: [
          paragraph(reportText.TITLE(report.year), { heading: HeadingLevel.TITLE }),
          paragraph(counts.join(' · ')),
          paragraph(text.SUMMARY_OFFER, { heading: HeadingLevel.HEADING_2 }),
          table(offerHead(report), offerRows(report), 2),
          paragraph(text.SUMMARY_STATUS, { heading: HeadingLevel.HEADING_2 }),
          table(statuses.head, statuses.rows, 1),
          ...report.notes.map((n) => paragraph(n, { italics: true })),
          ...(visits ? visitParts(visits) : []),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
