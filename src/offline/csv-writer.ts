import { closeSync, unlinkSync, writeSync } from 'node:fs';
import { CSV_START, csvLine } from '../core/export/csv';
import { openPrivateFile } from './private-files';

/**
 * A CSV file written a row at a time (the Digital Post list of 40,000 letters is never held whole): the
 * same bytes as `csvText` of all its rows. Owner-only, like every output; `abort` removes a half-written file.
 */
export class CsvFileWriter {
  private fd: number | undefined;
  private pending: string[] = [];
  private pendingLength = 0;

  constructor(readonly path: string, header: readonly string[]) {
    this.fd = openPrivateFile(path);
    this.pending.push(CSV_START);
    this.add(header);
  }

  add(row: readonly string[]): void {
    const line = csvLine(row);
    this.pending.push(line);
    this.pendingLength += line.length;
    if (this.pendingLength >= 64 * 1024) this.flush();
  }

  close(): void {
    this.flush();
    closeSync(this.fd!);
    this.fd = undefined;
  }

  /** After a failed run: no half list is left behind. */
  abort(): void {
    if (this.fd === undefined) return;
    closeSync(this.fd);
    this.fd = undefined;
    try {
      unlinkSync(this.path);
    } catch {
      // already gone
    }
  }

  private flush(): void {
    if (this.pending.length === 0) return;
    writeSync(this.fd!, this.pending.join(''));
    this.pending = [];
    this.pendingLength = 0;
  }
}
