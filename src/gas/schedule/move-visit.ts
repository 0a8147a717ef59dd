import { ownEventColumns } from '../../core/sheet/event-columns';
import { hasFixedTime } from '../../core/status/status';
import { planScope } from '../../core/records/this-year';
import { type TeamRecord, recordCounts } from '../../core/records/year';
import { InputError } from '../../core/coerce/errors';
import { type Day, fromIso, toIso } from '../../core/day';
import { resolveProfile } from '../../core/profiles/registry';
import { type Booking, type MoveTarget, moveBooking } from '../../core/schedule';
import type { ColumnMap } from '../../core/sheet/columns';
import type { Plan } from '../../core/rules/types';
import { citizenKey } from '../../core/sidebar/citizen-view';
import { clock, visitCellText } from '../../core/schedule/text';
import { loadSettings, referenceDay, readGrid, requireColumns, sheetContext } from './access';
import { underLock } from '../run-action';
import { requireCitizenSheet } from '../sidebar/citizen-rows';
import { idOf, planningInput } from '../../core/visits/plan-input';
import { run } from './plan-visits';
import { type CitizenRow, PLANNING_COLUMNS, readRow } from '../../core/visits/rows';
import * as text from '../../core/visits/text';
import { writeVisits } from './write';
import { eventCitizen } from '../../core/history/citizen';
import { visitEvent } from '../../core/history/writer-events';
import { appendHistory } from '../history';
import { MoveRequest, type MovedVisit } from '../../core/visits/move-request';

/** Endpoint fhbMoveVisit: moves that one citizen's visit (no other row changes) and writes it. */
export function moveVisit(raw: unknown): MovedVisit {
  const req = parseRequest(raw);
  const ctx = sheetContext();
  return underLock(() => {
    const b = readBooked(ctx, req);
    const { target, visit } = b;
    const booking = scheduleMove(b, targetOf(req, visit.day, visit.minute, target.consultant));
    const { sheet, columns, values, cells, asOf } = b;

    writeVisits(sheet, columns, values, [{ row: req.row, fingerprint: target.fingerprint, ...booking }], ctx.zone);
    appendHistory([visitEvent(eventCitizen({ columns, values: cells }, target.plan.year, target.plan.code), booking, true)], ctx.ss);
    // With Besøg meddelt, the old time's letter is known, and the moved visit is due a new one (its status
    // is now "Besøg planlagt – ikke meddelt", so the next merge makes it); without it, only a reminder.
    // This planning year's letters only (records/this-year.ts): last year's letter told of last year's visit.
    const thisYear = (record: TeamRecord) => recordCounts(record, planScope(target.plan, asOf));
    const newLetterDue = columns.announced !== undefined && thisYear(target.records.announced) && hasFixedTime(target.plan);
    const letterSent = newLetterDue || thisYear(target.records.invited);
    const shown = visitCellText(booking.day, booking.minute);
    return {
      row: req.row,
      day: toIso(booking.day),
      minute: booking.minute,
      time: clock(booking.minute),
      consultant: booking.consultant,
      shown,
      letterSent,
      message: [text.moved(shown, booking.consultant), newLetterDue ? text.movedNewLetterDue : letterSent ? text.movedLetterSent : ''].filter(Boolean).join(' '),
    };
  });
}

type SheetContext = ReturnType<typeof sheetContext>;

/** A row's booked visit of this planning year, read with the scheduler's view of every other booking. */
export interface BookedRow {
  sheet: GoogleAppsScript.Spreadsheet.Sheet;
  values: unknown[][];
  columns: ColumnMap;
  cells: unknown[];
  asOf: Day;
  target: CitizenRow & { plan: Plan };
  visit: { day: Day; minute: number };
  planning: ReturnType<typeof planningInput>;
  id: string;
}

/**
 * The row's booked visit (refused with a Danish message when the row moved, cannot be read or has no
 * booked time) and the planning input around it. The caller holds the document lock.
 */
export function readBooked(ctx: SheetContext, req: { row: number; key: string }): BookedRow {
  const settings = loadSettings(ctx.ss);
  const sheet = requireCitizenSheet(ctx.ss);
  const { values, columns } = readGrid(sheet);
  requireColumns(columns, PLANNING_COLUMNS);
  if (req.row > values.length) throw new InputError(text.rowOutside(req.row));
  const cells = values[req.row - 1];
  if (citizenKey({ columns, values: cells }) !== req.key) throw new InputError(text.rowMoved(req.row));
  const profile = resolveProfile(settings.profile);
  const { asOf } = referenceDay(settings, ctx);
  const readCtx = { profile, asOf, toDay: ctx.zone.toDay, own: ownEventColumns(values[0] ?? [], profile.events) };
  const target = readRow(req.row, cells, columns, readCtx);
  if (!target.plan) throw new InputError(text.rowUnreadable(req.row, target.problem ?? ''));
  const visit = target.visit;
  if (visit?.minute === undefined) throw new InputError(text.rowNotBooked(req.row));

  const rows = values.slice(1).map((row, i) => (i + 2 === req.row ? target : readRow(i + 2, row, columns, readCtx)));
  const planning = planningInput({ rows: rows.filter((r) => r.plan || r.row === req.row), settings, asOf, today: asOf, bookedOnly: true, focusRow: req.row });
  const id = idOf(req.row);
  if (!planning.rowOf.has(id)) throw new InputError(text.rowNotBooked(req.row));
  return { sheet, values, columns, cells, asOf, target: target as CitizenRow & { plan: Plan }, visit: { day: visit.day, minute: visit.minute }, planning, id };
}

/** The scheduler's new time for the booked visit (`target` undefined: the next free time); refused in Danish. */
export function scheduleMove(b: BookedRow, target: MoveTarget | undefined): Booking {
  const outcome = moveBooking(b.planning.input, run(b.planning), b.id, target);
  if (!outcome.ok) throw new InputError(text.moveRefused(outcome.error));
  return outcome.result.bookings.find((x) => x.id === b.id)!;
}

function parseRequest(raw: unknown): MoveRequest {
  const parsed = MoveRequest.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => {
      const field = text.FIELD_NAMES[String(i.path[0])] ?? String(i.path[0] ?? 'forespørgsel');
      return `${field}: ${i.code === 'invalid_type' && i.path.length === 0 ? 'mangler' : i.message}`;
    });
    throw new InputError(text.refused(problems));
  }
  if (parsed.data.day !== undefined && fromIso(parsed.data.day) === undefined) throw new InputError(text.refused([text.dayDoesNotExist(parsed.data.day)]));
  return parsed.data;
}

/** The target: each field given replaces the current one; nothing given means "the next free time". */
function targetOf(req: MoveRequest, day: Day, minute: number, consultant: string): MoveTarget | undefined {
  if (req.day === undefined && req.minute === undefined && req.consultant === undefined) return undefined;
  return {
    day: req.day === undefined ? day : fromIso(req.day)!,
    minute: req.minute ?? minute,
    consultant: req.consultant ?? consultant,
  };
}
