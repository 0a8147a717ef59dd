import { createRuntime, type Runtime } from './index';
import type { FakeConditionalFormatRuleBuilder } from './conditional-format';

function newRule(rt: Runtime): FakeConditionalFormatRuleBuilder {
  return (rt.globals.SpreadsheetApp as { newConditionalFormatRule(): FakeConditionalFormatRuleBuilder }).newConditionalFormatRule();
}

describe('conditional formatting', () => {
  test('custom formulas are relative to the top-left of the rule range; first matching rule wins', () => {
    const rt = createRuntime();
    const s = rt.sheet('Sheet1');
    s.getRange('P2:P4').setValues([['Overskredet'], ['Inviteret'], ['']]);
    const whole = s.getRange('A2:P4');
    const overdue = newRule(rt).whenFormulaSatisfied('=$P2="Overskredet"').setBackground('#f4cccc').setRanges([whole as never]).build();
    const anyStatus = newRule(rt).whenFormulaSatisfied('=$P2<>""').setBackground('#d9ead3').setRanges([whole as never]).build();
    s.setConditionalFormatRules([overdue, anyStatus] as never);
    expect(s.effectiveBackground('A2')).toBe('#f4cccc');
    expect(s.effectiveBackground('C3')).toBe('#d9ead3');
    expect(s.effectiveBackground('A4')).toBeNull();
    expect(s.effectiveBackground('A1')).toBeNull(); // outside the rule range
    // order matters: reversed, the generic rule hides the specific one
    s.setConditionalFormatRules([anyStatus, overdue] as never);
    expect(s.effectiveBackground('A2')).toBe('#d9ead3');
  });

  test('colours follow the data live and fall back to the cell background', () => {
    const rt = createRuntime();
    const s = rt.sheet('Sheet1');
    s.getRange('B2').setBackground('#ffffff');
    const rule = newRule(rt).whenTextEqualTo('Gennemført').setBackground('#b7e1cd').setRanges([s.getRange('B2:B') as never]).build();
    s.setConditionalFormatRules([rule] as never);
    expect(s.effectiveBackground('B2')).toBe('#ffffff');
    s.getRange('B2').setValue('Gennemført');
    expect(s.effectiveBackground('B2')).toBe('#b7e1cd');
  });

  test('rules read back: ranges, criteria type and values, background', () => {
    const rt = createRuntime();
    const s = rt.sheet('Sheet1');
    const rule = newRule(rt).whenFormulaSatisfied('=AND($P2<>"",$Q2<TODAY())').setBackground('#FF0000').setBold(true).setRanges([s.getRange('A2:Q') as never]).build();
    s.setConditionalFormatRules([rule] as never);
    const [back] = s.getConditionalFormatRules();
    expect(back.getRanges().map((r: { getA1Notation(): string }) => r.getA1Notation())).toEqual(['A2:Q1000']);
    const cond = back.getBooleanCondition();
    expect(cond.getCriteriaType()).toBe('CUSTOM_FORMULA');
    expect(cond.getCriteriaValues()).toEqual(['=AND($P2<>"",$Q2<TODAY())']);
    expect(cond.getBackground()).toBe('#ff0000');
    expect(cond.getBold()).toBe(true);
  });

  test('dates compare as serial numbers against TODAY() in the spreadsheet zone', () => {
    const rt = createRuntime({ now: new Date('2025-03-01T09:00:00Z') });
    const s = rt.sheet('Sheet1');
    s.getRange('P2:Q3').setValues([
      ['x', new Date('2025-02-27T23:00:00Z')], // 28 Feb (Copenhagen): before today
      ['x', new Date('2025-03-01T23:00:00Z')], // 2 March: after today
    ]);
    const rule = newRule(rt).whenFormulaSatisfied('=AND($P2<>"",$Q2<TODAY())').setBackground('#ff0000').setRanges([s.getRange('A2:Q3') as never]).build();
    s.setConditionalFormatRules([rule] as never);
    expect(s.effectiveBackground('A2')).toBe('#ff0000');
    expect(s.effectiveBackground('A3')).toBeNull();
  });

  test('inserting rows moves rule ranges', () => {
    const rt = createRuntime();
    const s = rt.sheet('Sheet1');
    s.getRange('P3').setValue('Overskredet');
    const rule = newRule(rt).whenFormulaSatisfied('=$P2="Overskredet"').setBackground('#f4cccc').setRanges([s.getRange('A2:P10') as never]).build();
    s.setConditionalFormatRules([rule] as never);
    s.insertRowsAfter(1, 2);
    expect(s.getConditionalFormatRules()[0].getRanges()[0].getA1Notation()).toBe('A4:P12');
    expect(s.getConditionalFormatRules()[0].getBooleanCondition().getCriteriaValues()).toEqual(['=$P4="Overskredet"']);
    expect(s.effectiveBackground('A5')).toBe('#f4cccc');
    expect(s.effectiveBackground('A4')).toBeNull();
  });
});
