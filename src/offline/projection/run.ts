import { join } from 'node:path';
import { yearOf } from '../../core/day';
import { csvText } from '../../core/export/csv';
import { type Projection, project, readProposal } from '../../core/projection/project';
import { type ProjectionReport, projectionReport } from '../../core/projection/report';
import { projectionCsvRows } from '../../core/projection/csv';
import { parseYear, projectionDay } from '../../core/projection/year';
import type { Profile } from '../../core/profiles/schema';
import { readOfflineHistory } from '../history';
import { readInputFile } from '../input';
import { fileDateToDay } from '../plan-table';
import { privateFolder, writePrivateFile } from '../private-files';
import { loadProfile, loadSettings, referenceDate, rethrowWriteError } from '../run';
import { projectionDocx } from './docx';
import { writeProjectionXlsx } from './xlsx';

export interface ProjectionOptions {
  input: string;
  /** The planning year as typed (`--fremskriv 2027`). */
  year: string;
  /** The profile in use: an id or a .json; else the settings' profile. */
  profile?: string;
  /** `--forslag`: a proposed profile, an id or a .json. */
  proposed?: string;
  date?: string;
  settingsPath?: string;
  out: string;
}

export interface ProjectionResult {
  projection: Projection;
  report: ProjectionReport;
  files: string[];
}

/**
 * `npm start -- FILE --fremskriv ÅR [--forslag PROFIL]`: the year projected with the profile in use and
 * the proposal, written as fremskrivning.xlsx, .docx and .csv. Every input is checked (the year, both
 * profiles, the settings) before the citizen file is read, and nothing is written on a bad one.
 */
export async function runProjection(options: ProjectionOptions): Promise<ProjectionResult> {
  const { settings } = loadSettings(options.settingsPath, options.input);
  const year = parseYear(options.year);
  const referenceAsOf = referenceDate(options.date ?? settings.asOf);
  projectionDay(referenceAsOf, year);
  const current: Profile = loadProfile(options.profile ?? settings.profile);
  const proposed = options.proposed ? readProposal(() => loadProfile(options.proposed!)) : undefined;
  const table = await readInputFile(options.input);
  const history = await readOfflineHistory(options.input);
  const projection = project({
    population: { headers: table.headers, rows: () => table.rows.map((r) => r.cells), toDay: fileDateToDay },
    referenceAsOf, year, current, proposed, settings, history: history?.events ?? [],
  });
  const report = projectionReport(projection);
  const files = await writeProjection(options.out, projection, report).catch(rethrowWriteError);
  return { projection, report, files };
}

export const PROJECTION_FILES = { xlsx: 'fremskrivning.xlsx', docx: 'fremskrivning.docx', csv: 'fremskrivning.csv' } as const;

async function writeProjection(out: string, projection: Projection, report: ProjectionReport): Promise<string[]> {
  // Made whole in memory first: a failure leaves no half set of files.
  const csv = csvText(projectionCsvRows(projection));
  const docx = await projectionDocx(report, yearOf(projection.asOf));
  privateFolder(out);
  const paths = { xlsx: join(out, PROJECTION_FILES.xlsx), docx: join(out, PROJECTION_FILES.docx), csv: join(out, PROJECTION_FILES.csv) };
  await writeProjectionXlsx(paths.xlsx, report);
  writePrivateFile(paths.docx, docx);
  writePrivateFile(paths.csv, csv);
  return [paths.xlsx, paths.docx, paths.csv];
}
