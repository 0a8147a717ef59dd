import { cell, ROW, setCell, sidebarWorld, type SidebarWorld } from '../sidebar/fixture';
import { cph, sidebarCalls } from '../history/world';

/**
 * Issue 24 item 5 end to end on the built bundle: a visit booked, held and registered with a follow-up;
 * on the follow-up day «Planlæg besøg» gives the citizen a visit at a fixed time from that day, the merge
 * announces it in the follow-up letter (OPFOLGNING) once, and the row reads Besøg aftalt. Glostrup 2025.
 */
let w: SidebarWorld;
beforeEach(() => {
  w = sidebarWorld();
});
const { call, citizen, record } = sidebarCalls(() => w);

test('registered with a follow-up: booked by «Planlæg besøg» from its day, announced by the follow-up letter once', () => {
  // Bent (75 this year, Glostrup: information meeting) was visited on request.
  record(citizen(ROW.turns75), { action: 'booked', date: '2025-03-03', time: '10:00', consultant: 'Anne Andersen' });
  w.rt.clock.set(new Date('2025-03-03T12:00:00Z'));
  const view = citizen(ROW.turns75);
  call('fhbRegisterVisit', { row: view.row, key: view.key, date: '2025-03-03', form: 'home', themes: [], referrals: [], followUp: '2025-04-14' });
  // The held visit frees Besøg and Konsulent for the follow-up's visit.
  expect([cell(w.rt, ROW.turns75, 'Besøg').value, cell(w.rt, ROW.turns75, 'Konsulent').value]).toEqual(['', '']);

  w.rt.clock.set(new Date('2025-04-14T06:00:00Z'));
  w.rt.triggers.fire('fhbDailyUpdate');
  expect(cell(w.rt, ROW.turns75, 'Status').value).toBe('Opfølgning');
  w.rt.ui.answers.push('YES');
  w.bundle.run('fhbPlanVisits');
  const booked = cell(w.rt, ROW.turns75, 'Besøg');
  expect(booked.value).toBeInstanceOf(Date);
  expect((booked.value as Date).getTime()).toBeGreaterThanOrEqual(cph(2025, 4, 14).getTime());
  expect(cell(w.rt, ROW.turns75, 'Status').value).toBe('Besøg planlagt – ikke meddelt');

  w.bundle.run('fhbCreateTemplates');
  w.rt.select('Borgere', `A${ROW.turns75}`);
  const first = call<{ total: number; countsByTemplate: { template: string; count: number }[]; firstLetter?: { paragraphs: string[] } }>('fhbMergePreview', { scope: 'selection' });
  expect(first.total).toBe(1);
  expect(first.firstLetter!.paragraphs.join('\n')).toContain('Vi følger op på dit besøg');
  expect(first.firstLetter!.paragraphs.join('\n')).toMatch(/kommer hjem til dig .* 2025/);
  call('fhbMergeStart', { scope: 'selection' });
  expect(cell(w.rt, ROW.turns75, 'Status').value).toBe('Besøg aftalt');
  expect(call<{ total: number }>('fhbMergePreview', { scope: 'selection' }).total).toBe(0);
  setCell(w.rt, ROW.turns75, 'Noter', 'x'); // nothing else changes the row's reading
  expect(cell(w.rt, ROW.turns75, 'Status').value).toBe('Besøg aftalt');
});
