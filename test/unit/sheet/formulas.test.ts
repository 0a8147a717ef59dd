import { columnLetters, blockA1, openColumn } from '../../../src/core/sheet/a1';
import { isOwnStatusRule, rulesMatch, statusRules } from '../../../src/core/sheet/conditional';
import { FormulaColumns, isOwnFormula, planFormula, reasonFormula, sameFormula, statusFormula } from '../../../src/core/sheet/formulas';
import { STATUSES } from '../../../src/core/status/vocabulary';

const cols: FormulaColumns = {
  birth: 4, livesAlone: 6, spouseDied: 7, spouseMoved: 8, atRisk: 9, exempt: 10,
  code: 13, from: 17, to: 18, invited: 22, visit: 23, done: 25, declined: 26, announced: 30, ended: 31, followUp: 36,
};

describe('column letters', () => {
  test.each([
    [0, 'A'], [25, 'Z'], [26, 'AA'], [51, 'AZ'], [52, 'BA'], [701, 'ZZ'], [702, 'AAA'],
  ])('%i is %s', (i, letters) => expect(columnLetters(i)).toBe(letters));
  test('an open range from row 2', () => expect(openColumn(27)).toBe('AB2:AB'));
  test.each([
    [2, 1, 1, 1, 'A2:A2'],
    [2, 2, 999, 3, 'B2:D1000'],
    [5, 26, 46, 2, 'Z5:AA50'],
  ])('getRange(%i, %i, %i, %i) is %s', (row, column, rows, columns, a1) => expect(blockA1(row, column, rows, columns)).toBe(a1));
});

describe('the formulas set-up writes (SPEC 3: arguments in the pinned order, English syntax)', () => {
  test('FHB_PLAN reads the citizen columns, the reference date B2 and the profile B3', () => {
    expect(planFormula(cols)).toBe('=FHB_PLAN(E2:E, G2:G, Indstillinger!B2, H2:H, I2:I, J2:J, K2:K, Indstillinger!B3)');
  });
  test('FHB_REASON takes the same arguments as FHB_PLAN', () => {
    expect(reasonFormula(cols).replace('FHB_REASON', 'FHB_PLAN')).toBe(planFormula(cols));
  });
  test('FHB_STATUS reads code, window and the team records, then the reference date, Besøg meddelt, Ophørt, the profile and Opfølgning', () => {
    expect(statusFormula(cols)).toBe('=FHB_STATUS(N2:N, R2:R, S2:S, W2:W, X2:X, Z2:Z, AA2:AA, Indstillinger!B2, AE2:AE, AF2:AF, Indstillinger!B3, AK2:AK)');
  });
  test('no Danish-locale semicolons', () => {
    for (const f of [planFormula(cols), statusFormula(cols), reasonFormula(cols)]) expect(f).not.toContain(';');
  });
  test('formulas compare without regard to spacing and case, but not inside text', () => {
    expect(sameFormula('=FHB_PLAN(E2:E,G2:G)', '=fhb_plan(E2:E, G2:G)')).toBe(true);
    expect(sameFormula('=FHB_PLAN(E2:E, G2:G)', '=FHB_PLAN(E2:E, H2:H)')).toBe(false);
    expect(sameFormula('=$A2="Skal inviteres"', '=$A2="Skalinviteres"')).toBe(false);
  });
  test('own formulas are recognised by function, whatever their arguments', () => {
    expect(isOwnFormula('code', '=FHB_PLAN(A2:A)')).toBe(true);
    expect(isOwnFormula('code', '= fhb_plan (A2:A)')).toBe(true);
    expect(isOwnFormula('status', '=FHB_PLAN(A2:A)')).toBe(false);
    expect(isOwnFormula('status', '=IF(A2="","",1)')).toBe(false);
  });
});

describe('status colour rules', () => {
  test('one rule per status, on the Status column, with the vocabulary colours', () => {
    const rules = statusRules(15);
    expect(rules).toHaveLength(STATUSES.length);
    rules.forEach((r, i) => {
      expect(r.formula).toBe(`=$P2="${STATUSES[i].label}"`);
      expect(r.background).toBe(STATUSES[i].background);
      expect(r.fontColor).toBe(STATUSES[i].text);
    });
  });
  test('set-up recognises its own rules only', () => {
    expect(isOwnStatusRule('=$P2="Overskredet"')).toBe(true);
    expect(isOwnStatusRule('=$AB2="Ikke aktuel"')).toBe(true);
    expect(isOwnStatusRule('=$P2="Haster"')).toBe(false);
    expect(isOwnStatusRule('=$P3="Overskredet"')).toBe(false);
    expect(isOwnStatusRule('=AND($P2="Overskredet",$Q2>3)')).toBe(false);
    expect(isOwnStatusRule(null)).toBe(false);
  });
  test('rules match only with the same formulas, colours (any case) and range', () => {
    const want = statusRules(3);
    const range = { row: 2, col: 1, numRows: 999, numCols: 30 };
    const have = want.map((w) => ({ formula: w.formula, background: w.background.toUpperCase(), fontColor: w.fontColor, ranges: [range] }));
    expect(rulesMatch(have, want, range)).toBe(true);
    expect(rulesMatch(have, want, { ...range, numRows: 1999 })).toBe(false);
    expect(rulesMatch(have.slice(1), want, range)).toBe(false);
    expect(rulesMatch([{ ...have[0], background: '#ffffff' }, ...have.slice(1)], want, range)).toBe(false);
  });
});
