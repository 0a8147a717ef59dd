/**
 * Issue 22, item 4, on the built bundle: a profile whose exemptions are exhaustive (the invented
 * examples/profiles/strandby-2026.json, as Kerteminde and Frederikshavn write theirs), pasted into
 * Indstillinger!B3. «kun praktisk hjælp» in Undtaget exempts nobody: the sheet functions plan the citizen
 * and FHB_REASON says why, the sidebar shows it, set-up's Undtaget help says so, and Vis regler states the rule.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dayFromYmd } from '../../../src/core/day';
import type { SelectedCitizen } from '../../../src/core/sidebar/protocol';
import { makeZone } from '../../../src/sheetfns/zone';
import { SETTINGS, setCell, sidebarWorld, writeSettings, SidebarWorld } from '../sidebar/fixture';

const STRANDBY = JSON.stringify(JSON.parse(readFileSync(join(__dirname, '../../../examples/profiles/strandby-2026.json'), 'utf8')));
const cph = makeZone('Europe/Copenhagen');
/** Turns 75 in 2026. */
const BIRTH = cph.toDate(dayFromYmd(1951, 6, 1));
const NOT_EXEMPTING = /«kun praktisk hjælp» i Undtaget undtager ikke: Strandby Kommune 2026 \(eksempel\) undtager kun borgere, der opfylder en af disse grunde: Bor i plejebolig; Modtager både personlig pleje og praktisk hjælp\./;

function strandbyWorld(): SidebarWorld {
  const w = sidebarWorld();
  writeSettings(w.rt, { ...SETTINGS, asOf: '2026-03-01', profile: STRANDBY });
  return w;
}

describe('sheet functions', () => {
  const w = sidebarWorld();
  const plan = (exempt: string, profile = STRANDBY) => w.bundle.callCustomFunction('FHB_PLAN', BIRTH, '', '01-03-2026', '', '', '', exempt, profile) as unknown[][];
  const reason = (exempt: string, profile = STRANDBY) => String(w.bundle.callCustomFunction('FHB_REASON', BIRTH, '', '01-03-2026', '', '', '', exempt, profile));

  test.each([
    ['kun praktisk hjælp', 'ALDER_75'],
    ['praktisk hjælp', 'ALDER_75'],
    ['personlig pleje og praktisk hjælp', 'UNDTAGET'],
    ['plejehjem', 'UNDTAGET'],
    ['ja', 'UNDTAGET'],
  ])('«%s» → %s', (exempt, code) => {
    expect(plan(exempt)[0][0]).toBe(code);
  });

  test('FHB_REASON says why the text does not exempt; the built-in Glostrup profile still exempts on it', () => {
    expect(reason('kun praktisk hjælp')).toMatch(NOT_EXEMPTING);
    expect(plan('kun praktisk hjælp', 'glostrup-2025')[0][0]).toBe('UNDTAGET');
    expect(reason('kun praktisk hjælp', 'glostrup-2025')).toMatch(/ikke en undtagelsesgrund/);
  });
});

describe('the sheet and the sidebar with the profile in Indstillinger', () => {
  let w: SidebarWorld;
  beforeAll(() => {
    w = strandbyWorld();
    setCell(w.rt, 3, 'Fødselsdato', BIRTH);
    setCell(w.rt, 3, 'Undtaget', 'kun praktisk hjælp');
  });

  test('the sidebar plans the citizen and shows why the text does not exempt', () => {
    const answer = w.bundle.googleScriptRun('fhbSelectedCitizen', { row: 3 }) as SelectedCitizen;
    if (answer.kind !== 'citizen') throw new Error(JSON.stringify(answer));
    expect(answer.citizen.plan?.code).toBe('ALDER_75');
    expect(answer.citizen.plan?.exemption).toBeUndefined();
    expect(answer.citizen.plan?.warnings.join(' ')).toMatch(NOT_EXEMPTING);
  });

  test('set-up: the Undtaget dropdown lists the two reasons, and its help says other text does not exempt', () => {
    w.bundle.run('fhbSetup');
    const sheet = w.rt.sheet('Borgere');
    const headers = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0];
    const rule = sheet.getRange(2, headers.indexOf('Undtaget') + 1).getDataValidation()!;
    expect(rule.getCriteriaValues()[0]).toEqual(['ja', 'Bor i plejebolig', 'Modtager både personlig pleje og praktisk hjælp']);
    expect(rule.getHelpText()).toMatch(/anden tekst undtager ikke/);
  });

  test('Vis regler states the rule', () => {
    w.bundle.run('fhbShowRules');
    const dialog = w.rt.ui.panels.find((p) => p.kind === 'modal')!;
    expect(dialog.html).toContain('<p id="exemption-rule">Kun disse grunde undtager. Anden tekst i Undtaget undtager ikke');
  });
});
