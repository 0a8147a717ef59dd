import { ColumnKey, columnOfHeader, columnSpec, normalizeHeader } from '../sheet/columns';
import { isVisitHealthHeader } from '../visit-record/columns';

/**
 * A header's column and normalized field name, remembered: every row of a merge asks the same dozen
 * headers, and normalizing is most of a letter's cost.
 */
export interface HeaderInfo {
  field: string;
  column?: ColumnKey;
  kind?: string;
  /** A visit record's health column (test, reading, themes, referrals, sex): never a letter field. */
  health: boolean;
}

const cache = new Map<string, HeaderInfo>();

export function headerInfo(header: string): HeaderInfo {
  let info = cache.get(header);
  if (!info) {
    const column = columnOfHeader(header);
    info = { field: normalizeHeader(header), column, kind: column ? columnSpec(column).kind : undefined, health: isVisitHealthHeader(header) };
    if (cache.size > 1000) cache.clear();
    cache.set(header, info);
  }
  return info;
}
