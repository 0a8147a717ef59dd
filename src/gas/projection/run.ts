import { InputError } from '../../core/coerce/errors';
import { type Day, fromIso } from '../../core/day';
import { resolveProfile } from '../../core/profiles/registry';
import type { Profile } from '../../core/profiles/schema';
import { type Projection, project, readProposal } from '../../core/projection/project';
import { projectionReport } from '../../core/projection/report';
import { reportGrid } from '../../core/projection/grid';
import { parseYear, projectionDay } from '../../core/projection/year';
import { birthColumn, columnSpec, findColumns } from '../../core/sheet/columns';
import { makeZone } from '../../sheetfns/zone';
import { readHistory } from '../history/read';
import { citizenSheet, snapshot } from '../sheet/citizens';
import { readSettings, settingsSheet } from '../sheet/settings';
import { todayInDenmark } from '../sheet/zone';
import * as reportText from '../report/text';
import { writeProjectionSheet } from './sheet';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * *Fremskriv et år …* in Google Sheets: the year and the proposal are checked, then Borgere is read in one
 * getValues and Historik in another, each profile plans every row with the core (never the computed
 * columns, which may still be loading), and the sheet *Fremskrivning* is rebuilt with the table and a chart.
 * A bad input throws InputError (Danish) before anything is written.
 */
export function buildProjection(ss: Spreadsheet, yearTyped: unknown, proposalTyped: string): Projection {
  const citizens = citizenSheet(ss);
  if (!citizens || !settingsSheet(ss)) throw new InputError(reportText.NEEDS_SETUP);
  const settings = readSettings(ss);
  const referenceAsOf: Day = (settings.asOf ? fromIso(settings.asOf) : undefined) ?? todayInDenmark();
  const year = parseYear(yearTyped);
  projectionDay(referenceAsOf, year);
  const current = resolveProfile(settings.profile);
  const proposed: Profile | undefined = proposalTyped.trim() ? readProposal(() => resolveProfile(proposalTyped.trim())) : undefined;

  const values = snapshot(citizens).values;
  const headers = values[0] ?? [];
  if (birthColumn(findColumns(headers)) === undefined) throw new InputError(reportText.COLUMNS_MISSING([columnSpec('birthdate').header]));
  const zone = makeZone(ss.getSpreadsheetTimeZone());
  const projection = project({
    population: { headers, rows: () => values.slice(1), toDay: zone.toDay },
    referenceAsOf, year, current, proposed, settings, history: readHistory(ss),
  });
  const report = projectionReport(projection);
  writeProjectionSheet(ss, reportGrid(report), report.chart.title);
  return projection;
}
