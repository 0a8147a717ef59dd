import { CheckId, CheckResult, colleagueAddress, runChecks } from '../../core/selftest/checks';
import { buildReport, CleanupResult, Report, reportHtml, reportText } from '../../core/selftest/report';
import * as text from '../../core/selftest/text';
import { checkFolder, checkHeader, checkLetter, checkMove, checkPageBreak, checkPdf, checkShare } from './doc-checks';
import { cleanUp, messageOf, newScratch, Scratch } from './scratch';
import { checkLock, checkProperties, checkTrigger } from './script-checks';
import { checkCells, checkConditionalFormat, checkProtection, checkValidation } from './sheet-checks';

/**
 * Menu *Hjælp → Kontrollér opsætningen*: on the consultant's own Google account, tries every capability of
 * Google the product relies on, in scratch things it removes again (see ./scratch), and shows each as ✓ or
 * ✗ with Google's own message. Touches no citizen data. IT runs it after every deploy (docs/install.md).
 */

const RUN: Record<CheckId, (s: Scratch) => void> = {
  cells: checkCells,
  validation: checkValidation,
  conditionalFormat: checkConditionalFormat,
  protection: checkProtection,
  lock: checkLock,
  trigger: checkTrigger,
  properties: checkProperties,
  folder: checkFolder,
  letter: checkLetter,
  pageBreak: checkPageBreak,
  header: checkHeader,
  pdf: checkPdf,
  move: checkMove,
  share: checkShare,
};

/** Runs every check and cleans up, also when a check throws half-way. `colleague` may be "". */
export function runSelfTest(colleague: string): Report {
  const started = Date.now();
  const scratch = newScratch(colleague, String(started));
  let results: CheckResult[];
  let cleanup: CleanupResult;
  try {
    results = runChecks((id) => {
      try {
        RUN[id](scratch);
        return { ok: true };
      } catch (e) {
        return { ok: false, message: messageOf(e) };
      }
    }, { colleague });
  } finally {
    // Runs even if something outside a check threw; that error is then Apps Script's to show.
    cleanup = cleanUp(scratch);
  }
  return buildReport(results, cleanup, Date.now() - started);
}

/** The menu item: asks for an optional colleague's address, runs the checks, shows the report. */
export function selfTestFromMenu(): string {
  const ui = SpreadsheetApp.getUi();
  const answer = ui.prompt(text.TITLE, text.PROMPT, ui.ButtonSet.OK_CANCEL);
  if (answer.getSelectedButton() !== ui.Button.OK) return '';
  const typed = answer.getResponseText();
  const colleague = colleagueAddress(typed);
  if (colleague === null) {
    ui.alert(text.TITLE, text.badAddress(typed.trim()), ui.ButtonSet.OK);
    return '';
  }
  const report = runSelfTest(colleague);
  ui.showModalDialog(HtmlService.createHtmlOutput(reportHtml(report)).setWidth(640).setHeight(560), report.title);
  return reportText(report);
}
