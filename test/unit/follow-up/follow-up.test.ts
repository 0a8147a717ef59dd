/**
 * Follow-ups as due work (issue 24 item 5; SPEC 4 "A follow-up date makes the citizen due again
 * (Opfølgning)"): from the follow-up day the citizen is Opfølgning until a newer contact is recorded; a
 * booking or a letter on or after the day is the follow-up under way. Glostrup (seeds/000_…) names the
 * follow-up of the bereaved: "6-8 uger efter …, og derefter efter faglig vurdering".
 */
import { callFor } from '../../../src/core/calls';
import { type Day, dayFromYmd } from '../../../src/core/day';
import { FOLLOW_UP_CODE, withFollowUp } from '../../../src/core/follow-up/offer';
import { letterFields } from '../../../src/core/letters/fields';
import { planMerge } from '../../../src/core/letters/merge-plan';
import { DEFAULT_TEMPLATES, templateText } from '../../../src/core/letters/templates';
import { placeholdersIn } from '../../../src/core/letters/placeholders';
import { type TeamRecord } from '../../../src/core/records/year';
import { openFollowUpDay } from '../../../src/core/status/follow-up';
import { type TeamRecords, statusOf } from '../../../src/core/status/status';
import { statusById } from '../../../src/core/status/vocabulary';
import { getProfile } from '../../../src/core/profiles/registry';
import { SETTINGS, born, plan, row } from '../letters/fixtures';

const d = dayFromYmd;
const on = (y: number, m: number, day: number, minute?: number): TeamRecord => (minute === undefined ? { day: d(y, m, day) } : { day: d(y, m, day), minute });
const FOLLOW = d(2026, 4, 15);
const GLOSTRUP = getProfile('glostrup-2025');
const AGE_82 = { code: 'ALDER_82', from: d(2026, 1, 1), to: d(2026, 12, 31) };

const status = (records: TeamRecords, asOf: Day, code = AGE_82.code) =>
  statusOf(code, AGE_82.from, AGE_82.to, asOf, records, { today: asOf, announcedColumn: true });

describe('the Status column with a follow-up date (Opfølgning)', () => {
  const visited = { done: on(2026, 3, 2), visit: on(2026, 3, 2, 600), followUp: on(2026, 4, 15) };
  test.each<[string, TeamRecords, Day, string]>([
    ['before its day the year\'s rules decide (the visit was held)', visited, d(2026, 4, 14), 'Gennemført'],
    ['on its day the citizen is due again', visited, FOLLOW, 'Opfølgning'],
    ['and stays due, however long it waits', visited, d(2026, 11, 30), 'Opfølgning'],
    ['a letter on or after the day: Inviteret', { ...visited, invited: on(2026, 4, 20) }, d(2026, 4, 21), 'Inviteret'],
    ['a letter before the day is the earlier offer\'s', { ...visited, invited: on(2026, 2, 1) }, d(2026, 4, 21), 'Opfølgning'],
    ['a visit booked for it, not announced', { ...visited, visit: on(2026, 5, 4, 600) }, d(2026, 4, 21), 'Besøg planlagt – ikke meddelt'],
    ['a visit booked for it and announced', { ...visited, visit: on(2026, 5, 4, 600), announced: on(2026, 5, 4, 600) }, d(2026, 4, 21), 'Besøg aftalt'],
    ['a newer contact held closes it', { ...visited, done: on(2026, 5, 4) }, d(2026, 5, 5), 'Gennemført'],
    ['a no on or after the day closes it', { ...visited, declined: on(2026, 4, 16) }, d(2026, 4, 20), 'Frabedt'],
    ['an ended citizen is ended', { ...visited, ended: on(2026, 4, 1) }, d(2026, 4, 20), 'Ophørt'],
    ['an undated tick is no follow-up', { followUp: { yes: true } }, d(2026, 4, 20), 'Skal inviteres'],
    // The year's close clears Gennemført; the follow-up set in November for February is still due.
    ['it crosses New Year: due in February with the records cleared', { followUp: on(2027, 2, 1) }, d(2027, 2, 3), 'Opfølgning'],
  ])('%s', (_name, records, asOf, label) => {
    expect(statusById(status(records, asOf)).label).toBe(label);
  });

  test('a citizen with no offer this year (INGEN) is due for the follow-up all the same', () => {
    expect(status({ followUp: on(2026, 4, 15) }, d(2026, 4, 15), 'INGEN')).toBe('followUp');
    expect(status({ followUp: on(2026, 4, 15) }, d(2026, 4, 14), 'INGEN')).toBe('none');
  });

  test('the open follow-up day: the latest date in the cell, and none once closed', () => {
    expect(openFollowUpDay({ followUp: { entries: [on(2026, 2, 1) as never, on(2026, 4, 15) as never] } })).toBe(FOLLOW);
    expect(openFollowUpDay({ followUp: on(2026, 4, 15), done: on(2026, 4, 15) })).toBeUndefined();
  });
});

describe('the follow-up as due work: merge, call list', () => {
  const citizenPlan = plan({ birth: born(1940) }, 'glostrup-2025', d(2026, 4, 20));
  const records: TeamRecords = { done: on(2026, 3, 2), followUp: on(2026, 4, 15) };

  test('the plan leads with the follow-up from its day, and not before', () => {
    expect(withFollowUp(citizenPlan, records, d(2026, 4, 20), GLOSTRUP).offers[0].code).toBe(FOLLOW_UP_CODE);
    expect(withFollowUp(citizenPlan, records, d(2026, 4, 14), GLOSTRUP).offers[0].code).not.toBe(FOLLOW_UP_CODE);
    expect(withFollowUp(citizenPlan, { ...records, done: on(2026, 4, 16) }, d(2026, 4, 20), GLOSTRUP).offers.map((o) => o.code)).toEqual(citizenPlan.offers.map((o) => o.code));
  });

  test('the merge gives the follow-up its own letter (template OPFOLGNING)', () => {
    const p = withFollowUp(citizenPlan, records, d(2026, 4, 20), GLOSTRUP);
    const templates = new Map([['OPFOLGNING', placeholdersIn(templateText(DEFAULT_TEMPLATES.OPFOLGNING))]]);
    const merge = planMerge({ rows: [{ rowNumber: 2, values: row({ Besøg: new Date(Date.UTC(2026, 2, 2, 10)) }), plan: p, status: 'followUp' }], templates, scope: 'due', settings: SETTINGS, today: d(2026, 4, 20) });
    expect(merge.problems).toEqual([]);
    expect(merge.jobs.map((j) => j.templateKey)).toEqual(['OPFOLGNING']);
    const fields = merge.jobs[0].fields;
    expect(fields.get('overskrift')).toBe('Vi følger op på dit besøg');
    // The visit in Besøg is the one that agreed the follow-up: the letter asks for a time instead.
    expect(fields.get('aftale')).toMatch(/aftaler vi en tid/);
    expect(fields.get('aftale')).not.toMatch(/2\. marts/);
  });

  test('a visit booked for the follow-up is announced in its letter', () => {
    const p = withFollowUp(citizenPlan, records, d(2026, 4, 20), GLOSTRUP);
    const fields = letterFields({ row: row({ Besøg: new Date(Date.UTC(2026, 4, 4, 10)) }), plan: p, settings: SETTINGS, today: d(2026, 4, 20) });
    expect(fields.get('aftale')).toMatch(/4\. maj 2026/);
  });

  test('the call list rings the follow-up from its day, until a letter or a booking', () => {
    const callRow = (recs: TeamRecords) => ({ row: 2, name: 'Testborger', phone: '1', plan: withFollowUp(citizenPlan, recs, d(2026, 4, 20), GLOSTRUP), records: recs, attempts: [] });
    expect(callFor(callRow(records), d(2026, 4, 20))?.code).toBe(FOLLOW_UP_CODE);
    expect(callFor(callRow({ ...records, invited: on(2026, 4, 18) }), d(2026, 4, 20))).toBeUndefined();
  });
});
