import { InputError } from '../../core/coerce/errors';
import { toIso } from '../../core/day';
import { eventCitizen } from '../../core/history/citizen';
import { clock, visitCellText } from '../../core/schedule/text';
import { type MissedVisit, MissedVisitRequest } from '../../core/visits/move-request';
import * as text from '../../core/visits/text';
import { MISSED_LABELS } from '../../core/sidebar/vocabulary';
import { appendHistory } from '../history';
import { sheetContext } from './access';
import { underLock } from '../run-action';
import { readBooked, scheduleMove } from './move-visit';

/**
 * Endpoint fhbVisitMissed: «Ikke hjemme» or «Aflyst» at a booked visit. The visit was no contact: no
 * Gennemført, no row in the visit sheet; one Historik event (its detail only the outcome's words), so
 * the citizen stays due and the booking stays in Besøg. The answer carries the scheduler's next free
 * time (as «Flyt besøg → Næste ledige tid» finds it) without writing it: the user confirms it with
 * «Flyt», which moves the visit through fhbMoveVisit and its checks.
 */
export function visitMissed(raw: unknown): MissedVisit {
  const parsed = MissedVisitRequest.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${text.FIELD_NAMES[String(i.path[0])] ?? 'udfald'}: ${i.message}`);
    throw new InputError(text.refused(problems));
  }
  const req = parsed.data;
  const ctx = sheetContext();
  return underLock(() => {
    const b = readBooked(ctx, req);
    const when = visitCellText(b.visit.day, b.visit.minute);
    if (req.outcome === 'notHome' && b.visit.day > ctx.today) throw new InputError(text.notHomeAhead(when));
    let proposal: MissedVisit['proposal'];
    let problem = '';
    try {
      const next = scheduleMove(b, undefined);
      proposal = { day: toIso(next.day), minute: next.minute, time: clock(next.minute), consultant: next.consultant, shown: visitCellText(next.day, next.minute) };
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      problem = e.message;
    }
    appendHistory([{
      ...eventCitizen({ columns: b.columns, values: b.cells }, b.target.plan.year, b.target.plan.code),
      kind: 'visitMissed', day: b.visit.day, minute: b.visit.minute, detail: MISSED_LABELS[req.outcome], source: 'sidebar',
    }], ctx.ss);
    const next = proposal ? text.missedProposal(proposal.shown, proposal.consultant) : text.missedNoProposal(problem);
    return { message: `${text.missed(req.outcome, when)} ${next}`, ...(proposal ? { proposal } : {}) };
  });
}
