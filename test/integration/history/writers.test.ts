import { mergeWorld } from '../merge/fixture';
import { ROW as SCHEDULE_ROW, world as scheduleWorld } from '../schedule/fixture';
import type { Runtime } from '../../runtime';

/** The merge and the scheduler append to Historik what they write to Borgere, on the built bundle. */

const history = (rt: Runtime) => {
  const sheet = rt.spreadsheet.findSheet('Historik');
  if (!sheet) return [];
  return sheet.valuesOf(`A2:J${Math.max(sheet.getLastRow(), 2)}`).filter((r) => r[0] !== '');
};

test('a merge logs, per letter, the invitation and the letter with its link', () => {
  const w = mergeWorld(4);
  const p = w.bundle.googleScriptRun('fhbMergeStart', { scope: 'due' }) as { finished: boolean; documents: { url: string; title: string }[] };
  expect(p.finished).toBe(true);
  const rows = history(w.rt);
  expect(rows).toHaveLength(8);
  expect(rows.filter((r) => r[6] === 'Inviteret')).toHaveLength(4);
  const letters = rows.filter((r) => r[6] === 'Brev lavet');
  expect(letters.map((r) => r[8])).toEqual(Array(4).fill(p.documents[0].url));
  expect(new Set(rows.map((r) => r[9]))).toEqual(new Set(['Fletning']));
  expect(new Set(rows.map((r) => r[2])).size).toBe(4);
  expect(rows.every((r) => r[4] === 2025 && /^[A-Z_0-9+]+$/.test(String(r[5])))).toBe(true);
  // A second merge finds nobody due and logs nothing.
  w.bundle.googleScriptRun('fhbMergeStart', { scope: 'due' });
  expect(history(w.rt)).toHaveLength(8);
});

test('"Planlæg besøg" logs each visit it writes; moving one logs the move', () => {
  const w = scheduleWorld();
  w.rt.ui.answers.push('YES');
  w.bundle.run('fhbPlanVisits');
  const booked = history(w.rt);
  expect(booked.length).toBe(31);
  expect(new Set(booked.map((r) => `${r[6]}|${r[9]}`))).toEqual(new Set(['Besøg aftalt|Besøgsplanlægning']));
  expect(booked.every((r) => r[5] !== '' && r[8] !== '')).toBe(true);
  const { key } = (w.bundle.googleScriptRun('fhbSelectedCitizen', { row: SCHEDULE_ROW.booked80 }) as { citizen: { key: string } }).citizen;
  w.bundle.googleScriptRun('fhbMoveVisit', { row: SCHEDULE_ROW.booked80, key, day: '2025-05-05', minute: 600 });
  const moved = history(w.rt).slice(31);
  expect(moved.map((r) => [r[6], r[9], r[4]])).toEqual([['Besøg flyttet', 'Besøgsplanlægning', 2025]]);
});
