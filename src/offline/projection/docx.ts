import { Document, HeadingLevel, ImageRun, Packer, Paragraph } from 'docx';
import { type Block, type Cell, type ProjectionReport } from '../../core/projection/report';
import { danishNumber } from '../../core/text/number';
import { A4_LANDSCAPE, FONT, MARGIN, paragraph, table } from '../report-docx';
import { chartPng, chartSvg, monthChart } from './chart';

/**
 * fremskrivning.docx: the one-to-two page annex for the council, "Konsekvenser af kvalitetsstandarden for
 * 2027", in plain Danish: what it is, the figures in sentences, the table, the chart of hours by month,
 * the capacity, who changes offer, every assumption with its source, and each profile's legal basis,
 * period and warnings. Built with the year report's Word helpers (report-docx.ts).
 */

/** Rows of who changes offer shown in the annex (the workbook and the CSV hold every figure). */
const CHANGES_SHOWN = 8;
/** The chart on the page, in pixels at 96 dpi (the SVG is drawn at 900 × 340). */
const CHART_SIZE = { width: 620, height: 234 };

const shown = (c: Cell) => (typeof c === 'number' ? danishNumber(c) : c);
const rowsOf = (b: Block, limit = b.rows.length) => b.rows.slice(0, limit).map((r) => r.map(shown));
const tableOf = (b: Block, limit?: number) => table([...b.head], rowsOf(b, limit), b.firstNumber);
const heading = (title: string) => paragraph(title, { heading: HeadingLevel.HEADING_2 });

export async function projectionDocx(report: ProjectionReport, year: number): Promise<Buffer> {
  const layout = monthChart(report.chart);
  const chart = new Paragraph({
    children: [
      new ImageRun({
        type: 'svg',
        data: Buffer.from(chartSvg(layout, report.chart.title)),
        transformation: CHART_SIZE,
        fallback: { type: 'png', data: chartPng(layout) },
        altText: { name: report.chart.title, title: report.chart.title, description: report.chart.title },
      }),
    ],
  });
  const doc = new Document({
    creator: 'fhb',
    title: report.title,
    description: `${report.title} (${year})`,
    styles: { default: { document: { run: { font: FONT, size: 18 } } } },
    sections: [
      {
        properties: { page: { size: A4_LANDSCAPE, margin: { top: MARGIN, right: MARGIN, bottom: MARGIN, left: MARGIN } } },
        children: [
          paragraph(report.title, { heading: HeadingLevel.TITLE }),
          paragraph(report.subtitle, { italics: true }),
          ...report.summary.map((s) => paragraph(s)),
          heading(report.comparison.title),
          tableOf(report.comparison),
          heading(report.chart.title),
          chart,
          ...(report.capacity ? [heading(report.capacity.title), tableOf(report.capacity)] : []),
          ...(report.changes ? [heading(report.changes.title), tableOf(report.changes, CHANGES_SHOWN)] : []),
          heading(report.assumptions.title),
          tableOf(report.assumptions),
          heading(report.profiles.title),
          tableOf(report.profiles),
          ...report.notes.map((n) => paragraph(n, { italics: true })),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
