import { TEXT_FORMAT } from '../../core/sheet/column-formats';
import { FAIL } from '../../core/selftest/text';
import { Scratch, scratchSheet } from './scratch';

/**
 * The spreadsheet's capabilities, tried on the scratch sheet only (never Borgere): plain-text cells keep
 * what Sheets would otherwise parse, a dropdown validation, a conditional format by formula, and a
 * protection that only warns. Each throws Google's error, or an Error with what it found.
 */

/** What the team types and Sheets would turn into a date, a number or a formula in a General cell. */
export const TEXT_VALUES = ['9-12', '007', '+45 12 34 56 78', '=1+1'] as const;

export function checkCells(s: Scratch): void {
  const range = scratchSheet(s).getRange(1, 1, TEXT_VALUES.length, 1);
  range.setNumberFormat(TEXT_FORMAT).setValues(TEXT_VALUES.map((v) => [v]));
  SpreadsheetApp.flush();
  const back = range.getValues();
  TEXT_VALUES.forEach((v, i) => {
    const got = back[i][0];
    if (got !== v) throw new Error(FAIL.cell(v, String(got)));
  });
}

export function checkValidation(s: Scratch): void {
  const cell = scratchSheet(s).getRange('B1');
  cell.setDataValidation(SpreadsheetApp.newDataValidation().requireValueInList(['ja', 'nej'], true).setAllowInvalid(false).build());
  if (!cell.getDataValidation()) throw new Error(FAIL.validation);
}

export function checkConditionalFormat(s: Scratch): void {
  const sheet = scratchSheet(s);
  const rule = SpreadsheetApp.newConditionalFormatRule()
    .whenFormulaSatisfied('=$C1="Overskredet"')
    .setBackground('#f4cccc')
    .setRanges([sheet.getRange('A1:C5')])
    .build();
  sheet.setConditionalFormatRules([rule]);
  if (sheet.getConditionalFormatRules().length !== 1) throw new Error(FAIL.conditionalFormat);
}

export function checkProtection(s: Scratch): void {
  const protection = scratchSheet(s).getRange('C1:C5').protect().setDescription('fhb selvtest').setWarningOnly(true);
  if (!protection.isWarningOnly()) throw new Error(FAIL.protection);
  protection.remove();
}
