import { Day, yearOf } from '../../core/day';
import { type EventCitizen, eventCitizen } from '../../core/history/citizen';
import { isEmptyCell } from '../../core/coerce/values';
import { MergeRowInput } from '../../core/letters/merge-plan';
import { tryUnderLock } from '../run-action';
import { writeRowsInBlock } from '../sheet/block-write';
import { CitizenTable, readCitizenTable, rowLocator } from './rows';
import { requireColumns } from './context';

/** The rows' marks (Inviteret, Brev, Besøg meddelt) and their Historik rows, written under the document lock. */

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
export class Marks {
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
    // Busy is an answer here, not a refusal: the batch keeps the marks and tries again at its next save.
    const result = tryUnderLock(() => {
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
      return { table, lost };
    });
    if (!result.ok) return undefined;
    this.pending = [];
    return result.value;
  }
}

/** Who a merged row is, and for which year and offer (the row's plan, else the reference date's year). */
export function eventCitizenOf(table: CitizenTable, row: MergeRowInput | undefined, rowNumber: number, asOf: Day): EventCitizen {
  return eventCitizen({ columns: table.columns, values: table.values[rowNumber - 2] ?? [] }, row?.plan?.year ?? yearOf(asOf), row?.plan?.code);
}
