import type { Day } from '../day';
import type { VisitRecord } from './record';

export interface FollowUpOptions {
  /** Only this citizen. */
  key?: string;
  /**
   * The citizen's latest *Gennemført* day in Borgere, if any: a contact recorded there after the visit
   * that set the follow-up closes it too (a team may record a visit the old way).
   */
  lastDone?: (key: string) => Day | undefined;
}

/**
 * Each citizen's open follow-up: the Opfølgning date of their newest contact, when that contact set one
 * and no newer contact (a later visit row, or a later Gennemført) came after it. A later row on the same
 * day is the newer contact. Records must be read by `readVisitRecords` (superseded rows already gone).
 * The date may lie ahead: the citizen is due (*Opfølgning*) from it.
 */
export function openFollowUps(records: readonly VisitRecord[], options: FollowUpOptions = {}): Map<string, Day> {
  const newest = newestContacts(records, options.key);
  const open = new Map<string, Day>();
  for (const [key, r] of newest) {
    if (r.followUp === undefined) continue;
    const done = options.lastDone?.(key);
    if (done !== undefined && done > r.day) continue;
    open.set(key, r.followUp);
  }
  return open;
}

/** Each citizen's newest contact (latest day, then the later row). */
export function newestContacts(records: readonly VisitRecord[], key?: string): Map<string, VisitRecord> {
  const newest = new Map<string, VisitRecord>();
  for (const r of records) {
    if (key !== undefined && r.key !== key) continue;
    const seen = newest.get(r.key);
    if (!seen || r.day > seen.day || (r.day === seen.day && r.row > seen.row)) newest.set(r.key, r);
  }
  return newest;
}

/** The citizen's latest chair-stand test before `day`, for the change since. */
export function previousTest(records: readonly VisitRecord[], key: string, day: Day): { count: number; day: Day } | undefined {
  let best: VisitRecord | undefined;
  for (const r of records) {
    if (r.key !== key || r.chairStand === undefined || r.day >= day) continue;
    if (!best || r.day > best.day || (r.day === best.day && r.row > best.row)) best = r;
  }
  return best ? { count: best.chairStand!, day: best.day } : undefined;
}
