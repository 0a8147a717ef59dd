import { column, mergeWorld, nameOf } from '../merge/fixture';

/**
 * Three planning years on the built bundle with the modelled clock: a merge each year, the daily
 * trigger through each New Year. Historik must hold every letter and invitation, in its year; every 82+
 * citizen gets exactly one letter a year; the year's close clears the record columns only after the
 * history has them, and never loses one.
 */
test('2025, 2026, 2027: one letter a year for every 82+ citizen, all in Historik, nothing lost at the close', () => {
  const w = mergeWorld(9); // rows 4, 7, 10 are 82+ (born 1938); the others are 70/75 only in 2025
  const eightyTwo = [3, 6, 9].map(nameOf);
  const history = () => {
    const sheet = w.rt.spreadsheet.findSheet('Historik');
    return sheet ? sheet.valuesOf(`A2:J${Math.max(sheet.getLastRow(), 2)}`).filter((r) => r[0] !== '') : [];
  };
  const merge = () => w.bundle.googleScriptRun('fhbMergeStart', { scope: 'due' }) as { finished: boolean; total: number };
  const newYear = (year: number) => {
    w.rt.clock.set(new Date(`${year - 1}-12-31T23:30:00Z`)); // 00:30 on 1 January in Copenhagen
    w.bundle.run('fhbDailyUpdate');
    w.rt.clock.set(new Date(`${year}-01-06T08:00:00Z`));
    w.bundle.run('fhbDailyUpdate');
  };

  expect(merge()).toMatchObject({ finished: true, total: 9 });
  const invited2025 = column(w.rt, 'Inviteret').filter((v) => v !== '').length;
  expect(invited2025).toBe(9);

  for (const year of [2026, 2027]) {
    const before = history();
    newYear(year);
    // The close: last year's marks are gone from Borgere and nothing was added for them (Historik had them).
    expect(column(w.rt, 'Inviteret').every((v) => v === '')).toBe(true);
    expect(column(w.rt, 'Brev').every((v) => v === '')).toBe(true);
    expect(history()).toEqual(before);
    expect(merge()).toMatchObject({ finished: true, total: 3 });
    expect(column(w.rt, 'Inviteret').filter((v) => v !== '')).toHaveLength(3);
  }

  const rows = history();
  for (const year of [2025, 2026, 2027]) {
    const letters = rows.filter((r) => r[4] === year && r[6] === 'Brev lavet');
    for (const name of eightyTwo) expect(letters.filter((r) => r[3] === name)).toHaveLength(1);
    expect(rows.filter((r) => r[4] === year && r[6] === 'Inviteret')).toHaveLength(letters.length);
    expect(letters.every((r) => r[9] === 'Fletning' && String(r[8]).startsWith('https://'))).toBe(true);
  }
  expect(rows.filter((r) => r[6] === 'Brev lavet')).toHaveLength(9 + 3 + 3);
  // The year report (it needs the computed columns set-up adds) compares 2027 with 2026 from Historik.
  w.bundle.run('fhbSetup');
  w.bundle.run('fhbYearReport');
  const report = w.rt.sheet('Årsrapport');
  const cells = report.valuesOf(`A1:N${report.getLastRow()}`);
  const title = cells.findIndex((r) => r[0] === 'Det, der blev gjort i 2027, sammenlignet med 2026 (fra Historik)');
  expect(title).toBeGreaterThan(0);
  const header = cells[title + 1];
  const total = cells.slice(title).find((r) => r[0] === 'I alt')!;
  expect([total[header.indexOf('Brev lavet 2027')], total[header.indexOf('Brev lavet 2026')]]).toEqual([3, 3]);
});
