/**
 * A tester's sweep of *Fremskriv et år …* (fhbProjectYear) on the built bundle: hostile answers to its two
 * prompts, proposals of other municipalities (examples/profiles, written from the schema alone), an edited
 * copy of the profile in use, a team's own sheet named Fremskrivning. Each refusal is one Danish message that
 * says what is wrong and whose it is (the proposal or Indstillinger), and leaves every sheet as it was.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as text from '../../../src/core/projection/text';
import { MENU, sheetNotOurs } from '../../../src/core/text/glossary';
import { glitchReport } from '../../support/text-glitches';
import type { FakeSheet } from '../../runtime';
import { letters } from '../sheet/helpers';
import { team } from '../report/fixture';

const example = (id: string) => JSON.parse(readFileSync(join(__dirname, '../../../examples/profiles', `${id}.json`), 'utf8'));
const VESTBY = example('vestby-2026');
const OESTERBY = example('oesterby-2026');
const json = (p: unknown) => JSON.stringify(p);
/** Vestby with a fifth age rule that meets its yearly visit from 82: one citizen, the same offer twice. */
const OVERLAPPING = json({ ...VESTBY, id: 'vestby-overlap', rules: [...VESTBY.rules, { ...VESTBY.rules[2], code: 'ALDER_85', ages: [{ from: 85 }] }] });

/** Vestby with a no-break space, as pasted from Word, before a value. */
const NBSP = json(VESTBY).replace('"booking":"fixedTime"', '"booking":\u00a0"fixedTime"');

function world() {
  const t = team(120);
  const ask = (year: string, proposal: string, button: 'OK' | 'CANCEL' = 'OK', yearButton: 'OK' | 'CANCEL' = 'OK') => {
    t.rt.ui.dialogs.length = 0;
    t.rt.ui.answers.push({ button: yearButton, text: year }, { button, text: proposal });
    t.bundle.run('fhbProjectYear');
    return t.rt.ui.alerts.map((a) => a.prompt).join('\n');
  };
  return { ...t, ask };
}

const all = (sheet: FakeSheet | null | undefined) => (sheet ? sheet.valuesOf(`A1:${letters(Math.max(sheet.getLastColumn(), 1) - 1)}${Math.max(sheet.getLastRow(), 1)}`) : null);
/** Every sheet's values, to show a refusal changed nothing. */
const everything = (t: ReturnType<typeof world>) =>
  ['Borgere', 'Indstillinger', text.SHEET_NAME].map((name) => [name, all(t.rt.spreadsheet.findSheet(name))]);

describe('hostile answers to the two prompts: a Danish message, nothing written', () => {
  const t = world();
  t.ask('2026', '');
  const before = everything(t);

  test.each([
    // [year typed, proposal typed, what the message says, what it must not say]
    ['to tusind', '', '«to tusind» er ikke et årstal. Skriv året med fire cifre, fx 2027.', undefined],
    ['', '', 'Skriv året med fire cifre, fx 2027.', '«»'],
    ['   ', '', 'Skriv året med fire cifre, fx 2027.', '«'],
    ['1900', '', text.ERR_YEAR_BEFORE_DATA(1900, 2025), undefined],
    ['3000', '', text.ERR_YEAR_TOO_FAR(3000, 2025, 10), undefined],
    ['2.027', '', '«2.027» er ikke et årstal', undefined],
    ['2026', '{"id": ', 'Forslaget kan ikke bruges: Profilen er ugyldig:\n• ikke gyldig JSON: linje 1, kolonne 7', 'profil:'],
    ['2026', json({ ...VESTBY, notes: ['x'.repeat(2_000_000)] }), 'Forslaget kan ikke bruges: Profilen er ugyldig:\n• profilen fylder 2.002.', 'profil:'],
    ['2026', OVERLAPPING, 'Forslaget kan ikke bruges: Profilen er ugyldig:\n• regel 3 (ALDER_82) og regel 5 (ALDER_85) giver begge et fast tilbud', 'profil:'],
    ['2026', json({ ...VESTBY, rules: [{ ...VESTBY.rules[0], ages: [{ fra: 75 }] }] }), '• regel 1 (ALDER_75), aldersbånd 1: `fra`: ukendt nøgle – mente du `from`?', 'profil:'],
    ['2026', NBSP, `Forslaget kan ikke bruges: Profilen er ugyldig:\n• ikke gyldig JSON: linje 1, kolonne ${NBSP.indexOf('\u00a0') + 1}: uventet tegn U+00A0`, 'slutter'],
    ['2026', 'odense', 'Forslaget kan ikke bruges: «odense» er ikke en kendt profil', 'profil:'],
    ['2026', 'glostrup-2025', text.ERR_PROPOSAL_SAME('glostrup-2025'), undefined],
  ])('year «%s», proposal %#', (year, proposal, says, never) => {
    const said = t.ask(year, proposal);
    expect(said).toContain(says);
    if (never) expect(said).not.toContain(never);
    expect(said.length).toBeLessThan(3_000);
    expect(everything(t)).toEqual(before);
  });

  test.each([
    ['the year', 'CANCEL', 'OK'],
    ['the proposal', 'OK', 'CANCEL'],
  ])('Cancel at %s ends it quietly', (_, yearButton, button) => {
    expect(t.ask('2027', 'ballerup', button as 'CANCEL', yearButton as 'CANCEL')).toBe('');
    expect(everything(t)).toEqual(before);
  });

  test('a year typed with spaces around it is the year', () => {
    expect(t.ask(' 2027 ', '')).not.toContain('årstal');
    expect(all(t.rt.sheet(text.SHEET_NAME))![0][0]).toBe(text.TITLE(2027));
  });
});

describe('other municipalities\' profiles, pasted as a team would', () => {
  const t = world();
  const settings = t.rt.sheet('Indstillinger');
  const table = () => all(t.rt.sheet(text.SHEET_NAME))!;
  const head = () => table().find((r) => r[0] === text.HEAD.code)!.map(String);

  test('a bad profile in Indstillinger is said once as the row\'s, not as «(Profil): profil: …»', () => {
    settings.getRange('B3').setValue('{"id": "x"}');
    const said = t.ask('2026', 'ballerup');
    expect(said).toContain('Indstillinger, række 3 (Profil): Profilen er ugyldig:');
    expect(said).not.toMatch(/profil: /i);
    settings.getRange('B3').setValue('glostrup-2025');
  });

  test('an edited copy of the profile in use (same id and name) is compared, its columns told apart', () => {
    settings.getRange('B3').setValue(json(VESTBY));
    const without80 = { ...VESTBY, rules: VESTBY.rules.filter((r: { code: string }) => r.code !== 'ALDER_80') };
    expect(t.ask('2026', json(without80))).not.toContain(text.ERR_PROPOSAL_SAME(VESTBY.id));
    const name = `${VESTBY.name} (${text.PROPOSAL})`;
    expect(head().slice(0, 8)).toEqual([text.HEAD.code, text.HEAD.offer, ...[VESTBY.name, name].flatMap((n) => [text.HEAD.citizens, text.HEAD.visits, text.HEAD.hours].map((w) => text.PROFILE_COLUMN(n, w)))]);
    const row = table().find((r) => r[0] === 'ALDER_80')!;
    // 80-year-olds in 2026 (born 1946): Vestby visits them, the edited copy offers them nothing.
    expect(row[2]).toBeGreaterThan(0);
    expect(row[5]).toBe(0);
    const total = table().find((r) => r[0] === text.TOTAL)!;
    expect(total[5]).toBe(Number(total[2]) - Number(row[2]));
    // The same JSON once more is the same profile.
    expect(t.ask('2026', json(VESTBY))).toContain(text.ERR_PROPOSAL_SAME(VESTBY.id));
    settings.getRange('B3').setValue('glostrup-2025');
  });

  test.each([
    // [what, current, proposal, year, the period warning the profiles' block holds, or none]
    ['Glostrup against Vestby', 'glostrup-2025', json(VESTBY), 2026, 'Glostrup Kommune 2025» gælder 01-01-2025 til 31-12-2025; planlægningsåret 2026 ligger uden for'],
    ['Glostrup against Vestby, after Vestby\'s period', 'glostrup-2025', json(VESTBY), 2027, 'Vestby Kommune 2026 (eksempel)» gælder 01-01-2026 til 31-12-2026; planlægningsåret 2027 ligger uden for'],
    ['Vestby against Østerby', json(VESTBY), json(OESTERBY), 2026, undefined],
    ['Østerby against Ballerup, before Østerby\'s period', json(OESTERBY), 'ballerup', 2025, 'Østerby Kommune 2026 (eksempel)» gælder fra 01-01-2026; planlægningsåret 2025 ligger uden for'],
  ])('%s, in %#: the sheet reads as Danish, the period is said', (_, current, proposal, year, period) => {
    settings.getRange('B3').setValue(current);
    const said = t.ask(String(year), proposal);
    expect(said).not.toContain('kan ikke');
    const cells = table().flat().filter((v): v is string => typeof v === 'string' && v !== '');
    expect(cells[0]).toBe(text.TITLE(year));
    expect(glitchReport(cells.map((c, i) => [`Fremskrivning ${i}`, c]))).toEqual([]);
    const facts = cells.join('\n');
    if (period) expect(facts).toContain(period);
    else expect(facts).not.toContain('ligger uden for');
    settings.getRange('B3').setValue('glostrup-2025');
  });

  test('the summary says a difference of nothing as «±0» and «Ingen borgere skifter tilbud», never «0 borgere»', () => {
    t.ask('2027', json(VESTBY));
    const summary = table().slice(2, 6).map((r) => String(r[0]));
    expect(summary).toContain(`Forslaget «${VESTBY.name}» giver ±0 borgere, ±0 besøg og ±0 timer i forhold til i dag.`);
    expect(summary).toContain(text.NO_CHANGES);
    t.ask('2026', json(OESTERBY));
    expect(table().slice(2, 6).map((r) => String(r[0])).join('\n')).toMatch(/giver -\d+ borgere, -\d+ besøg og -\d+ timer/);
  });

  test.each([
    ['Østerby\'s bereaved, at any age', json(OESTERBY), 'EFTERLADT'],
    ['Ballerup\'s bereaved, at any age', 'ballerup', 'EFTERLADT'],
  ])('Vis regler: %s reads «alle aldre», not «0 år og ældre»', (_, profile, code) => {
    settings.getRange('B3').setValue(profile);
    t.rt.ui.panels.length = 0;
    t.bundle.run('fhbShowRules');
    const html = t.rt.ui.panels.map((p) => p.html).join('');
    expect(html).toContain(code);
    expect(html).toContain('alle aldre');
    expect(html).not.toMatch(/\b0 år/);
    settings.getRange('B3').setValue('glostrup-2025');
  });

});

/**
 * A menu item that rebuilds a sheet clears it first: a sheet of that name the team made is refused and kept,
 * for every such item (the call list and the participant lists cleared a team's own «Opkaldsliste» before, and
 * Fremskrivning one whose A1 was empty).
 */
describe('a sheet of the same name that the team made is refused, never cleared', () => {
  const t = world();
  test.each([
    // [menu function, sheet, menu item, the team's cells (A1 empty: the data starts lower)]
    ['fhbProjectYear', text.SHEET_NAME, MENU.projection, [['Teamets egne tal', 2026], ['Besøg', 140]]],
    ['fhbProjectYear', text.SHEET_NAME, MENU.projection, [['', ''], ['Besøg', 140]]],
    ['fhbYearReport', 'Årsrapport', MENU.report, [['Vores årsrapport', ''], ['Besøg', 140]]],
    ['fhbShowCallList', 'Opkaldsliste', MENU.callList, [['Navn', 'Telefon'], ['Borger 1', '11223344']]],
    ['fhbShowParticipants', 'Deltagerlister', MENU.participants, [['Seniordans', ''], ['Borger 1', 'ja']]],
  ])('%s with the team\'s own «%s»', (fn, name, menu, cells) => {
    const own = t.rt.spreadsheet.findSheet(name) ?? t.rt.addSheet(name);
    own.clear();
    own.getRange(1, 1, cells.length, 2).setValues(cells as never);
    const before = everything(t);
    const mine = all(own);
    t.rt.ui.dialogs.length = 0;
    t.rt.ui.answers.push({ button: 'OK', text: '2026' }, { button: 'OK', text: '' });
    t.bundle.run(fn);
    expect(t.rt.ui.alerts.map((a) => a.prompt).join('\n')).toContain(sheetNotOurs(name, menu));
    expect(all(own)).toEqual(mine);
    expect(everything(t)).toEqual(before);
    // Renamed, the item makes its own sheet.
    own.setName(`${name} (egen)`);
    t.rt.ui.answers.push({ button: 'OK', text: '2026' }, { button: 'OK', text: '' });
    t.bundle.run(fn);
    expect(t.rt.spreadsheet.findSheet(name)).not.toBeNull();
    t.rt.spreadsheet.deleteSheet(own as never);
  });
});

/**
 * Sheets reads a string written with setValues as if typed: a pasted profile's text «=IMAGE(…)» (which fetches
 * a URL), «=1+1» or «+45 …» became a formula or #ERROR!. Every text a profile brings into a sheet is plain text.
 */
describe('a profile\'s texts that look like formulas stay text', () => {
  const formulas = (sheet: FakeSheet) => sheet.getRange(1, 1, sheet.getLastRow(), sheet.getLastColumn()).getFormulas().flat().filter(Boolean);
  const HOSTILE = ['=IMAGE("https://example.invalid/x.png")', '=1+1', '+45 1234', '-Udskrevet'];

  test('Fremskrivning: the proposal\'s name, legal basis, decision and a rule\'s title, as typed', () => {
    const t = world();
    const [name, legalBasis, body, title] = HOSTILE;
    const proposal = { ...VESTBY, name, legalBasis, decision: { body }, rules: [{ ...VESTBY.rules[0], title }, ...VESTBY.rules.slice(1)] };
    expect(t.ask('2026', json(proposal))).not.toContain('kan ikke');
    const sheet = t.rt.sheet(text.SHEET_NAME);
    expect(formulas(sheet)).toEqual([]);
    const cells = all(sheet)!.flat();
    for (const typed of [name, legalBasis, title]) expect(cells).toContain(typed);
    expect(cells.some((c) => String(c).startsWith(body))).toBe(true);
    // Numbers stay numbers.
    expect(all(sheet)!.find((r) => r[0] === text.TOTAL)!.slice(2).every((c) => typeof c === 'number')).toBe(true);
  });

  test('Borgere: a profile\'s own event column «+…» or «=…» is a header set-up finds again, not a new column each run', () => {
    const t = world();
    const nordby = example('nordby-2026');
    const columns = ['=1+1', '+Udskrevet fra hospital'];
    const profile = { ...nordby, events: nordby.events.map((e: object, i: number) => ({ ...e, column: columns[i] })) };
    t.rt.sheet('Indstillinger').getRange('B3').setValue(json(profile));
    t.bundle.run('fhbSetup');
    t.bundle.run('fhbSetup');
    const citizens = t.rt.sheet('Borgere');
    const headers = citizens.getRange(1, 1, 1, citizens.getLastColumn()).getValues()[0];
    expect(formulas(citizens).filter((f) => !String(f).startsWith('=FHB_') && !/^=(ARRAYFORMULA|IF|MAP|BYROW|LAMBDA)\b/.test(String(f)))).toEqual([]);
    for (const column of columns) expect([column, headers.filter((h) => h === column).length]).toEqual([column, 1]);
  });
});
