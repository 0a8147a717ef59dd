/**
 * The confirmation dialog stays open while colleagues work: the sheet may be sorted, or a cell typed,
 * before the consultant clicks "Ja". The write finds each citizen again and never replaces a typed value.
 */
import { HEADERS, type World, column, headersOf, wall, world } from './fixture';

let w: World;
beforeEach(() => {
  w = world();
});

/** Runs `change` while the confirmation dialog is open (just before it is answered). */
function whileDialogOpen(change: () => void): void {
  let done = false;
  w.rt.faults.failWhen('Ui.alert', () => {
    if (!done) {
      done = true;
      change();
    }
    return false;
  });
}

test('rows sorted and a Besøg typed meanwhile: each visit lands on its citizen, the typed value stays', () => {
  // What the plan proposes when nobody interferes, by citizen name.
  const probe = world();
  probe.rt.ui.answers.push('YES');
  probe.bundle.run('fhbPlanVisits');
  const proposed = new Map(column(probe.rt, 'Navn').map((name, i) => [name, column(probe.rt, 'Besøg')[i]]));

  const headers = headersOf(w.rt);
  const sheet = w.rt.sheet('Borgere');
  whileDialogOpen(() => {
    // Swap the citizens of rows 2 and 3 (their typed columns), as a sort would.
    for (const h of HEADERS) {
      const c = headers.indexOf(h) + 1;
      const a = sheet.getRange(2, c).getValue();
      sheet.getRange(2, c).setValue(sheet.getRange(3, c).getValue() as never);
      sheet.getRange(3, c).setValue(a as never);
    }
    sheet.getRange(4, headers.indexOf('Besøg') + 1).setValue('ringer selv');
  });
  w.rt.ui.answers.push('YES');
  w.bundle.run('fhbPlanVisits');

  const names = column(w.rt, 'Navn');
  const visits = column(w.rt, 'Besøg');
  expect(names[0]).toBe('Borger 02');
  expect(wall(visits[0])).toEqual(wall(proposed.get('Borger 02')));
  expect(wall(visits[1])).toEqual(wall(proposed.get('Borger 01')));
  expect(visits[2]).toBe('ringer selv');
  expect(column(w.rt, 'Konsulent')[2]).toBe('');
  const last = w.rt.ui.alerts[w.rt.ui.alerts.length - 1].prompt;
  expect(last).toBe('30 besøg er skrevet i arket. Husk at flette brevene med de faste tider. 1 række blev ændret af en anden, mens du læste forslaget, og er sprunget over. Vælg «Planlæg besøg …» igen for dem.');
});

test('another consultant holds the lock: a Danish message, nothing written', () => {
  const before = JSON.stringify(column(w.rt, 'Besøg'));
  whileDialogOpen(() => w.rt.locks.holdDocumentLock('konsulent2@kommune.dk'));
  w.rt.ui.answers.push('YES');
  w.bundle.run('fhbPlanVisits');
  expect(w.rt.ui.alerts[w.rt.ui.alerts.length - 1].prompt).toBe('En kollega arbejder i arket lige nu. Vent et øjeblik, og prøv igen. Intet er ændret.');
  expect(JSON.stringify(column(w.rt, 'Besøg'))).toBe(before);
});
