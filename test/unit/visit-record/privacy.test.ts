/**
 * Issue 24 item 8: a visit's health data (the chair-stand count and its reading, themes, referrals, the
 * sex read for the norms) never becomes a letter field, even when a team keeps such columns in its own
 * citizen sheet, under the visit sheet's header or any of its synonyms. A template that names one gets
 * no value, so the merge refuses the letter instead of printing it.
 */
import { letterFields } from '../../../src/core/letters/fields';
import { VISIT_COLUMNS, isVisitHealthHeader } from '../../../src/core/visit-record';
import { SETTINGS, TODAY, born, plan, row } from '../letters/fixtures';

const health = VISIT_COLUMNS.filter((c) => ['themes', 'chairStand', 'sex', 'reading', 'referrals'].includes(c.key));

test.each(health.flatMap((c) => [c.header, ...c.synonyms].map((h) => [c.key, h])))('%s as «%s» is no letter field', (_, header) => {
  const f = letterFields({ row: row({ [header]: 'Træning; 7 rejsninger: under normalområdet' }), plan: plan({ birth: born(1945) }), settings: SETTINGS, today: TODAY });
  expect([...f.values()].some((v) => /Træning|rejsninger/.test(v))).toBe(false);
});

test('the planning columns of a visit stay fields (a letter may name the consultant or the date)', () => {
  for (const header of ['Konsulent', 'Dato', 'Minutter', 'Tilbud']) expect([header, isVisitHealthHeader(header)]).toEqual([header, false]);
  const f = letterFields({ row: row({ Konsulent: 'Bo', 'rejse sætte sig testen': 12 }), plan: plan({ birth: born(1945) }), settings: SETTINGS, today: TODAY });
  expect(f.get('konsulent')).toBe('Bo');
  expect([...f.keys()].some((k) => k.includes('rejse'))).toBe(false);
});
