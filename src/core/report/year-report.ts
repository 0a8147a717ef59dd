import type { Profile } from '../profiles/schema';
import { CODE_EXEMPT, CODE_NONE, CODE_SEPARATOR } from '../rules/types';
import { STATUSES, StatusId } from '../status/vocabulary';
import * as text from './text';

/**
 * The year report as data: how many citizens each offer reached and where they stand, compared with the
 * previous year when it is known. Pure, so the offline report (xlsx, SVG, HTML) and the Google report
 * sheet render the same numbers.
 */

/** Where a year's numbers come from. */
export type ReportSource = keyof typeof text.SOURCE_LABEL;

export interface ReportInput {
  year: number;
  /** One per planned citizen: the plan's code (`EFTERLADT+ALDER_80`) and the row's status. */
  rows: readonly { code: string; status?: StatusId }[];
  /** Rows that could not be planned. */
  errors?: number;
  source: ReportSource;
}

export interface CatalogEntry {
  code: string;
  label: string;
}

export type StatusCounts = Record<StatusId, number>;

export interface OfferLine {
  code: string;
  label: string;
  total: number;
  byStatus: StatusCounts;
  /** The previous year's count, when known. */
  previous?: number;
  /** total − previous. */
  change?: number;
}

export interface StatusLine {
  id: StatusId;
  label: string;
  count: number;
  /** Only when the previous year's statuses are real (read from its plan), not computed. */
  previous?: number;
}

export interface YearReport {
  year: number;
  citizens: number;
  errors: number;
  offers: OfferLine[];
  statuses: StatusLine[];
  previous?: { year: number; citizens: number; errors: number; source: ReportSource };
  notes: string[];
}

/** The offers of a profile in its rule order, then the exempt and the nothing lines. */
export function offerCatalog(profile: Profile): CatalogEntry[] {
  return [
    ...profile.rules.map((r) => ({ code: r.code, label: r.title })),
    { code: CODE_EXEMPT, label: text.EXEMPT_LABEL },
    { code: CODE_NONE, label: text.NONE_LABEL },
  ];
}

export function emptyStatusCounts(): StatusCounts {
  return Object.fromEntries(STATUSES.map((s) => [s.id, 0])) as StatusCounts;
}

/** The codes a plan code stands for: `EFTERLADT+ALDER_80` → both; empty → none. */
export function codesOf(code: string): string[] {
  return code.split(CODE_SEPARATOR).map((c) => c.trim()).filter((c) => c !== '');
}

interface Tally {
  byCode: Map<string, { total: number; byStatus: StatusCounts }>;
  statuses: StatusCounts;
}

function tally(input: ReportInput): Tally {
  const byCode = new Map<string, { total: number; byStatus: StatusCounts }>();
  const statuses = emptyStatusCounts();
  for (const row of input.rows) {
    if (row.status) statuses[row.status]++;
    for (const code of codesOf(row.code)) {
      let line = byCode.get(code);
      if (!line) byCode.set(code, (line = { total: 0, byStatus: emptyStatusCounts() }));
      line.total++;
      if (row.status) line.byStatus[row.status]++;
    }
  }
  return { byCode, statuses };
}

export function yearReport(current: ReportInput, catalog: readonly CatalogEntry[], previous?: ReportInput): YearReport {
  const now = tally(current);
  const before = previous ? tally(previous) : undefined;
  const known = new Set(catalog.map((c) => c.code));
  const extra = [...now.byCode.keys(), ...(before ? [...before.byCode.keys()] : [])]
    .filter((code, i, all) => !known.has(code) && all.indexOf(code) === i)
    .sort()
    .map((code) => ({ code, label: code }));

  const offers = [...catalog, ...extra].map(({ code, label }): OfferLine => {
    const line = now.byCode.get(code);
    const total = line?.total ?? 0;
    const out: OfferLine = { code, label, total, byStatus: line?.byStatus ?? emptyStatusCounts() };
    if (before) {
      out.previous = before.byCode.get(code)?.total ?? 0;
      out.change = total - out.previous;
    }
    return out;
  });

  const realPrevious = before && previous?.source === 'file';
  const statuses = STATUSES.map((s): StatusLine => ({
    id: s.id,
    label: s.label,
    count: now.statuses[s.id],
    ...(realPrevious ? { previous: before!.statuses[s.id] } : {}),
  }));

  const notes = [text.MULTI_NOTE];
  if (previous) notes.push(previous.source === 'computed' ? text.COMPUTED_NOTE(previous.year) : text.FILE_NOTE(previous.year));

  return {
    year: current.year,
    citizens: current.rows.length,
    errors: current.errors ?? 0,
    offers,
    statuses,
    ...(previous ? { previous: { year: previous.year, citizens: previous.rows.length, errors: previous.errors ?? 0, source: previous.source } } : {}),
    notes,
  };
}
