import { InputError } from '../../core/coerce/errors';
import { fromIso, yearOf } from '../../core/day';
import { eventCitizen } from '../../core/history/citizen';
import type { NewHistoryEvent } from '../../core/history/events';
import { visitVocabulary } from '../../core/profiles/visit-terms';
import { citizenBirth, planSettings, referenceDate } from '../../core/sidebar/citizen-view';
import { citizenKey } from '../../core/citizens/key';
import type { ActionResult } from '../../core/sidebar/protocol';
import { registerCells } from '../../core/sidebar/register-plan';
import * as text from '../../core/sidebar/text';
import { citizenSex } from '../../core/sidebar/visit-form-view';
import { ChairStandRequest, RegisterVisitRequest } from '../../core/sidebar/visit-request';
import { parseRequest, refuse, requestDay } from '../../core/sidebar/validate';
import { chairStandReading, lastFollowUp, newVisitId, newVisitRow, previousTest, visitFormLabel } from '../../core/visit-record';
import { todayIn } from '../../sheetfns/zone';
import { appendHistory } from '../history';
import { underLock } from '../run-action';
import { sheetZone } from '../sheet/zone';
import { citizenRow, planSettingsCells, readRow, requireCitizenSheet } from '../sidebar/citizen-rows';
import { citizenView, writeCells } from '../sidebar/endpoints';
import { appendVisitRow, readVisitTable } from './rows';
import { ensureVisitSheet, offerCodesOf } from './sheet';

/**
 * *Registrér besøget* (the sidebar's form): appends one row to the visit sheet Besøg with the citizen's
 * stable key, and writes this year's Gennemført, the Opfølgning date and a Historik event, all under the
 * document lock, as recording a visit does. A registered row is never rewritten (a correction is a new
 * row with Erstatter). A bad input is refused with a Danish message before anything is written.
 */
export function registerVisit(input: unknown): ActionResult {
  const req = parseRequest(RegisterVisitRequest, input);
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const zone = sheetZone(ss);
  const today = todayIn(zone);
  const day = requestDay(req.date, text.FIELD_NAMES.date, today);
  const followUp = req.followUp === undefined ? undefined : requestDay(req.followUp, text.FIELD_NAMES.followUp, today, true);
  if (followUp !== undefined && followUp <= day) refuse(text.registerText.followUpNotAfter(day, followUp));
  // The visit's own limit, as the reader of Besøg holds it: a visit of last year may not agree one two years on.
  if (followUp !== undefined && followUp > lastFollowUp(day)) refuse(text.dayTooFar(text.FIELD_NAMES.followUp, followUp, lastFollowUp(day), false));

  return underLock((): ActionResult => {
    const sheet = requireCitizenSheet(ss);
    const data = citizenRow(sheet, req.row, req.key);
    if (!data) throw new InputError(text.citizenGone(req.row));
    const before = citizenView(ss, data);
    const { profile } = planSettings(planSettingsCells(ss), zone.toDay, today);
    const vocabulary = visitVocabulary(profile);
    const unknown = [
      ...req.themes.filter((c) => !vocabulary.themes.some((t) => t.id === c)),
      ...req.referrals.filter((c) => !vocabulary.referrals.some((t) => t.id === c)),
    ];
    if (unknown.length) refuse(text.registerText.unknownCodes(unknown));

    const years = { planning: yearOf(referenceDate(planSettingsCells(ss), zone.toDay, today)), open: yearOf(today), toDay: zone.toDay };
    const cells = registerCells({ day, followUp, years }, data);
    if (cells.kind === 'missing') throw new InputError(text.columnMissing(cells.headers));

    const knownSex = citizenSex(data);
    let reading: string | undefined;
    let readingNote: string | undefined;
    const table = readVisitTable(ss, zone);
    if (req.chairStand !== undefined) {
      const sex = knownSex ?? req.sex;
      if (!sex) refuse(text.registerText.sexNeeded);
      const birth = before.birth === undefined ? undefined : fromIso(before.birth);
      try {
        if (birth === undefined) throw new InputError(before.problem ?? text.registerText.noBirth);
        reading = chairStandReading({ count: req.chairStand, birth, sex, testDay: day, previous: previousTest(table.records, before.key, day) }).text;
      } catch (e) {
        if (!(e instanceof InputError)) throw e;
        readingNote = e.message;
      }
    }

    const visits = ensureVisitSheet(ss, offerCodesOf(profile));
    appendVisitRow(visits, newVisitRow({
      id: newVisitId(Date.now(), Math.random), key: before.key, name: before.name, day,
      consultant: req.consultant ?? '', offerCode: before.plan?.code.split('+')[0] ?? '', form: req.form,
      minutes: req.minutes, themes: req.themes, chairStand: req.chairStand, sex: knownSex ? undefined : req.sex,
      reading, referrals: req.referrals, followUp,
    }, zone.toDate));
    writeCells(sheet, data.row, cells.writes, zone);
    const after = citizenView(ss, readRow(sheet, data.row));
    // The event says what kind of contact and who; never a test result, a theme or a referral.
    const event: NewHistoryEvent = {
      ...eventCitizen(data, before.plan?.year ?? years.planning, before.plan?.code), kind: 'done', day,
      detail: text.registerText.historyDetail(visitFormLabel(req.form), req.consultant), source: 'sidebar',
    };
    appendHistory([event], ss);
    const message = text.registerText.registered(day, cells.newest ? followUp : undefined, reading, readingNote);
    return { kind: 'written', message: data.row === req.row ? message : `${message} ${text.citizenNowAt(data.row)}`, citizen: after };
  });
}

/**
 * The reading the form shows as the count is typed: read-only, no lock. The same core reading the
 * registration stores; a count the norms cannot read gives its Danish reason as the answer's error.
 */
export function chairStandReadingFor(input: unknown): { text: string } {
  const req = parseRequest(ChairStandRequest, input);
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const zone = sheetZone(ss);
  const day = requestDay(req.date, text.FIELD_NAMES.date, todayIn(zone));
  const data = readRow(requireCitizenSheet(ss), req.row);
  if (!data.values.length || citizenKey(data) !== req.key) throw new InputError(text.rowMoved(req.row));
  const sex = citizenSex(data) ?? req.sex;
  if (!sex) throw new InputError(text.registerText.sexNeeded);
  const previous = previousTest(readVisitTable(ss, zone).records, req.key, day);
  return { text: chairStandReading({ count: req.count, birth: citizenBirth(data, zone.toDay), sex, testDay: day, previous }).text };
}
