import type { VisitReport } from './visits';
import * as text from './visits-text';

/**
 * The visit part of the year report as titled tables of text, for every rendering (rapport.html and
 * rapport.docx offline, the report sheet in Google): one model, so each shows the same numbers.
 */
export interface ReportTable {
  heading: string;
  head: string[];
  rows: string[][];
  /** Columns from this index on are numbers (right-aligned). */
  firstNumber: number;
  note?: string;
}

export function visitTables(report: VisitReport): { summary: string; tables: ReportTable[]; note: string } {
  const n = String;
  return {
    summary: text.summary(report.persons, report.visits) + text.problemRows(report.problemRows),
    note: text.AGE_NOTE,
    tables: [
      { heading: text.AED10A_HEADING, head: text.AED10A_HEAD, rows: report.aed10a.map((l) => [l.band, text.SEX_LABEL[l.sex], n(l.persons), n(l.visits)]), firstNumber: 2 },
      { heading: text.FORM_HEADING, head: text.COUNT_HEAD, rows: report.byForm.map((l) => [l.label, n(l.count)]), firstNumber: 1 },
      {
        heading: text.ACCEPTANCE_HEADING, head: text.ACCEPTANCE_HEAD, firstNumber: 1,
        rows: report.acceptance.map((l) => [`${l.label} (${l.code})`, n(l.invited), n(l.held), text.percent(l.rate)]),
      },
      { heading: text.THEMES_HEADING, head: text.COUNT_HEAD, rows: report.themes.map((l) => [l.label, n(l.count)]), firstNumber: 1 },
      { heading: text.REFERRALS_HEADING, head: text.COUNT_HEAD, rows: report.referrals.map((l) => [l.label, n(l.count)]), firstNumber: 1 },
      {
        heading: text.CHAIR_HEADING, head: text.CHAIR_HEAD, firstNumber: 1,
        rows: report.chairStand.bands.map((b) => [b.band, n(b.tests), n(b.under), n(b.within), n(b.over)]),
        note: text.chairNote(report.chairStand.normSet, report.chairStand.unread),
      },
      {
        heading: text.FOLLOW_UP_HEADING, head: text.FOLLOW_UP_HEAD, firstNumber: 1,
        rows: [[text.followUpsMade, n(report.followUps.made)], [text.followUpsOpen, n(report.followUps.open)]],
      },
    ],
  };
}

/** aed10a.csv's rows, header first: one row per age group and sex (SPEC §4). */
export function aed10aRows(report: VisitReport): string[][] {
  return [[...text.AED10A_HEADER], ...report.aed10a.map((l) => [l.band, text.SEX_LABEL[l.sex], String(l.persons), String(l.visits)])];
}
