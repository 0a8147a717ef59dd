import { dayFromYmd } from '../../../src/core/day';
import type { ImportConfirmResult, ImportPreview, ImportPreviewResult } from '../../../src/core/import/request';
import { makeZone } from '../../../src/sheetfns/zone';
import { createRuntime, type BundleContext, type Runtime } from '../../runtime';

/**
 * A team's sheet set up by the built bundle (fhbSetup), with synthetic citizens and the team's records
 * written over it, for the import's tests. The clock stands on 2025-03-01 in Europe/Copenhagen.
 */
const cph = makeZone('Europe/Copenhagen');
export const date = (y: number, m: number, d: number) => cph.toDate(dayFromYmd(y, m, d));

export interface World {
  rt: Runtime;
  bundle: BundleContext;
}

export const TEAM_CITIZENS: Record<string, unknown>[] = [
  { Navn: 'Karen Testesen', CPR: '100545-1234', Adresse: 'Prøvevej 1', Postnr: '2600', By: 'Glostrup', Telefon: '40506070', Inviteret: date(2025, 2, 10), Noter: 'ring efter kl. 10', Konsulent: 'Anne Andersen' },
  { Navn: 'Bent Prøvesen', 'Fødselsdato': date(1950, 8, 20), Adresse: 'Eksempelgade 7', Postnr: '2600', By: 'Glostrup', Gennemført: date(2025, 2, 20) },
  { Navn: 'Inge Eksempel', CPR: '010245-4321', Adresse: 'Vej 3', Postnr: '2605', By: 'Brøndby', Frabedt: date(2025, 1, 5) },
];

export function world(citizens = TEAM_CITIZENS): World {
  const rt = createRuntime();
  const bundle = rt.load();
  bundle.run('fhbSetup');
  writeCitizens(rt, citizens);
  return { rt, bundle };
}

export function headersOf(rt: Runtime): string[] {
  const sheet = rt.sheet('Borgere');
  return sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0].map(String);
}

export function writeCitizens(rt: Runtime, citizens: Record<string, unknown>[], firstRow = 2): void {
  const sheet = rt.sheet('Borgere');
  const headers = headersOf(rt);
  if (!headers.includes('CPR')) {
    sheet.insertColumnAfter(1);
    sheet.getRange(1, 2).setValue('CPR');
    headers.splice(1, 0, 'CPR');
  }
  const cpr = headers.indexOf('CPR') + 1;
  sheet.getRange(2, cpr, Math.max(citizens.length, 1) + firstRow, 1).setNumberFormat('@');
  citizens.forEach((c, i) => {
    for (const [header, value] of Object.entries(c)) {
      const col = headers.indexOf(header);
      if (col < 0) throw new Error(`fixture: no column ${header}`);
      sheet.getRange(firstRow + i, col + 1).setValue(value as never);
    }
  });
}

/** Every row of the citizen sheet as { header: value } for the columns asked. */
export function table(rt: Runtime, columns: string[]): Record<string, unknown>[] {
  const sheet = rt.sheet('Borgere');
  const headers = headersOf(rt);
  const last = sheet.getLastRow();
  const values = last >= 2 ? sheet.getRange(2, 1, last - 1, headers.length).getValues() : [];
  return values
    .filter((row) => columns.some((c) => row[headers.indexOf(c)] !== ''))
    .map((row) => Object.fromEntries(columns.map((c) => [c, row[headers.indexOf(c)]])));
}

export const request = (text: string, extra: Record<string, unknown> = {}) => ({ fileName: 'borgerliste.csv', encoding: 'windows-1252', text, mode: 'full', ...extra });

export function preview(w: World, text: string, extra: Record<string, unknown> = {}): ImportPreview {
  const answer = w.bundle.googleScriptRun('fhbImportPreview', request(text, extra)) as ImportPreviewResult;
  if (answer.kind !== 'preview') throw new Error(answer.message);
  return answer;
}

export function confirm(w: World, text: string, fingerprint: string, extra: Record<string, unknown> = {}): ImportConfirmResult {
  return w.bundle.googleScriptRun('fhbImportConfirm', { ...request(text, extra), fingerprint }) as ImportConfirmResult;
}
